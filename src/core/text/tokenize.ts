/**
 * Word tokenisation with per-character normalisation that never rewrites the source string:
 * every token keeps the exact [start, end) offsets of the characters it came from, so a match
 * found on tokens maps back to the page's text (and from there to mark.js ranges) exactly.
 *
 * Folding: case, compatibility forms and diacritics (NFKD minus combining marks); quote marks,
 * dashes and other punctuation separate words; a possessive ’s is dropped ("Russia’s" → "russia")
 * and any other apostrophe between letters vanishes ("don't" → "dont"); dots of an initialism vanish ("U.S." → "us");
 * soft hyphens and zero-width characters vanish; a "." or "," between digits stays ("3.5",
 * "1,000" → "1000"). Stop words and word order are kept: for quotes they are the signal.
 */
export interface Tokens {
  /** Normalised word forms. */
  readonly words: string[];
  /** Offset of each word's first character in the source text. */
  readonly starts: number[];
  /** Offset just past each word's last character in the source text. */
  readonly ends: number[];
}

const enum CharClass {
  Separator = 0,
  Word = 1,
  /** Deleted without separating words (soft hyphen, zero-width characters). */
  Vanish = 2,
  /** Apostrophes, dots and commas: a word character or a separator depending on neighbours. */
  Joiner = 3,
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARK = /\p{M}/gu;

function classify(code: number, ch: string): CharClass {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      return CharClass.Word;
    }
    if (code === 39 || code === 46 || code === 44) return CharClass.Joiner; // ' . ,
    return CharClass.Separator;
  }
  if (code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060) {
    return CharClass.Vanish;
  }
  if (code === 0xfeff) return CharClass.Vanish;
  if (code === 0x2019 || code === 0x02bc || code === 0x2018) return CharClass.Joiner; // ’ ʼ ‘
  return WORD_CHAR.test(ch) ? CharClass.Word : CharClass.Separator;
}

function isLetterCode(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(text[i]!);
}

function isDigitCode(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/**
 * Whether the joiner at `i` stays inside the current word. `wordStart` is where the word began.
 */
function joinerJoins(text: string, i: number, wordStart: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 46 || code === 44) {
    // "3.5", "1,000": punctuation between digits is part of a number.
    if (isDigitCode(text, i - 1) && isDigitCode(text, i + 1)) return true;
    if (code === 44) return false;
    // "U.S.", "e.g.": a dot after a single letter that is followed by another single letter + dot
    // (or, at the initialism's end, by something that is not a letter).
    if (!isLetterCode(text, i - 1)) return false;
    const letterRun = i - wordStart;
    const priorIsInitialism = letterRun === 1 || text.charCodeAt(i - 2) === 46;
    if (!priorIsInitialism) return false;
    if (isLetterCode(text, i + 1) && !isLetterCode(text, i + 2)) return true;
    // The final dot of an initialism ends the word: "U.S." → "us" then a separator.
    return false;
  }
  // Apostrophes join only between letters: "Russia’s", "don’t". A leading or trailing one
  // ("’90s", "troops’") separates, so a closing single quote never sticks to a word.
  return isLetterCode(text, i - 1) && isLetterCode(text, i + 1);
}

function foldWord(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        out += ch;
      } else if (code === 46 && isDigitCode(raw, i - 1) && isDigitCode(raw, i + 1)) {
        out += "."; // a decimal point: "3.5" is not "35"
      }
      // Other joiners (apostrophes, initialism dots, thousands commas) are dropped.
      continue;
    }
    const full = code >= 0xd800 && code <= 0xdbff ? raw.slice(i, i + 2) : ch;
    i += full.length - 1;
    if (classify(code, full) !== CharClass.Word) continue;
    out += full.normalize("NFKD").replace(COMBINING_MARK, "");
  }
  return out.toLowerCase();
}

/** An apostrophe followed by a final "s": the possessive ending, dropped with its "s". */
function isPossessive(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 39 && code !== 0x2019 && code !== 0x02bc) return false;
  const next = text.charCodeAt(i + 1);
  return isLetterCode(text, i - 1) && (next === 115 || next === 83) && !isLetterCode(text, i + 2);
}

/** Tokenises `text[from, to)` into normalised words with source offsets. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let wordStart = -1;
  let lastWordChar = -1;
  let plain = true; // only ASCII letters and digits so far: slice + lowercase is enough

  const flush = (): void => {
    if (wordStart < 0) return;
    const raw = text.slice(wordStart, lastWordChar + 1);
    const folded = plain ? raw.toLowerCase() : foldWord(raw);
    if (folded.length > 0) {
      words.push(folded);
      starts.push(wordStart);
      ends.push(lastWordChar + 1);
    }
    wordStart = -1;
    plain = true;
  };

  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (rare in news: emoji, some CJK) are classified by their full code point.
    const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
    const cls = classify(code, ch);
    if (cls === CharClass.Word) {
      if (wordStart < 0) wordStart = i;
      if (code >= 128) plain = false;
      lastWordChar = i + ch.length - 1;
      i += ch.length - 1;
    } else if (cls === CharClass.Vanish) {
      if (wordStart >= 0) plain = false;
    } else if (cls === CharClass.Joiner && wordStart >= 0 && isPossessive(text, i)) {
      // "Witkoff’s" is "witkoff": the possessive would hide the name from every lookup.
      flush();
      i++;
    } else if (cls === CharClass.Joiner && wordStart >= 0 && joinerJoins(text, i, wordStart)) {
      plain = false;
    } else {
      flush();
    }
  }
  flush();
  return { words, starts, ends };
}

/**
 * Folds typography that carries no meaning so two renderings of the same words compare equal:
 * curly and straight quote marks and apostrophes, dashes, ellipsis forms, spaces of any kind
 * (NBSP included), soft hyphens and zero-width characters, and compatibility forms.
 */
export function foldTypography(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\.\s*\.\s*\./g, "…")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Quotes of a written statement speak for whoever issued it: "“…,” CNN quoted a letter jointly
 * issued by the employees as saying", "The statement was signed by a host of players. It read: “…”".
 * No person says these words, so the sieve's fallbacks (the sentence's subject, the person named
 * last) would credit them to someone the article merely mentions. These functions read the
 * reporter's text only; attribution ties the issuer to a mention, or to the group the text names.
 */
import { wordSet } from "./lexicons.js";

const DOCUMENT_NOUN_SET = wordSet("document-nouns");
const DOCUMENT_NOUNS = [...DOCUMENT_NOUN_SET].join("|");
const GROUP_NOUNS = wordSet("group-nouns");

/** Verbs by which a document gets its author: "issued by", "signed jointly by". */
const AUTHORING =
  "issued|released|signed|written|sent|published|penned|posted|drafted|circulated|delivered|put out";

/** "a letter jointly issued by the employees" / "a statement from 500 employees", up to the author. */
const DOCUMENT_BY = new RegExp(
  `(?:^|[^\\p{L}])((?:${DOCUMENT_NOUNS})s?)\\b(?:[^.;:!?"“”]{0,60}?\\b(?:${AUTHORING})(?:\\s+(?:jointly|collectively))?\\s+by|\\s+(?:from|by))\\s+`,
  "giu",
);

/**
 * The author phrase: up to the clause's end ("signed by a host of players, including…") or the
 * next verb or preposition ("… by players' union Futpro included quotes from Hermoso").
 */
const AUTHOR_PHRASE =
  /^[^,;.:!?()"“”]{1,60}?(?=\s+(?:including|included|includes|as|which|who|that|and|on|in|at|to|for|from|with|after|before|was|were|is|are|has|have|had|said|says|read|reads|called|calls)\b|[,;.:!?()"“”]|$)/u;

/** Words that count or quantify a group, never its name: "a host of", "all 23", "hundreds of". */
const QUANTIFIERS =
  /^(?:the|a|an|all|some|many|several|more|than|over|nearly|almost|about|around|at|least|host|group|number|dozens|hundreds|thousands|of|its|their|his|her|jointly|[\d,]+)$/iu;

/** A written statement the text names with its author, offsets relative to the text. */
export interface DocumentAuthor {
  /** Where the document noun starts ("letter" of "a letter jointly issued by…"). */
  readonly documentStart: number;
  /** The author phrase: [start, end). */
  readonly start: number;
  readonly end: number;
  /**
   * The group the author phrase names, as printed without its quantifiers ("players" of "a host of
   * players"), or null when it names none (a person or an institution: the mentions find those).
   */
  readonly group: string | null;
}

/** The group an author phrase names: its words up to a group noun, counting words dropped. */
function groupOf(phrase: string): string | null {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const at = words.findIndex((w) => GROUP_NOUNS.has(w.toLowerCase()));
  // "players' union Futpro": a possessive group is the owner of the author, not the author.
  if (at < 0 || at !== words.length - 1) return null;
  let first = 0;
  while (first < at && QUANTIFIERS.test(words[first]!)) first++;
  return words.slice(first, at + 1).join(" ");
}

/** The last document the text names with its author, if any. */
export function documentAuthorIn(text: string): DocumentAuthor | null {
  let found: DocumentAuthor | null = null;
  DOCUMENT_BY.lastIndex = 0;
  for (let m = DOCUMENT_BY.exec(text); m; m = DOCUMENT_BY.exec(text)) {
    const start = m.index + m[0].length;
    const phrase = AUTHOR_PHRASE.exec(text.slice(start, start + 80));
    if (!phrase) continue;
    const documentStart = m.index + m[0].indexOf(m[1]!);
    found = { documentStart, start, end: start + phrase[0].length, group: groupOf(phrase[0]) };
  }
  return found;
}

/** Whether a role phrase is a document ("statement", "joint statement"), by its last word. */
export function isDocumentPhrase(phrase: string): boolean {
  return DOCUMENT_NOUN_SET.has(phrase.toLowerCase().split(/\s+/u).at(-1) ?? "");
}

/** "It read:", "it added", "the statement said": the text speaks of a document named before. */
const DOCUMENT_REFERENCE = new RegExp(
  `(?:^|[^\\p{L}])(?:it|the\\s+(?:${DOCUMENT_NOUNS})|this\\s+(?:${DOCUMENT_NOUNS}))\\s+(?:(?:also|then|further|later)\\s+)?(?:read|reads|said|says|added|adds|stated|states|continued|continues|went\\s+on|goes\\s+on)\\b`,
  "iu",
);

/** Whether the text speaks of a document as its subject ("It read:", "it added"). */
export function refersToDocument(text: string): boolean {
  return DOCUMENT_REFERENCE.test(text);
}

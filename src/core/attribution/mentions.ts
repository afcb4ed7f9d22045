/**
 * Finds who is mentioned in the reporter's text of an article: people (known ones through the
 * gazetteer, others through capitalised-name rules), institutions that speak ("the Kremlin said"),
 * and the pronouns he/she, which attribution resolves later. Quoted words are never mentions: a
 * name inside a quote is the speaker talking about someone, not the reporter naming a speaker.
 * Places (countries, capitals, nationality words: data/countries.json) are not people when they
 * stand alone ("Moscow said"), and are names inside a name ("Jim Jordan", "Victoria Nuland").
 */
import {
  CAPITALISED_STOPWORDS,
  lookupKnownPerson,
  NOT_NAMES,
  ORGANISATIONS,
  PERSON_PRONOUNS,
  ROLE_WORDS,
} from "./people.js";
import type { Speaker } from "../corpus/schema.js";
import { slugify } from "../text/slugify.js";
import { wordSet } from "./lexicons.js";
import { isNationalityWord, isPlaceName, LONGEST_PLACE_NAME, placeKey } from "./nationalities.js";

export type { Speaker };

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Where the role words before the name begin ("Kremlin spokesman" in front of "Dmitry Peskov"). */
  readonly roleStart: number;
  readonly role: string | null;
  /** Null for a pronoun until attribution resolves it. */
  readonly speaker: Speaker | null;
  readonly pronoun: boolean;
  /** "Putin’s remarks": a possessive is rarely the subject of its clause. */
  readonly possessive: boolean;
}

interface RawWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const CONNECTORS = wordSet("name-connectors");
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Verbs that, next to a single capitalised word, make it a speaker ("Smith said"). */
export const CUE_VERBS = wordSet("cue-verbs");

function isCapitalised(word: string): boolean {
  // Arabic and Dutch particles joined by a hyphen start names too: "al-Qanoua", "bin-Salman".
  return /^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|bin|ibn|abu|van|de|d)[-'’]\p{Lu}/u.test(word);
}

/** Lower-case words inside place names: "Bosnia and Herzegovina", "Democratic Republic of the Congo". */
const PLACE_PARTICLES = new Set(["and", "of", "the"]);

/** Nouns that make a capitalised phrase an institution: "Prime Minister's Office", "Fiscal Policy Center". */
const INSTITUTION_NOUNS = wordSet("institution-nouns");

function bareWord(word: string): { text: string; possessive: boolean } {
  let text = word;
  let possessive = false;
  if (/['’]s$/i.test(text)) {
    text = text.slice(0, -2);
    possessive = true;
  } else if (/s['’]$/.test(text)) {
    text = text.slice(0, -1);
    possessive = true;
  }
  // A sentence-final dot is not part of a name; an initialism's is ("J.D.").
  if (text.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
  return { text, possessive };
}

function key(word: string): string {
  return word.toLowerCase().replace(/[.'’]/g, "");
}

/**
 * Names seen so far in one article, so that "Lavrov" after "Sergei Lavrov" is the same person, and
 * "Peskov" before "Dmitry Peskov" too: the article's own full name stands for the bare surname.
 */
export class PersonRegistry {
  private readonly bySurname = new Map<string, Speaker>();
  /** A speaker known by a bare surname, by id → the full name the article gave later. */
  private readonly fullNameOf = new Map<string, Speaker>();

  /** Resolves a run of name words; single unknown words resolve only when `allowSingle`. */
  resolve(words: readonly string[], allowSingle: boolean): Speaker | null {
    const full = words.join(" ");
    const known =
      lookupKnownPerson(full) ??
      (words.length > 1 ? lookupKnownPerson(words.slice(-2).join(" ")) : undefined) ??
      lookupKnownPerson(words[words.length - 1]!);
    if (known) {
      const speaker: Speaker = { id: known.id, name: known.name, kind: "person" };
      this.bySurname.set(key(words[words.length - 1]!), speaker);
      return speaker;
    }
    const surname = key(words[words.length - 1]!);
    const seen = this.bySurname.get(surname);
    // A full name after the bare surname ("Peskov said", then "Dmitry Peskov") names the person;
    // another full name with the same surname is taken, as before, for the one seen first.
    if (seen && (words.length === 1 || seen.name.includes(" "))) return seen;
    if (words.length === 1 && !allowSingle) return null;
    const speaker: Speaker = { id: slugify(full), name: full, kind: "person" };
    if (seen) this.fullNameOf.set(seen.id, speaker);
    this.bySurname.set(surname, speaker);
    return speaker;
  }

  /** Whether the article has named a person with this surname (normalised: "hamilton"). */
  knowsSurname(surname: string): boolean {
    return this.bySurname.has(surname);
  }

  /** The person a speaker is, once the whole article is read: a bare surname's full name. */
  finalSpeaker(speaker: Speaker): Speaker {
    return this.fullNameOf.get(speaker.id) ?? speaker;
  }
}

function wordsOf(
  text: string,
  from: number,
  to: number,
  excluded: ReadonlyArray<readonly [number, number]>,
): RawWord[] {
  const words: RawWord[] = [];
  WORD.lastIndex = from;
  let excludedIndex = 0;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    while (excludedIndex < excluded.length && excluded[excludedIndex]![1] <= start) excludedIndex++;
    const range = excluded[excludedIndex];
    if (range && range[0] <= start && start < range[1]) {
      WORD.lastIndex = range[1];
      continue;
    }
    words.push({ text: m[0], start, end: start + m[0].length });
  }
  return words;
}

/** A mention of an institution named `name`, printed at [start, end). */
function organisationMention(name: string, start: number, end: number, possessive: boolean): Mention {
  return {
    start,
    end,
    roleStart: start,
    role: null,
    speaker: { id: slugify(name), name, kind: "organisation" },
    pronoun: false,
    possessive,
  };
}

/** Only spaces between two words: they may belong to one name. */
function adjacent(text: string, a: RawWord, b: RawWord): boolean {
  return /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
}

/** A nationality or its plural ("Russians"): a people, never a person's name on its own. */
function isPeopleWord(k: string): boolean {
  return isNationalityWord(k) || (k.endsWith("s") && isNationalityWord(k.slice(0, -1)));
}

/** A single word that names a place or a people: "Moscow", "Ukraine", "Brazilian", "Europe". */
function isPlaceWord(word: string): boolean {
  const bare = bareWord(word).text;
  return isCapitalised(bare) && (isPeopleWord(key(bare)) || isPlaceName(placeKey(bare)));
}

function isNameWord(word: string): boolean {
  const { text } = bareWord(word);
  if (!isCapitalised(text)) return false;
  const k = key(text);
  return !ROLE_WORDS.has(k) && !CAPITALISED_STOPWORDS.has(k) && !NOT_NAMES.has(k) && !ORGANISATIONS.has(k);
}

/** A mention found at a word, and the first word it takes (role words included). */
interface Found {
  readonly mention: Mention;
  readonly from: number;
}

function pronounMention(word: RawWord): Mention {
  return {
    start: word.start,
    end: word.end,
    roleStart: word.start,
    role: null,
    speaker: null,
    pronoun: true,
    possessive: false,
  };
}

/** "the Prime Minister's Office said": the capitalised words before an institution noun name it. */
function institutionByNoun(text: string, words: readonly RawWord[], i: number): Found | null {
  const word = words[i]!;
  if (i === 0 || !INSTITUTION_NOUNS.has(key(bareWord(word.text).text)) || !isCapitalised(word.text))
    return null;
  let r = i;
  while (
    r > 0 &&
    adjacent(text, words[r - 1]!, words[r]!) &&
    isCapitalised(words[r - 1]!.text) &&
    !CAPITALISED_STOPWORDS.has(key(words[r - 1]!.text))
  )
    r--;
  if (r === i) return null;
  const bare = bareWord(word.text);
  const name = text.slice(words[r]!.start, word.start) + bare.text;
  return {
    from: r,
    mention: organisationMention(name, words[r]!.start, word.start + bare.text.length, bare.possessive),
  };
}

/** A word that ends its sentence (an initial, "Jr." or "St." does not). */
function endsSentence(w: string): boolean {
  return w.endsWith(".") && !/^(?:\p{Lu}\.)+$|^(?:Jr|Sr|St)\.$/u.test(w);
}

/**
 * A nationality at `k` that no name word follows: "South Korean" before "President" is a people,
 * not a name; "Spanish" in "Royal Spanish Football Federation" is part of one.
 */
function endsWithPeopleWord(text: string, words: readonly RawWord[], k: number): boolean {
  const word = words[k]!;
  if (!isPeopleWord(key(bareWord(word.text).text))) return false;
  const next = words[k + 1];
  return !(
    next !== undefined &&
    adjacent(text, word, next) &&
    !bareWord(word.text).possessive &&
    !endsSentence(word.text) &&
    isNameWord(next.text)
  );
}

/** The last word of the run of name words from `i`, allowing particles ("Ursula von der Leyen"). */
function nameRunEnd(text: string, words: readonly RawWord[], i: number): number {
  let j = i;
  while (
    j + 1 < words.length &&
    adjacent(text, words[j]!, words[j + 1]!) &&
    !bareWord(words[j]!.text).possessive &&
    !endsSentence(words[j]!.text)
  ) {
    let k = j + 1;
    while (k < words.length && CONNECTORS.has(words[k]!.text) && adjacent(text, words[k - 1]!, words[k]!))
      k++;
    if (
      k < words.length &&
      isNameWord(words[k]!.text) &&
      !endsWithPeopleWord(text, words, k) &&
      (k === j + 1 || adjacent(text, words[k - 1]!, words[k]!))
    )
      j = k;
    else break;
    if (j - i >= 5) break;
  }
  return j;
}

/**
 * Where the role words in front of word `i` begin, in any case ("Kremlin spokesman", "US Secretary
 * of State"), with the institution or country they belong to ("European Commission President").
 */
function roleStartBefore(text: string, words: readonly RawWord[], i: number): number {
  const isRoleWord = (w: string): boolean => {
    const k = key(bareWord(w).text);
    return (
      ROLE_WORDS.has(k) || (isCapitalised(w) && (NOT_NAMES.has(k) || ORGANISATIONS.has(k) || isPlaceWord(w)))
    );
  };
  let r = i;
  while (r > 0 && adjacent(text, words[r - 1]!, words[r]!) && isRoleWord(words[r - 1]!.text)) r--;
  while (r < i && ["of", "for", "the"].includes(words[r]!.text.toLowerCase())) r++;
  return r;
}

/**
 * The name run `words[i..j]` with its role: an organisation when it ends in an institution noun
 * ("the Fiscal Policy Center"), else the person the registry resolves it to, if any.
 */
function nameMention(
  text: string,
  words: readonly RawWord[],
  i: number,
  j: number,
  registry: PersonRegistry,
): Found | null {
  const run = words.slice(i, j + 1);
  const last = bareWord(run[run.length - 1]!.text);
  const names = [...run.slice(0, -1).map((w) => w.text), last.text];
  const r = roleStartBefore(text, words, i);
  const end = run[run.length - 1]!.start + last.text.length;
  if (INSTITUTION_NOUNS.has(key(last.text))) {
    const name = text.slice(words[r]!.start, run[run.length - 1]!.start) + last.text;
    return { from: r, mention: organisationMention(name, words[r]!.start, end, last.possessive) };
  }
  const roleWords = words.slice(r, i).map((w) => w.text);
  const before = i > 0 ? words[i - 1]!.text.toLowerCase() : "";
  const after = j + 1 < words.length ? words[j + 1]!.text.toLowerCase() : "";
  const cueNearby = CUE_VERBS.has(after) || CUE_VERBS.has(before);
  // A title makes one unknown word a person ("spokesman Peskov"); a place ("Russia's Kursk region")
  // or an institution's word ("World Cup", "Kremlin") alone does not.
  const titled = roleWords.some((w) => ROLE_WORDS.has(key(bareWord(w).text)));
  const speaker = registry.resolve(names, titled || cueNearby);
  if (!speaker) return null;
  const role = roleWords.length > 0 ? roleWords.join(" ") : null;
  return {
    from: r,
    mention: {
      start: run[0]!.start,
      end,
      roleStart: words[r]!.start,
      role,
      speaker,
      pronoun: false,
      possessive: last.possessive,
    },
  };
}

/**
 * The last word of a place named from word `i` ("Saudi Arabia", "Kyiv", "Brazilian", "Russia's"),
 * or null. A place word is a name when a name word follows it ("Victoria Nuland", "Jordan
 * Bardella") or when the article has already named someone with it ("Lewis Hamilton", then
 * "Hamilton said").
 */
function placeEnd(
  text: string,
  words: readonly RawWord[],
  i: number,
  registry: PersonRegistry,
): number | null {
  let end = -1;
  const phrase: string[] = [];
  for (let j = i; j < words.length && j < i + LONGEST_PLACE_NAME; j++) {
    if (j > i && !adjacent(text, words[j - 1]!, words[j]!)) break;
    const bare = bareWord(words[j]!.text);
    if (!isCapitalised(bare.text) && !PLACE_PARTICLES.has(bare.text)) break;
    phrase.push(bare.text);
    if (isPlaceName(placeKey(phrase.join(" "))) || (j === i && isPeopleWord(key(bare.text)))) end = j;
    if (bare.possessive || endsSentence(words[j]!.text)) break;
  }
  if (end < 0) return null;
  const last = words[end]!;
  if (end === i && registry.knowsSurname(key(bareWord(last.text).text))) return null;
  const next = words[end + 1];
  const nameFollows =
    next !== undefined &&
    adjacent(text, last, next) &&
    !bareWord(last.text).possessive &&
    !endsSentence(last.text) &&
    isNameWord(next.text) &&
    !isPlaceWord(next.text);
  return nameFollows ? null : end;
}

/** Institutions named outright, unless their word is part of a person's role ("Kremlin spokesman Dmitry Peskov"). */
function institutionMentions(text: string, words: readonly RawWord[], taken: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i) || !isCapitalised(words[i]!.text)) continue;
    const one = bareWord(words[i]!.text);
    const twoWords =
      i + 1 < words.length && adjacent(text, words[i]!, words[i + 1]!)
        ? `${words[i]!.text} ${bareWord(words[i + 1]!.text).text}`
        : null;
    const twoName = twoWords ? ORGANISATIONS.get(slugify(twoWords)) : undefined;
    const name = twoName ?? ORGANISATIONS.get(slugify(one.text));
    if (!name) continue;
    const last = twoName ? words[i + 1]! : words[i]!;
    const lastBare = bareWord(last.text);
    mentions.push(
      organisationMention(name, words[i]!.start, last.start + lastBare.text.length, lastBare.possessive),
    );
    if (twoName) i++;
  }
  return mentions;
}

/** Whether word `i` opens a sentence: nothing but marks, quotes and spaces after a full stop before it. */
function opensSentence(text: string, words: readonly RawWord[], i: number): boolean {
  if (i === 0) return true;
  const previous = words[i - 1]!;
  return (
    endsSentence(previous.text) || /[.!?:\n][\s"“”‘’'()]*$/.test(text.slice(previous.end, words[i]!.start))
  );
}

/**
 * A participle opening its sentence ("Addressing ISRO scientists from Johannesburg, he said…",
 * "Speaking to reporters, …") starts a clause, not a name: capitalised only because it comes first.
 * A surname in -ing ("Fleming said", "Manning, 45, said") is followed by its cue or a comma instead.
 */
function isOpeningParticiple(
  text: string,
  words: readonly RawWord[],
  i: number,
  registry: PersonRegistry,
): boolean {
  const word = words[i]!;
  if (!/^\p{Lu}\p{Ll}{2,}ing$/u.test(word.text) || !opensSentence(text, words, i)) return false;
  if (lookupKnownPerson(word.text) || registry.knowsSurname(key(word.text))) return false;
  const next = words[i + 1];
  if (!next || !adjacent(text, word, next)) return false;
  return !CUE_VERBS.has(next.text.toLowerCase());
}

/**
 * Mentions in `text[from, to)`, skipping `excluded` ranges (sorted, non-overlapping: the quotes).
 * The registry accumulates names across calls for one article.
 */
export function findMentions(
  text: string,
  from: number,
  to: number,
  excluded: ReadonlyArray<readonly [number, number]>,
  registry: PersonRegistry,
): Mention[] {
  const words = wordsOf(text, from, to, excluded);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const take = (found: Found, last: number): void => {
    for (let t = found.from; t <= last; t++) taken.add(t);
    mentions.push(found.mention);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PERSON_PRONOUNS.has(word.text.toLowerCase())) {
      mentions.push(pronounMention(word));
      continue;
    }
    const byNoun = institutionByNoun(text, words, i);
    if (byNoun) {
      take(byNoun, i);
      continue;
    }
    const place = placeEnd(text, words, i, registry);
    if (place !== null) {
      i = place;
      continue;
    }
    if (!isNameWord(word.text) || isOpeningParticiple(text, words, i, registry)) continue;
    const j = nameRunEnd(text, words, i);
    const named = nameMention(text, words, i, j, registry);
    if (named) take(named, j);
    i = j;
  }
  for (const mention of institutionMentions(text, words, taken)) mentions.push(mention);
  const sorted = mentions
    .map((m) => (m.speaker?.kind === "person" ? { ...m, speaker: registry.finalSpeaker(m.speaker) } : m))
    .sort((a, b) => a.start - b.start);
  return withInstitutionRoles(text, sorted);
}

/**
 * "Green Party lawmaker Sandrine Rousseau", "the Foreign Ministry's spokesperson Mao Ning": an
 * institution right before a person's title (or owning the person) is part of that person's role,
 * not a speaker of its own — the person named is the one who spoke.
 */
function withInstitutionRoles(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const institution = mentions[i]!;
    const person = mentions[i + 1];
    const isPerson = person?.speaker?.kind === "person" && !person.pronoun;
    if (institution.speaker?.kind !== "organisation" || !person || !isPerson) {
      out.push(institution);
      continue;
    }
    // The person's role words may already take the institution in ("Foreign Ministry's spokesperson").
    const covered = person.roleStart <= institution.start;
    const joins =
      covered ||
      (/^(?:['’]s?)?[ \u00a0]+$/.test(text.slice(institution.end, person.roleStart)) &&
        (institution.possessive || person.roleStart < person.start));
    if (!joins) {
      out.push(institution);
      continue;
    }
    const roleStart = Math.min(institution.start, person.roleStart);
    out.push({ ...person, roleStart, role: text.slice(roleStart, person.start).trim() });
    i++;
  }
  return out;
}

/**
 * Speakers the reporter names by their role alone: "“…,” the prime minister said", "a spokesperson
 * called it “…”". Articles name the person once with the role ("Prime Minister Narendra Modi",
 * "spokesperson Mao Ning") and then use the role as a pronoun, so a bare role is that person when the
 * article names one; otherwise the role itself is the speaker when it is one an unnamed source keeps
 * ("the prime minister's official spokesman told reporters").
 */
import { CUE_VERBS, type Mention, type Speaker } from "./mentions.js";
import { wordSet } from "./lexicons.js";
import { slugify } from "../text/slugify.js";

/**
 * Roles a speaker is known by, the last word of the role phrase (data/lexicons): those an unnamed
 * source keeps too ("an official", "the spokesman"), and offices that name only a holder the article
 * names ("the president said"; without one, the other rules read the sentence).
 */
const UNNAMED_HEADS = wordSet("speaker-roles");
const ROLE_HEADS = [...UNNAMED_HEADS, ...wordSet("named-offices")].join("|");
/** Roles an unnamed source keeps: "an official said" is rarely the official the article names. */
const ANONYMOUS_HEADS = wordSet("anonymous-roles");
/** Words that change which office a title names: "deputy prime minister" is not "the prime minister". */
const OFFICE_MODIFIERS = wordSet("office-modifiers");

const CUES = [...CUE_VERBS].join("|");
/** What the role is of, after it: "the spokesperson for the foreign ministry". */
const ROLE_OF = `(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,2}?[\\p{L}’'.-]+)?`;
const ROLE_PHRASE = `(the|a|an|one)\\s+((?:[\\p{L}’'.-]+\\s+){0,4}?(?:${ROLE_HEADS}))${ROLE_OF}`;
/** "“…,” the prime minister added": the clause after a quote opens with a role and its cue. */
const ROLE_THEN_CUE = new RegExp(`^[\\s,;:—–-]*${ROLE_PHRASE}\\s+(?:also\\s+)?(${CUES})\\b`, "iu");
/** "“…,” said a government spokesman": the cue first, then the role. */
const CUE_THEN_ROLE = new RegExp(
  `^[\\s,;:—–-]*(${CUES})\\s+(?:(the|a|an|one)\\s+)?((?:[\\p{L}’'.-]+\\s+){0,4}?(?:${ROLE_HEADS}))\\b`,
  "iu",
);
const LEAD = /^[\s,;:—–-]*/u;
/** After a role: a name ("said spokesman Dmitry Peskov") or a possessive ("said the minister's aide"). */
const ROLE_GOES_ON = /^(?:['’]|\s+\p{Lu})/u;
/** "…, a spokesperson called it": a role right before a cue verb, at the end of the text given. */
const ROLE_BEFORE_CUE = new RegExp(
  `(?:^|[^\\p{L}’'])${ROLE_PHRASE}\\s+(?:(?:also|later|then|had|has|have|again)\\s+)*$`,
  "iu",
);

/** A role phrase in a clause: its words, whether it was definite, and where it starts. */
export interface RolePhrase {
  /** As printed, without its article: "prime minister", "Chinese Foreign Ministry spokesperson". */
  readonly role: string;
  readonly definite: boolean;
  /** Offset in the clause of its article ("the", "a"). */
  readonly start: number;
}

/** A role with its cue, offsets in the clause; `end` is where the two end. */
export interface RoleAndCue {
  readonly phrase: RolePhrase;
  readonly cue: string;
  readonly cueAt: number;
  readonly end: number;
}

/**
 * A role and its cue opening `clause`, in either order: "the prime minister added", "said a
 * government spokesman". `cueAt` is the cue's offset in the clause.
 */
export function roleThenCue(clause: string): RoleAndCue | null {
  const m = ROLE_THEN_CUE.exec(clause);
  if (m) {
    const start = m.index + LEAD.exec(m[0])![0].length;
    const end = m.index + m[0].length;
    return {
      phrase: { role: m[2]!.trim(), definite: m[1]!.toLowerCase() === "the", start },
      cue: m[3]!.toLowerCase(),
      cueAt: end - m[3]!.length,
      end,
    };
  }
  const c = CUE_THEN_ROLE.exec(clause);
  const end = c ? c.index + c[0].length : 0;
  if (!c || ROLE_GOES_ON.test(clause.slice(end))) return null;
  const cueAt = c.index + LEAD.exec(c[0])![0].length;
  return {
    phrase: { role: c[3]!.trim(), definite: c[2]?.toLowerCase() === "the", start: cueAt },
    cue: c[1]!.toLowerCase(),
    cueAt,
    end,
  };
}

/** A role phrase that ends `text` (the reporter's words right before a cue verb), if any. */
export function roleBeforeCue(text: string): RolePhrase | null {
  const m = ROLE_BEFORE_CUE.exec(text);
  if (!m) return null;
  // The match opens with the one character before the article, unless it starts the text.
  const start = m.index + (m[0].startsWith(m[1]!) ? 0 : 1);
  return { role: m[2]!.trim(), definite: m[1]!.toLowerCase() === "the", start };
}

function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .split(/[\s.]+/u)
    .filter(Boolean);
}

/**
 * Whether a person named with `named` ("Indian Prime Minister") holds the office `asked` ("prime
 * minister"): the named role ends with the asked one, and the words before it do not make it
 * another office ("Deputy Prime Minister").
 */
function holdsRole(named: readonly string[], asked: readonly string[]): boolean {
  if (asked.length === 0 || named.length < asked.length) return false;
  const offset = named.length - asked.length;
  if (!asked.every((w, i) => named[offset + i] === w)) return false;
  return !named.slice(0, offset).some((w) => OFFICE_MODIFIERS.has(w));
}

/**
 * How far after a bare role the person may be named: the next sentence or two ("a spokesperson
 * called it “…”. “…,” spokesperson Mao Ning said."), not a namesake paragraphs later.
 */
const NAMED_AFTER_CHARS = 400;

/**
 * The person the article names with the role of `phrase`: the last one named before `at`, else the
 * one person named with it shortly after (an article may say "a spokesperson" before it names her).
 * Null when an indefinite anonymous role ("an official") or nobody, or several people after, hold it.
 */
export function personWithRole(mentions: readonly Mention[], phrase: RolePhrase, at: number): Speaker | null {
  const asked = roleWords(phrase.role);
  if (!phrase.definite && ANONYMOUS_HEADS.has(asked.at(-1) ?? "")) return null;
  let before: Speaker | null = null;
  const after = new Map<string, Speaker>();
  for (const m of mentions) {
    if (m.pronoun || !m.role || m.speaker?.kind !== "person") continue;
    const named = roleWords(m.role);
    // Either may be the fuller form: "the prime minister" of "Prime Minister Narendra Modi", and "a
    // Chinese Foreign Ministry spokesperson" of "spokesperson Mao Ning".
    if (!holdsRole(named, asked) && !holdsRole(asked, named)) continue;
    if (m.start < at) before = m.speaker;
    else if (m.start - at <= NAMED_AFTER_CHARS) after.set(m.speaker.id, m.speaker);
  }
  if (before) return before;
  return after.size === 1 ? [...after.values()][0]! : null;
}

/** The role itself as a speaker, when it is one an unnamed source keeps ("official", "spokesman"). */
export function unnamedRoleSpeaker(phrase: RolePhrase): Speaker | null {
  const head = roleWords(phrase.role).at(-1) ?? "";
  if (!UNNAMED_HEADS.has(head)) return null;
  return { id: slugify(phrase.role), name: phrase.role, kind: "person" };
}

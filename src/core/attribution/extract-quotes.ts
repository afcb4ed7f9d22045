/**
 * Extracts every direct quotation of an article body with its speaker, how it was attributed, and
 * its kind. Quote spans come from {@link findQuoteSpans}; spans that form one utterance (continued
 * across paragraphs, or split by their attribution: "…spared," he wrote. "This would…") become one
 * quote with several segments. Attribution is a sieve of high-precision rules, first hit wins, and
 * the rule that fired is recorded so that misattributions can be traced.
 */
import {
  countWords,
  createContext,
  cuesIn,
  lastCueBefore,
  lastNonPossessiveIn,
  mentionIndexFrom,
  mentionsIn,
  onlyQuotedBetween,
  reporterBefore,
  sentenceAt,
  sentenceFacts,
  spanFrom,
  sentenceIndex,
  type Context,
  type CueHit,
  type DocumentSource,
} from "./attribution-context.js";
import { CHANNELS } from "./lexicons.js";
import { CUE_VERBS, findMentions, PersonRegistry, type Mention, type Speaker } from "./mentions.js";
import { documentAuthorIn, isDocumentPhrase, refersToDocument } from "./document-sources.js";
import { slugify } from "../text/slugify.js";
import { personWithRole, roleBeforeCue, roleThenCue, unnamedRoleSpeaker } from "./role-speakers.js";
import { findQuoteSpans, type QuoteSpan } from "../text/quote-spans.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import type { Attribution, AttributionRule, QuoteKind } from "../corpus/schema.js";
import { tokenize } from "../text/tokenize.js";

export type { Attribution, AttributionRule, QuoteKind };

export interface QuoteSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExtractedQuote {
  /** The quoted words as printed: the segments' texts joined by a space. */
  readonly text: string;
  /** Offsets in the body of the first segment's start and the last segment's end. */
  readonly start: number;
  readonly end: number;
  readonly segments: QuoteSegment[];
  readonly speaker: Speaker | null;
  readonly attribution: Attribution;
  readonly kind: QuoteKind;
}

const CUE_PATTERN = new RegExp(`^(?:${[...CUE_VERBS].join("|")})$`, "i");
/** Channel patterns (data/lexicons/channels.json), in the order they are tried. */
const CHANNEL_PATTERNS = CHANNELS.entries.map((c) => ({
  pattern: new RegExp(c.pattern, c.flags),
  name: c.name,
}));
/** Participles and coordinated verbs take the subject of the whole sentence. */
const SENTENCE_SUBJECT_CUES =
  /^(?:adding|saying|calling|describing|noting|warning|urging|writing|telling|claiming)$/i;

interface QuoteUnit {
  readonly spans: QuoteSpan[];
}

/** Groups spans into utterances: continued across paragraphs, or split by a short attribution. */
function groupSpans(text: string, spans: readonly QuoteSpan[]): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  for (const span of spans) {
    const previous = units[units.length - 1];
    const last = previous?.spans[previous.spans.length - 1];
    if (previous && last && span.double === last.double) {
      if (span.continues) {
        previous.spans.push(span);
        continue;
      }
      const between = text.slice(last.close + 1, span.open);
      const lastWords = text.slice(last.start, last.end).trimEnd();
      const words = between.split(/\s+/).filter(Boolean);
      // "…spared," he wrote. "This would…": the first part ends with a comma (the sentence runs on
      // into the attribution), and the interruption is a short clause with a cue verb.
      const interruption =
        /,$/.test(lastWords) &&
        !between.includes("\n") &&
        words.length <= 12 &&
        words.some((w) => CUE_PATTERN.test(w.replace(/[^\p{L}]/gu, ""))) &&
        /[.,:]\s*$/.test(between);
      if (interruption) {
        previous.spans.push(span);
        continue;
      }
    }
    units.push({ spans: [span] });
  }
  return units;
}

function closeOf(span: QuoteSpan): number {
  return span.close >= 0 ? span.close + 1 : span.end;
}

function findChannel(clause: string): string | null {
  for (const { pattern, name } of CHANNEL_PATTERNS) {
    const m = pattern.exec(clause);
    if (m) return name === "$1" ? m[1]! : name;
  }
  return null;
}

/**
 * A channel is named right after its cue ("wrote on Truth Social", "told reporters at a press
 * conference"): looking further only costs time, and without this bound every quote of a long
 * sentence searched the whole sentence again.
 */
const CHANNEL_CLAUSE_CHARS = 400;

/** The channel of `text[cue.start, clauseEnd)`, its first {@link CHANNEL_CLAUSE_CHARS} characters. */
function channelAfter(ctx: Context, cue: CueHit, clauseEnd: number): string | null {
  const end = Math.min(clauseEnd, cue.start + CHANNEL_CLAUSE_CHARS);
  const key = `${cue.start}:${end}`;
  let channel = ctx.channels.get(key);
  if (channel === undefined) {
    channel = findChannel(ctx.text.slice(cue.start, end));
    ctx.channels.set(key, channel);
  }
  return channel;
}

function speakerOf(ctx: Context, mention: Mention): Speaker | null {
  return mention.pronoun ? (ctx.resolved.get(mention) ?? null) : mention.speaker;
}

interface Subject {
  readonly speaker: Speaker;
  readonly mention: Mention;
}

/**
 * The first non-possessive person (or institution) the sentence names before `before`: the main
 * clause's subject first, the introductory clause's people only if it has none. Once the sentence's
 * pronouns are resolved the answer for the whole sentence never changes, so it is kept.
 */
function subjectMention(
  ctx: Context,
  sentence: Sentence,
  before = sentence.end,
  personOnly = false,
): Subject | null {
  const facts = sentenceFacts(ctx, sentence);
  const key = before === sentence.end ? `subject:${personOnly}` : null;
  if (key !== null && facts.subjects.has(key)) return facts.subjects.get(key)!;
  const { mentions } = ctx;
  const candidate = (i: number): Subject | null => {
    const mention = mentions[i]!;
    if (mention.possessive || mention.end > before) return null;
    const speaker = speakerOf(ctx, mention);
    return speaker && (!personOnly || speaker.kind === "person") ? { speaker, mention } : null;
  };
  let found: Subject | null = null;
  const mainStart = Math.max(facts.mainStart, sentence.start);
  for (let i = mentionIndexFrom(ctx, mainStart); !found && mentions[i] && mentions[i]!.start < before; i++)
    found = candidate(i);
  const introEnd = Math.min(mainStart, before);
  for (
    let i = mentionIndexFrom(ctx, sentence.start);
    !found && mentions[i] && mentions[i]!.start < introEnd;
    i++
  )
    found = candidate(i);
  if (key !== null) facts.subjects.set(key, found);
  return found;
}

function sentenceSubject(
  ctx: Context,
  sentence: Sentence,
  before = sentence.end,
  personOnly = false,
): Speaker | null {
  return subjectMention(ctx, sentence, before, personOnly)?.speaker ?? null;
}

/**
 * The subject of a cue verb: the mention right before it ("Trump described", "he had urged",
 * "Peskov, the Kremlin spokesman, said"), else, for participles and coordinated verbs ("…, adding",
 * "and said"), the subject of the whole sentence.
 */
function subjectOfCue(ctx: Context, sentence: Sentence, cue: CueHit): Subject | null {
  // The quotes after one cue ("said the words "a", "b", …") all ask about it: answer once.
  const facts = sentenceFacts(ctx, sentence);
  const key = `cue:${cue.start}`;
  if (!facts.subjects.has(key)) facts.subjects.set(key, findSubjectOfCue(ctx, sentence, cue));
  return facts.subjects.get(key)!;
}

function findSubjectOfCue(ctx: Context, sentence: Sentence, cue: CueHit): Subject | null {
  const nearest = lastNonPossessiveIn(ctx, sentence.start, cue.start);
  if (nearest && !SENTENCE_SUBJECT_CUES.test(cue.cue)) {
    const gap = ctx.text.slice(nearest.end, cue.start);
    const apposition = /^,[^,;]{1,80},\s*$/.test(gap);
    const plain = countWords(gap, 5) <= 4 && !/[,;]/.test(gap) && !/\b(?:and|that|to|who|which)\b/i.test(gap);
    const auxiliary =
      /^\s+(?:(?:had|has|have|also|later|then|again|previously|earlier|would|will|has since|went on to|on \w+)\s+)*$/i.test(
        gap,
      );
    const speaker = speakerOf(ctx, nearest);
    if (speaker && (apposition || plain || auxiliary)) return { speaker, mention: nearest };
  }
  return subjectMention(ctx, sentence, cue.start);
}

/**
 * "“…,” the prime minister added": the person the article names with that role, else the role
 * itself when an unnamed source keeps it ("the prime minister's official spokesman told reporters");
 * "“…,” the statement said": whoever issued the statement, when the text names them.
 */
function roleSpeaker(
  ctx: Context,
  sentence: Sentence,
  from: number,
  to: number,
): { speaker: Speaker; cue: CueHit; phrase: string; role: string } | null {
  const clause = ctx.text.slice(from, to);
  const hit = roleThenCue(clause);
  if (!hit) return null;
  const issuer = isDocumentPhrase(hit.phrase.role) ? documentSource(ctx, sentence)?.speaker : null;
  const speaker = issuer ?? personWithRole(ctx.mentions, hit.phrase, from) ?? unnamedRoleSpeaker(hit.phrase);
  if (!speaker) return null;
  const cueAt = from + hit.cueAt;
  return {
    speaker,
    cue: { cue: hit.cue, start: cueAt, end: cueAt + hit.cue.length },
    phrase: clause.slice(hit.phrase.start, hit.end),
    role: hit.phrase.role,
  };
}

/** How far before a cue a role phrase may start: a few words ("a Chinese Foreign Ministry spokesperson"). */
const ROLE_BEFORE_CUE_CHARS = 120;

/**
 * "…, a spokesperson called it “…”": a role right before the cue is its subject, and names the
 * person the article names with that role. Only the characters just before the cue are read, so a
 * sentence of many quotes costs no more per quote.
 */
function roleSubjectOfCue(
  ctx: Context,
  sentence: Sentence,
  cue: CueHit,
): { speaker: Speaker; phrase: string; role: string } | null {
  const from = Math.max(sentence.start, cue.start - ROLE_BEFORE_CUE_CHARS);
  const before = reporterBefore(ctx, sentence, cue.start).slice(from - sentence.start);
  const phrase = roleBeforeCue(before);
  if (!phrase) return null;
  // A person named between the role and the cue is the subject ("the spokesman Dmitry Peskov
  // said"); an institution there is what the role is of ("the spokesperson for the Foreign Ministry").
  const between = mentionsIn(ctx, from + phrase.start, cue.start);
  if (between.some((m) => !m.possessive && m.speaker?.kind !== "organisation")) return null;
  const speaker = personWithRole(ctx.mentions, phrase, cue.start);
  if (!speaker) return null;
  const printed = `${before.slice(phrase.start).trim()} ${ctx.text.slice(cue.start, cue.end)}`;
  return { speaker, phrase: printed, role: phrase.role };
}

/** How many sentences back "It read:" may find its document ("The statement was signed by…"). */
const DOCUMENT_LOOKBACK = 3;

/** The written statement `sentence` names with its issuer, who speaks for it (memoised per sentence). */
function documentIn(ctx: Context, sentence: Sentence): DocumentSource | null {
  if (ctx.documents.has(sentence)) return ctx.documents.get(sentence)!;
  const { blanked } = sentenceFacts(ctx, sentence);
  const author = documentAuthorIn(blanked);
  let source: DocumentSource | null = null;
  if (author) {
    const from = sentence.start + author.start;
    const mention = mentionsIn(ctx, from, sentence.start + author.end).find((m) => !m.possessive);
    const speaker = mention ? speakerOf(ctx, mention) : null;
    const group = author.group;
    const phrase = blanked.slice(author.documentStart, author.end).trim();
    const start = sentence.start + author.documentStart;
    if (speaker) source = { speaker, phrase, start };
    else if (group)
      source = { speaker: { id: slugify(group), name: group, kind: "organisation" }, phrase, start };
  }
  ctx.documents.set(sentence, source);
  return source;
}

/**
 * A quote of a letter or statement: the issuer the quote's sentence names ("CNN quoted a letter
 * issued by the employees as saying"), or, when the sentence speaks of a document ("It read:"),
 * the one a sentence shortly before names.
 */
function documentSource(ctx: Context, sentence: Sentence): DocumentSource | null {
  // Every quote of a sentence asks the same: answer once (a sentence may hold thousands of quotes).
  if (ctx.documentSources.has(sentence)) return ctx.documentSources.get(sentence)!;
  let source = documentIn(ctx, sentence);
  if (!source && refersToDocument(sentenceFacts(ctx, sentence).blanked)) {
    const at = sentenceIndex(ctx, sentence);
    for (let i = at - 1; !source && i >= 0 && i >= at - DOCUMENT_LOOKBACK; i--)
      source = documentIn(ctx, ctx.sentences[i]!);
  }
  ctx.documentSources.set(sentence, source);
  return source;
}

/** "…," said Peskov / "…," Trump wrote / "…," Kremlin spokesman Dmitry Peskov told reporters. */
function attributionAfter(
  ctx: Context,
  from: number,
  to: number,
): { speaker: Speaker; cue: CueHit; mention: Mention } | null {
  const clause = ctx.text.slice(from, to);
  const lead = /^[\s,;:—–-]*/.exec(clause)![0].length;
  const cues = cuesIn(clause, from);
  const first = cues[0];
  if (!first) return null;
  const mentions = mentionsIn(ctx, from, to);
  // Subject first: the mention (with its role words) opens the clause and the cue follows it.
  const opening = mentions.find((m) => m.roleStart - from <= lead + 4 && !m.possessive);
  if (opening && opening.start < first.start) {
    const gap = ctx.text.slice(opening.end, first.start);
    if (
      /^\s+(?:(?:also|later|then|again|had|has|have|once|further)\s+)*$/i.test(gap) ||
      /^,[^,;]{1,80},\s*$/.test(gap)
    ) {
      const speaker = speakerOf(ctx, opening);
      if (speaker) return { speaker, cue: first, mention: opening };
    }
  }
  // Cue first: "said Peskov", "said Kremlin spokesman Dmitry Peskov", "said the Kremlin".
  if (first.start - from <= lead + 1) {
    const after = mentions.find((m) => m.start > first.end && !m.pronoun);
    if (after && /^\s+(?:[\p{L}.]+\s+){0,5}$/u.test(ctx.text.slice(first.end, after.roleStart) + " ")) {
      const speaker = speakerOf(ctx, after);
      if (speaker) return { speaker, cue: first, mention: after };
    }
  }
  return null;
}

function phraseOf(ctx: Context, mention: Mention, cue: CueHit, limit: number): string {
  const subjectFirst = mention.roleStart < cue.start;
  const rest = ctx.text.slice(subjectFirst ? cue.end : mention.end, limit);
  // Keep the channel words that follow ("on Truth Social", "at a press conference on Thursday"), not
  // the reported clause ("… that there was") or what the speaker did next ("… following his meetings").
  const stop =
    /\s+(?:that|to|as|if|whether|following|after|before|when|while|during|because|about)\b|[,;.:—–"“”(]/.exec(
      rest,
    );
  const tailWords = (stop ? rest.slice(0, stop.index) : rest).split(/\s+/).filter(Boolean).slice(0, 8);
  const channelLike = /^(?:on|at|in|via|through|from|reporters|journalists|\p{Lu})/u.test(tailWords[0] ?? "");
  const tail = channelLike ? ` ${tailWords.join(" ")}` : "";
  const who = ctx.text.slice(mention.roleStart, mention.end);
  if (!subjectFirst) return `${cue.cue} ${who}${tail}`;
  // A coordinated verb far from its subject ("Trump urged Putin … and said"): elide the middle.
  const between = ctx.text.slice(mention.end, cue.start);
  const words = countWords(between, 7);
  const middle = words === 0 ? " " : words <= 6 ? ` ${between.trim()} ` : " … ";
  return `${who}${middle}${ctx.text.slice(cue.start, cue.end)}${tail}`;
}

function kindOf(ctx: Context, unit: QuoteUnit, sentence: Sentence): QuoteKind {
  const first = unit.spans[0]!;
  const content = ctx.text.slice(first.start, first.end).trim();
  const before = reporterBefore(ctx, sentence, first.open).trim();
  // endsWith, not /,$/: an unanchored regex tries every offset of a sentence that may be megabytes.
  const standalone =
    before === "" ||
    before.endsWith(":") ||
    (before.endsWith(",") && lastCueBefore(ctx, sentence, first.open) !== undefined);
  const words = tokenize(ctx.text, first.start, first.end).words.length;
  if (!standalone && unit.spans.length === 1 && words <= 2) return "scare";
  if (!standalone) return "partial";
  return /^[\s([…."']*[\p{Lu}\d]/u.test(content) ? "full" : "partial";
}

/** Extracts the quotes of an article body (paragraphs joined by a blank line). */
export function extractQuotes(body: string): ExtractedQuote[] {
  return analyseArticle(body).quotes;
}

/** Quotes and the reporter's mentions of people (pronouns resolved) in an article body. */
export function analyseArticle(body: string): { quotes: ExtractedQuote[]; speakersNamed: Speaker[] } {
  const spans = findQuoteSpans(body);
  const units = groupSpans(body, spans);
  const sentences = splitSentences(body, spans);
  const excluded = spans.map((s) => [s.start, s.end] as const);
  const mentions = findMentions(body, 0, body.length, excluded, new PersonRegistry());
  const ctx = createContext(body, spans, sentences, mentions);

  const quotes: ExtractedQuote[] = [];
  let previousSubject: Speaker | null = null;
  let previousPerson: Speaker | null = null;
  let lastSpeaker: Speaker | null = null;
  let unitIndex = 0;

  for (const sentence of sentences) {
    // He/she: the person the sentence is about so far, else the person the sentence before was about
    // (never an institution: "the Kremlin" is not "he").
    resolvePronouns(ctx, sentence, previousPerson ?? (lastSpeaker?.kind === "person" ? lastSpeaker : null));
    let subjectOfSentence = sentenceSubject(ctx, sentence);
    let personOfSentence = sentenceSubject(ctx, sentence, sentence.end, true);

    // A quote is attributed once its last segment is reached: "he said" after a quotation that ran
    // over several paragraphs is resolved in that sentence.
    while (unitIndex < units.length && units[unitIndex]!.spans.at(-1)!.open < sentence.end) {
      const unit = units[unitIndex++]!;
      const opening = sentenceAt(ctx, unit.spans[0]!.open) ?? sentence;
      const quote = attribute(ctx, unit, opening, previousSubject, lastSpeaker);
      quotes.push(quote);
      if (quote.speaker) {
        lastSpeaker = quote.speaker;
        subjectOfSentence ??= quote.speaker;
        if (quote.speaker.kind === "person") personOfSentence ??= quote.speaker;
      }
    }
    if (subjectOfSentence) previousSubject = subjectOfSentence;
    if (personOfSentence) previousPerson = personOfSentence;
  }
  const speakersNamed = mentions.filter((m) => !m.pronoun && m.speaker).map((m) => m.speaker!);
  return { quotes, speakersNamed };
}

/**
 * He/she: the person the sentence is about so far, else `fallback` (the person the sentence before
 * was about). One pass: the first person of the main clause and of the introductory clause before
 * each pronoun only change from "none" to someone, so they are carried forward, not searched again.
 */
function resolvePronouns(ctx: Context, sentence: Sentence, fallback: Speaker | null): void {
  const list = mentionsIn(ctx, sentence.start, sentence.end);
  if (!ctx.disjointMentions) {
    for (const m of list)
      if (m.pronoun) ctx.resolved.set(m, sentenceSubject(ctx, sentence, m.start, true) ?? fallback);
    return;
  }
  const { mainStart } = sentenceFacts(ctx, sentence);
  let main: Speaker | null = null;
  let intro: Speaker | null = null;
  let scanned = 0;
  list.forEach((m, i) => {
    if (!m.pronoun) return;
    for (; scanned < i; scanned++) {
      const earlier = list[scanned]!;
      const speaker = earlier.possessive ? null : speakerOf(ctx, earlier);
      if (speaker?.kind !== "person") continue;
      if (earlier.start >= mainStart) main ??= speaker;
      else intro ??= speaker;
    }
    ctx.resolved.set(m, main ?? intro ?? fallback);
  });
}

/** Where a quote's document is named: after it, between its parts, or before it. */
function documentRule(document: DocumentSource, unit: QuoteUnit): AttributionRule {
  if (document.start > closeOf(unit.spans.at(-1)!)) return "after-quote";
  return document.start > unit.spans[0]!.open ? "between-segments" : "before-quote";
}

/** A description of a speaker known by a role or a document, not a mention: as the text printed it. */
interface Described {
  readonly phrase: string;
  readonly role: string | null;
}

type MakeQuote = (
  speaker: Speaker | null,
  rule: AttributionRule,
  cue: CueHit | null,
  mention: Mention | null,
  clauseEnd: number,
  described?: Described | null,
) => ExtractedQuote;

/** The quote `unit` as extracted, once the sieve knows its speaker and how it was attributed. */
function quoteMaker(ctx: Context, unit: QuoteUnit, sentence: Sentence, lastSentence: Sentence): MakeQuote {
  const { text } = ctx;
  const segments = unit.spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const base = {
    text: segments.map((s) => s.text).join(" "),
    start: unit.spans[0]!.start,
    end: unit.spans.at(-1)!.end,
    segments,
    kind: kindOf(ctx, unit, sentence),
  };
  const sentenceText = text.slice(sentence.start, Math.max(sentence.end, lastSentence.end));
  return (speaker, rule, cue, mention, clauseEnd, described = null) => ({
    ...base,
    speaker,
    attribution: {
      cue: cue?.cue ?? null,
      channel: cue ? channelAfter(ctx, cue, clauseEnd) : null,
      role: described ? described.role : mention && !mention.pronoun ? mention.role : null,
      sentence: sentenceText,
      sentenceStart: sentence.start,
      phrase: described ? described.phrase : mention && cue ? phraseOf(ctx, mention, cue, clauseEnd) : null,
      rule,
    },
  });
}

function attribute(
  ctx: Context,
  unit: QuoteUnit,
  sentence: Sentence,
  previousSubject: Speaker | null,
  lastSpeaker: Speaker | null,
): ExtractedQuote {
  const first = unit.spans[0]!;
  const last = unit.spans[unit.spans.length - 1]!;
  const lastSentence = sentenceAt(ctx, closeOf(last) - 1) ?? sentence;
  const found = quoteMaker(ctx, unit, sentence, lastSentence);

  // 1. Between segments: "…," he wrote. "…"
  for (let i = 0; i + 1 < unit.spans.length; i++) {
    const a = unit.spans[i]!;
    const b = unit.spans[i + 1]!;
    if (b.continues) continue;
    const hit = attributionAfter(ctx, closeOf(a), b.open);
    if (hit) return found(hit.speaker, "between-segments", hit.cue, hit.mention, b.open);
  }
  // 2. After the quote, to the end of the reporter's sentence (up to the next quote).
  const nextQuote = spanFrom(ctx, closeOf(last));
  const afterEnd = Math.min(lastSentence.end, nextQuote ? nextQuote.open : lastSentence.end);
  const after = attributionAfter(ctx, closeOf(last), afterEnd);
  if (after) return found(after.speaker, "after-quote", after.cue, after.mention, afterEnd);
  const byRole = roleSpeaker(ctx, lastSentence, closeOf(last), afterEnd);
  if (byRole) return found(byRole.speaker, "after-quote", byRole.cue, null, afterEnd, byRole);

  // 3. Before the quote, in its sentence: the last cue verb and its subject.
  const cue = lastCueBefore(ctx, sentence, first.open);
  const byRoleBefore = cue ? roleSubjectOfCue(ctx, sentence, cue) : null;
  if (cue && byRoleBefore)
    return found(byRoleBefore.speaker, "before-quote", cue, null, first.open, byRoleBefore);
  const subjectOfItsCue = cue ? subjectOfCue(ctx, sentence, cue) : null;
  if (cue && subjectOfItsCue)
    return found(subjectOfItsCue.speaker, "before-quote", cue, subjectOfItsCue.mention, first.open);
  // 4. A letter or statement: whoever issued it.
  const document = documentSource(ctx, sentence);
  if (document)
    return found(document.speaker, documentRule(document, unit), null, null, first.open, {
      phrase: document.phrase,
      role: null,
    });
  // 5. A paragraph that is only a quote: the last speaker goes on.
  if (lastSpeaker && onlyQuotedBetween(ctx, sentence, lastSentence))
    return found(lastSpeaker, "previous-speaker", null, null, first.open);

  // 6. The person the sentence is about, else the one before.
  const subject = sentenceSubject(ctx, sentence) ?? previousSubject;
  if (subject) return found(subject, "sentence-subject", cue ?? null, null, first.open);
  return found(null, "none", null, null, first.open);
}

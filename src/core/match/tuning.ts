/**
 * Every threshold and weight of statement grouping, matching and story detection, in one place, each
 * with a one-line reason. Which tests pin each one was measured by doubling and halving it and
 * running tests/core/match, tests/core/compile and tests/page/fixtures.test.ts: see "Measured pins" at the end.
 * Those that no fast test pins are held only by the real-coverage ratchet (tests/real/score.test.ts),
 * where issue 10 calibrates them leave-one-story-out.
 */

// ── Shingles: the unit of evidence ───────────────────────────────────────────────────────────────

/** Words per shingle: long enough to be rare, short enough to survive a changed word nearby. Compile-time grouping and the run-time index share it. */
export const SHINGLE = 5;
/**
 * Two caps, because they count different things. The shipped index counts distinct statements per
 * shingle: more than this and the phrase is boilerplate ("the war in Ukraine").
 */
export const MAX_STATEMENTS_PER_SHINGLE = 64;
/** Compile-time grouping counts quotes per shingle (ten outlets quoting one statement are ten): more than this proposes no candidates. */
export const MAX_QUOTES_PER_SHINGLE = 50;
/** Bits of the shingle filter: 4 Mi bits (512 KiB), about 5% false positives at 200,000 shingles. A size, not a behaviour. */
export const FILTER_BITS = 1 << 22;

// ── Dates: one window ────────────────────────────────────────────────────────────────────────────

/**
 * The one date concept: bands of distance, in days, between two dates as evidence of one event,
 * each with the share of a story score it leaves. Coverage of an event runs over a few days, its
 * follow-ups over a week or so; further off, the same people are usually on another occasion.
 * Factors chosen leave-one-story-out on the real-coverage set (scripts/calibrate.ts).
 */
export const DATE_BANDS = {
  /** Same day or next: the event's own coverage. */
  sameDay: { days: 1, factor: 1 },
  /**
   * Articles sharing a statement are one story when published within this; a page two or three
   * days off keeps this share (0.7 in six folds of six: the same people's next occasion is often
   * two or three days on).
   */
  event: { days: 3, factor: 0.7 },
  /**
   * Follow-up coverage: never more than the event band leaves, since a later date is no likelier
   * the event (it was 0.75, above the event band's 0.7; 0.7 gives the same figures).
   */
  followUp: { days: 10, factor: 0.7 },
} as const;
/** Score factor past the follow-up band: another occasion is likelier. */
export const DATE_FACTOR_FAR = 0.6;
/** Score factor for a page without a date: nothing to say either way, a little doubt. */
export const DATE_FACTOR_UNKNOWN = 0.95;
/** */
export const EVENT_WINDOW_DAYS = DATE_BANDS.event.days;

// ── Long matches ─────────────────────────────────────────────────────────────────────────────────

/**
 * Verified words, and content words among them, a match needs to count whatever the page is about.
 * "We had very good and productive discussions with…" is eight words but only three carry content:
 * the start of many sentences, not evidence of this statement..
 */
export const STRONG_WORDS = 8;
export const STRONG_CONTENT_WORDS = 5;
/** Verified words a match needs on a page about the statement's story. */
export const WEAK_WORDS = 5;
/** Outside quotation marks only a long, nearly verbatim run is a quote (a block quote). */
export const UNQUOTED_WORDS = 10;
export const UNQUOTED_DENSITY = 0.9;
/** Hits of one rendering further apart than this (in page words) are separate chains. */
export const CHAIN_GAP = 16;
/** Page words verified on each side of a chain: room for a clipped start or a split's "he wrote". */
export const WINDOW_PAD = 12;
/** Verified words further apart than this (page words) are separate occurrences. */
export const OCCURRENCE_GAP = 8;
/**
 * Inside one quotation, more unmatched words than this between matched ones (brackets aside) split
 * the match: a word or two changed in translation stays one match; "…discussions with the European
 * Union this week, and there is…" is another utterance built on the same phrases.
 */
export const MAX_INNER_GAP = 3;
/** A quotation matched but for this many words at its edges is highlighted whole. */
export const WHOLE_QUOTE_EDGE_WORDS = 2;
/** …provided the match covers this share of the quotation's words. */
export const WHOLE_QUOTE_SHARE = 0.7;
/** From this share of the statement on, a rendering is the whole statement, not a fragment. */
export const WHOLE = 0.8;

// ── Fragments ────────────────────────────────────────────────────────────────────────────────────

/** Quotations of at most this many words are fragments, matched only on a story's page. */
export const FRAGMENT_MAX_WORDS = 7;

// ── Story detection ──────────────────────────────────────────────────────────────────────────────

/**
 * The story score (./story-score.ts) of quote evidence, entities, distinctive words and date: each
 * weight is how much of the doubt left full evidence of its kind removes. None is required, so a
 * short page with one rare quote is recognised, and a page of the same people on another occasion
 * (entities and beat words, no quote, another date) stays below the bar.
 */
export const STORY_SCORE = {
  /** A page is about the story from this score up (chosen leave-one-story-out: 0.6 in five folds of six, 0.55 in one). */
  threshold: 0.6,
  /** Quoting a statement (a long match, or a rare run of it): nearly decisive alone. */
  quoteWeight: 0.8,
  /** Naming all of the story's main entities: the same people meet on other occasions too (0.65 in six folds of six). */
  entityWeight: 0.65,
  /** Using all of the story's distinctive words (0.6 in five folds, 0.8 in one). */
  termWeight: 0.6,
  /** How much of the evidence the page's date leaves ({@link DATE_BANDS}). */
  dateBands: Object.values(DATE_BANDS),
  farFactor: DATE_FACTOR_FAR,
  unknownFactor: DATE_FACTOR_UNKNOWN,
} as const;
/** Words in a rare run of a statement (../compile/rare-runs.ts): three are a quotation rather than a common phrase. */
export const RARE_RUN_WORDS = 3;
/**
 * A quotation that is a whole rendering of a statement ("There is no money."), however common its
 * words, weighs this in quote evidence: two thirds of a long match, since a short statement's words
 * are more likely someone else's too.
 */
export const WHOLE_STATEMENT_WEIGHT = 1;
/** Quote evidence (./quote-evidence.ts): rare runs whose words' rarities add up to this (three rare words) leave no doubt alone. */
export const QUOTE_EVIDENCE_FULL_WEIGHT = 1.5;
/** Entities the compiler keeps per story, most mentioned first; detection weighs them all. */
export const STORY_ENTITIES = 10;
/** Distinctive words the compiler keeps per story, of which detection weighs the top {@link TOPIC_TERMS}. */
export const STORY_TERMS = 40;
/** The story's most distinctive words that topic evidence weighs; the long tail is noise. */
export const TOPIC_TERMS = 25;
/** Distinctive words per story that propose it as a candidate for a page; half of them must be on the page. */
export const CANDIDATE_TERMS = 5;
/** A candidate term shared by more stories than this is too common to propose any of them. */
export const MAX_STORIES_PER_TERM = 32;
/** Stories scored per page from topic alone: scoring is per candidate, so this caps the cost. */
export const MAX_TOPIC_CANDIDATES = 8;
/**
 * Stories per page for which detection seeks reworded quotes as evidence (an alignment per quote
 * and statement), those nearest the bar first: a page is about one story, and the real-coverage
 * figures are the same with 1 to 8.
 */
export const REWORDED_EVIDENCE_STORIES = 2;

// ── Reworded and translated quotes ───────────────────────────────────────────────────────────────

/** Soft alignment (./soft-align.ts): Smith–Waterman over words. */
export const SOFT_ALIGN_WEIGHTS = {
  /** A function word ("the", "to") weighs this much against a content word's 1. */
  functionWord: 0.25,
  /** Two words WordNet lists as synonyms ("urged", "pressed") count this share of a same word. */
  related: 0.5,
  /** Cost of a word only one side has, per unit of its weight: reworded quotes add and drop words. */
  gap: 0.3,
  /** Cost of a word replaced by an unrelated one. */
  substitution: 0.5,
} as const;
/** A soft alignment at least this good, on a page about the story, is a `reworded` match (chosen leave-one-story-out: 0.7 in six folds of six). */
export const REWORDED_MIN_SCORE = 0.7;
/** Content words a reworded rendering must print as the statement does: its anchors. */
export const REWORDED_MIN_SAME_WORDS = 3;
/**
 * A quote whose words the statement explains to this share (same stems, synonyms at half weight),
 * and whose shared words' rarities add up to this, is a reworded fragment of it, however little of
 * the statement it prints: the rarity a rare run of three words needs (../compile/rare-runs.ts).
 */
export const REWORDED_FRAGMENT_EXPLAINED = 0.85;
export const REWORDED_FRAGMENT_RARITY = 0.6;
/**
 * A reworded quote is evidence of the story only when it renders at least this share of a full
 * statement's sentence: a speaker's stock phrase ("very good and productive") recurs on his other
 * occasions. 0.25 on the real-coverage set: 0.5 cost 10 same-event pages, 0.25 two; the seeds'
 * other-occasion page stays out from 0.25 up.
 */
export const REWORDED_WHOLE_SHARE = 0.25;
/**
 * A quotation of at least this many words that is all a reworded part of a full statement
 * (this share of its word weight aligned, and REWORDED_MIN_SAME_WORDS printed the same) is a whole
 * rendering too: long enough to be no stock phrase. 6, 8 and 10 words gave the same figures on
 * the real-coverage set (+1 same-event page, +1 span, no near-miss page); 12 lost them.
 */
export const REWORDED_PART_WORDS = 8;
export const REWORDED_PART_COVERAGE = 0.9;
/**
 * A short quote of a long statement may print fewer words the same (all but one of its own, two
 * at least: "turning away is not an option") when the rarities of what it shares add up to this:
 * not everyday English. 0.3, the lone-word bar, on the real-coverage set: 0 gave 1 span more and
 * let "one not seen since" through; 0.6 cost 3 spans.
 */
export const REWORDED_SHORT_RARITY = 0.3;
/**
 * Paragraphs before a quote's own where its speaker may be named (a reporter names the speaker
 * once, then writes "he said"): a reworded quote, a short rendering or a lone word is credited to
 * a statement only when these name its speaker. 3 on the real-coverage set: 1 gave 471 spans,
 * 2 474, 3 475, 5 478, with no false highlight or near-miss page more; 3 keeps a long article's
 * other speakers out.
 */
export const SPEAKER_CONTEXT_PARAGRAPHS = 3;
/** Quotes shorter than this (in words) are not aligned softly: too little to tell a rewording from chance. */
export const REWORDED_MIN_WORDS = 3;

// ── Lone words ───────────────────────────────────────────────────────────────────────────────────

/** The longest quote, in words, the lone-word rule governs (../match/lone-words.ts). */
export const LONE_QUOTE_MAX_WORDS = 2;

/**
 * Measured pins: the test files that fail when the constant is doubled / halved (— : none fails).
 * match-page = tests/core/match/match-page.test.ts, fixtures = tests/page/fixtures.test.ts,
 * compile = tests/core/compile/compile-corpus.test.ts, grouping = tests/core/compile/group-statements.test.ts.
 *
 *   SHINGLE                      grouping, match-page, fixtures / match-page, fixtures
 *   MAX_STATEMENTS_PER_SHINGLE   — / —            MAX_QUOTES_PER_SHINGLE   — / —
 *   DATE_FACTOR_FAR, DATE_FACTOR_UNKNOWN, STORY_SCORE, REWORDED_*: the real-coverage ratchet
 *   STRONG_WORDS                 — / —            STRONG_CONTENT_WORDS     match-page / fixtures
 *   WEAK_WORDS                   match-page, fixtures / —
 *   UNQUOTED_WORDS               — / —            UNQUOTED_DENSITY         — / —
 *   CHAIN_GAP                    — / —            WINDOW_PAD               — / —
 *   OCCURRENCE_GAP               — / —            MAX_INNER_GAP            fixtures / —
 *   WHOLE_QUOTE_EDGE_WORDS       — / —            WHOLE_QUOTE_SHARE        fixtures / —
 *   WHOLE                        match-page, fixtures / match-page, fixtures
 *   FRAGMENT_MAX_WORDS           — / fixtures
 *   STORY_TERMS                  compile / compile
 *   TOPIC_TERMS                  match-page / —
 *   CANDIDATE_TERMS              — / —            MAX_STORIES_PER_TERM     — / —
 *   MAX_TOPIC_CANDIDATES         — / —
 *   DATE_BANDS                   not measured (an object); FILTER_BITS a size, not a behaviour
 * (The story detection of issue 10 was measured on the real-coverage set, not by these pins.)
 */

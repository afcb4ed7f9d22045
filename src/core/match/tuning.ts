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
 * each with the share of a story score it leaves. Coverage of an event runs over a few days; beyond
 * a week the same people are usually on another occasion. Every use of a date below names its band.
 * (Making the topic-only limit the event band, 3 days, takes near-miss pages on the real-coverage
 * set: chandrayaan3 5 instead of 1, macron 2 instead of 0; so the bands stay as measured.)
 */
export const DATE_BANDS = {
  /** Same day or next. */
  sameDay: { days: 1, factor: 1 },
  /** A page without a shared statement may be about a story only this near its date. */
  near: { days: 2, factor: 0.85 },
  /** Articles sharing a statement are one story when published within this. */
  event: { days: 3, factor: 0.85 },
  /** Follow-up coverage, or another round of the same talks. */
  week: { days: 7, factor: 0.6 },
} as const;
/** Score factor past the week, and without a page date (a little below a same-day page). */
export const DATE_FACTOR_FAR = 0.35;
export const DATE_FACTOR_UNKNOWN = 0.9;
/** */
export const EVENT_WINDOW_DAYS = DATE_BANDS.event.days;
/** */
export const TOPIC_ONLY_MAX_DAYS = DATE_BANDS.near.days;

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

/** The page is about a story from this score (0–1) up. */
export const STORY_THRESHOLD = 0.5;
/** Without a shared statement, the page's topic must be this close (0–1), and its date within {@link TOPIC_ONLY_MAX_DAYS}. */
export const TOPIC_ONLY_THRESHOLD = 0.5;
/** Topic-only pages score their topic plus this (then the date factor). */
export const TOPIC_ONLY_BONUS = 0.1;
/** Pages sharing neither statements nor enough topic score this share of their topic. */
export const TOPIC_WEAK_SHARE = 0.5;
/**
 * Topic = this weight of the story's distinctive words, and of its people and places: the event's
 * words tell occasions apart, people and places only the beat.
 * statement outranks sharing its words, which outranks sharing only its people").
 */
export const TOPIC_WEIGHTS = { terms: 0.7, people: 0.15, places: 0.15 } as const;
/** A page quoting one statement scores this; each further statement (up to two) adds the step. */
export const STATEMENT_BASE = 0.7;
export const STATEMENT_STEP = 0.1;
export const STATEMENT_MAX_EXTRA = 2;
/** …and its topic adds this share of itself. */
export const STATEMENT_TOPIC_SHARE = 0.2;
/** Distinctive words the compiler keeps per story, of which detection weighs the top {@link TOPIC_TERMS}. */
export const STORY_TERMS = 40;
/** The story's most distinctive words that topic evidence weighs; the long tail is noise. */
export const TOPIC_TERMS = 25;
/** The story's most named people, and places, that topic evidence weighs. */
export const TOPIC_PEOPLE = 8;
export const TOPIC_PLACES = 8;
/** Distinctive words per story that propose it as a candidate for a page; half of them must be on the page. */
export const CANDIDATE_TERMS = 5;
/** A candidate term shared by more stories than this is too common to propose any of them. */
export const MAX_STORIES_PER_TERM = 32;
/** Stories scored per page from topic alone: scoring is per candidate, so this caps the cost. */
export const MAX_TOPIC_CANDIDATES = 8;

/**
 * Measured pins: the test files that fail when the constant is doubled / halved (— : none fails).
 * match-page = tests/core/match/match-page.test.ts, fixtures = tests/page/fixtures.test.ts,
 * compile = tests/core/compile/compile-corpus.test.ts, grouping = tests/core/compile/group-statements.test.ts.
 *
 *   SHINGLE                      grouping, match-page, fixtures / match-page, fixtures
 *   MAX_STATEMENTS_PER_SHINGLE   — / —            MAX_QUOTES_PER_SHINGLE   — / —
 *   DATE_FACTOR_FAR              — / —            DATE_FACTOR_UNKNOWN      — / match-page
 *   TOPIC_ONLY_MAX_DAYS          the real-coverage ratchet (2 → 3 days takes 6 more near-miss pages)
 *   STRONG_WORDS                 — / —            STRONG_CONTENT_WORDS     match-page / fixtures
 *   WEAK_WORDS                   match-page, fixtures / —
 *   UNQUOTED_WORDS               — / —            UNQUOTED_DENSITY         — / —
 *   CHAIN_GAP                    — / —            WINDOW_PAD               — / —
 *   OCCURRENCE_GAP               — / —            MAX_INNER_GAP            fixtures / —
 *   WHOLE_QUOTE_EDGE_WORDS       — / —            WHOLE_QUOTE_SHARE        fixtures / —
 *   WHOLE                        match-page, fixtures / match-page, fixtures
 *   FRAGMENT_MAX_WORDS           — / fixtures
 *   STORY_THRESHOLD              match-page, fixtures / —
 *   TOPIC_ONLY_THRESHOLD         match-page / —   TOPIC_ONLY_BONUS         — / —
 *   TOPIC_WEAK_SHARE             — / —            STATEMENT_BASE           — / match-page
 *   STATEMENT_STEP               — / —            STATEMENT_MAX_EXTRA      — / —
 *   STATEMENT_TOPIC_SHARE        — / —            STORY_TERMS              compile / compile
 *   TOPIC_TERMS                  match-page / —   TOPIC_PEOPLE, TOPIC_PLACES  — / —
 *   CANDIDATE_TERMS              — / —            MAX_STORIES_PER_TERM     — / —
 *   MAX_TOPIC_CANDIDATES         — / —
 *   DATE_BANDS, TOPIC_WEIGHTS    not measured (objects); FILTER_BITS a size, not a behaviour
 */

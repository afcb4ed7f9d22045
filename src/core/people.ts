/**
 * Who is who: a gazetteer of people who recur in political news (with the spellings outlets use),
 * organisations that speak as institutions, and the words that look like names but are not.
 * NLP libraries in JS are weak at person names; a gazetteer plus capitalised-sequence rules is more
 * reliable here, and unknown people are still found by {@link ./mentions.ts}.
 */
export interface KnownPerson {
  /** Stable id: the canonical name as a slug. */
  readonly id: string;
  readonly name: string;
  /** Other spellings and short forms, the surname included. */
  readonly aliases: readonly string[];
}

const PEOPLE: ReadonlyArray<[string, string[]]> = [
  ["Donald Trump", ["Donald J. Trump", "Trump"]],
  ["Vladimir Putin", ["Vladimir Vladimirovich Putin", "Putin"]],
  ["Dmitry Peskov", ["Dmitri Peskov", "Dmitriy Peskov", "Peskov"]],
  [
    "Volodymyr Zelensky",
    ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskiy"],
  ],
  ["Marco Rubio", ["Rubio"]],
  ["Steve Witkoff", ["Steven Witkoff", "Witkoff"]],
  ["Sergei Lavrov", ["Sergey Lavrov", "Lavrov"]],
  ["Yuri Ushakov", ["Yury Ushakov", "Ushakov"]],
  ["Kirill Dmitriev", ["Dmitriev"]],
  ["Maria Zakharova", ["Zakharova"]],
  ["Dmitry Medvedev", ["Dmitri Medvedev", "Medvedev"]],
  ["Mike Waltz", ["Michael Waltz", "Waltz"]],
  ["JD Vance", ["J.D. Vance", "James David Vance", "Vance"]],
  ["Keith Kellogg", ["Kellogg"]],
  ["Pete Hegseth", ["Hegseth"]],
  ["Karoline Leavitt", ["Leavitt"]],
  ["Andrii Sybiha", ["Andriy Sybiha", "Sybiha"]],
  ["Andriy Yermak", ["Andrii Yermak", "Yermak"]],
  ["Emmanuel Macron", ["Macron"]],
  ["Keir Starmer", ["Starmer"]],
  ["Friedrich Merz", ["Merz"]],
  ["Olaf Scholz", ["Scholz"]],
  ["Mark Rutte", ["Rutte"]],
  ["Ursula von der Leyen", ["von der Leyen"]],
  ["Benjamin Netanyahu", ["Netanyahu", "Bibi Netanyahu"]],
  ["Joe Biden", ["Joseph Biden", "Biden"]],
  ["Recep Tayyip Erdogan", ["Tayyip Erdogan", "Erdogan", "Erdoğan"]],
  ["Xi Jinping", ["Xi"]],
  ["Elon Musk", ["Musk"]],
];

/** Lower-cases, strips diacritics and dots, and joins words with "-": the id of a person or org. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = PEOPLE.map(([name, aliases]) => ({
  id: slugify(name),
  name,
  aliases,
}));

const ALIAS_INDEX = new Map<string, KnownPerson>();
for (const person of KNOWN_PEOPLE) {
  for (const form of [person.name, ...person.aliases]) ALIAS_INDEX.set(slugify(form), person);
}

/** The known person a name (full or surname) refers to, if any. */
export function lookupKnownPerson(name: string): KnownPerson | undefined {
  return ALIAS_INDEX.get(slugify(name));
}

/** Institutions quoted as speakers ("the Kremlin said"); value is the display name. */
export const ORGANISATIONS = new Map<string, string>(
  [
    "Kremlin",
    "White House",
    "Pentagon",
    "State Department",
    "Foreign Ministry",
    "Defense Ministry",
    "Defence Ministry",
    "NATO",
    "United Nations",
    "UN",
    "European Union",
    "EU",
    "European Commission",
    "Hamas",
    "IDF",
    "Congress",
    "Senate",
    "Supreme Court",
  ].map((name) => [slugify(name), name]),
);

/**
 * Role and title words that may precede a name ("Kremlin spokesman Dmitry Peskov", "US Secretary
 * of State Marco Rubio"); they describe the person and are kept apart from the name.
 */
export const ROLE_WORDS = new Set(
  [
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "state",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press",
    "chancellor",
    "premier",
    "mp",
    "lord",
    "baroness",
    "archbishop",
    "bishop",
    "cardinal",
    "sheriff",
    "councilmember",
    "councillor",
    "alderman",
    "congressman",
    "congresswoman",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "general",
    "gen",
    "envoy",
    "special",
    "ambassador",
    "director",
    "chief",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "majority",
    "minority",
    "speaker",
    "house",
    "adviser",
    "advisor",
    "aide",
    "official",
    "commissioner",
    "deputy",
    "national",
    "security",
    "kremlin",
    "white",
    "king",
    "queen",
    "pope",
    "dr",
    "mr",
    "mrs",
    "ms",
    "lawmaker",
    "sheikh",
    "crown",
    "prince",
    "head",
    "former",
    "top",
    "senior",
    "russian",
    "ukrainian",
    "us",
    "u.s.",
    "american",
    "british",
    "french",
    "german",
    "israeli",
    "chinese",
    "european",
    "nato",
    "un",
    "eu",
    "democratic",
    "republican",
    "attorney",
    "judge",
    "justice",
    "commander",
    "colonel",
    "lieutenant",
    "admiral",
    "of",
    "for",
    "the",
  ].map((w) => w.replace(/\./g, "")),
);

/** Capitalised words that are places, peoples, institutions, outlets or calendar words, never names. */
export const NOT_NAMES = new Set(
  [
    "russia",
    "russian",
    "russians",
    "ukraine",
    "ukrainian",
    "ukrainians",
    "america",
    "american",
    "americans",
    "united",
    "states",
    "us",
    "usa",
    "uk",
    "britain",
    "british",
    "europe",
    "european",
    "israel",
    "israeli",
    "gaza",
    "palestinian",
    "iran",
    "iranian",
    "china",
    "chinese",
    "france",
    "french",
    "germany",
    "german",
    "poland",
    "polish",
    "canada",
    "canadian",
    "saudi",
    "arabia",
    "turkey",
    "turkish",
    "india",
    "japan",
    "syria",
    "kursk",
    "moscow",
    "kyiv",
    "kiev",
    "washington",
    "jeddah",
    "riyadh",
    "istanbul",
    "crimea",
    "donbas",
    "donetsk",
    "luhansk",
    "sudzha",
    "london",
    "paris",
    "berlin",
    "brussels",
    "beijing",
    "kremlin",
    "white",
    "house",
    "pentagon",
    "congress",
    "senate",
    "nato",
    "un",
    "eu",
    "g7",
    "g20",
    "truth",
    "social",
    "x",
    "twitter",
    "telegram",
    "facebook",
    "instagram",
    "cnn",
    "tass",
    "reuters",
    "ap",
    "afp",
    "bbc",
    "fox",
    "news",
    "ria",
    "novosti",
    "interfax",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "world",
    "war",
    "ii",
    "god",
    "cease",
    "fire",
    "final",
    "agreement",
    "hamas",
    "idf",
    "democrats",
    "republicans",
    "democrat",
    "republican",
    "ministry",
    "department",
    "commission",
    "council",
    "parliament",
    "government",
    "court",
    "supreme",
    "army",
    "military",
    "navy",
    "force",
    "forces",
  ].map((w) => w),
);

/** Capitalised words that start sentences or clauses but are not part of a name. */
export const CAPITALISED_STOPWORDS = new Set(
  (
    "a an the and but or nor so yet for in on at to of by with from into after before despite during " +
    "following additionally also meanwhile however although though while when whenever where as if " +
    "since until unless because only even still then there here this that these those it its he she " +
    "they we i you his her their our my your who whom whose which what why how asked speaking " +
    "according earlier later last next first second new one two three some many most several both " +
    "each every all any no not now today yesterday tomorrow tonight just instead rather mr mrs ms dr " +
    "sir madam sources source officials official critics analysts observers people reporters " +
    "spokesman spokeswoman spokesperson president minister secretary envoy chancellor " +
    "told said says wrote writes added"
  ).split(" "),
);

/** Third-person singular pronouns that refer back to a person. */
export const PERSON_PRONOUNS = new Set(["he", "she"]);

/** Place words that situate a story (normalised tokens); story detection compares them. */
export const PLACES = new Set(
  (
    "russia ukraine kursk moscow kyiv kiev washington jeddah riyadh saudi arabia istanbul crimea donbas " +
    "donetsk luhansk zaporizhzhia kherson kharkiv sudzha belgorod odesa odessa mariupol bakhmut " +
    "avdiivka pokrovsk israel gaza iran china europe poland germany france britain london paris " +
    "berlin brussels beijing canada charlevoix quebec helsinki geneva minsk belarus alaska anchorage"
  ).split(" "),
);

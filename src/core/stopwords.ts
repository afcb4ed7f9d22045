/**
 * English function words, plus words every political news story uses. A quoted fragment made only of
 * these ("the", "we will") says nothing about which statement it is; topic terms exclude them.
 */
export const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each few for from further had has have " +
    "having he her here hers herself him himself his how i if in into is it its itself just me more most " +
    "my myself no nor not now of off on once only or other our ours ourselves out over own same she " +
    "should so some such than that the their theirs them themselves then there these they this those " +
    "through to too under until up very was we were what when where which while who whom why will with " +
    "would you your yours yourself yourselves also may might must shall us one two three its dont " +
    "didnt isnt wasnt cant wont im ive weve theyre thats theres whats lets yes yet ever never every " +
    "even still many much well back way get got go going make made like just s t"
  ).split(" "),
);

/** Words too common in news to tell one story from another. */
export const NEWS_WORDS = new Set(
  (
    "said says say told tell wrote write added according reported report reports news president " +
    "government official officials minister week weeks year years day days time times monday tuesday " +
    "wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december people country countries state states new first last " +
    "including including later earlier statement asked comment comments saying called call told " +
    "article read more subscribe newsletter photo credit image reuters ap afp"
  ).split(" "),
);

/** Whether a normalised word carries content (neither a function word nor a number-only token). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * Words of the beat rather than the event: every story about a war, its diplomacy or its leaders
 * uses them, so they cannot tell this week's talks from last week's. Names and places are weighed
 * apart (people and places evidence), so they are here too.
 */
export const BEAT_WORDS = new Set(
  (
    "war wars peace talks talk ceasefire truce deal deals meeting meetings negotiations negotiation " +
    "agreement agreements sanctions conflict military troops army forces soldiers security leader " +
    "leaders end ending country nation region regions territory territories fighting attack attacks " +
    "russia russian russians ukraine ukrainian ukrainians trump putin " +
    "kremlin white house washington moscow kyiv europe european united states america american " +
    "vladimir donald volodymyr zelensky zelenskyy president presidents proposal plan " +
    "support position policy political administration officials diplomacy diplomatic invasion " +
    "invaded months month conditions response long work working"
  ).split(" "),
);

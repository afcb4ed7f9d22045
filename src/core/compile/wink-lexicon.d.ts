// wink-lexicon ships no types. The parts used here: WordNet's words (word → index) and the
// irregular forms WordNet lists (form → base).
declare module "wink-lexicon" {
  const lexicon: {
    readonly wnWords: Readonly<Record<string, number>>;
    readonly wnVerbExceptions: Readonly<Record<string, string>>;
    readonly wnNounExceptions: Readonly<Record<string, string>>;
    readonly wnAdjectiveExceptions: Readonly<Record<string, string>>;
  };
  export default lexicon;
}

// wink-lexicon ships no types. The parts used here: WordNet's words (word → index), each word's
// senses as indexes into its lexicographer files ("verb.communication"), and the irregular forms WordNet lists
// (form → base).
declare module "wink-lexicon" {
  const lexicon: {
    readonly wnWords: Readonly<Record<string, number>>;
    readonly wnWordSenses: ReadonlyArray<readonly number[] | undefined>;
    readonly wnSenses: readonly string[];
    readonly wnVerbExceptions: Readonly<Record<string, string>>;
    readonly wnNounExceptions: Readonly<Record<string, string>>;
    readonly wnAdjectiveExceptions: Readonly<Record<string, string>>;
  };
  export default lexicon;
}

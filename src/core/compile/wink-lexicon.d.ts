// wink-lexicon ships no types. The parts used here: WordNet's words (word → index), each word's
// senses as indexes into its lexicographer files ("verb.communication"), and irregular verb forms.
declare module "wink-lexicon" {
  const lexicon: {
    readonly wnWords: Readonly<Record<string, number>>;
    readonly wnWordSenses: ReadonlyArray<readonly number[] | undefined>;
    readonly wnSenses: readonly string[];
    readonly irregularVerbs: ReadonlyArray<readonly [string, string]>;
  };
  export default lexicon;
}

/**
 * Deterministic synthetic news corpora for the benchmark, with realistic structure: stories covered
 * by several outlets, each quoting some of the story's statements (with speakers and attributions)
 * in the variants real pages use — clipped, bracketed, elided, a word changed, split by "he said" —
 * among reporter's sentences drawn from a Zipf-distributed vocabulary. The seeds' story is kept, and
 * generation is prefix-stable: the first N articles of a larger corpus are the smaller corpus.
 */
import type { CorpusInput } from "../../src/core/compile/compile-corpus.js";

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  "the of and to a in that is was he for it with as his on be at by this had not are but from or have an they which one you " +
  "were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new " +
  "some could time these two may then do first any my now such like our over man me even most made after also did many before must through back " +
  "years where much your way well down should because each just those people how too little state good very make world still own see men work long"
).split(" ");
const SYLLABLES =
  "ka ri to ne mu sa lo vi de pa ro ti ma nu ke sho ra bel dan mor tis gan vel cor lin fa zu pel dra kov ski ar en ol um".split(
    " ",
  );
const FIRST_NAMES =
  "Anna Boris Carla David Elena Farid Grace Hugo Irina James Kamala Liam Maria Nikolai Olga Pavel Rosa Samir Tomas Ursula Victor Wen Yusuf Zofia".split(
    " ",
  );
const CUES = [
  "said",
  "told reporters",
  "wrote on X",
  "said in a statement",
  "told a news conference",
  "wrote on Telegram",
  "said in an interview",
];
const ROLES = [
  "Foreign Minister",
  "spokesman",
  "President",
  "Prime Minister",
  "Defence Minister",
  "senator",
  "envoy",
];

function pseudoWord(next: () => number, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return word;
}

interface Vocabulary {
  readonly function: string[];
  readonly content: string[];
  /** Cumulative Zipf weights for sampling each list. */
  readonly functionWeights: Float64Array;
  readonly contentWeights: Float64Array;
}

function zipf(size: number, s: number): Float64Array {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, s);
  return cumulative;
}

function vocabulary(next: () => number, size = 8000): Vocabulary {
  const seen = new Set<string>(FUNCTION_WORDS);
  const content: string[] = [];
  while (content.length < size) {
    const w = pseudoWord(next, 2 + Math.floor(next() * 2));
    if (!seen.has(w)) {
      seen.add(w);
      content.push(w);
    }
  }
  return {
    function: FUNCTION_WORDS,
    content,
    functionWeights: zipf(FUNCTION_WORDS.length, 1),
    contentWeights: zipf(size, 0.9),
  };
}

function pick(words: readonly string[], cumulative: Float64Array, next: () => number): string {
  const x = next() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return words[lo]!;
}

/** Running English is about 45% function words; the rest follow a Zipf law over a large vocabulary. */
function sample(v: Vocabulary, next: () => number): string {
  return next() < 0.45 ? pick(v.function, v.functionWeights, next) : pick(v.content, v.contentWeights, next);
}

function sentence(v: Vocabulary, next: () => number, min: number, max: number): string {
  const n = min + Math.floor(next() * (max - min + 1));
  const words = Array.from({ length: n }, () => sample(v, next));
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

interface Speaker {
  readonly name: string;
  readonly role: string;
}

interface Statement {
  readonly speaker: Speaker;
  readonly sentences: string[];
}

interface Story {
  readonly date: string;
  readonly topic: string;
  readonly statements: Statement[];
}

/** A rendering of a statement as one outlet quotes it, and the attribution around it. */
function quoteParagraph(statement: Statement, next: () => number, v: Vocabulary): string {
  const { speaker } = statement;
  const surname = speaker.name.split(" ").pop()!;
  let words = statement.sentences.join(" ").split(" ");
  const variant = next();
  if (variant < 0.15 && words.length > 14)
    words = words.slice(Math.floor(words.length / 3)); // clipped start
  else if (variant < 0.3 && words.length > 14)
    words = words.slice(0, Math.ceil((words.length * 2) / 3)); // clipped end
  else if (variant < 0.4)
    words.splice(3, 0, `[${sample(v, next)} ${sample(v, next)}]`); // bracketed insertion
  else if (variant < 0.5 && words.length > 12)
    words.splice(5, 3, "…"); // ellipsis
  else if (variant < 0.6) words[Math.floor(words.length / 2)] = sample(v, next); // a word changed
  const text = words.join(" ").replace(/\s+…\s+/, " … ");
  const cue = CUES[Math.floor(next() * CUES.length)]!;
  const mark = next() < 0.5 ? ['"', '"'] : ["“", "”"];
  if (variant > 0.8 && words.length > 10) {
    const cut = Math.floor(words.length / 2);
    return `${mark[0]}${words.slice(0, cut).join(" ")},${mark[1]} ${surname} said. ${mark[0]}${words.slice(cut).join(" ")}${mark[1]}`;
  }
  if (variant > 0.7) return `${speaker.role} ${speaker.name} ${cue}: ${mark[0]}${text}${mark[1]}`;
  return `${mark[0]}${text.replace(/\.$/, ",")}${mark[1]} ${surname} ${cue}.`;
}

export interface GeneratedCorpus {
  readonly input: CorpusInput;
  /** Stories in generation order: page generation quotes their statements. */
  readonly stories: Story[];
  readonly vocabulary: Vocabulary;
}

/**
 * A corpus of `articles` articles (the two seeds included), from `seed`. Stories get 3–7 outlets and
 * 3–6 statements; each article quotes 2–5 of its story's statements among 4–10 reporter's paragraphs.
 */
export function generateCorpus(
  articles: number,
  seedFiles: ReadonlyMap<string, string>,
  seedManifest: string,
  seed = 20250314,
): GeneratedCorpus {
  const next = random(seed);
  const v = vocabulary(next);
  const outlets = Array.from(
    { length: 80 },
    (_, i) =>
      `The ${pseudoWord(next, 2).replace(/^./, (c) => c.toUpperCase())} ${["Times", "Post", "Herald", "Courier", "Ledger", "Daily"][i % 6]}`,
  );
  const files = new Map(seedFiles);
  const manifest = JSON.parse(seedManifest) as { schemaVersion: number; articles: object[] };
  const stories: Story[] = [];
  let count = files.size;
  let day = 0;
  while (count < articles) {
    day++;
    const date = new Date(Date.UTC(2024, 0, 1 + (day % 700))).toISOString().slice(0, 10);
    const speakers: Speaker[] = Array.from({ length: 2 + Math.floor(next() * 3) }, () => ({
      name: `${FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)]} ${pseudoWord(next, 3).replace(/^./, (c) => c.toUpperCase())}`,
      role: ROLES[Math.floor(next() * ROLES.length)]!,
    }));
    const statements: Statement[] = Array.from({ length: 3 + Math.floor(next() * 4) }, () => ({
      speaker: speakers[Math.floor(next() * speakers.length)]!,
      sentences: Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(v, next, 8, 18)),
    }));
    const topic = `${sample(v, next)} ${pseudoWord(next, 3)}`;
    const story: Story = { date, topic, statements };
    stories.push(story);
    const outletCount = Math.min(articles - count, 3 + Math.floor(next() * 5));
    for (let o = 0; o < outletCount; o++) {
      const outlet = outlets[Math.floor(next() * outlets.length)]!;
      const paragraphs: string[] = [];
      const quoted = statements.filter(() => next() < 0.6).slice(0, 5);
      const fillers = 4 + Math.floor(next() * 7);
      for (let p = 0; p < fillers; p++) {
        paragraphs.push(
          Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(v, next, 12, 26)).join(" "),
        );
        if (quoted[p]) paragraphs.push(quoteParagraph(quoted[p]!, next, v));
      }
      const title = `${outlet.split(" ")[1]} report: ${topic} ${sentence(v, next, 4, 8).toLowerCase().replace(/\.$/, "")}`;
      const file = `gen-${String(count).padStart(5, "0")}.txt`;
      files.set(file, `${title}\n\n${date}\n\n${paragraphs.join("\n\n")}\n`);
      manifest.articles.push({
        file,
        outlet,
        url: `https://news${o}.example/${date}/${file.replace(".txt", "")}`,
        date,
      });
      count++;
    }
  }
  return {
    input: { manifestName: "corpus.json", manifestText: JSON.stringify(manifest), files },
    stories,
    vocabulary: v,
  };
}

/**
 * A news page of about `words` words about one generated story (and the seeds' story): ~20 quotes of
 * corpus statements in varied renderings among reporter's paragraphs. Quotes come from the first
 * stories, which every corpus size contains.
 */
export function generatePage(
  words: number,
  corpus: GeneratedCorpus,
  seedQuotes: readonly string[],
  seed = 7,
): string {
  const next = random(seed);
  const v = corpus.vocabulary;
  const story = corpus.stories[2]!;
  const paragraphs: string[] = [];
  let count = 0;
  const quotes = [...seedQuotes, ...story.statements.map((s) => quoteParagraph(s, next, v))];
  let q = 0;
  while (count < words) {
    const p = Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(v, next, 12, 26)).join(" ");
    paragraphs.push(p);
    count += p.split(" ").length;
    if (q < 20 && next() < 0.35) {
      const quote = quotes[q % quotes.length]!;
      paragraphs.push(quote);
      count += quote.split(" ").length;
      q++;
    }
  }
  return `${story.topic}: what we know\n\n${story.date}\n\n${paragraphs.join("\n\n")}`;
}

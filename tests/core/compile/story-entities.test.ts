import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { storyEntities } from "../../../src/core/compile/story-entities.js";

/** The speakers of the story's statements, as the corpus's attribution credits them. */
function storySpeakers(story: string): Array<{ id: string; name: string; kind: "person" }> {
  const file = new URL(`../../fixtures/real/${story}/story.json`, import.meta.url);
  const { statements } = JSON.parse(readFileSync(file, "utf8")) as { statements: Array<{ speaker: string }> };
  return [...new Set(statements.map((s) => s.speaker))].map((name) => ({ id: name, name, kind: "person" }));
}

function corpusArticles(story: string): Array<{ title: string; body: string }> {
  const folder = new URL(`../../fixtures/real/${story}/corpus/`, import.meta.url);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ title: "", body: readFileSync(new URL(f, folder), "utf8") }));
}

describe("storyEntities", () => {
  test("a role in front of a name stays out of the name; the country of a nationality is a place", () => {
    const entities = storyEntities(
      [
        {
          title: "Brazil backs the plan",
          body: "Brazilian Foreign Minister Mauro Vieira said on Monday in Brasília that the plan was fair. Vieira added that Brazil would vote for it.",
        },
      ],
      [{ id: "mauro-vieira", name: "Mauro Vieira", kind: "person" }],
    );
    const vieira = entities.people.find((p) => p.name === "Mauro Vieira");
    expect(vieira?.keys).toEqual(["mauro vieira", "vieira"]);
    expect(entities.people.some((p) => /brazilian|minister/i.test(p.name))).toBe(false);
    const brazil = entities.places.find((p) => p.name === "Brazil");
    expect(brazil?.keys).toContain("brazilian");
    expect(brazil?.count).toBeGreaterThanOrEqual(2);
  });

  test("a speaker the NLP package misses is an entity all the same", () => {
    const entities = storyEntities(
      [{ title: "", body: "The letter was signed late on Sunday." }],
      [{ id: "openai-board", name: "OpenAI board", kind: "organisation" }],
    );
    expect(entities.organisations.map((o) => o.name)).toContain("OpenAI board");
  });

  test("a speaker known by a role or a group in lower case is no entity; a name without capitals is", () => {
    const entities = storyEntities(
      [{ title: "", body: "The players signed the letter. The employees did too." }],
      [
        { id: "players", name: "players", kind: "organisation" },
        {
          id: "prime-minister-s-official-spokesman",
          name: "prime minister's official spokesman",
          kind: "person",
        },
        { id: "xi", name: "习近平", kind: "person" },
      ],
    );
    const all = [...entities.people, ...entities.organisations, ...entities.names].map((e) => e.name);
    expect(all).not.toContain("players");
    expect(all).not.toContain("prime minister's official spokesman");
    expect(all).toContain("习近平");
  });

  test.each([
    ["milei-inauguration-2023", ["Javier Milei", "Luis Caputo"], ["Argentina"]],
    ["rubiales-hermoso-2023", ["Luis Rubiales", "Jenni Hermoso"], ["Spain"]],
    ["chandrayaan3-moon-landing-2023", ["Narendra Modi"], ["India", "South Africa"]],
  ])("%s: its people and places from its own articles and speakers", (story, people, places) => {
    const entities = storyEntities(corpusArticles(story), storySpeakers(story));
    const topPeople = entities.people.slice(0, 3).map((p) => p.name);
    for (const name of people) expect(topPeople).toContain(name);
    const topPlaces = entities.places.slice(0, 3).map((p) => p.name);
    for (const name of places) expect(topPlaces).toContain(name);
  });

  test("a first name alone joins the one full name it belongs to; a first name is not a place", () => {
    const entities = storyEntities(
      [
        {
          title: "",
          body: "Sam Altman left on Friday. Sam was told by video call. Jordan Bardella won. Jordan said the vote mattered.",
        },
      ],
      [],
    );
    const names = [...entities.people, ...entities.names];
    expect(names.find((p) => p.name === "Sam Altman")?.count).toBe(2);
    expect(names.some((p) => p.name === "Sam")).toBe(false);
    expect(entities.places.some((p) => p.name === "Jordan")).toBe(false);
  });
});

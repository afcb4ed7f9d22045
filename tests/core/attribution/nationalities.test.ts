import { describe, expect, test } from "vitest";
import {
  capitalOf,
  countryOfName,
  countryOfNationality,
  isNationalityWord,
  isPlaceName,
  placeKey,
  splitRoleAndName,
} from "../../../src/core/attribution/nationalities.js";

describe("nationalities from country data", () => {
  test.each([
    ["brazilian", "BR"],
    ["argentine", "AR"],
    ["french", "FR"],
    ["spanish", "ES"],
    ["british", "GB"],
    ["american", "US"],
    ["indian", "IN"],
    ["ukrainian", "UA"],
    ["chinese", "CN"],
    ["kenyan", "KE"],
  ])("%s is a nationality of %s", (word, code) => {
    expect(isNationalityWord(word)).toBe(true);
    expect(countryOfNationality(word)).toBe(code);
  });
  test.each(["foreign", "minister", "vieira", "good", "assembly"])("%s is not a nationality", (word) => {
    expect(isNationalityWord(word)).toBe(false);
  });
  test("country names and short forms map to one country; capitals are known", () => {
    expect(countryOfName("united kingdom")).toBe("GB");
    expect(countryOfName("uk")).toBe("GB");
    expect(countryOfName("united states")).toBe("US");
    expect(countryOfName("argentina")).toBe("AR");
    expect(countryOfName("atlantis")).toBeNull();
    expect(capitalOf("BR")).toBe("brasilia");
  });
});

describe("place names from country data and data/lexicons/places.json", () => {
  test.each([
    "Kyiv",
    "Moscow",
    "Riyadh",
    "Buenos Aires",
    "Saudi Arabia",
    "Sri Lanka",
    "U.K.",
    "Europe",
    "Gaza",
  ])("%s is a place", (phrase) => {
    expect(isPlaceName(placeKey(phrase))).toBe(true);
  });
  test.each(["Peskov", "Kremlin", "Russian", "Saudi", "Foreign Ministry"])(
    "%s is not a place name",
    (phrase) => {
      expect(isPlaceName(placeKey(phrase))).toBe(false);
    },
  );
  test("a phrase is keyed as the country data writes it: folded, possessive and dots dropped", () => {
    expect(placeKey("São Tomé")).toBe("sao tome");
    expect(placeKey("Russia’s")).toBe("russia");
  });
});

describe("splitRoleAndName", () => {
  test.each([
    ["Brazilian Foreign Minister Mauro Vieira", "Brazilian Foreign Minister", "Mauro Vieira", "BR"],
    ["French President Emmanuel Macron", "French President", "Emmanuel Macron", "FR"],
    ["Kenyan President William Ruto", "Kenyan President", "William Ruto", "KE"],
    ["Prime Minister Narendra Modi", "Prime Minister", "Narendra Modi", null],
    ["Luis Rubiales", "", "Luis Rubiales", null],
  ])("%s", (phrase, role, name, country) => {
    const split = splitRoleAndName(phrase.split(" "));
    expect(split.role.join(" ")).toBe(role);
    expect(split.name.join(" ")).toBe(name);
    expect(split.country).toBe(country);
  });
  test("a lone role word is left as the name", () => {
    expect(splitRoleAndName(["President"]).name).toEqual(["President"]);
  });
});

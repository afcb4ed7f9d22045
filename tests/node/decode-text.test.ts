import { describe, expect, test } from "vitest";
import { decodeText } from "../../src/node/decode-text.js";

const TEXT = "Café “Kursk” — résumé, 30 €";

describe("decodeText", () => {
  test.each([
    ["UTF-8", Buffer.from(TEXT, "utf8"), "utf-8"],
    ["UTF-8 with a byte-order mark", Buffer.from(`\ufeff${TEXT}`, "utf8"), "utf-8"],
    ["UTF-16 LE with a byte-order mark", Buffer.from(`\ufeff${TEXT}`, "utf16le"), "utf-16le"],
    ["UTF-16 BE with a byte-order mark", Buffer.from(`\ufeff${TEXT}`, "utf16le").swap16(), "utf-16be"],
    [
      "Windows-1252",
      Buffer.from([...Buffer.from("Caf"), 0xe9, 0x20, 0x93, ...Buffer.from("Kursk"), 0x94]),
      "windows-1252",
    ],
  ])("%s", (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(encoding === "windows-1252" ? "Café “Kursk”" : TEXT);
  });

  test("Latin-1 bytes are not mistaken for UTF-8", () => {
    expect(decodeText(Buffer.from("Zürich, Genève", "latin1")).text).toBe("Zürich, Genève");
  });
});

/**
 * Decodes a text file's bytes whatever its encoding: a byte-order mark first (UTF-8, UTF-16 LE or
 * BE), else UTF-8 if the bytes are valid UTF-8, else Windows-1252, the single-byte encoding that
 * Latin-1 files are read as (the WHATWG Encoding Standard maps the "latin1" label to it). Saved
 * pages and pasted articles come in all of these; refusing them as binary lost real articles.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const BOMS: ReadonlyArray<readonly [TextEncodingName, readonly number[]]> = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  for (const [encoding, bom] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return encoding;
  return null;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, the euro sign); the other
 * bytes are Latin-1's. Written out because Node's TextDecoder decodes "windows-1252" as plain
 * Latin-1, turning “ and ” into invisible C1 controls. The five bytes Windows-1252 leaves undefined
 * stay C1 controls, as in the WHATWG Encoding Standard.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

/** Decodes `bytes`; the byte-order mark, if any, is not part of the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) return { text: new TextDecoder(bom, { ignoreBOM: false }).decode(bytes), encoding: bom };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

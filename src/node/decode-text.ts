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

/** Decodes `bytes`; the byte-order mark, if any, is not part of the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) return { text: new TextDecoder(bom, { ignoreBOM: false }).decode(bytes), encoding: bom };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

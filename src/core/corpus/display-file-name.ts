/**
 * A file name as it may appear inside a one-line message. A name is shown as is unless it holds a
 * character that could split the line, colour or rewrite the terminal, or hide what follows (control
 * characters and so escape sequences, line and paragraph separators, bidirectional overrides,
 * zero-width characters), or a quotation mark or backslash that would make the quoted form
 * ambiguous: then it is shown as a JSON string with every such character escaped.
 */

/** Characters a terminal does not simply print: C0 and C1 controls and invisible format characters. */
function isUnprintable(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0xad ||
    code === 0x61c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** `name`, quoted and escaped if it is not plainly printable. */
export function displayFileName(name: string): string {
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const code = name.charCodeAt(i);
    plain = !isUnprintable(code) && name[i] !== '"' && name[i] !== "\\";
  }
  if (plain) return name;
  let quoted = '"';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === "\\") quoted += `\\${ch}`;
    else if (ch === "\n") quoted += "\\n";
    else if (ch === "\t") quoted += "\\t";
    else if (ch === "\r") quoted += "\\r";
    else if (isUnprintable(code)) quoted += `\\u${code.toString(16).padStart(4, "0")}`;
    else quoted += ch;
  }
  return `${quoted}"`;
}

/**
 * Writes a folder as a zip that depends on nothing but the folder's contents: entries in byte order
 * of their paths, one fixed timestamp, fixed permissions, no extra fields. Two builds of one commit
 * then give the same bytes, so a store upload can be checked against a rebuild. (web-ext's zipper
 * adds files in the order reads complete and stamps each with the build's time.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

/** 1980-01-01 00:00, the earliest time a zip can hold (MS-DOS date format). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Entry names are UTF-8 (general purpose flag bit 11). */
const UTF8_NAMES = 0x0800;
/** "Made by" Unix, zip 2.0, so the external attributes below are read as a regular file's mode. */
const MADE_BY_UNIX = (3 << 8) | 20;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

/** Every regular file under `dir`, as "/"-separated paths relative to it; dotfiles left out. */
export function listFiles(dir: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** Byte order of the UTF-8 names: the same on every machine and locale. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

interface Entry {
  readonly name: Buffer;
  readonly data: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly offset: number;
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY_UNIX, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number and internal attributes stay 0.
  header.writeUInt32LE(REGULAR_FILE_0644, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

/** The zip of every regular file under `dir`. */
export function zipFolder(dir: string): Buffer {
  const parts: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const file of listFiles(dir).sort(byBytes)) {
    const content = readFileSync(path.join(dir, file));
    const deflated = deflateRawSync(content, { level: 9 });
    // Stored when deflating does not pay (the PNG icons are compressed already).
    const stored = deflated.length >= content.length;
    const entry: Entry = {
      name: Buffer.from(file),
      data: stored ? content : deflated,
      method: stored ? 0 : 8,
      crc: crc32(content),
      size: content.length,
      offset,
    };
    const header = localHeader(entry);
    parts.push(header, entry.data);
    offset += header.length + entry.data.length;
    entries.push(entry);
  }
  const central = Buffer.concat(entries.map(centralHeader));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}

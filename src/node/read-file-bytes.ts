/**
 * Reads a file's bytes for the CLIs and the corpus build, refusing anything that is not a regular
 * file and never reading past a byte limit: `/dev/zero` once read 7.5 GB, and a FIFO blocked the
 * whole run forever before the files after it were reached.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./input-error.js";

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "a symbolic link that loops";
    default:
      return error.message.split("\n")[0]!;
  }
}

function tooLarge(bytes: number, limit: number): InputError {
  return new InputError(`too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB)`);
}

/** The bytes of the regular file at `path`, at most `limit` of them. Throws {@link InputError}. */
export function readFileBytes(path: string, limit: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(describeFsError(error as NodeJS.ErrnoException));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError("is a directory, not a file");
    if (!stat.isFile()) {
      throw new InputError("not a regular file (a device, pipe or socket); save the page to a file first");
    }
    if (stat.size > limit) throw tooLarge(stat.size, limit);
    // The size can be stale (a file still being written): read to the end, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw tooLarge(total, limit);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}

/** A file the CLIs cannot use; its message is the one line shown after the file's name. */
export class InputError extends Error {
  override readonly name = "InputError";
}

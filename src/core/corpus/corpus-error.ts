/** The one error of the corpus: its input (seeds, manifest) or its compiled form is wrong. */
import { displayFileName } from "./display-file-name.js";

/** A problem with the corpus; `file` names the seed, manifest or compiled file at fault. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${displayFileName(file)}: ${problem}`);
  }
}

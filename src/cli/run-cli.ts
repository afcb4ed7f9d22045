/**
 * The shape both CLIs share: `command FILE... [--json]`. Each file is handled on its own; a file
 * that fails prints one line on stderr naming it and the problem, the others still run, and the exit
 * code says whether any failed. No stack traces reach the user.
 */
import { parseArgs } from "node:util";
import { InputError } from "../node/read-article-file.js";
import { CorpusError } from "../core/corpus/corpus-error.js";
import { displayFileName } from "../core/corpus/display-file-name.js";

export interface CliOptions {
  readonly json: boolean;
}

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  /** Called once before the files (e.g. to load the corpus); its errors end the run. */
  setUp?(): void;
  /** Handles one file; returns what to print on stdout. */
  run(file: string, options: CliOptions): string;
}

function oneLine(error: unknown): string {
  if (error instanceof InputError || error instanceof CorpusError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!;
}

/**
 * `scan … | head` closes the pipe early: that is the reader being done, not a failure, and must not
 * end in a stack trace.
 */
function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/**
 * parseArgs words its errors for programmers ("To specify a positional argument starting with a
 * '-', place it at the end…"): keep the option it names and say what is wrong in a few words.
 */
function argumentProblem(message: string): string {
  const option = /option '([^']*)'/i.exec(message)?.[1];
  if (option === undefined) return message.split("\n")[0]!;
  if (/does not take an argument/.test(message)) return `option ${displayFileName(option)} takes no value`;
  return `unknown option ${displayFileName(option)}`;
}

/**
 * The files and options of a command line, by node:util's parseArgs ("--" ends the options, a lone
 * "-" is a file); or the exit code when it asked for help (0) or is wrong (2, after one line on
 * stderr naming the problem, then the usage).
 */
function parseCommandLine(
  command: CliCommand,
  argv: readonly string[],
): { files: string[]; json: boolean } | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const given = argumentProblem(error instanceof Error ? error.message : String(error));
    process.stderr.write(`${command.name}: ${given}\n${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return { files: parsed.positionals, json: parsed.values.json === true };
}

/** Runs a command over argv; returns the exit code. */
export function runCli(command: CliCommand, argv: readonly string[]): number {
  exitQuietlyWhenStdoutCloses();
  const parsed = parseCommandLine(command, argv);
  if (typeof parsed === "number") return parsed;
  const { files, json } = parsed;
  if (files.length === 0) {
    process.stderr.write(`${command.name}: no files given\n${command.usage}\n`);
    return 2;
  }
  try {
    command.setUp?.();
  } catch (error) {
    process.stderr.write(`${command.name}: ${oneLine(error)}\n`);
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(command.run(file, { json }));
    } catch (error) {
      failed++;
      // Quoted when unprintable: a newline or an escape sequence in a name must not split or colour the line.
      process.stderr.write(`${command.name}: ${displayFileName(file)}: ${oneLine(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

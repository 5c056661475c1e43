/** How a run of a command-line tool ends: its exit code and output, or the error that makes it exit 2. */

/** An error that ends the run with exit code 2 and its message on stderr. */
export class UsageError extends Error {}

export interface RunResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

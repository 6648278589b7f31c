/**
 * The `tdkt` command run in this process (no child node, no ts-node): what it printed to
 * stdout and stderr, and its exit code. Tests of the command go through this; the few that
 * need a real process (exit code, pipes) spawn bin/tdkt.js themselves.
 */
import { runCli } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  /** Everything written to stdout, one write per line. */
  readonly out: string;
  /** Everything written to stderr, one write per line. */
  readonly err: string;
}

export async function tdkt(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * The `tdkt` command run in this process (no child node, no ts-node): what it printed to
 * stdout and stderr, and its exit code. Tests of the command go through this; the few that
 * need a real process (exit code, pipes) spawn bin/tdkt.js themselves.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
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

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tdkt.js');
/** The unprivileged user of Debian ("nobody"). */
const NOBODY = 65534;

/** Whether a user with no rights of its own can run bin/tdkt.js: every folder above it open to others. */
function othersCanRunTheCli(): boolean {
  for (let dir = ROOT; ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

/**
 * `tdkt` without root's rights, for tests of what a clerk is refused (a read-only folder):
 * in this process when the tests do not run as root; as root (CI), bin/tdkt.js in a child
 * process as "nobody", since root may write anywhere. Every folder above the files named
 * must be open to others (o+x). Tests that use it are declared with itWithoutRoot().
 */
export async function tdktWithoutRoot(...argv: string[]): Promise<CliRun> {
  if (process.getuid?.() !== 0) return tdkt(...argv);
  const p = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', uid: NOBODY, gid: NOBODY });
  if (p.error) throw p.error;
  return { code: p.status ?? -1, out: p.stdout.trimEnd(), err: p.stderr.trimEnd() };
}

/**
 * `it` for tests that use tdktWithoutRoot: skipped, saying why, only where the tests run as
 * root and the project lies in a folder closed to others (nobody could run the CLI there).
 */
export function itWithoutRoot(): jest.It {
  if (process.getuid?.() !== 0 || othersCanRunTheCli()) return it;
  process.stderr.write(
    `${path.relative(ROOT, expect.getState().testPath ?? '')}: a test skipped: it runs as root ` +
      `and ${ROOT} is in a folder closed to others, so the CLI cannot be run without root's rights.\n`,
  );
  return it.skip;
}

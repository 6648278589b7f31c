/** Issue 15 item 9: a closed stdout (`| head`, `| grep -q`) ends quietly with the right exit code. */
import { spawnSync } from 'child_process';
import * as path from 'path';

const bin = path.join(__dirname, '../../bin/tdkt.js');
const EXAMPLE = path.join(__dirname, '../../examples/bac-son-2024/bac-son-6-thang-2024.xlsx');

function piped(args: string): { status: string; stderr: string } {
  // `true` exits at once: every line tdkt writes meets a closed pipe (EPIPE).
  const p = spawnSync(
    'bash',
    ['-c', `"${process.execPath}" "${bin}" ${args} | true; echo "status=\${PIPESTATUS[0]}" >&2`],
    { encoding: 'utf8' },
  );
  return { status: /status=(\d+)/.exec(p.stderr)?.[1] ?? '', stderr: p.stderr };
}

describe('regression (issue 15 item 9): a closed stdout gives an EPIPE stack trace and exit 1', () => {
  it('validate of a clean file piped into a reader that stops: exit 0, no stack trace', () => {
    const r = piped(`validate "${EXAMPLE}" --json`);
    expect(r.stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(r.status).toBe('0');
  });
});

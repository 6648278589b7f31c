/** Where the command writes: stdout for results, stderr for progress and problems. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Set once a reader closed our stdout/stderr (`| head`, `| grep -q`): further lines are dropped. */
const closed = { out: false, err: false };

function write(stream: NodeJS.WriteStream, which: 'out' | 'err', t: string): void {
  if (closed[which]) return;
  try {
    stream.write(`${t}\n`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed[which] = true;
    else throw e;
  }
}

export const processIo: CliIo = {
  out: (t) => write(process.stdout, 'out', t),
  err: (t) => write(process.stderr, 'err', t),
};

/**
 * A reader that stops early closes the pipe: Node then emits EPIPE on the stream. That is
 * not an error of the work: stop writing, and let the exit code be what the work deserves.
 */
export function quietOnClosedPipes(): void {
  for (const [stream, which] of [
    [process.stdout, 'out'],
    [process.stderr, 'err'],
  ] as const) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') closed[which] = true;
      else throw e;
    });
  }
}

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

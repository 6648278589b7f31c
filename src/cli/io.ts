/** Where the command writes: stdout for results, stderr for progress and problems. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

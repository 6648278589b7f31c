/**
 * Writing a result file safely: the output path checked before any work (a missing
 * folder, a folder, a read-only place each said in one line), then the bytes written to
 * a temporary file created exclusively beside the target (never following a planted
 * link) and renamed over it. An output that is a symbolic link is written through: the
 * link's target is replaced, the link stays.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { FileProblem } from '../../core';

/** Thrown for an output that cannot be written; the CLI turns it into XlsxFileError. */
export class OutputPathError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${problem}: ${file}`);
    this.name = 'OutputPathError';
  }
}

/** The file actually written: a symbolic link's final target, else the path itself. */
export function outputTarget(output: string): string {
  try {
    if (fs.lstatSync(output).isSymbolicLink()) return fs.realpathSync(output);
  } catch {
    /* missing (or a dangling link): written where named */
  }
  return path.resolve(output);
}

/**
 * Can `output` be written? Throws OutputPathError: output-folder-missing, output-is-folder,
 * output-read-only, or exists (unless `overwrite`).
 */
export function checkOutputPath(output: string, opts: { overwrite?: boolean } = {}): void {
  const target = outputTarget(output);
  const dir = path.dirname(target);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    throw new OutputPathError('output-folder-missing', output, path.dirname(output) || '.');
  }
  if (!dirStat.isDirectory()) throw new OutputPathError('output-folder-missing', output, path.dirname(output));
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new OutputPathError('output-is-folder', output);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    if (st) fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new OutputPathError('output-read-only', output, path.dirname(output) || '.');
  }
  if (st && !opts.overwrite) throw new OutputPathError('exists', output);
}

/** Write `bytes` to `output` atomically (exclusive temp file in the same folder, then rename). */
export function writeFileAtomic(output: string, bytes: Uint8Array): void {
  const target = outputTarget(output);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o666 & ~process.umask();
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    /* a new file */
  }
  // 'wx' = O_CREAT | O_EXCL: fails if anything (a file, a planted link) is already there.
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

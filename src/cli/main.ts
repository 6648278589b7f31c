/**
 * The `tdkt` command: create, validate, repair, report, aggregate, register, decision, proposal, certificates.
 * Exit codes: 0 no error · 1 findings (errors in the data) · 2 unusable file or wrong usage.
 * A problem the clerk can fix is one Vietnamese line, never a stack trace.
 */
import { CLI_TEXT } from '../core';
import { XlsxFileError } from '../hosts/xlsx/files';
import { UsageError } from './args';
import { DataFileError } from './create';
import { EXIT, processIo, quietOnClosedPipes, type CliIo } from './io';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

// Each command (and exceljs, docx behind it) is loaded when used, so start-up stays fast.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  create: async () => (await import('./create')).runCreate,
  validate: async () => (await import('./validate')).runValidate,
  repair: async () => (await import('./repair')).runRepair,
  report: async () => (await import('./report')).runReport,
  aggregate: async () => (await import('./aggregate')).runAggregate,
  register: async () => (await import('./register')).runRegister,
  decision: async () => (await import('./document')).documentCommand('decision'),
  proposal: async () => (await import('./document')).documentCommand('proposal'),
  certificates: async () => (await import('./certificates')).runCertificates,
};

export async function runCli(allArgs: readonly string[], io: CliIo = processIo): Promise<number> {
  // --debug (anywhere) adds the library's or system's detail under our message.
  const debug = allArgs.includes('--debug') || Boolean(process.env.TDKT_DEBUG);
  const argv = allArgs.filter((a) => a !== '--debug');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(CLI_TEXT.usage);
    return name ? EXIT.ok : EXIT.unusable;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(CLI_TEXT.unknownCommand(name));
    return EXIT.unusable;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof XlsxFileError || e instanceof UsageError || e instanceof DataFileError) {
      io.err(e.message);
      if (debug && e instanceof XlsxFileError && e.detail) io.err(CLI_TEXT.debugDetail(e.detail));
      return EXIT.unusable;
    }
    io.err(CLI_TEXT.unexpected);
    if (debug) io.err(CLI_TEXT.debugDetail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
    return EXIT.unusable;
  }
}

/** Entry point for bin/tdkt.js. */
export function main(): void {
  quietOnClosedPipes();
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${CLI_TEXT.unexpected}\n`);
      if (process.argv.includes('--debug')) process.stderr.write(`${CLI_TEXT.debugDetail(String(e))}\n`);
      process.exitCode = EXIT.unusable;
    },
  );
}

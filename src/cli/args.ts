/** A small argument parser: positional files and the few options the commands take. */
import { CLI_TEXT } from '../core';

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

/**
 * `spec.flags`: options without a value (--force); `spec.values`: options with one (-o x, --data=x).
 * Aliases map a short name to its long name.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { flags?: readonly string[]; values?: readonly string[]; aliases?: Readonly<Record<string, string>> },
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const canonical = (o: string) => spec.aliases?.[o] ?? o;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = canonical(eq > 0 ? a.slice(0, eq) : a);
      if (spec.flags?.includes(name) && eq < 0) {
        flags.add(name);
      } else if (spec.values?.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || v === '') throw new UsageError(CLI_TEXT.missingValue(a));
        values.set(name, v);
      } else {
        throw new UsageError(CLI_TEXT.unknownOption(a));
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, flags, values };
}

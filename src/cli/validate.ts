/** `tdkt validate <file.xlsx> [--json]` */
import {
  CATALOGUE_TEXT,
  catalogueKey,
  CLI_TEXT,
  describeLevel,
  formatCount,
  formatPercent,
  grandTotal,
  TEXT,
  validateWorkbook,
  type Catalogue,
  type ComputedRow,
  type Finding,
  type ValidationResult,
} from '../core';
import { readWorkbookFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIo } from './io';

const COLUMNS = [
  ['collective', 'directCollective', 'directCollectiveRate'],
  ['individual', 'directIndividual', 'directIndividualRate'],
] as const;

/** The computed numbers of every sum row (levels, groups, TỔNG CỘNG) as plain JSON. */
export function computedJson(catalogue: Catalogue, result: ValidationResult) {
  if (!result.computed) return undefined;
  const row = (c: ComputedRow) => ({
    collective: c.collective,
    individual: c.individual,
    household: c.household,
    directCollective: c.directCollective,
    directCollectiveRate: c.directCollectiveRate ?? null,
    directIndividual: c.directIndividual,
    directIndividualRate: c.directIndividualRate ?? null,
  });
  const total = grandTotal(catalogue, result.computed);
  const sums = catalogue.rows
    .filter((r) => r.kind !== 'award' && r.kind !== 'breakdown')
    .map((r) => ({ id: r.id, number: r.number, label: r.label, kind: r.kind, ...row(result.computed!.get(r.id)!) }));
  return { total: row(total), rows: sums };
}

function findingJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    level: f.level ?? null,
    sheet: f.sheet,
    cell: f.address,
    message: f.message,
    messageEn: f.messageEn,
    ...(f.hint ? { hint: f.hint } : {}),
  };
}

/** The Vietnamese text of a validation, grouped by level. */
export function describeValidation(catalogue: Catalogue, result: ValidationResult): string[] {
  const lines: string[] = [];
  for (const s of result.byLevel) lines.push(`  ${describeLevel(s)}`);
  for (const s of result.byLevel) {
    const mine = result.findings.filter((f) => (f.level ?? undefined) === (s.level ?? undefined));
    if (mine.length === 0) continue;
    lines.push('', `${describeLevel(s)}`);
    for (const f of mine) {
      const tag = f.severity === 'error' ? CLI_TEXT.errorTag : CLI_TEXT.warningTag;
      lines.push(`  [${tag}] ${f.sheet}!${f.address}: ${f.message}`);
    }
  }
  lines.push(
    '',
    result.errors + result.warnings === 0 ? CLI_TEXT.ok : CLI_TEXT.summary(result.errors, result.warnings),
  );
  if (result.computed) {
    const t = grandTotal(catalogue, result.computed);
    lines.push('', CLI_TEXT.totalsHeader);
    for (const [count, sl, rate] of COLUMNS) {
      const r = t[rate];
      lines.push(CLI_TEXT.totalLine(TEXT.subjects[count], formatCount(t[count])));
      lines.push(CLI_TEXT.totalLine(TEXT.subjects[sl], formatCount(t[sl])));
      lines.push(CLI_TEXT.totalLine(TEXT.subjects[rate], r === undefined ? CLI_TEXT.rateBlank : formatPercent(r)));
    }
    lines.push(CLI_TEXT.totalLine(TEXT.subjects.household, formatCount(t.household)));
  }
  return lines;
}

export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['--json'] });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('validate'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('validate'));
  const file = args.positional[0]!;
  const read = await readWorkbookFile(file);
  if (read.unknownForm) {
    io.err(CLI_TEXT.unknownForm(read.formKey ?? '', catalogueKey(read.catalogue)));
    const problem = read.formProblems?.[0];
    if (problem) io.err(read.formKey ? CATALOGUE_TEXT.embeddedBroken(read.formKey, problem) : problem);
  }
  const result = validateWorkbook(read.catalogue, read.grids, { surface: 'cli' });
  const form = catalogueKey(read.catalogue);
  if (args.flags.has('--json')) {
    io.out(
      JSON.stringify(
        {
          file,
          form,
          ok: result.errors === 0,
          errors: result.errors,
          warnings: result.warnings,
          byLevel: result.byLevel.map((s) => ({ ...s, level: s.level ?? null, text: describeLevel(s) })),
          findings: result.findings.map(findingJson),
          computed: computedJson(read.catalogue, result) ?? null,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(CLI_TEXT.validateHeader(file, form, read.catalogue.description));
    for (const l of describeValidation(read.catalogue, result)) io.out(l);
  }
  return result.errors > 0 ? EXIT.findings : EXIT.ok;
}

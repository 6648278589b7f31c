/**
 * The register's own layout as a clerk's edits left it: a header that cannot be matched is
 * one finding (not one per line), and a register that still works but no longer stands
 * as made (a row or column inserted or deleted) is one warning that repair restores it.
 */
import { a1 } from '../a1';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME } from '../layout/register';
import { isStandardLayout, type RegisterLayout } from '../layout/registerHeaders';
import { DOCUMENT_COLUMNS } from '../register';
import { TEXT } from '../text/vi';
import type { RegisterFinding } from './register';

export function checkRegisterLayout(layout: RegisterLayout): RegisterFinding[] {
  if (isStandardLayout(layout)) return [];
  const sheet = REGISTER_SHEET_NAME;
  const row = layout.headerRow;
  const out: RegisterFinding[] = [];
  if (!layout.found) {
    // No header row at all: one finding (the lines are read in the columns as made).
    return [
      {
        rule: 'register-header-row-missing',
        where: { sheet, row: 5, col: REGISTER_COLUMNS.award },
        facts: { rows: String(row + 1) },
      },
    ];
  }
  for (const c of layout.missing) {
    out.push({
      rule: 'register-header-missing',
      where: { sheet, row, col: REGISTER_COLUMNS[c] },
      facts: { column: TEXT.register.headers[c], columnEn: c, rows: String(row) },
    });
  }
  for (const u of layout.unknown) {
    out.push({
      rule: 'register-header-unknown',
      where: { sheet, row, col: u.col },
      facts: { value: u.label, rows: String(row) },
    });
  }
  // A register made before the documents' columns: one finding names them (repair adds them).
  const absent = DOCUMENT_COLUMNS.filter((c) => !layout.columns.has(c));
  if (absent.length) {
    out.push({
      rule: 'register-columns-new',
      where: { sheet, row, col: REGISTER_COLUMNS[absent[0]!] },
      facts: {
        column: absent.map((c) => `“${TEXT.register.headers[c]}”`).join(', '),
        columnEn: absent.join(', '),
      },
    });
  }
  if (out.length === 0) {
    // Every header found, elsewhere than made: the lines are read right; repair puts them back in place.
    const award = layout.columns.get('award') ?? REGISTER_COLUMNS.award;
    out.push({
      rule: 'register-layout-moved',
      where: { sheet, row, col: award },
      facts: { found: a1(row, award), expected: a1(5, REGISTER_COLUMNS.award) },
    });
  }
  return out;
}

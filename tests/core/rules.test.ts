/**
 * Rules beside their checks: every rule's entry names the check that raises it, and that
 * check's module raises it (a rule moved to another check, or a check renamed, fails here).
 */
import * as fs from 'fs';
import * as path from 'path';
import { SHEETS } from '../../src/core';
import { CHECKS } from '../../src/core/validation/checks';
import { RULES, type RuleCode } from '../../src/core/validation/rules';

const DIR = path.join(__dirname, '../../src/core/validation');
const modules = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));
const moduleOf = (check: string) => modules.find((m) => m.includes(`export function ${check}(`));
const codes = Object.keys(RULES) as RuleCode[];

describe('rules beside their checks', () => {
  it.each(codes)('%s names the check that raises it', (code) => {
    const check = RULES[code].check;
    expect(typeof CHECKS[check]).toBe('function');
    const source = moduleOf(check);
    expect(source).toBeDefined();
    // A missing sheet's rule comes from the sheet's own definition (SheetDefinition.whenMissing).
    const fromSheets = check === 'checkSheets' && SHEETS.some((s) => s.whenMissing === code);
    expect(fromSheets || source!.includes(`'${code}'`)).toBe(true);
  });

  it('every check raises a rule', () => {
    const named = new Set(codes.map((c) => RULES[c].check));
    expect(Object.keys(CHECKS).filter((c) => !named.has(c as keyof typeof CHECKS))).toEqual([]);
  });
});

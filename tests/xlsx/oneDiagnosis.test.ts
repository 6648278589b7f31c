/**
 * One bad thing, one diagnosis: a sheet cut short is a damaged file for validate as for
 * repair; a register line's bad quantity is one finding, not also a tally finding with
 * numbers the sheet does not show.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, REGISTER_SHEET_NAME, validateWorkbook } from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookFile, repairWorkbookFile, XlsxFileError } from '../../src/hosts/xlsx';
import { EXAMPLES } from '../../scripts/make-example';
import { recalculateRegister } from '../helpers/recalc';
import { bacSonRegisterInputs } from '../helpers/register';
import { unzip, zip } from '../helpers/zip';
import { tempDir } from './files';

describe('issue 24.12: one diagnosis per problem', () => {
  const parts = unzip(fs.readFileSync(EXAMPLES[0]!.xlsx));
  const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));

  it.each(sheets.flatMap((s) => [0.3, 0.6, 0.95].map((f) => [s, f] as const)))(
    'issue 24.12: %s cut at %f of its length: validate and repair both say the file is damaged',
    async (sheet, fraction) => {
      const xml = parts.get(sheet)!;
      const cut = new Map(parts).set(sheet, xml.subarray(0, Math.floor(xml.length * fraction)));
      const file = path.join(tempDir('tdkt-cut-'), 'cut.xlsx');
      fs.writeFileSync(file, zip(cut));
      const problem = async (p: Promise<unknown>) => {
        const e = await p.then(
          () => undefined,
          (x: unknown) => x,
        );
        return e instanceof XlsxFileError ? e.problem : e;
      };
      expect(await problem(readWorkbookFile(file))).toBe('corrupt');
      expect(await problem(repairWorkbookFile(file, { output: `${file}.out.xlsx` }))).toBe('corrupt');
    },
    30000,
  );

  it('issue 24.12: a whole sheet still reads (the check is on the part’s end, not its size)', async () => {
    const file = path.join(tempDir('tdkt-cut-'), 'whole.xlsx');
    fs.writeFileSync(file, zip(parts));
    expect((await readWorkbookFile(file)).grids.sheets['Biểu tổng hợp']).toBeDefined();
  });

  it('issue 24.12: a register quantity of 7,5 is one finding — no direct-labour error with numbers the sheet does not show', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, bacSonRegisterInputs()));
    const g = grids.sheets[REGISTER_SHEET_NAME]!;
    // Line 5 (Giấy khen cấp huyện, Cá nhân, marked x): 7,5 and no mark. The tally's cell sums
    // to 10,5 individuals, 3 of them direct labour.
    setGridCell(g, 'H10', 7.5);
    setGridCell(g, 'K10', '');
    recalculateRegister(cat, grids);
    const findings = validateWorkbook(cat, grids).findings;
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.address}`)).toEqual([
      `register-quantity-invalid ${REGISTER_SHEET_NAME}!H10`,
    ]);
  });
});

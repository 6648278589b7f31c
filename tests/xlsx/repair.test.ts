/** Repair through a real file: every input kept, displaced content backed up, the layout restored. */
import * as path from 'path';
import {
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  REPAIR_LOG_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { BACKUP_SUFFIX } from '../../src/core/workbook/sheetLocation';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyRowOf } from '../../src/core/layout/tally';
import { createWorkbookFile, readWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, openXlsx, tempDir } from './files';

const row = (id: string) => tallyRowOf(cat, id);
const total = () => row(cat.rows.find((r) => r.kind === 'total')!.id);

describe('repairWorkbookFile', () => {
  const dir = tempDir();

  it('restores formulas and labels, keeps every input, backs up what it cannot place', async () => {
    const file = path.join(dir, 'messy.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, {
      [TALLY_SHEET_NAME]: {
        [`D${total()}`]: 99, // a total typed over its formula
        [`B${row('II.1')}`]: 'Cờ thi đua tỉnh', // label changed
        [`H${row('III.1')}`]: 'mười', // text where a count belongs: cannot be an input
        K20: 'ghi chú của cán bộ', // a note beside the table
      },
      [INFO_SHEET_NAME]: { E3: 'ghi chú riêng' },
    });
    const before = await readWorkbookFile(file);
    expect(validateWorkbook(cat, before.grids).errors).toBeGreaterThan(0);

    const outcome = await repairWorkbookFile(file);
    const after = await readWorkbookFile(file);
    const inputs = readWorkbookInputs(cat, after.grids).inputs;
    expect(inputs.tally).toEqual(paperFormInputs().tally);
    expect(inputs.info).toEqual(paperFormInputs().info);
    expect(inputs.documents).toEqual(paperFormInputs().documents);
    const result = validateWorkbook(cat, after.grids);
    // "mười" stays in its cell for validation to flag; nothing else is wrong.
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.address])).toEqual([
      ['count-not-number', `H${row('III.1')}`],
    ]);
    expect(after.grids.sheets[TALLY_SHEET_NAME]!.values[row('III.1') - 1]![7]).toBe('mười');

    // Displaced content lives on in "… (bản cũ)" copies, cell for cell.
    const backups = outcome.backups.map((b) => b.backup);
    expect(backups).toEqual(
      expect.arrayContaining([TALLY_SHEET_NAME + BACKUP_SUFFIX, INFO_SHEET_NAME + BACKUP_SUFFIX]),
    );
    const copy = after.grids.sheets[TALLY_SHEET_NAME + BACKUP_SUFFIX]!;
    expect(copy.values[19]![10]).toBe('ghi chú của cán bộ');
    expect(copy.values[total() - 1]![3]).toBe(99);
    expect(after.grids.sheets[INFO_SHEET_NAME + BACKUP_SUFFIX]!.values[2]![4]).toBe('ghi chú riêng');
    for (const d of outcome.repair.displaced) {
      const b = outcome.backups.find((x) => x.sheet === d.sheet)!;
      expect(b).toBeDefined();
    }
    // The standard sheets keep their places in the tab order, copies come last.
    const wb = await openXlsx(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, outcome.repair.plan.sheets.length)).toEqual(outcome.repair.plan.sheets.map((s) => s.name));
    expect(names.slice(-backups.length).sort()).toEqual([...backups].sort());
    expect(names).toContain(REPAIR_LOG_SHEET_NAME);
  });

  it('regression (issue 14 item 2): input cells keep “18 người”, 2.5, −2; the moved total is a finding', async () => {
    const file = path.join(dir, 'inputs-stay.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, {
      [TALLY_SHEET_NAME]: {
        [`D${row('III.1')}`]: '18 người',
        [`C${row('IV.2')}`]: 2.5,
        [`H${row('IV.2')}`]: -2,
        [`D${total()}`]: 34,
      },
    });
    const outcome = await repairWorkbookFile(file);
    const after = await readWorkbookFile(file);
    const t = after.grids.sheets[TALLY_SHEET_NAME]!;
    expect(t.values[row('III.1') - 1]![3]).toBe('18 người');
    expect(t.values[row('IV.2') - 1]![2]).toBe(2.5);
    expect(t.values[row('IV.2') - 1]![7]).toBe(-2);
    expect(outcome.repair.displaced.map((d) => d.address)).toEqual([`D${total()}`]);
    const messages = validateWorkbook(cat, after.grids).findings.map((f) => f.message);
    expect(messages).toContain(
      `Đã chuyển “34” từ ${TALLY_SHEET_NAME}!D${total()} sang ${TALLY_SHEET_NAME}${BACKUP_SUFFIX}!D${total()} — kiểm tra lại.`,
    );
  });

  it('regression (issue 14 item 3): one hidden backup per sheet; repairing again adds none', async () => {
    const file = path.join(dir, 'backups.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${total()}`]: 34, K20: 'ghi chú' } });
    await repairWorkbookFile(file);
    await repairWorkbookFile(file);
    const wb = await openXlsx(file);
    const backups = wb.worksheets.filter((w) => w.name.includes('bản cũ'));
    expect(backups.map((w) => w.name)).toEqual([TALLY_SHEET_NAME + BACKUP_SUFFIX]);
    // Not printed with the workbook (hidden), but reachable (Unhide): not "veryHidden".
    expect(backups[0]!.state).toBe('hidden');
    expect(wb.getWorksheet(REPAIR_LOG_SHEET_NAME)!.state).toBe('hidden');
    // The log still lists both values after the second repair (it moved nothing new).
    const after = await readWorkbookFile(file);
    expect(validateWorkbook(cat, after.grids).findings.filter((f) => f.rule === 'value-displaced')).toHaveLength(2);
  });

  it('a clean workbook needs no backup and reads back unchanged', async () => {
    const file = path.join(dir, 'clean.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const before = await readWorkbookFile(file);
    const out = path.join(dir, 'clean-repaired.xlsx');
    const outcome = await repairWorkbookFile(file, { output: out });
    expect(outcome.backups).toEqual([]);
    expect((await readWorkbookFile(out)).grids).toEqual(before.grids);
  });

  it('recreates a deleted tally sheet from a workbook that still has its info sheet', async () => {
    const file = path.join(dir, 'no-tally.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(
      file,
      {},
      { recalc: false, mutate: (wb) => wb.removeWorksheet(wb.getWorksheet(TALLY_SHEET_NAME)!.id) },
    );
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ problem: 'no-tally' });
    await repairWorkbookFile(file);
    const after = await readWorkbookFile(file);
    expect(readWorkbookInputs(cat, after.grids).inputs.info).toEqual(paperFormInputs().info);
    expect(validateWorkbook(cat, after.grids).findings.map((f) => f.rule)).toContain('tally-empty');
  });
});

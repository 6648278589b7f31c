/**
 * issue 21.2 (remainder): the province's own căn cứ lines are data the clerk edits in the
 * workbook — a table on "Thông tin chung" under the form marker — read by the decision and the
 * Tờ trình after the national lines, by date; a new workbook's table is empty (the hint shows
 * the form with "…", and a line left with "…" is a finding); an older workbook gains the table
 * through repair with every value kept.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  INFO_SHEET_NAME,
  inputsFromJson,
  planRepair,
  validateWorkbook,
  type WorkbookInputsJson,
} from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { documentFromWorkbook, LEGAL_BASES } from '../../src/core/documents';
import { BASES_FIRST_ROW, BASES_TITLE_ROW } from '../../src/core/layout/info';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { documentTexts } from '../../src/core/report';
import { TEXT } from '../../src/core/text/vi';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { runCli } from '../../src/cli/main';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { tempDir } from '../xlsx/files';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const json = (): WorkbookInputsJson =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
const grids = (j: WorkbookInputsJson) =>
  planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, j))) as { sheets: Record<string, MutableGrid> };

const QUY_CHE =
  'Quyết định số 99/2099/QĐ-UBND ngày 01 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Ví Dụ ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh';
const OLD_QUY_CHE =
  'Quyết định số 98/2098/QĐ-UBND ngày 02 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Ví Dụ ban hành Quy chế công tác thi đua, khen thưởng';

/** The căn cứ lines of a drafted document, in order. */
const bases = (texts: readonly string[]) => texts.filter((t) => t.startsWith('Căn cứ ') && t.endsWith(';'));

describe('issue 21.2: the province’s căn cứ lines, kept in the workbook', () => {
  it('issue 21.2: a new workbook has the table empty under the marker, its hint the form with “…” (no number invented)', () => {
    const info = buildWorkbookPlan(cat).sheets.find((s) => s.key === 'info')!;
    expect(info.cells.find((c) => c.row === BASES_TITLE_ROW && c.col === 1)?.value).toBe(TEXT.info.basesTitle);
    expect(String(info.cells.find((c) => c.row === BASES_TITLE_ROW + 1)?.value)).toContain(
      'Quyết định số …/20…/QĐ-UBND',
    );
    const lines = info.cells.filter((c) => c.key?.startsWith('info:basis:'));
    expect(lines).toHaveLength(15);
    expect(lines.every((c) => c.role === 'input' && c.value === null)).toBe(true);
  });

  it('issue 21.2: the decision cites the province’s lines after the national ones, those in force on its date, in the table’s order', () => {
    const j: WorkbookInputsJson = {
      ...json(),
      provinceBases: [
        { text: OLD_QUY_CHE, until: '2025-07-31' },
        { text: `${QUY_CHE};`, from: '2025-08-01' },
        { text: 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân xã Đồng Tâm' },
      ],
    };
    const g = grids(j);
    // Read back as typed.
    expect(readWorkbookInputs(cat, g).inputs.provinceBases).toHaveLength(3);
    const r = documentFromWorkbook(g, 'decision', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    const cited = bases(documentTexts(r.document));
    const national = LEGAL_BASES.filter((b) => !b.until || b.until >= '2025-12-08').filter(
      (b) => !b.from || b.from <= '2025-12-08',
    );
    expect(cited).toEqual([
      ...national.map((b) => `Căn cứ ${b.text};`),
      `Căn cứ ${QUY_CHE};`,
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân xã Đồng Tâm;',
    ]);
    // The Tờ trình reads the same table.
    const p = documentFromWorkbook(g, 'proposal', '25/TTr-UBND');
    if (p.status !== 'ok') throw new Error(p.findings.map((f) => f.message).join('\n'));
    expect(bases(documentTexts(p.document))).toContain(`Căn cứ ${QUY_CHE};`);
  });

  it('issue 21.2: a line typed in the workbook (not the data file) is cited; one left with the example’s “…” or a bad date is a finding naming its cell', () => {
    const g = grids(json());
    const info = g.sheets[INFO_SHEET_NAME]!;
    setGridCell(info, `B${BASES_FIRST_ROW}`, QUY_CHE);
    setGridCell(info, `B${BASES_FIRST_ROW + 1}`, 'Quyết định số …/20…/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh …');
    setGridCell(info, `A${BASES_FIRST_ROW + 2}`, 'đầu năm');
    setGridCell(info, `B${BASES_FIRST_ROW + 2}`, OLD_QUY_CHE);
    const found = validateWorkbook(cat, g).findings.filter((f) => f.rule === 'info-basis-invalid');
    expect(found.map((f) => f.address)).toEqual([`B${BASES_FIRST_ROW + 1}`, `A${BASES_FIRST_ROW + 2}`]);
    expect(found[0]!.message).toContain('còn dấu “…” của ví dụ');
    const r = documentFromWorkbook(g, 'decision', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error('not drafted');
    expect(bases(documentTexts(r.document))).toContain(`Căn cứ ${QUY_CHE};`);
  });

  it('issue 21.2: a workbook made before the table gains it through repair, every value kept; its lines survive a later repair', () => {
    const g = grids(json());
    const info = g.sheets[INFO_SHEET_NAME]!;
    // Before the table: nothing under the marker.
    info.values.splice(BASES_TITLE_ROW - 1);
    info.formulas.splice(BASES_TITLE_ROW - 1);
    const before = readWorkbookInputs(cat, g).inputs;
    expect(before.provinceBases).toBeUndefined();
    const repaired = planToGrids(planRepair(cat, g).plan) as { sheets: Record<string, MutableGrid> };
    expect(repaired.sheets[INFO_SHEET_NAME]!.values[BASES_TITLE_ROW - 1]![0]).toBe(TEXT.info.basesTitle);
    expect(readWorkbookInputs(cat, repaired).inputs.info).toEqual(before.info);
    // Typed into the repaired table (a blank line between), then repaired again: kept, in order and in place.
    const inf = repaired.sheets[INFO_SHEET_NAME]!;
    setGridCell(inf, `B${BASES_FIRST_ROW}`, QUY_CHE);
    setGridCell(inf, `B${BASES_FIRST_ROW + 5}`, OLD_QUY_CHE);
    const typed = readWorkbookInputs(cat, repaired).inputs.provinceBases!;
    const texts = (b: readonly { text?: unknown }[]) => b.map((x) => x.text).filter(Boolean);
    expect(texts(typed)).toEqual([QUY_CHE, OLD_QUY_CHE]);
    const repair = planRepair(cat, repaired);
    expect(repair.displaced).toEqual([]);
    const again = planToGrids(repair.plan);
    expect(texts(readWorkbookInputs(cat, again).inputs.provinceBases!)).toEqual([QUY_CHE, OLD_QUY_CHE]);
    // A table longer than made (a 6th line under the 5) keeps its line on its row.
    expect(again.sheets[INFO_SHEET_NAME]!.values[BASES_FIRST_ROW + 4]![1]).toBe(OLD_QUY_CHE);
  });

  it('issue 21.2: tdkt create --previous carries the province’s lines into the next period’s workbook (typed once)', async () => {
    const dir = tempDir('tdkt-bases-');
    const earlier = path.join(dir, 'ky-truoc.xlsx');
    await createWorkbookFile(
      earlier,
      inputsFromJson(cat, { ...json(), provinceBases: [{ text: QUY_CHE, from: '2025-08-01' }] }),
      {
        catalogue: cat,
      },
    );
    const next = path.join(dir, 'ky-nay.xlsx');
    const code = await runCli(['create', next, '--previous', earlier], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const read = readWorkbookInputs(cat, (await readWorkbookFile(next)).grids).inputs.provinceBases;
    expect(read).toEqual([{ text: QUY_CHE, from: 45870 }]);
  }, 60_000);
});

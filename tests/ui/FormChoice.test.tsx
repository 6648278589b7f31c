/** @jest-environment jsdom */
/**
 * "Tạo biểu mẫu" offers the form in force for the current report period and lets the
 * clerk pick the other; the add-in (through the fake) then makes that form.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  CATALOGUE_SHEET_NAME,
  detectCatalogue,
  INFO_SHEET_NAME,
  parseCatalogue,
} from '../../src/core';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { App } from '../../src/ui/App';
import type { WorkbookHost } from '../../src/ports';
import { FakeWorkbook } from '../fakes/excel';

// A create over the fake is checked at once (the pane lists what is left to fill): slow on a busy machine.
jest.setTimeout(120_000);

const F2024 = 'Mẫu 4 cấp (Nhà nước, tỉnh, huyện, cơ sở) — đến 6 tháng đầu năm 2025';
const F2025 = 'Mẫu 3 cấp (Nhà nước, bộ/ngành/tỉnh, xã) — từ 6 tháng cuối năm 2025';

function blankHost(): WorkbookHost {
  return {
    inspect: jest.fn(async () => ({ ours: false, sheets: [], missing: [] })),
    create: jest.fn(async () => ({ kind: 'created' as const, sheets: ['a'] })),
    repair: jest.fn(),
    validate: jest.fn(),
    select: jest.fn(),
  } as unknown as WorkbookHost;
}

describe('the form "Tạo biểu mẫu" makes', () => {
  it.each([
    [new Date(2026, 2, 1), F2025, '6 tháng đầu năm 2026'],
    [new Date(2025, 8, 1), F2025, 'năm 2025'],
    [new Date(2025, 2, 1), F2024, '6 tháng đầu năm 2025'],
  ])('on %s: %s, said to fit %s', async (today, description, period) => {
    render(<App host={{ workbook: blankHost() }} today={today} />);
    const radio = await screen.findByRole('radio', {
      name: `${description} — ${UI_TEXT.formChoice.suggested(period)}`,
    });
    expect(radio).toBeChecked();
    expect(screen.getAllByRole('radio')).toHaveLength(3); // the two built-in forms and a province's file
    expect(screen.getByRole('radiogroup', { name: UI_TEXT.formChoice.label })).toBeInTheDocument();
  });

  it('the clerk may pick the other form; create is asked for it', async () => {
    const workbook = blankHost();
    render(<App host={{ workbook }} today={new Date(2026, 2, 1)} />);
    await userEvent.click(await screen.findByRole('radio', { name: F2024 }));
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.create }));
    // The 2024 form picked in March 2026: the last period it served, "6 tháng đầu năm 2025", is filled in.
    expect(workbook.create).toHaveBeenCalledWith({
      form: 'tong-hop-khen-thuong/2024',
      period: { kind: 'halfYear', year: 2025 },
    });
  });

  it('over the fake: the workbook made carries the form offered (2025 in 2026)', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    render(<App host={createExcelHost(wb.run)} today={new Date(2026, 2, 1)} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    await screen.findByRole('button', { name: UI_TEXT.repair });
    const info = sheetPlan(buildWorkbookPlan(tongHopKhenThuong2025), 'info');
    const grids = { sheets: { [INFO_SHEET_NAME]: wb.sheet(INFO_SHEET_NAME)!.read(info.readExtent) } };
    expect(detectCatalogue(grids).catalogue).toBe(tongHopKhenThuong2025);
    // Once the form is there the choice is gone (repair keeps the workbook's own form).
    expect(screen.queryByRole('radio')).toBeNull();
  });

  describe('a province’s catalogue file', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8');
    const custom = parseCatalogue(text).catalogue!;
    const file = (body: string) => new File([body], 'mau.json', { type: 'application/json' });

    it('is checked in the pane; a good one is made by the add-in and carried in the workbook', async () => {
      const wb = new FakeWorkbook(['Sheet1']);
      render(<App host={createExcelHost(wb.run)} today={new Date(2026, 2, 1)} />);
      await userEvent.click(await screen.findByRole('radio', { name: UI_TEXT.formChoice.fileOption }));
      const create = screen.getByRole('button', { name: UI_TEXT.create });
      expect(create).toBeDisabled(); // no file yet
      await userEvent.upload(screen.getByLabelText(UI_TEXT.formChoice.fileLabel), file(text));
      expect(
        await screen.findByText(
          UI_TEXT.formChoice.fileChosen('tong-hop-khen-thuong/2025-lang-son', custom.description!),
        ),
      ).toBeInTheDocument();
      await userEvent.click(create);
      await screen.findByRole('button', { name: UI_TEXT.repair });
      expect(wb.sheet(CATALOGUE_SHEET_NAME)!.visibility).toBe('VeryHidden');
    });

    it('with errors is refused, naming the rows, and nothing can be created from it', async () => {
      const workbook = blankHost();
      render(<App host={{ workbook }} today={new Date(2026, 2, 1)} />);
      await userEvent.click(await screen.findByRole('radio', { name: UI_TEXT.formChoice.fileOption }));
      const bad = JSON.parse(text);
      bad.rows.find((r: { id: string }) => r.id === 'III.7').subjects = [];
      await userEvent.upload(screen.getByLabelText(UI_TEXT.formChoice.fileLabel), file(JSON.stringify(bad)));
      expect(await screen.findByText(UI_TEXT.formChoice.fileProblems(1))).toBeInTheDocument();
      expect(
        screen.getByText(/mã “III\.7”, “Giấy khen của Ban Chấp hành Đảng bộ xã”\): không có đối tượng nào/),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: UI_TEXT.create })).toBeDisabled();
      expect(workbook.create).not.toHaveBeenCalled();
    });
  });
});

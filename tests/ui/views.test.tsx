/** @jest-environment jsdom */
/**
 * The pane by task: a tab per view (Kiểm tra · Danh sách khen thưởng · Văn bản · Tổng hợp),
 * the view remembered for the workbook through the host's settings, "Kiểm tra" the primary
 * button, TỔNG CỘNG with warnings, the footer following a create, the empty info cells as
 * one finding.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  formatCount,
  grandTotal,
  INFO_SHEET_NAME,
  PERIODS,
  validateWorkbook,
} from '../../src/core';
import { infoAddress } from '../../src/core/layout/info';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { FOOTER_TEXT } from '../../src/core/text/aggregate';
import { UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { memorySettings, type TdktHost, type WorkbookHost } from '../../src/ports';
import { App } from '../../src/ui/App';
import { periodForForm } from '../../src/ui/check/renderCheckView';
import { FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';

const V = UI_TEXT.views;

function filledGrids() {
  return planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
}

function mockWorkbook(over: Partial<WorkbookHost> = {}): WorkbookHost {
  return {
    inspect: jest.fn(async () => ({ ours: true, sheets: [], missing: [] })),
    create: jest.fn(),
    repair: jest.fn(async () => ({ kind: 'repaired' as const, backups: [], displaced: 0 })),
    validate: jest.fn(async () => validateWorkbook(cat, filledGrids())),
    select: jest.fn(async () => undefined),
    ...over,
  };
}

/** Every view's host part (the panels' own behaviour is tested elsewhere). */
function fullHost(workbook: WorkbookHost, settings = memorySettings()): TdktHost {
  return {
    workbook,
    settings,
    registerEntry: { choices: jest.fn(async () => ({ awards: [], subjects: [] })) } as never,
    report: { kind: 'excel', canDownload: true, build: jest.fn(), renderDocx: jest.fn() },
    aggregate: { readUnit: jest.fn(), write: jest.fn() },
  };
}

const Report = () => <p>bảng báo cáo</p>;

describe('the pane by task', () => {
  it('issue 23.1: four tabs; a view is remembered in the workbook’s settings and opened next time', async () => {
    const settings = memorySettings();
    const first = render(<App host={fullHost(mockWorkbook(), settings)} reportPanel={Report} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual([V.check, V.register, V.documents, V.aggregate]);
    expect(screen.getByRole('tab', { name: V.check })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByText('bảng báo cáo')).toBeNull(); // loaded when first shown
    await userEvent.click(screen.getByRole('tab', { name: V.documents }));
    expect(await screen.findByText('bảng báo cáo')).toBeVisible();
    expect(screen.getByRole('button', { name: UI_TEXT.validate, hidden: true })).not.toBeVisible();
    expect(settings.get('view')).toBe('documents');
    first.unmount();

    render(<App host={fullHost(mockWorkbook(), settings)} reportPanel={Report} />);
    expect(await screen.findByText('bảng báo cáo')).toBeVisible();
    expect(screen.getByRole('tab', { name: V.documents })).toHaveAttribute('aria-selected', 'true');
  });

  it('issue 23.1: a remembered view the host does not offer falls back to "Kiểm tra"', async () => {
    render(<App host={{ workbook: mockWorkbook(), settings: memorySettings({ view: 'aggregate' }) }} />);
    expect(await screen.findByRole('tab', { name: V.check })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('tab', { name: V.aggregate })).toBeNull();
  });

  it('issue 23.2: "Kiểm tra" is the primary button, "Sửa biểu mẫu" the secondary one', async () => {
    // Fluent marks the appearance only in its (atomic, deterministic) classes: compare with
    // reference buttons of each appearance.
    render(
      <FluentProvider theme={webLightTheme}>
        <Button appearance="primary">primary</Button>
        <Button>secondary</Button>
      </FluentProvider>,
    );
    render(<App host={{ workbook: mockWorkbook() }} />);
    const check = await screen.findByRole('button', { name: UI_TEXT.validate });
    const repair = screen.getByRole('button', { name: UI_TEXT.repair });
    expect(check.className).toBe(screen.getByRole('button', { name: 'primary' }).className);
    expect(repair.className).toBe(screen.getByRole('button', { name: 'secondary' }).className);
  });

  it('issue 23.2: TỔNG CỘNG is shown with warnings too (a missing unit name)', async () => {
    const g = filledGrids();
    setGridCell(g.sheets[INFO_SHEET_NAME]!, 'B6', '');
    const result = validateWorkbook(cat, g);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBeGreaterThan(0);
    render(<App host={{ workbook: mockWorkbook({ validate: jest.fn(async () => result) }) }} />);
    const totals = await screen.findByRole('region', { name: UI_TEXT.totalsHeading });
    expect(within(totals).getByText(formatCount(grandTotal(cat, result.computed!).individual))).toBeInTheDocument();
  });

  it('issue 23.2: after a create the footer names the form at once, and the empty info cells are one finding', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    render(<App host={createExcelHost(wb.run)} today={new Date(2026, 4, 15)} />);
    expect(await screen.findByText(FOOTER_TEXT.noForm, { exact: false })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    await screen.findByText(FOOTER_TEXT.form(tongHopKhenThuong2025.version), { exact: false }, { timeout: 60_000 });
    const empty = await screen.findByRole('button', { name: /còn \d+ ô chưa điền/ });
    const n = Number(/còn (\d+) ô/.exec(empty.textContent ?? '')![1]);
    expect(n).toBeGreaterThan(1);
    expect(screen.queryAllByTitle(new RegExp(`trên trang “${INFO_SHEET_NAME}”`))).toHaveLength(0);
    expect(empty).toHaveAttribute('aria-expanded', 'false');
    // The period is filled for the form in force: "6 tháng đầu năm 2026".
    const info = wb.sheet(INFO_SHEET_NAME)!;
    expect(info.cell(infoAddress('period'))?.value).toBe(PERIODS.halfYear);
    expect(info.cell(infoAddress('year'))?.value).toBe(2026);
    await userEvent.click(empty);
    expect(empty).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getAllByTitle(new RegExp(`trên trang “${INFO_SHEET_NAME}”`))).toHaveLength(n));
  }, 120_000);

  it('issue 23.2: the period is filled for either form: the one in force now, or the last period the older form served', () => {
    const may2026 = new Date(2026, 4, 15);
    expect(periodForForm('tong-hop-khen-thuong/2025', may2026)).toEqual({ kind: 'halfYear', year: 2026 });
    expect(periodForForm('tong-hop-khen-thuong/2024', may2026)).toEqual({ kind: 'halfYear', year: 2025 });
    expect(periodForForm('tong-hop-khen-thuong/2024', new Date(2025, 2, 1))).toEqual({ kind: 'halfYear', year: 2025 });
    expect(periodForForm('tong-hop-khen-thuong/2025-lang-son', may2026)).toEqual({ kind: 'halfYear', year: 2026 });
  });
});

/** @jest-environment jsdom */
/**
 * The pane's entry help for the award register (issue 10, item 6), in the App over the Excel
 * fake: paste a list of names into new lines, fill a decision into the selected lines, and
 * the refusals — each says one thing and writes nothing.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_CATALOGUE as cat, entryChoices, REGISTER_SHEET_NAME, TALLY_SHEET_NAME } from '../../src/core';
import { awardKey } from '../../src/core/register';
import { tallyRowOf } from '../../src/core/layout/tally';
import { ENTRY_TEXT as T } from '../../src/core/text/registerEntry';
import { UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { HostError, type RegisterEntryHost } from '../../src/ports';
import { App } from '../../src/ui/App';
import { RegisterEntryPanel } from '../../src/ui/registerEntry';
import { fillNotice } from '../../src/ui/registerEntry/useRegisterEntry';
import { FakeWorkbook } from '../fakes/excel';
import { recalcRegisterWorkbook } from '../excel/helpers';

const choices = entryChoices(cat);
const giayKhen = choices.awards.find((a) => a.label === 'Giấy khen (cấp cơ sở)')!;
const cstd = choices.awards.find((a) => a.label.startsWith('Chiến sĩ thi đua cơ sở'))!;

async function paneOverNewWorkbook() {
  const wb = new FakeWorkbook(['Sheet1']);
  wb.calculate = recalcRegisterWorkbook;
  const host = createExcelHost(wb.run);
  await host.workbook!.create();
  render(<App host={host} />);
  await userEvent.click(await screen.findByRole('tab', { name: UI_TEXT.views.register }));
  await screen.findByRole('heading', { name: T.heading });
  return wb;
}

const field = (name: string) => screen.getByRole('textbox', { name });
const choice = (name: string) => screen.getByRole('combobox', { name });

describe('entry help in the pane', () => {
  it('is not offered before the workbook has the form', async () => {
    render(<App host={createExcelHost(new FakeWorkbook(['Sheet1']).run)} />);
    await screen.findByRole('button', { name: UI_TEXT.create });
    await userEvent.click(screen.getByRole('tab', { name: UI_TEXT.views.register }));
    expect(await screen.findByText(UI_TEXT.registerNeedsForm)).toBeVisible();
    expect(screen.queryByRole('heading', { name: T.heading })).toBeNull();
  });

  it('pasted names become register lines with the decision; the tally and the pane follow', async () => {
    const wb = await paneOverNewWorkbook();
    await userEvent.type(field(T.fields.decision), '45/QĐ-UBND');
    await userEvent.type(field(T.fields.date), '05/03/2024');
    await userEvent.selectOptions(choice(T.fields.award), giayKhen.label);
    await userEvent.selectOptions(choice(T.fields.kind), giayKhen.kinds.at(-1)!);
    await userEvent.selectOptions(choice(T.fields.subject), 'Cá nhân');
    // A paste from a Word table: heading row, STT, name, position.
    fireEvent.change(screen.getByRole('textbox', { name: T.namesLabel }), {
      target: { value: 'TT\tHọ và tên\tChức vụ\r\n1\tNguyễn Văn An\tTrưởng thôn\r\n2\tTrần Thị Bình\t\r\n' },
    });
    expect(screen.getByText(T.namesCount(2))).toBeInTheDocument();
    expect(screen.getByText(T.skippedHeader(1, 'TT Họ và tên Chức vụ'))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: T.add(2) }));

    expect(await screen.findByText(T.added(2, 6, 7))).toBeInTheDocument();
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    expect(reg.read('A6:J7').values).toEqual([
      [1, '45/QĐ-UBND', 45356, '', giayKhen.label, giayKhen.kinds.at(-1), 'Cá nhân', 1, 'Nguyễn Văn An', 'Trưởng thôn'],
      [2, '45/QĐ-UBND', 45356, '', giayKhen.label, giayKhen.kinds.at(-1), 'Cá nhân', 1, 'Trần Thị Bình', ''],
    ]);
    // The names box is emptied (they are in the sheet); the pane checked the workbook again.
    expect(screen.getByRole('textbox', { name: T.namesLabel })).toHaveValue('');
    const row = cat.rows.find((r) => awardKey(cat, r) === giayKhen.label)!;
    await waitFor(() => expect(wb.sheet(TALLY_SHEET_NAME)!.cell(`D${tallyRowOf(cat, row.id)}`)?.value).toBe(2));
  });

  it('fills the decision into the selected lines, keeps a typed cell and says which', async () => {
    const wb = await paneOverNewWorkbook();
    fireEvent.change(screen.getByRole('textbox', { name: T.namesLabel }), {
      target: { value: 'Lò Văn Sáng\nHà Thị Thu\n' },
    });
    await userEvent.click(screen.getByRole('button', { name: T.add(2) }));
    await screen.findByText(T.added(2, 6, 7));
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    Object.assign(reg.ensure('B7'), { value: '99/QĐ-UBND', formula: '99/QĐ-UBND' });
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: 'I6:I7' };

    await userEvent.type(field(T.fields.decision), '45/QĐ-UBND');
    await userEvent.selectOptions(choice(T.fields.award), cstd.label);
    // One possible subject: chosen for the clerk.
    expect(choice(T.fields.subject)).toHaveValue('Cá nhân');
    await userEvent.click(screen.getByRole('button', { name: T.fill }));

    const notice = await screen.findByText(/^Đã điền 5 ô ở 2 dòng\./);
    expect(notice).toHaveTextContent(T.keptCells(1, 'B7'));
    expect(reg.read('B6:G7').values).toEqual([
      ['45/QĐ-UBND', '', '', cstd.label, '', 'Cá nhân'],
      ['99/QĐ-UBND', '', '', cstd.label, '', 'Cá nhân'],
    ]);
  });

  it('a date that is not one, a selection elsewhere: one sentence each, nothing written', async () => {
    const wb = await paneOverNewWorkbook();
    const before = wb.changes;
    await userEvent.type(field(T.fields.date), '31/02/2024');
    await userEvent.click(screen.getByRole('button', { name: T.fill }));
    expect(await screen.findByText(T.dateInvalid('31/02/2024'))).toBeInTheDocument();
    await userEvent.clear(field(T.fields.date));
    await userEvent.type(field(T.fields.decision), '45/QĐ-UBND');
    wb.selection = { sheet: TALLY_SHEET_NAME, address: 'D9' };
    await userEvent.click(screen.getByRole('button', { name: T.fill }));
    expect(await screen.findByText(T.notOnRegister)).toBeInTheDocument();
    expect(wb.changes).toBe(before);
  });

  it('the Loại list is the chosen award’s own; an award without Loại leaves it empty and disabled', async () => {
    await paneOverNewWorkbook();
    await userEvent.selectOptions(choice(T.fields.award), giayKhen.label);
    const kinds = within(choice(T.fields.kind))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(kinds).toEqual([T.none, ...giayKhen.kinds]);
    await userEvent.selectOptions(choice(T.fields.kind), giayKhen.kinds[0]!);
    await userEvent.selectOptions(choice(T.fields.award), cstd.label);
    expect(choice(T.fields.kind)).toHaveValue('');
    expect(choice(T.fields.kind)).toBeDisabled();
  });

  it('a host failure shows its sentence, never a stack', async () => {
    const host: RegisterEntryHost = {
      choices: jest.fn(async () => choices),
      fillSelection: jest.fn(async () => {
        throw new HostError('Excel đang ở chế độ sửa ô.');
      }),
      addNames: jest.fn(),
    };
    render(<RegisterEntryPanel host={host} />);
    await userEvent.type(await screen.findByRole('textbox', { name: T.fields.decision }), '1/QĐ');
    await userEvent.click(screen.getByRole('button', { name: T.fill }));
    expect(await screen.findByText('Excel đang ở chế độ sửa ô.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\bat \w+ \(/);
  });
});

describe('the notice of a selection above the register’s lines', () => {
  it('names the lines’ actual first row when the header was moved (row 7), not the row of the register as made', () => {
    expect(fillNotice({ kind: 'not-lines', firstRow: 7 }).text).toContain('dòng 7');
    expect(fillNotice({ kind: 'not-lines', firstRow: 7 }).text).not.toContain('dòng 6');
    expect(fillNotice({ kind: 'not-lines', firstRow: 6 }).text).toContain('dòng 6');
  });
});

/** @jest-environment jsdom */
/**
 * issue 25.2: the Tổng hợp view shows how far the write is while a large summed register is
 * written in parts. The pane's own Excel writer (hosts/excel/aggregate.ts) runs over the fake;
 * each context.sync() is held until the test has read the progress line, so every state the
 * clerk would see is checked, in order. The progress comes from the host through the port
 * (AggregateHost.write's onProgress); the view calls no Office API.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_CATALOGUE as cat, inputsFromJson, type UnitRead } from '../../src/core';
import { AGGREGATE_TEXT as T } from '../../src/core/text/aggregate';
import { createExcelAggregateWriter } from '../../src/hosts/excel';
import type { ContextLike, ExcelRun } from '../../src/hosts/excel/api';
import { AggregatePanel } from '../../src/ui/aggregate';
import { FakeWorkbook } from '../fakes/excel';
import { BAC_SON_REGISTER } from '../helpers/register';

/** Unit `i` with `n` register lines (the Bắc Sơn ones, each with its own name). */
function unit(i: number, n: number): UnitRead {
  const name = `Đơn vị ${i}`;
  const register = Array.from({ length: n }, (_, k) => {
    const l = BAC_SON_REGISTER[k % BAC_SON_REGISTER.length]!;
    return { ...l, number: k + 1, name: `${String(l.name ?? 'Nguyễn Văn An')} ${i}.${k + 1}`, unit: name };
  });
  const zero = { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
  return {
    file: `u${i}.xlsx`,
    catalogue: cat,
    formKey: 'tong-hop-khen-thuong/2024',
    period: '6 tháng đầu năm',
    year: '2024',
    tally: {},
    register: inputsFromJson(cat, { register }).register,
    errorFindings: [],
    unit: { name, file: `u${i}.xlsx`, period: '6 tháng đầu năm', year: 2024, totals: zero, errors: 0, warnings: 0 },
  };
}

describe('Tổng hợp: the write’s progress', () => {
  it('issue 25.2: the progress line counts the parts written, as Excel takes each request', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const held: (() => void)[] = [];
    /** The fake's run, each sync waiting for the test. */
    const run: ExcelRun = (batch) =>
      wb.run((ctx) =>
        batch(
          new Proxy(ctx, {
            get(target, prop, receiver) {
              if (prop !== 'sync') return Reflect.get(target, prop, receiver) as unknown;
              return async () => {
                await new Promise<void>((go) => held.push(go));
                return target.sync();
              };
            },
          }) as ContextLike,
        ),
      );
    const units = [unit(1, 600), unit(2, 600)];
    render(
      <FluentProvider theme={webLightTheme}>
        <AggregatePanel
          host={{
            readUnit: async (file) => units.find((u) => u.file === file.name)!,
            write: createExcelAggregateWriter(run),
          }}
        />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByLabelText(T.pickLabel), {
      target: { files: [new File(['1'], 'u1.xlsx'), new File(['2'], 'u2.xlsx')] },
    });
    await screen.findByRole('table', { name: T.tableLabel }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: T.write }));

    const seen: string[] = [];
    const done = () => screen.queryByText(new RegExp(`^Đã cộng 2 đơn vị`));
    while (!done()) {
      await waitFor(() => expect(held.length > 0 || done() !== null).toBe(true), { timeout: 10_000 });
      if (!held.length) break;
      // What the view shows while this request is on its way (React's updates flushed first).
      await act(() => new Promise((r) => setTimeout(r, 0)));
      seen.push(screen.getByText(/^Đang ghi tổng hợp/).textContent ?? '');
      held.shift()!();
    }
    const writes = wb.syncCount - 1; // sync 1 lists the sheets and names
    expect(writes).toBeGreaterThan(2);
    expect(seen).toEqual([T.writing, ...Array.from({ length: writes }, (_, k) => T.writingParts(k, writes))]);
    expect(screen.queryByText(/^Đang ghi tổng hợp/)).toBeNull();
  }, 60_000);
});

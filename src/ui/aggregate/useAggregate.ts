/**
 * The state of "Tổng hợp từ các đơn vị": read the picked files one after another (progress,
 * cancellable between files), keep only what the aggregate needs of each (not its grids),
 * check them with the CLI's rules (core/aggregate.ts), and write when nothing stands in the
 * way or the clerk lifted it with a checkbox.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { aggregateRefusal, checkUnits, unitStandings, type AggregateOverrides, type UnitStanding } from '../../core';
import { AGGREGATE_TEXT } from '../../core/text/aggregate';
import type { Notice } from '../StatusArea';
import type { AggregateHost, PickedFile, WriteProgress } from '../../ports';
import type { AggregatePhase, AggregateProgress, UnitRow } from './AggregatePanel.types';

function messageOf(e: unknown): string {
  return (e as Error)?.message || String(e);
}

/**
 * Yield to the browser so the progress bar paints and "Dừng đọc" can be clicked between
 * files: a message-channel task (setTimeout(0) is clamped once nested; docs/MEASUREMENTS.md).
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Files read between two pauses of the reading (see `pause`). */
const FILES_PER_PAUSE = 20;

/**
 * A short pause in which the browser is idle. Read back to back, the files never left the
 * pane's thread idle, and chromium does much of its garbage collection in idle time: the
 * garbage of reading (inflated parts, parsed grids) piled up until the table rendered. A
 * 30 ms pause every 20 files lowers the reading's peak for little time; the writing that
 * follows is then the higher peak (the bench's figures: docs/MEASUREMENTS.md).
 */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

export function useAggregate(host: AggregateHost, onWritten?: () => void) {
  const [phase, setPhase] = useState<AggregatePhase>('idle');
  const [progress, setProgress] = useState<AggregateProgress>({ done: 0, total: 0 });
  const [rows, setRows] = useState<readonly UnitRow[]>([]);
  const [overrides, setOverrides] = useState<AggregateOverrides>({});
  const [notice, setNotice] = useState<Notice>();
  /** The write's requests sent of all it takes, while writing (from the host, as they go). */
  const [writeProgress, setWriteProgress] = useState<WriteProgress>();
  const [openFindings, setOpenFindings] = useState<number>();
  const cancelled = useRef(false);

  const pick = useCallback(
    async (files: readonly PickedFile[]) => {
      if (!files.length) return;
      cancelled.current = false;
      setPhase('reading');
      setNotice(undefined);
      setOpenFindings(undefined);
      setOverrides({});
      setRows([]);
      const read: UnitRow[] = [];
      for (const [i, file] of files.entries()) {
        if (cancelled.current) {
          setNotice({ intent: 'warning', text: AGGREGATE_TEXT.cancelled(i, files.length) });
          break;
        }
        setProgress({ done: i, total: files.length, current: file.name });
        await nextTask();
        if (i % FILES_PER_PAUSE === FILES_PER_PAUSE - 1) await pause();
        try {
          read.push({ file: file.name, unit: await host.readUnit(file) });
        } catch (e) {
          read.push({ file: file.name, problem: messageOf(e) });
        }
      }
      // The table once, when reading ends: re-rendering it after each of 200 files would cost more than the reading.
      setRows(read);
      setProgress({ done: read.length, total: files.length });
      setPhase('idle');
    },
    [host],
  );

  /** Show or hide the findings of row `index` (stable: the table does not render again for it). */
  const toggleFindings = useCallback((index: number) => setOpenFindings((o) => (o === index ? undefined : index)), []);

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const units = useMemo(() => rows.flatMap((r) => (r.unit ? [r.unit] : [])), [rows]);
  const check = useMemo(() => checkUnits(units), [units]);
  const refusal = useMemo(() => aggregateRefusal(check, overrides), [check, overrides]);
  /** Each row's standing: undefined for an unreadable file. */
  const standings = useMemo(() => {
    const byUnit = unitStandings(units);
    let k = 0;
    return rows.map((r) => (r.unit ? byUnit[k++]! : undefined)) as (UnitStanding[] | undefined)[];
  }, [rows, units]);

  const write = useCallback(async () => {
    if (!units.length || refusal) return;
    setPhase('writing');
    setNotice(undefined);
    setWriteProgress(undefined);
    // "Đang ghi tổng hợp…" painted before the host plans the whole aggregate (seconds at a
    // province's scale, on the pane's thread).
    await nextTask();
    try {
      const r = await host.write(units, setWriteProgress);
      if (r.kind === 'occupied') setNotice({ intent: 'warning', text: AGGREGATE_TEXT.occupied(r.sheets) });
      else {
        setNotice({ intent: 'success', text: AGGREGATE_TEXT.written(units.length, r.sheets) });
        onWritten?.();
      }
    } catch (e) {
      setNotice({ intent: 'error', text: messageOf(e) });
    } finally {
      setPhase('idle');
      setWriteProgress(undefined);
    }
  }, [host, units, refusal, onWritten]);

  return {
    phase,
    progress,
    writeProgress,
    rows,
    units,
    check,
    refusal,
    standings,
    overrides,
    setOverride: (key: keyof AggregateOverrides, on: boolean) => setOverrides((o) => ({ ...o, [key]: on })),
    notice,
    openFindings,
    setOpenFindings,
    toggleFindings,
    pick,
    cancel,
    write,
  };
}

export type AggregateState = ReturnType<typeof useAggregate>;

/**
 * The state of the pane's entry help: the workbook's choices (read when the panel opens and
 * when the form changes), the decision typed once, the pasted names, and the two actions.
 * Everything the clerk typed is checked here, by the core, before the host writes a cell.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  checkDecision,
  parseDecisionDate,
  parsePastedNames,
  type DecisionFields,
  type EntryChoices,
  type PastedList,
} from '../../core';
import { ENTRY_TEXT, shownAddresses } from '../../core/text/registerEntry';
import type { AddResult, FillResult, RegisterEntryHost } from '../../ports';
import { HostError } from '../../ports';
import type { Notice } from '../StatusArea';
import { EMPTY_DRAFT, type DecisionDraft, type EntryBusy } from './RegisterEntry.types';

export interface RegisterEntryState {
  readonly choices?: EntryChoices;
  readonly draft: DecisionDraft;
  setField(field: keyof DecisionDraft, value: string): void;
  readonly namesText: string;
  setNamesText(text: string): void;
  readonly pasted: PastedList;
  readonly busy: EntryBusy;
  readonly notice?: Notice;
  fill(): Promise<void>;
  add(): Promise<void>;
}

function messageOf(e: unknown): string {
  return e instanceof HostError ? e.message : (e as Error)?.message || String(e);
}

/** The draft as the core's fields, or the sentence saying what to fix. */
export function fieldsOf(draft: DecisionDraft): { fields: DecisionFields } | { problem: string } {
  const date = draft.date.trim();
  let serial: number | undefined;
  if (date) {
    serial = parseDecisionDate(date);
    if (serial === undefined) return { problem: ENTRY_TEXT.dateInvalid(date) };
  }
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const fields: DecisionFields = {
    ...(text(draft.decision) ? { decision: text(draft.decision) } : {}),
    ...(serial !== undefined ? { date: serial } : {}),
    ...(text(draft.authority) ? { authority: text(draft.authority) } : {}),
    ...(text(draft.award) ? { award: text(draft.award) } : {}),
    ...(text(draft.kind) ? { kind: text(draft.kind) } : {}),
    ...(text(draft.subject) ? { subject: text(draft.subject) } : {}),
  };
  return { fields };
}

/** What the clerk is told after "Điền vào các dòng đang chọn". */
export function fillNotice(r: FillResult): Notice {
  switch (r.kind) {
    case 'filled': {
      if (!r.filledCells && !r.kept.length) return { intent: 'info', text: ENTRY_TEXT.nothingFilled };
      const parts = [r.filledCells ? ENTRY_TEXT.filled(r.filledCells, r.filledLines) : ENTRY_TEXT.nothingFilled];
      if (r.kept.length) parts.push(ENTRY_TEXT.keptCells(r.kept.length, shownAddresses(r.kept.map((k) => k.address))));
      if (r.emptyLines) parts.push(ENTRY_TEXT.emptyLinesSkipped(r.emptyLines));
      return { intent: r.kept.length ? 'warning' : 'success', text: parts.join(' ') };
    }
    case 'not-register':
      return { intent: 'warning', text: ENTRY_TEXT.notOnRegister };
    case 'not-lines':
      return { intent: 'warning', text: ENTRY_TEXT.notLines(r.firstRow) };
    case 'not-one-range':
      return { intent: 'warning', text: ENTRY_TEXT.multipleAreas };
    case 'empty-selection':
      return { intent: 'warning', text: ENTRY_TEXT.selectionEmpty };
    case 'no-register':
      return { intent: 'warning', text: ENTRY_TEXT.noRegister };
    case 'missing-columns':
      return { intent: 'error', text: ENTRY_TEXT.missingColumns(r.headers) };
  }
}

/** What the clerk is told after "Thêm … dòng mới". */
export function addNotice(r: AddResult): Notice {
  switch (r.kind) {
    case 'added':
      return { intent: 'success', text: ENTRY_TEXT.added(r.count, r.firstRow, r.lastRow) };
    case 'full':
      return { intent: 'error', text: ENTRY_TEXT.full(r.free, r.asked) };
    case 'nothing':
      return { intent: 'warning', text: ENTRY_TEXT.noNames };
    case 'no-register':
      return { intent: 'warning', text: ENTRY_TEXT.noRegister };
    case 'missing-columns':
      return { intent: 'error', text: ENTRY_TEXT.missingColumns(r.headers) };
  }
}

export function useRegisterEntry(host: RegisterEntryHost, form?: string, onWritten?: () => void): RegisterEntryState {
  const [choices, setChoices] = useState<EntryChoices>();
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DRAFT);
  const [namesText, setNamesText] = useState('');
  const [busy, setBusy] = useState<EntryBusy>('choices');
  const [notice, setNotice] = useState<Notice>();
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    setBusy('choices');
    host
      .choices()
      .then((c) => alive.current && setChoices(c))
      .catch(() => alive.current && setChoices(undefined))
      .finally(() => alive.current && setBusy(null));
    return () => {
      alive.current = false;
    };
  }, [host, form]);

  const setField = useCallback(
    (field: keyof DecisionDraft, value: string) =>
      setDraft((d) => {
        const next = { ...d, [field]: value };
        if (field !== 'award') return next;
        // A new award: drop a Loại or a subject it does not have; one possible subject is chosen for the clerk.
        const award = choices?.awards.find((a) => a.label === value);
        if (!award) return { ...next, kind: '' };
        return {
          ...next,
          kind: award.kinds.includes(d.kind) ? d.kind : '',
          subject:
            award.subjects.length === 1 ? award.subjects[0]! : award.subjects.includes(d.subject) ? d.subject : '',
        };
      }),
    [choices],
  );

  const pasted = useMemo(() => parsePastedNames(namesText), [namesText]);

  const run = async (kind: Exclude<EntryBusy, null | 'choices'>, action: () => Promise<Notice | undefined>) => {
    setBusy(kind);
    setNotice(undefined);
    try {
      const n = await action();
      if (alive.current) setNotice(n);
    } catch (e) {
      if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
    } finally {
      if (alive.current) setBusy(null);
    }
  };

  const fill = () =>
    run('fill', async () => {
      const parsed = fieldsOf(draft);
      if ('problem' in parsed) return { intent: 'error', text: parsed.problem };
      const problem = choices ? checkDecision(choices, parsed.fields) : ENTRY_TEXT.noRegister;
      if (problem) return { intent: 'error', text: problem };
      const r = await host.fillSelection(parsed.fields);
      if (r.kind === 'filled' && r.filledCells) onWritten?.();
      return fillNotice(r);
    });

  const add = () =>
    run('add', async () => {
      if (!pasted.names.length) return { intent: 'warning', text: ENTRY_TEXT.noNames };
      const parsed = fieldsOf(draft);
      if ('problem' in parsed) return { intent: 'error', text: parsed.problem };
      // A list of names alone is fine; what is filled must go together.
      const given = Object.keys(parsed.fields).length > 0;
      const problem = !choices ? ENTRY_TEXT.noRegister : given ? checkDecision(choices, parsed.fields) : undefined;
      if (problem) return { intent: 'error', text: problem };
      const r = await host.addNames(pasted.names, parsed.fields);
      if (r.kind === 'added') {
        onWritten?.();
        if (alive.current) setNamesText(''); // the names are in the sheet now
      }
      return addNotice(r);
    });

  return { choices, draft, setField, namesText, setNamesText, pasted, busy, notice, fill, add };
}

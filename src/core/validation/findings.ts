/**
 * Findings and their collector: every check reports through `Collector.add`, which words
 * the finding from its rule (rules.ts) and the facts the check gives.
 */
import { a1 } from '../a1';
import { formatNumber } from '../format/vietnamese';
import type { RepairLogRef } from '../layout/repairLog';
import type { TallyColumn } from '../layout/tally';
import { TEXT } from '../text/vi';
import type { MessageFacts, RuleCode, Severity } from './rules';
import { DEPENDENT_NOTE, REPAIR_ACTION, RULES, type Surface } from './rules';

export interface Finding {
  readonly rule: RuleCode;
  readonly severity: Severity;
  /** Level I–IV, or undefined for the whole workbook (total row, info, structure). */
  readonly level?: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  /** Catalogue row and column, for tally findings. */
  readonly rowId?: string;
  readonly column?: TallyColumn;
  readonly message: string;
  readonly messageEn: string;
  readonly hint?: string;
  /** Cells whose checks wait on this one (it holds a value no check can use). */
  readonly dependents?: readonly string[];
  /** The repair-log line this finding reads ("value-displaced"): cleared when the clerk dismisses it. */
  readonly logged?: RepairLogRef;
}

/** Where a finding is: the sheet and cell, and for the tally its level, catalogue row and column. */
export interface FindingPlace {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly level?: string;
  readonly rowId?: string;
  readonly column?: TallyColumn;
  readonly logged?: RepairLogRef;
}

export type FindingFacts = Omit<MessageFacts, 'sheet' | 'cell'>;

/** A tally column as a message names it (Vietnamese header, English name). */
export function columnName(col: TallyColumn): { vi: string; en: string } {
  if (col === 'number' || col === 'label') return { vi: TEXT.tally.headers[col], en: col };
  return { vi: TEXT.subjects[col], en: TEXT.subjectsEn[col] };
}

/** A cell's content as a message quotes it. */
export function display(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return '';
  return String(v);
}

export class Collector {
  constructor(private readonly surface: Surface = 'pane') {}
  private readonly list: Finding[] = [];
  private readonly facts: MessageFacts[] = [];
  private readonly dependents = new Map<number, string[]>();

  get findings(): readonly Finding[] {
    return this.list;
  }

  /** Adds a finding; returns its index (for `waitsOn` and `replace`). */
  add(rule: RuleCode, where: FindingPlace, facts: FindingFacts): number {
    this.list.push(this.finding(rule, where, facts));
    return this.list.length - 1;
  }

  /** The index of the first finding of `rule`, or -1. */
  indexOf(rule: RuleCode): number {
    return this.list.findIndex((f) => f.rule === rule);
  }

  /** Puts another finding in place of the finding `index` (what a later check knows better). */
  replace(index: number, rule: RuleCode, where: FindingPlace, facts: FindingFacts): void {
    this.list[index] = this.finding(rule, where, facts, index);
    this.dependents.delete(index);
  }

  /** A check of `dependent` was skipped because the finding `index` makes its input unusable. */
  waitsOn(index: number, dependent: string): void {
    const list = this.dependents.get(index) ?? [];
    if (!list.includes(dependent)) list.push(dependent);
    this.dependents.set(index, list);
    const f = this.list[index]!;
    const def = RULES[f.rule];
    this.list[index] = {
      ...f,
      dependents: [...list],
      message: `${def.vi(this.facts[index]!)} ${DEPENDENT_NOTE.vi(list)}`.normalize('NFC'),
      messageEn: `${def.en(this.facts[index]!)} ${DEPENDENT_NOTE.en(list)}`,
    };
  }

  private finding(rule: RuleCode, where: FindingPlace, facts: FindingFacts, index = this.facts.length): Finding {
    const def = RULES[rule];
    const address = a1(where.row, where.col);
    const f: MessageFacts = { ...facts, sheet: where.sheet, cell: address, repair: REPAIR_ACTION[this.surface] };
    this.facts[index] = f;
    return {
      rule,
      severity: def.severity,
      level: where.level,
      sheet: where.sheet,
      row: where.row,
      col: where.col,
      address,
      rowId: where.rowId,
      column: where.column,
      message: def.vi(f).normalize('NFC'),
      messageEn: def.en(f),
      hint: 'hint' in def ? def.hint(f) : undefined,
      ...(where.logged ? { logged: where.logged } : {}),
    };
  }
}

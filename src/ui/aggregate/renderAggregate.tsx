/**
 * "Tổng hợp từ các đơn vị" (the receiving office): pick many unit workbooks, watch them
 * read (file n of N, cancellable), see each unit's standing (hợp lệ / có lỗi — click for the
 * findings / trùng đơn vị / khác kỳ / khác biểu mẫu / không đọc được), lift a refusal with
 * a checkbox, and write the aggregate into new sheets of the open workbook.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Fragment, memo, useRef, useState } from 'react';
import type { UnitStanding } from '../../core';
import { AGGREGATE_TEXT } from '../../core/text/aggregate';
import { StatusArea } from '../StatusArea';
import { useHeadingStyles } from '../styles';
import { useAggregateStyles } from './AggregatePanel.styles';
import { XLSX_ACCEPT, type AggregateHost } from '../../ports';
import type { UnitRow } from './AggregatePanel.types';
import { useAggregate, type AggregateState } from './useAggregate';

const FINDINGS_SHOWN = 10;

const BADGE: Record<UnitStanding, { color: 'danger' | 'warning' | 'severe'; text: (row: UnitRow) => string }> = {
  otherForm: { color: 'severe', text: () => AGGREGATE_TEXT.status.otherForm },
  otherPeriod: { color: 'warning', text: () => AGGREGATE_TEXT.status.otherPeriod },
  duplicate: { color: 'warning', text: () => AGGREGATE_TEXT.status.duplicate },
  errors: { color: 'danger', text: (r) => AGGREGATE_TEXT.status.errors(r.unit?.unit.errors ?? 0) },
};

interface StandingProps {
  readonly row: UnitRow;
  readonly index: number;
  /** undefined: the file could not be read. */
  readonly standing: readonly UnitStanding[] | undefined;
  readonly open: boolean;
  readonly onToggleFindings: (index: number) => void;
}

function Standing({ row, index, standing, open, onToggleFindings }: StandingProps) {
  const s = useAggregateStyles();
  if (!standing) {
    return (
      <Badge appearance="tint" color="danger">
        {AGGREGATE_TEXT.status.unusable}
      </Badge>
    );
  }
  if (!standing.length) {
    return (
      <Badge appearance="tint" color="success">
        {AGGREGATE_TEXT.status.valid}
      </Badge>
    );
  }
  return (
    <span className={s.badges}>
      {standing.map((k) =>
        k === 'errors' ? (
          <Button
            key={k}
            appearance="transparent"
            size="small"
            className={s.statusButton}
            aria-expanded={open}
            title={AGGREGATE_TEXT.showFindings(row.file)}
            onClick={() => onToggleFindings(index)}
          >
            <Badge appearance="filled" color="danger">
              {BADGE[k].text(row)}
            </Badge>
          </Button>
        ) : (
          <Badge key={k} appearance="tint" color={BADGE[k].color}>
            {BADGE[k].text(row)}
          </Badge>
        ),
      )}
    </span>
  );
}

interface UnitsTableProps {
  readonly rows: readonly UnitRow[];
  readonly standings: readonly (readonly UnitStanding[] | undefined)[];
  readonly openFindings: number | undefined;
  readonly onToggleFindings: (index: number) => void;
}

/**
 * The table of units, rendered again only when the units, their standings or the open
 * findings change — not while writing or when a notice comes (200 rows of Fluent components
 * each time: the pane's memory peaked while writing, scripts/bench/aggregatePane.bench.ts).
 */
const UnitsTable = memo(function UnitsTable({ rows, standings, openFindings, onToggleFindings }: UnitsTableProps) {
  const s = useAggregateStyles();
  return (
    <Table size="small" aria-label={AGGREGATE_TEXT.tableLabel} className={s.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{AGGREGATE_TEXT.columns.file}</TableHeaderCell>
          <TableHeaderCell>{AGGREGATE_TEXT.columns.unit}</TableHeaderCell>
          <TableHeaderCell>{AGGREGATE_TEXT.columns.status}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={i}>
            <TableCell className={s.wrap}>
              <BreakableName name={r.file} />
            </TableCell>
            <TableCell className={s.wrap}>
              {r.unit ? r.unit.unit.name || AGGREGATE_TEXT.noUnitName : r.problem}
            </TableCell>
            <TableCell>
              <Standing
                row={r}
                index={i}
                standing={standings[i]}
                open={openFindings === i}
                onToggleFindings={onToggleFindings}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
});

/**
 * A file name that wraps only after its separators ("xa-hoa-lac.xlsx" → "xa-|hoa-|lac.|xlsx"),
 * never inside a word.
 */
export function BreakableName({ name }: { readonly name: string }) {
  const parts = name.split(/(?<=[-_.])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/**
 * A unit's finding as the unit's to fix: the advice meant for the one who keeps that workbook
 * ("dùng “Sửa biểu mẫu”") is not the receiving office's to follow, so it is left out here.
 */
export function forTheUnit(message: string): string {
  return message
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/Sửa biểu mẫu/.test(sentence))
    .join(' ');
}

function FindingsOf({ state }: { readonly state: AggregateState }) {
  const s = useAggregateStyles();
  const [copied, setCopied] = useState<boolean>();
  const i = state.openFindings;
  const row = i === undefined ? undefined : state.rows[i];
  if (!row?.unit) return null;
  const all = row.unit.errorFindings;
  const lines = all.map((f) => `${f.sheet}!${f.address}: ${forTheUnit(f.message)}`);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(AGGREGATE_TEXT.unitNote(row.file, row.unit?.unit.name ?? '', lines));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={s.wrap}>
        <Text weight="semibold">
          <BreakableName name={AGGREGATE_TEXT.findingsOf(row.file, row.unit.unit.name)} />
        </Text>
        <ul className={s.list}>
          {lines.slice(0, FINDINGS_SHOWN).map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ul>
        {all.length > FINDINGS_SHOWN && <Text>{AGGREGATE_TEXT.moreFindings(all.length - FINDINGS_SHOWN)}</Text>}
        <div className={s.actions}>
          <Button size="small" onClick={() => void copy()}>
            {AGGREGATE_TEXT.copyForUnit}
          </Button>
        </div>
        {copied !== undefined && (
          <Text block>{copied ? AGGREGATE_TEXT.copiedForUnit : AGGREGATE_TEXT.copyForUnitFailed}</Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function Refusal({ state }: { readonly state: AggregateState }) {
  const s = useAggregateStyles();
  const { check, refusal, overrides } = state;
  const formMixed = check.mixed?.property === 'form';
  let text: string | undefined;
  if (refusal?.kind === 'mixed')
    text = formMixed ? `${refusal.message}\n${AGGREGATE_TEXT.mixedFormNever}` : refusal.message;
  else if (refusal?.kind === 'duplicate')
    text = AGGREGATE_TEXT.duplicateRefused(refusal.groups[0]!.name, refusal.groups[0]!.files.join(', '));
  else if (refusal?.kind === 'errors') text = AGGREGATE_TEXT.errorsRefused(refusal.units.length);
  const boxes: [keyof typeof overrides, string, boolean][] = [
    ['allowMixedPeriods', AGGREGATE_TEXT.allowMixedPeriods, !!check.mixed && !formMixed],
    ['allowDuplicates', AGGREGATE_TEXT.allowDuplicates, check.duplicates.length > 0],
    ['allowErrors', AGGREGATE_TEXT.allowErrors, check.withErrors.length > 0],
  ];
  return (
    <>
      {text && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={s.preLine}>{text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.checks}>
        {boxes
          .filter(([, , shown]) => shown)
          .map(([key, label]) => (
            <Checkbox
              key={key}
              label={label}
              checked={!!overrides[key]}
              disabled={state.phase !== 'idle'}
              onChange={(_, d) => state.setOverride(key, d.checked === true)}
            />
          ))}
      </div>
    </>
  );
}

export interface AggregatePanelProps {
  readonly host: AggregateHost;
  /** The workbook changed (new sheets): the pane re-reads its status. */
  readonly onWritten?: () => void;
}

/** "Đang ghi tổng hợp…", with the parts written once the write takes more than one request. */
function writingText(p: AggregateState['writeProgress']): string {
  return p && p.total > 1 ? AGGREGATE_TEXT.writingParts(p.written, p.total) : AGGREGATE_TEXT.writing;
}

export function AggregatePanel({ host, onWritten }: AggregatePanelProps) {
  const s = useAggregateStyles();
  const h = useHeadingStyles();
  const state = useAggregate(host, onWritten);
  const input = useRef<HTMLInputElement>(null);
  const { phase, progress, rows } = state;
  const reading = phase === 'reading';
  const unusable = rows.filter((r) => !r.unit).length;
  const valid = state.standings.filter((x) => x && x.length === 0).length;
  return (
    <section aria-labelledby="aggregate-heading" className={s.section}>
      <h2 id="aggregate-heading" className={h.h2}>
        {AGGREGATE_TEXT.heading}
      </h2>
      <Text as="p" block>
        {AGGREGATE_TEXT.intro}
      </Text>
      <input
        ref={input}
        type="file"
        multiple
        accept={XLSX_ACCEPT}
        aria-label={AGGREGATE_TEXT.pickLabel}
        className={s.hidden}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void state.pick(files);
        }}
      />
      <div className={s.actions}>
        <Button onClick={() => input.current?.click()} disabled={phase !== 'idle'}>
          {AGGREGATE_TEXT.pick}
        </Button>
        {reading && <Button onClick={state.cancel}>{AGGREGATE_TEXT.cancel}</Button>}
      </div>
      {reading && (
        <div className={s.progress}>
          <Field
            label={AGGREGATE_TEXT.progressLabel(progress.done, progress.total)}
            hint={
              progress.current ? AGGREGATE_TEXT.reading(progress.done + 1, progress.total, progress.current) : undefined
            }
          >
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} thickness="large" />
          </Field>
        </div>
      )}
      {!reading && rows.length > 0 && (
        <>
          <Text as="p" block>
            {AGGREGATE_TEXT.summary(rows.length - unusable, valid)}
            {unusable > 0 && ` ${AGGREGATE_TEXT.unusableExcluded(unusable)}`}
          </Text>
          <UnitsTable
            rows={rows}
            standings={state.standings}
            openFindings={state.openFindings}
            onToggleFindings={state.toggleFindings}
          />
          <div className={s.notes}>
            {state.units.length === 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody className={s.wrap}>{AGGREGATE_TEXT.nothingToAdd}</MessageBarBody>
              </MessageBar>
            )}
            <FindingsOf state={state} />
            <Refusal state={state} />
          </div>
          <div className={s.actions}>
            <Button
              appearance="primary"
              onClick={() => void state.write()}
              disabled={phase !== 'idle' || !state.units.length || !!state.refusal}
            >
              {AGGREGATE_TEXT.write}
            </Button>
          </div>
        </>
      )}
      <StatusArea working={phase === 'writing' ? writingText(state.writeProgress) : undefined} notice={state.notice} />
    </section>
  );
}

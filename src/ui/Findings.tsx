import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeLevel, type Finding, type RepairLogRef, type ValidationResult } from '../core';
import { UI_TEXT } from '../core/text/ui';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { marginTop: tokens.spacingVerticalXS },
  finding: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    maxWidth: '100%',
  },
  // The cell address must never be clipped ("H41", "AA100"): no circle, no shrinking.
  badge: { flexShrink: 0, minWidth: 'fit-content', whiteSpace: 'nowrap' },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  // The moved value's button, then "Đã xem" under it at the right (a 300 px pane has no room beside).
  withAction: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', minWidth: 0 },
  dismiss: { marginRight: tokens.spacingHorizontalS },
  nested: { listStyleType: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalL },
  h3: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    marginBottom: tokens.spacingVerticalXS,
  },
});

/** What a finding button needs: the cell, how bad, what to do (validation and report findings alike). */
export interface CellFinding {
  readonly sheet: string;
  readonly address: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** One finding as a button that selects its cell: the address badge, then the message. */
export function FindingButton<F extends CellFinding>({
  f,
  onSelect,
}: {
  readonly f: F;
  readonly onSelect: (f: F) => void;
}) {
  const s = useStyles();
  return (
    <Button
      appearance="subtle"
      className={s.finding}
      onClick={() => onSelect(f)}
      title={UI_TEXT.goToCell(f.sheet, f.address)}
    >
      <Badge
        appearance="filled"
        shape="rounded"
        size="large"
        className={s.badge}
        color={f.severity === 'error' ? 'danger' : 'warning'}
        aria-label={f.severity === 'error' ? UI_TEXT.error : UI_TEXT.warning}
      >
        {f.address}
      </Badge>
      <Text className={s.message}>{f.message}</Text>
    </Button>
  );
}

export interface FindingsProps {
  readonly result: ValidationResult;
  readonly onSelect: (f: Finding) => void;
  /** A repair's "Đã chuyển … — kiểm tra lại" seen: clear it (absent = not offered). */
  readonly onDismiss?: (line: RepairLogRef) => void;
  /** Disables the dismiss buttons (the pane is working). */
  readonly disabled?: boolean;
}

/** A finding's button, and for a repair's moved value the clerk has seen, "Đã xem". */
function FindingItem({
  f,
  onSelect,
  onDismiss,
  disabled,
}: {
  readonly f: Finding;
  readonly onSelect: (f: Finding) => void;
  readonly onDismiss?: (line: RepairLogRef) => void;
  readonly disabled?: boolean;
}) {
  const s = useStyles();
  const logged = f.logged;
  if (!logged || !onDismiss) return <FindingButton f={f} onSelect={onSelect} />;
  return (
    <div className={s.withAction}>
      <FindingButton f={f} onSelect={onSelect} />
      <Button
        size="small"
        className={s.dismiss}
        disabled={disabled}
        onClick={() => onDismiss(logged)}
        title={UI_TEXT.dismissMovedTitle(logged.sheet, logged.address)}
        aria-label={UI_TEXT.dismissMovedTitle(logged.sheet, logged.address)}
      >
        {UI_TEXT.dismissMoved}
      </Button>
    </div>
  );
}

/**
 * The empty cells of one info sheet as one item ("còn 8 ô chưa điền"), opened to list each
 * as its button: right after a create, every header cell is empty, and nine warnings in a
 * row would bury what matters.
 */
function EmptyInfoCells<F extends Finding>({
  findings,
  onSelect,
}: {
  readonly findings: readonly F[];
  readonly onSelect: (f: F) => void;
}) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const first = findings[0]!;
  return (
    <>
      <Button appearance="subtle" className={s.finding} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <Badge
          appearance="filled"
          shape="rounded"
          size="large"
          className={s.badge}
          color="warning"
          aria-label={UI_TEXT.warning}
        >
          {open ? '−' : '+'}
        </Badge>
        <Text className={s.message}>{UI_TEXT.infoMissing(first.sheet, findings.length)}</Text>
      </Button>
      {open && (
        <ul className={s.nested}>
          {findings.map((f) => (
            <li key={`${f.sheet}!${f.address}`} className={s.item}>
              <FindingButton f={f} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Several empty info cells are shown as one item; one stays itself. */
const EMPTY_INFO_GROUPED_FROM = 2;

/** Findings grouped by level I–IV then "Chung", errors first inside each group. */
export function Findings({ result, onSelect, onDismiss, disabled }: FindingsProps) {
  const s = useStyles();
  const groups = result.byLevel.filter((l) => l.errors + l.warnings > 0);
  return (
    <>
      {groups.map((g) => {
        const all = result.findings.filter((f) => f.level === g.level);
        const emptyInfo = all.filter((f) => f.rule === 'info-missing');
        const grouped = emptyInfo.length >= EMPTY_INFO_GROUPED_FROM;
        const mine = grouped ? all.filter((f) => f.rule !== 'info-missing') : all;
        const id = `level-${g.level ?? 'chung'}`;
        return (
          <section key={id} aria-labelledby={id} className={s.group}>
            <h3 id={id} className={s.h3}>
              {describeLevel(g)}
            </h3>
            <ul className={s.list}>
              {mine.map((f, i) => (
                <li key={`${f.sheet}!${f.address}:${f.rule}:${i}`} className={s.item}>
                  <FindingItem f={f} onSelect={onSelect} onDismiss={onDismiss} disabled={disabled} />
                </li>
              ))}
              {grouped && (
                <li className={s.item}>
                  <EmptyInfoCells findings={emptyInfo} onSelect={onSelect} />
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';

export const useAggregateStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  progress: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  // A fixed layout so a long file name wraps instead of widening a 320 px pane.
  table: { tableLayout: 'fixed', width: '100%', marginTop: tokens.spacingVerticalM },
  // File names break only where BreakableName allows (after - _ .); a word longer than the cell still wraps.
  wrap: { overflowWrap: 'break-word', whiteSpace: 'normal', minWidth: 0 },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  statusButton: { minWidth: 0, padding: 0, height: 'auto' },
  preLine: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // What the table's rows say (a unit's findings, a refusal) under it, apart from it and from each other.
  notes: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    minWidth: 0,
  },
  checks: { display: 'flex', flexDirection: 'column', marginTop: tokens.spacingVerticalS },
  hidden: { display: 'none' },
});

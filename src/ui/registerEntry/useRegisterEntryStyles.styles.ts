import { makeStyles, tokens } from '@fluentui/react-components';

export const useRegisterEntryStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL, minWidth: 0 },
  fieldset: {
    border: 'none',
    margin: 0,
    marginTop: tokens.spacingVerticalM,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  // Native selects and inputs have an intrinsic width; never wider than the pane (320 px).
  control: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  names: { marginTop: tokens.spacingVerticalM, minWidth: 0 },
  textarea: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
});

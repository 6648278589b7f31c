import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPanelStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  previousNote: { flexBasis: '100%', margin: 0 },
  cells: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  // A section still to write, as a button selecting its cell: the cell first (never clipped), then its name.
  sectionButton: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    maxWidth: '100%',
  },
  // One width for "C6" and "C34", so the sections' names line up.
  badge: { flexShrink: 0, minWidth: '44px', justifyContent: 'center', whiteSpace: 'nowrap' },
  toggle: { marginTop: tokens.spacingVerticalXS },
  // One document of the registry: its number picker and its button.
  document: { marginTop: tokens.spacingVerticalM },
});

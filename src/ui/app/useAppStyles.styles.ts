import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  // Four tabs in a 300 px pane: they wrap to a second line rather than scroll or clip.
  tabs: {
    marginTop: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The register tab's full name where it fits; "Danh sách" below 380 px (the tab's name stays full).
  longOnly: { '@media (max-width: 379px)': { display: 'none' } },
  shortOnly: { '@media (min-width: 380px)': { display: 'none' } },
  panel: { minWidth: 0 },
});

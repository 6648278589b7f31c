import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckViewStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  results: { marginTop: tokens.spacingVerticalM },
});

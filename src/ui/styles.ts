/** Styles shared by the pane's panels: one heading size per level, the page frame. */
import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

export const useHeadingStyles = makeStyles({
  h1: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
  // Browser default h2 line height is too tight for two-line Vietnamese titles (diacritics touch).
  // Every panel's h2 (the form, the report) uses this one size.
  h2: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, marginBottom: tokens.spacingVerticalS },
});

/**
 * The browser's default 8 px body margin showed as a white frame around the dark theme:
 * the pane's own background (FluentProvider) must reach the edges.
 */
export const usePageFrame = makeStaticStyles({ body: { margin: 0 } });

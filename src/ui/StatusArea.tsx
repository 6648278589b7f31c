import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** A message shown after an action: success, a warning to act on, or an error. */
export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

const useStyles = makeStyles({
  // A column that never grows wider than the pane: no grid `auto` track, no min-content
  // width from a single-line message (that pushed a 320 px pane to 483–1654 px).
  status: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    maxWidth: '100%',
  },
  text: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
});

/**
 * The live region under a panel's buttons: what is running (spinner), the last action's
 * message, and any extra content (e.g. the result of a check). Screen readers hear each
 * change. Messages wrap at any width (multiline layout).
 */
export function StatusArea(props: {
  readonly working?: string;
  readonly notice?: Notice;
  readonly children?: ReactNode;
}) {
  const s = useStyles();
  return (
    <div role="status" aria-live="polite" className={s.status}>
      {props.working && <Spinner size="tiny" label={props.working} />}
      {props.notice && (
        <MessageBar intent={props.notice.intent} layout="multiline">
          <MessageBarBody className={s.text}>{props.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {props.children}
    </div>
  );
}

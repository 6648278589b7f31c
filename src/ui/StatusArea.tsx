import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** A message shown after an action: success, a warning to act on, or an error. */
export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

const useStyles = makeStyles({
  status: { marginTop: tokens.spacingVerticalM, display: 'grid', gap: tokens.spacingVerticalS },
});

/**
 * The live region under a panel's buttons: what is running (spinner), the last action's
 * message, and any extra content (e.g. findings). Screen readers hear each change.
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
        <MessageBar intent={props.notice.intent}>
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {props.children}
    </div>
  );
}

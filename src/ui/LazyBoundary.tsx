/**
 * Around a part of the pane that loads when first shown (a lazy chunk): while it loads,
 * nothing; if it cannot load (the add-in's server unreachable, an update half-deployed),
 * one clear message instead of a blank pane. Trying again re-renders it (React retries a
 * failed lazy import only when it is rendered anew, so the boundary is remounted).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, Suspense, useState, type ReactNode } from 'react';
import { UI_TEXT } from '../core/text/ui';

class Boundary extends Component<{ children: ReactNode; onRetry: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{UI_TEXT.partNotLoaded}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.props.onRetry}>
            {UI_TEXT.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

export function LazyBoundary({ children }: { readonly children: ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <Boundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={null}>{children}</Suspense>
    </Boundary>
  );
}

/** The task pane (src/ui/app: types, state, render, styles), under the name the entries and tests import. */
export * from './app';
export { REFRESH_DELAY_MS } from './session/useWorkbookSession';

/**
 * The result dialog of a ribbon command, and the command's completion.
 *
 * A UI-less (ExecuteFunction) command must call `event.completed()`: Office ends a command
 * that has not completed after about 5 minutes and shows the clerk an error. Waiting for
 * the clerk to close the dialog can take longer than that, so the command completes when
 * the dialog is closed (by "Đóng" or the window's ×), when it cannot be opened — or, at the
 * latest, after COMMAND_DEADLINE_MS, closing the dialog itself. `done` runs exactly once.
 *
 * The deadline is also what completes the command when the dialog is closed but Office sends
 * no event: on a Mac (office-js#161, "Closing a dialog is not triggering an event on Mac
 * anymore") or when the clerk presses ESC (office-js#5200, "Office dialog does not send an
 * event if it closed by ESC key"). Closing a dialog that is already gone may throw: ignored.
 */

/** Well under Office's 5-minute limit for a function command. */
export const COMMAND_DEADLINE_MS = 4 * 60 * 1000;

export interface DialogLike {
  close(): void;
  addEventHandler(type: unknown, handler: (arg: unknown) => void): void;
}

/** The part of Office the dialog uses (injected: tests pass a fake). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: { status: unknown; value: DialogLike }) => void,
  ): void;
  readonly succeeded: unknown;
  readonly messageReceived: unknown;
  readonly eventReceived: unknown;
}

export interface Timers {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (f, ms) => globalThis.setTimeout(f, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

/** Show `message` in the dialog; `done` (the command's completion) runs once, in time. */
export function showResult(
  ui: DialogUi,
  origin: string,
  message: string,
  done: () => void,
  timers: Timers = realTimers,
): void {
  let finished = false;
  let dialog: DialogLike | undefined;
  const finish = (close: boolean) => {
    if (finished) return;
    finished = true;
    timers.clearTimeout(deadline);
    if (close && dialog) {
      try {
        dialog.close();
      } catch {
        // Already gone.
      }
    }
    done();
  };
  const deadline = timers.setTimeout(() => finish(true), COMMAND_DEADLINE_MS);
  const url = `${origin}/dialog.html?m=${encodeURIComponent(message)}`;
  try {
    ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== ui.succeeded) {
        finish(false);
        return;
      }
      dialog = res.value;
      dialog.addEventHandler(ui.messageReceived, () => finish(true));
      dialog.addEventHandler(ui.eventReceived, () => finish(false));
    });
  } catch {
    finish(false);
  }
}

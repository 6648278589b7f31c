/**
 * Ribbon commands complete in time. Office.AddinCommands.Event.completed(): "Indicates that
 * the add-in has completed processing and will automatically be closed. This method must be
 * called at the end of a function which was invoked by … a function command button"
 * (@types/office-js); Office ends a function command that has not completed after about five
 * minutes with an error (learn.microsoft.com, "Add-in commands": function commands). Completing
 * closes the function file, and the dialog it opened with it, so completion waits for the
 * dialog — but never past COMMAND_DEADLINE_MS.
 */
import {
  COMMAND_DEADLINE_MS,
  showResult,
  type DialogLike,
  type DialogUi,
  type Timers,
} from '../../src/commands/result';

class FakeUi implements DialogUi {
  readonly succeeded = 'succeeded';
  readonly messageReceived = 'message';
  readonly eventReceived = 'event';
  urls: string[] = [];
  closed = 0;
  handlers = new Map<unknown, (arg: unknown) => void>();
  /** A dialog already gone (closed by ESC, office-js#5200): close() throws. */
  closeOverride?: () => void;
  constructor(private readonly opens = true) {}
  displayDialogAsync(url: string, _o: unknown, cb: (r: { status: unknown; value: DialogLike }) => void): void {
    this.urls.push(url);
    const dialog: DialogLike = {
      close: () => (this.closeOverride ? this.closeOverride() : void this.closed++),
      addEventHandler: (t, h) => void this.handlers.set(t, h),
    };
    cb({ status: this.opens ? this.succeeded : 'failed', value: dialog });
  }
}

class FakeTimers implements Timers {
  now = 0;
  pending: { at: number; f: () => void; id: number }[] = [];
  private next = 1;
  setTimeout(f: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.push({ at: this.now + ms, f, id });
    return id;
  }
  clearTimeout(h: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== h);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const p of this.pending.filter((x) => x.at <= this.now)) {
      this.pending = this.pending.filter((x) => x !== p);
      p.f();
    }
  }
}

describe('ribbon command result dialog', () => {
  it('completes when the clerk presses "Đóng" (the dialog messages its parent), once', () => {
    const ui = new FakeUi();
    const timers = new FakeTimers();
    let done = 0;
    showResult(ui, 'https://x', 'Kiểm tra xong', () => done++, timers);
    expect(ui.urls[0]).toBe(`https://x/dialog.html?m=${encodeURIComponent('Kiểm tra xong')}`);
    expect(done).toBe(0);
    ui.handlers.get('message')!('close');
    ui.handlers.get('event')!({ error: 12006 }); // closing fires the "closed" event too
    timers.advance(COMMAND_DEADLINE_MS);
    expect(done).toBe(1);
    expect(ui.closed).toBe(1);
  });

  it('completes when the clerk closes the window (×)', () => {
    const ui = new FakeUi();
    let done = 0;
    showResult(ui, 'https://x', 'm', () => done++, new FakeTimers());
    ui.handlers.get('event')!({ error: 12006 });
    expect(done).toBe(1);
  });

  it('left open, the dialog is closed and the command completed before Office’s 5-minute limit', () => {
    const ui = new FakeUi();
    const timers = new FakeTimers();
    let done = 0;
    showResult(ui, 'https://x', 'm', () => done++, timers);
    timers.advance(COMMAND_DEADLINE_MS - 1);
    expect(done).toBe(0);
    timers.advance(1);
    expect(done).toBe(1);
    expect(ui.closed).toBe(1);
    expect(COMMAND_DEADLINE_MS).toBeLessThan(5 * 60 * 1000);
  });

  // office-js#161 ("Closing a dialog is not triggering an event on Mac anymore") and #5200
  // ("Office dialog does not send an event if it closed by ESC key"): the window is gone and no
  // DialogEventReceived comes. The command must complete anyway.
  it('office-js#161/#5200: the dialog closed with no event (Mac, ESC): the command still completes, once, by the deadline', () => {
    const ui = new FakeUi();
    const timers = new FakeTimers();
    let done = 0;
    showResult(ui, 'https://x', 'm', () => done++, timers);
    // The clerk presses ESC: the dialog disappears, no handler is called, and closing it again throws.
    ui.handlers.clear();
    const gone = new Error('The dialog is already closed.');
    const dialogClose = () => {
      throw gone;
    };
    ui.closeOverride = dialogClose;
    timers.advance(COMMAND_DEADLINE_MS);
    expect(done).toBe(1);
    timers.advance(COMMAND_DEADLINE_MS);
    expect(done).toBe(1);
  });

  it('office-js#161: the next command, while Office still thinks a dialog is open, completes at once', () => {
    let done = 0;
    const timers = new FakeTimers();
    showResult(new FakeUi(false), 'https://x', 'm', () => done++, timers);
    expect(done).toBe(1);
  });

  it('completes at once when the dialog cannot open', () => {
    let done = 0;
    const timers = new FakeTimers();
    showResult(new FakeUi(false), 'https://x', 'm', () => done++, timers);
    expect(done).toBe(1);
    expect(timers.pending).toEqual([]);
  });
});

import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import { MessageChannel } from 'worker_threads';

/**
 * The pane's first read (inspect, then a check over the fake) and the views' lazy imports take
 * longer than testing-library's default 1 s wait on a busy machine; what a test waits for
 * still has to appear.
 */
configure({ asyncUtilTimeout: 10_000 });
/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses; browsers have it. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === 'undefined') w.ResizeObserver = ResizeObserverStub;

/**
 * jest's jsdom environment lacks TextDecoder/TextEncoder (jsdom does not implement the
 * Encoding Standard); every browser and Office webview has them, and so does Node: the
 * .xlsx readers the pane uses decode parts with TextDecoder.
 */
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;

/**
 * jest's jsdom environment lacks MessageChannel, which the Tổng hợp view yields to the browser
 * with between files (useAggregate's nextTask); browsers and Node have it.
 */
const m = globalThis as unknown as { MessageChannel?: unknown };
if (typeof m.MessageChannel === 'undefined') m.MessageChannel = MessageChannel;
export {};

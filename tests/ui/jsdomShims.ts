/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses; browsers have it. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === 'undefined') w.ResizeObserver = ResizeObserverStub;
export {};

/**
 * Inflating in a dedicated worker (inflateWorker.ts says why), ended after WORKER_PARTS parts
 * and when the pane has not asked for a while; a new one starts on the next part. Where a
 * worker cannot start (a host that refuses it), the parts are inflated on the pane's thread.
 * Browser only: this module is imported only where `Worker` exists (not in jest).
 */
import type { InflateRequest, InflateResponse } from './inflateWorker';
import { inflateHere, type RawInflater } from './zipStream';

/** Parts one worker inflates before it is ended (25 units; what it keeps stays ≈ 15 MB). */
const WORKER_PARTS = 200;
/** A worker not asked for this long is ended. */
const IDLE_MS = 100;

interface Live {
  readonly worker: Worker;
  parts: number;
  readonly pending: Map<number, (r: InflateResponse) => void>;
  idle?: ReturnType<typeof setTimeout>;
}

let live: Live | undefined;
let nextId = 1;
let failed = false;

function end(w: Live): void {
  if (w.idle) clearTimeout(w.idle);
  w.worker.terminate();
  for (const resolve of w.pending.values()) resolve({ id: 0, error: 'worker ended' });
  w.pending.clear();
}

function start(): Live | undefined {
  try {
    const worker = new Worker(
      // @ts-expect-error -- import.meta (TS1343 under the project's commonjs setting): webpack bundles the worker (ts-loader keeps ES modules); never run under jest
      new URL(/* webpackChunkName: "inflate-worker" */ './inflateWorker.ts', import.meta.url),
    );
    const w: Live = { worker, parts: 0, pending: new Map() };
    worker.onmessage = (ev: MessageEvent<InflateResponse>) => {
      const resolve = w.pending.get(ev.data.id);
      w.pending.delete(ev.data.id);
      resolve?.(ev.data);
    };
    worker.onerror = () => {
      failed = true;
      if (live === w) live = undefined;
      end(w);
    };
    return w;
  } catch {
    failed = true;
    return undefined;
  }
}

/** The pane's inflater: in a worker where one starts, else on this thread. */
export const inflateInWorker: RawInflater = async (data, limit, keepPartial) => {
  if (failed) return inflateHere(data, limit, keepPartial);
  if (live && live.parts >= WORKER_PARTS && live.pending.size === 0) {
    end(live);
    live = undefined;
  }
  const w = (live ??= start());
  if (!w) return inflateHere(data, limit, keepPartial);
  w.parts++;
  if (w.idle) clearTimeout(w.idle);
  const id = nextId++;
  const copy = data.slice(); // transferred: the file's own buffer stays whole
  const response = await new Promise<InflateResponse>((resolve) => {
    w.pending.set(id, resolve);
    const request: InflateRequest = { id, data: copy, limit, keepPartial };
    w.worker.postMessage(request, [copy.buffer]);
  });
  if (w.pending.size === 0 && live === w) {
    w.idle = setTimeout(() => {
      if (live === w && w.pending.size === 0) {
        end(w);
        live = undefined;
      }
    }, IDLE_MS);
  }
  if ('error' in response) {
    if (response.error === 'worker ended') return inflateHere(data, limit, keepPartial);
    throw new Error(response.error);
  }
  return { bytes: response.bytes, over: response.over };
};

/**
 * A dedicated worker that inflates the parts of picked unit files for the pane (see
 * inflateInWorker.ts). Chromium's DecompressionStream keeps an output buffer and zlib's state
 * (≈ 50–75 KB) outside the JavaScript heap until a full garbage collection finds the stream,
 * and nothing it allocates hastens one: 200 units (8 parts each) left ≈ 80 MB waiting on the
 * pane's thread. Here they wait in a worker the pane ends every few hundred parts, which gives
 * all of it back at once.
 */
import { inflateHere } from './zipStream';

export interface InflateRequest {
  readonly id: number;
  readonly data: Uint8Array;
  readonly limit: number;
  readonly keepPartial: boolean;
}

export type InflateResponse =
  | { readonly id: number; readonly bytes: Uint8Array; readonly over: boolean }
  | { readonly id: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<InflateRequest>) => void) | null;
  postMessage(message: InflateResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (ev) => {
  const { id, data, limit, keepPartial } = ev.data;
  inflateHere(data, limit, keepPartial).then(
    ({ bytes, over }) => {
      // The bytes move to the pane (transferred, not copied): a fresh buffer when it is a view of a larger one.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      scope.postMessage({ id, bytes: own, over }, [own.buffer as ArrayBuffer]);
    },
    (err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};

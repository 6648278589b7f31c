/** Types of scripts/serve-dist.js (a tiny static server for the built pane). */
export interface StaticServer {
  readonly url: string;
  readonly port: number;
  /** Every request path served or refused, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}
export function serveStatic(
  roots: string[],
  options?: { port?: number; log?: (line: string) => void },
): Promise<StaticServer>;

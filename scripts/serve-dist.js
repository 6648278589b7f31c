#!/usr/bin/env node
/**
 * A tiny static file server for the built task pane (tests, screenshots).
 * Binds 127.0.0.1 on a free port; serves only files under the given roots
 * (first match wins), never directory listings, never paths outside a root.
 *
 *   const { serveStatic } = require('./scripts/serve-dist');
 *   const server = await serveStatic([distDir, harnessDir]);
 *   server.url // http://127.0.0.1:PORT
 *   await server.close();
 *
 * From the command line: `node scripts/serve-dist.js [dir …]` (default dist/).
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(roots, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  for (const root of roots) {
    const abs = path.resolve(root, '.' + path.posix.normalize('/' + rel));
    if (abs !== root && !abs.startsWith(root + path.sep)) continue;
    try {
      if (fs.statSync(abs).isFile()) return abs;
    } catch {
      /* not under this root */
    }
  }
  return null;
}

/**
 * @param {string[]} roots directories to serve, first match wins
 * @param {{ port?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, port: number, requests: string[], close: () => Promise<void> }>}
 */
function serveStatic(roots, options = {}) {
  const absRoots = roots.map((r) => path.resolve(r));
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url || '/');
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(absRoots, req.url || '/') : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      if (options.log) options.log(`404 ${req.url}`);
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port || 0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const roots = process.argv.slice(2);
  serveStatic(roots.length ? roots : [path.join(__dirname, '..', 'dist')], {
    port: Number(process.env.PORT) || 0,
    log: (l) => console.log(l),
  }).then((s) => console.log(`serving ${roots.join(', ') || 'dist'} at ${s.url}`));
}

/**
 * The dev server's https options (`npm run dev-server`): the Office development
 * certificates where present — the files office-addin-dev-certs writes
 * (~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}, paths from the package's
 * own defaults) — never installed behind the developer's back: to create and trust them,
 * `npm run certs` (office-addin-dev-certs install). Without them: plain http, said once.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Where office-addin-dev-certs keeps its certificates (its defaults; the same without the package). */
function certificatePaths() {
  try {
    // eslint-disable-next-line global-require
    const d = require('office-addin-dev-certs/lib/defaults');
    return { ca: d.caCertificatePath, cert: d.localhostCertificatePath, key: d.localhostKeyPath };
  } catch {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    return {
      ca: path.join(dir, 'ca.crt'),
      cert: path.join(dir, 'localhost.crt'),
      key: path.join(dir, 'localhost.key'),
    };
  }
}

/** webpack-dev-server's `server` option: https with the dev certificates, or http (with a warning). */
function devServerHttps({ port = 3000, warn = console.warn } = {}) {
  const p = certificatePaths();
  if (fs.existsSync(p.cert) && fs.existsSync(p.key)) {
    const options = { cert: fs.readFileSync(p.cert), key: fs.readFileSync(p.key) };
    if (fs.existsSync(p.ca)) options.ca = fs.readFileSync(p.ca);
    return { type: 'https', options };
  }
  warn(
    `[tdkt] no Office development certificate in ${path.dirname(p.cert)}: serving over plain ` +
      `http://localhost:${port} (Office only loads https add-ins). Run \`npm run certs\` ` +
      '(office-addin-dev-certs install) once, then `npm run dev-server` again.',
  );
  return { type: 'http' };
}

module.exports = { certificatePaths, devServerHttps };

/**
 * `npm run dev-server` serves https with the Office development certificates where present
 * (scripts/dev-certs.js, used by webpack.config.js), and says plainly when it falls back to
 * http. Run in a child node with HOME set to a fresh folder: office-addin-dev-certs (the dev
 * dependency) writes its certificates under ~/.office-addin-dev-certs there.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function inChild(home: string, script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, USERPROFILE: home },
  });
}

const PROBE = `
  const { devServerHttps } = require('./scripts/dev-certs');
  const s = devServerHttps({ port: 3000 });
  const fs = require('fs'), path = require('path'), os = require('os');
  const cert = path.join(os.homedir(), '.office-addin-dev-certs', 'localhost.crt');
  console.log(JSON.stringify({ type: s.type, sameCert: !!s.options && fs.existsSync(cert) && s.options.cert.equals(fs.readFileSync(cert)), hasKey: !!(s.options && s.options.key) }));
`;

describe('dev server certificates', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-home-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('without certificates: http, with one warning telling how to get them', () => {
    const r = inChild(home, PROBE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ type: 'http', sameCert: false, hasKey: false });
    expect(r.stderr).toContain('npm run certs');
  });

  it('with the certificates office-addin-dev-certs generates: https with them', () => {
    const gen = inChild(
      home,
      `require('office-addin-dev-certs').generateCertificates(undefined, undefined, undefined, 1).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });`,
    );
    expect(gen.status).toBe(0);
    const r = inChild(home, PROBE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ type: 'https', sameCert: true, hasKey: true });
    expect(r.stderr).toBe('');
  });
});

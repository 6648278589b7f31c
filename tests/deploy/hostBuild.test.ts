/**
 * The production build for a host (issue 13, item 1): `TDKT_BASE_URL=… npm run build`.
 * The build with a placeholder base (build/dist-host, made by CI's "production manifest"
 * step; built here under a lock when missing) has a manifest with no localhost whose every
 * URL lies under the base and names a file that exists in the build at that relative path;
 * it validates offline (scripts/validate-manifest.js); its pages load their scripts from the
 * base's path and Office.js from Microsoft's CDN. A bad base URL ends the build with one line.
 * The nginx site block of docs/DEPLOY.md passes `nginx -t` over that build (skipped with a
 * message outside CI when nginx is absent; CI installs it from .ci/apt-packages).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cspMetaOf } from '../browser/support';
import { itIfInstalled } from '../helpers/prerequisites';
import { ensureHostBuild, findNginx, HOST_BASE, HOST_BUILD, NGINX_SITE, writeNginxSite } from '../helpers/hostBuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestLib = require('../../scripts/manifest.js') as {
  parseBaseUrl(raw: string): { base: string; origin: string; pathname: string };
  manifestVersion(v: string): string;
  templateManifest(xml: string, o?: { base?: object; version?: string }): string;
  readDevManifest(): string;
  BaseUrlError: new (m: string) => Error;
};

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = HOST_BUILD;
const BASE = HOST_BASE;
const pkgVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

function webpack(env: Record<string, string>, outputPath: string) {
  return spawnSync('npx', ['webpack', '--mode', 'production', '--output-path', outputPath], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('TDKT_BASE_URL', () => {
  it('accepts https bases with or without a path and a trailing slash', () => {
    expect(manifestLib.parseBaseUrl('https://tdkt.example.gov.vn/addin/')).toEqual({
      base: 'https://tdkt.example.gov.vn/addin',
      origin: 'https://tdkt.example.gov.vn',
      pathname: '/addin/',
    });
    expect(manifestLib.parseBaseUrl('https://tdkt.example.gov.vn:8443').pathname).toBe('/');
  });

  it.each([
    ['http://tdkt.example.gov.vn/addin', 'https://'],
    ['https://tdkt.example.gov.vn/addin?v=2', '?'],
    ['https://tdkt.example.gov.vn/addin?', '?'],
    ['https://tdkt.example.gov.vn/addin#top', '#'],
    ['tdkt.example.gov.vn/addin', 'URL'],
    ['https://admin:secret@tdkt.example.gov.vn/', 'mật khẩu'],
  ])('refuses %s with one line naming the reason', (raw, why) => {
    expect(() => manifestLib.parseBaseUrl(raw)).toThrow(manifestLib.BaseUrlError);
    try {
      manifestLib.parseBaseUrl(raw);
    } catch (e) {
      expect((e as Error).message).toContain(why);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('the build itself stops on a bad base with that one line and exit code 2, writing nothing', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-badbase-'));
    const r = webpack({ TDKT_BASE_URL: 'http://tdkt.example.gov.vn/addin' }, out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('https://')]);
    expect(fs.readdirSync(out)).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  }, 60_000);

  it("a version bump in package.json is the manifest's <Version>", () => {
    const xml = manifestLib.readDevManifest();
    expect(manifestLib.templateManifest(xml, { version: '2.3.4' })).toContain('<Version>2.3.4.0</Version>');
    expect(manifestLib.manifestVersion('1.0.0-rc.1')).toBe('1.0.0.0');
    // The dev manifest is kept at package.json's version (npm run validate checks it too).
    expect(xml).toContain(`<Version>${manifestLib.manifestVersion(pkgVersion)}</Version>`);
  });
});

describe('production build for a host', () => {
  let xml: string;
  beforeAll(() => {
    ensureHostBuild();
    xml = fs.readFileSync(path.join(OUT, 'manifest.xml'), 'utf8');
  }, 300_000);

  it('has no localhost; every URL lies under the base and its file exists at that relative path', () => {
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...new Set([...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!))];
    // icons ×5 (16, 32, 64, 80 and the high-resolution one), taskpane, commands
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      expect(url.startsWith(`${BASE}/`)).toBe(true);
      const rel = url.slice(BASE.length + 1);
      expect({ url, exists: fs.existsSync(path.join(OUT, rel)) }).toEqual({ url, exists: true });
    }
    expect(urls).toEqual(expect.arrayContaining([`${BASE}/taskpane.html`, `${BASE}/commands.html`]));
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      'https://tdkt.example.invalid',
    ]);
    expect(xml).toContain(`<Version>${manifestLib.manifestVersion(pkgVersion)}</Version>`);
  });

  it('validates offline against the schemas, and office-addin-manifest reads it at the base', () => {
    const r = spawnSync(process.execPath, ['scripts/validate-manifest.js', path.join(OUT, 'manifest.xml')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('is valid against');
    // office-addin-manifest's own reading of it (run in node: its ESM dependencies do not load under jest)
    expect(r.stdout).toContain(`office-addin-manifest info: Thi đua – Khen thưởng`);
    expect(r.stdout).toContain(`hosts Workbook, Document · ${BASE}/taskpane.html`);
  }, 60_000);

  it("the pages load their scripts from the base's path and Office.js from Microsoft's CDN", () => {
    for (const page of ['taskpane.html', 'commands.html', 'dialog.html']) {
      const html = fs.readFileSync(path.join(OUT, page), 'utf8');
      const srcs = [...html.matchAll(/<script\b[^>]*?\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
      expect(srcs).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const own = srcs.filter((s) => !s.startsWith('https://'));
      expect(own.length).toBeGreaterThan(0);
      for (const s of own) {
        expect(s.startsWith('/addin/')).toBe(true);
        expect(fs.existsSync(path.join(OUT, s.slice('/addin/'.length)))).toBe(true);
      }
    }
    expect(fs.existsSync(path.join(OUT, 'office-js'))).toBe(false); // CDN build: no local copy
  });
});

// ── nginx ─────────────────────────────────────────────────────────────────────

const nginx = findNginx();
const withNginx = itIfInstalled([
  { what: 'nginx', present: !!nginx, install: 'apt-get install nginx, or set NGINX_PATH' },
]);

describe('the nginx site block of docs/DEPLOY.md', () => {
  const SITE = NGINX_SITE;

  it('sends the same Content-Security-Policy as every built page’s meta tag', () => {
    ensureHostBuild();
    const site = fs.readFileSync(SITE, 'utf8');
    const header = /add_header Content-Security-Policy "([^"]+)"/.exec(site)?.[1];
    expect(header).toBeDefined();
    for (const page of ['taskpane.html', 'commands.html', 'dialog.html']) {
      expect({ page, csp: cspMetaOf(fs.readFileSync(path.join(OUT, page), 'utf8')) }).toEqual({ page, csp: [header] });
    }
  }, 300_000);

  withNginx(
    'passes nginx -t over the host build',
    async () => {
      expect(nginx).toBeDefined();
      ensureHostBuild();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-nginx-'));
      try {
        // The site as DEPLOY.md says to install it: dist-host as /var/www/tdkt/addin.
        await writeNginxSite(dir, nginx!);
        const r = spawnSync(nginx!, ['-t', '-e', 'stderr', '-p', `${dir}/`, '-c', `${dir}/nginx.conf`], {
          encoding: 'utf8',
        });
        expect({ status: r.status, out: r.stderr }).toEqual({
          status: 0,
          out: expect.stringContaining('test is successful'),
        });
        expect(r.stderr).not.toMatch(/\[(warn|emerg|crit)\]/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

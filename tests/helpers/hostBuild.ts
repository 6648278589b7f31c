/**
 * The production build for a host and the nginx site that serves it, shared by the tests of
 * the deployment (tests/deploy/hostBuild.test.ts: the manifest, `nginx -t`) and of the pane
 * served from it (tests/browser/deployedPath.test.ts: the lazy chunks under the base's path).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
/** The build for a host (CI's "production manifest" step makes it; built here under a lock when missing). */
export const HOST_BUILD = path.join(ROOT, 'build', 'dist-host');
/** The placeholder base CI builds with (.ci/run). */
export const HOST_BASE = 'https://tdkt.example.invalid/addin';
/** The nginx site block of docs/DEPLOY.md. */
export const NGINX_SITE = path.join(ROOT, 'docs', 'deploy', 'nginx-tdkt.conf');

/** build/dist-host with HOST_BASE, unless CI (or an earlier run) made it from this manifest already. */
export function ensureHostBuild(): void {
  fs.mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  execFileSync(
    'flock',
    [
      path.join(ROOT, 'build', 'dist-host.lock'),
      'sh',
      '-c',
      `grep -q '${HOST_BASE}/taskpane.html' build/dist-host/manifest.xml 2>/dev/null || ` +
        `TDKT_BASE_URL='${HOST_BASE}' npx webpack --mode production --output-path build/dist-host >/dev/null`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
}

export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(Boolean) as string[];
  return candidates.find((c) => fs.existsSync(c));
}

/**
 * An nginx prefix in `dir` running the site block of docs/DEPLOY.md as DEPLOY.md says to
 * install it (HOST_BUILD as <root>/addin), with a throwaway certificate made by the dev-certs
 * tool (no openssl needed). `listen`: the site's two ports moved to 127.0.0.1 (a test serves
 * it without root); absent, the site's own (for `nginx -t`). Returns the nginx.conf to pass as -c.
 */
export async function writeNginxSite(
  dir: string,
  nginx: string,
  listen?: { https: number; http: number },
): Promise<string> {
  const { generateCertificates } = (await import('office-addin-dev-certs')) as {
    generateCertificates(ca: string, cert: string, key: string, days: number, domains: string[]): Promise<void>;
  };
  const [ca, cert, key] = ['ca.crt', 'site.crt', 'site.key'].map((f) => path.join(dir, f)) as [string, string, string];
  await generateCertificates(ca, cert, key, 1, ['tdkt.example.invalid']);
  // Run as root, nginx serves through workers of an unprivileged user: they must reach the files
  // (a temporary folder is made 0700).
  if (listen) fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'www'));
  fs.symlinkSync(HOST_BUILD, path.join(dir, 'www', 'addin'));
  let site = fs
    .readFileSync(NGINX_SITE, 'utf8')
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`)
    .replace(/root \/var\/www\/tdkt;/, `root ${path.join(dir, 'www')};`);
  if (listen) {
    site = site
      .replace(/listen 443 ssl;/, `listen 127.0.0.1:${listen.https} ssl;`)
      .replace(/listen 80;/, `listen 127.0.0.1:${listen.http};`);
  }
  if (!site.includes(cert) || !site.includes(path.join(dir, 'www'))) throw new Error('the site block changed shape');
  if (listen && !site.includes(`127.0.0.1:${listen.https} ssl`)) throw new Error('the site block changed its listen');
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const mime = [path.join(path.dirname(nginx), '..', '..', 'etc', 'nginx', 'mime.types'), '/etc/nginx/mime.types']
    .map((p) => path.resolve(p))
    .find((p) => fs.existsSync(p));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    [
      `pid ${dir}/nginx.pid;`,
      'error_log stderr;',
      'events {}',
      'http {',
      mime ? `  include ${mime};` : '',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  return conf;
}

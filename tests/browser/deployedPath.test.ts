/**
 * The pane as deployed: the build for a host (`TDKT_BASE_URL=…/addin npm run build`,
 * build/dist-host) served under /addin/ by the nginx site block of docs/DEPLOY.md (its own
 * Content-Security-Policy header, over TLS), opened in chromium. The pages name their scripts
 * under the base's path, but the lazy chunks are found at run time from the script's own URL
 * (webpack's output.publicPath 'auto': "determined automatically from document.currentScript",
 * https://webpack.js.org/guides/public-path/#automatic-publicpath): this pins that each chunk
 * the pane loads (the Excel host when it opens, the documents' part when its view is shown)
 * is asked for under /addin/chunks/ and arrives — a chunk asked for at /chunks/ would be a
 * 404 and the pane's "could not load" notice.
 *
 * Office.js comes from Microsoft's CDN in this build; nothing leaves the machine: its request
 * is answered with the stand-in of the pane-open bench (tests/browser/harness/officeStub.ts:
 * Office ready in Excel, Excel.run over the fake's empty workbook), every other request not to
 * our nginx is refused.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { UI_TEXT } from '../../src/core/text/ui';
import { ensureHostBuild, findNginx, writeNginxSite } from '../helpers/hostBuild';
import { describeIfInstalled } from '../helpers/prerequisites';
import {
  buildHarness,
  chromiumAvailable,
  CHROMIUM,
  hasWebpackConfig,
  HARNESS_OUT,
  launchChromium,
  watchPage,
} from './support';

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const nginx = findNginx();

const describeDeployed = describeIfInstalled([
  { what: 'webpack.config.js', present: hasWebpackConfig(), install: 'the project’s own file: restore it' },
  { what: CHROMIUM, present: chromiumAvailable(), install: 'apt-get install chromium, or set CHROMIUM_PATH' },
  { what: 'nginx', present: !!nginx, install: 'apt-get install nginx, or set NGINX_PATH' },
]);

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port. */
async function listening(port: number, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nginx did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeDeployed('the pane served under a sub-path (/addin/) by the nginx site of docs/DEPLOY.md', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let stderr = '';
  let origin: string;

  beforeAll(async () => {
    ensureHostBuild();
    buildHarness(); // the office.js stand-in (office-stub.js)
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-deployed-'));
    const https = await freePort();
    const http = await freePort();
    const conf = await writeNginxSite(dir, nginx!, { https, http });
    server = spawn(nginx!, ['-e', 'stderr', '-p', `${dir}/`, '-c', conf, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await listening(https);
    origin = `https://127.0.0.1:${https}`;
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads its lazy chunks from /addin/chunks/ (the Excel host on opening, the documents’ part on its view), under the site’s CSP', async () => {
    const stub = fs.readFileSync(path.join(HARNESS_OUT, 'office-stub.js'));
    // The site's throwaway certificate: accepted for this browser only.
    const browser = await launchChromium({ width: 380, height: 720, ignoreHTTPSErrors: true });
    try {
      const context = browser.context;
      const refused: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS_CDN) return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub });
        if (url.startsWith(`${origin}/`)) return route.continue();
        refused.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const seen = watchPage(page);
      const asked: { path: string; status: number }[] = [];
      page.on('response', (r) => {
        if (r.url().startsWith(`${origin}/`)) asked.push({ path: new URL(r.url()).pathname, status: r.status() });
      });
      const response = await page.goto(`${origin}/addin/taskpane.html`);
      expect(response?.status()).toBe(200);
      // The site's header, as the page's meta tag says it.
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

      // Opening: the pane reads the workbook through the Excel host, a lazy chunk.
      const create = page.getByRole('button', { name: UI_TEXT.create });
      await create.waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        (name) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled),
        UI_TEXT.create,
        { timeout: 30_000 },
      );
      const onOpening = asked.filter((a) => a.path.includes('/chunks/')).length;
      expect(onOpening).toBeGreaterThan(0);

      // The documents' view: its part loads when first shown.
      await page.getByRole('tab', { name: UI_TEXT.views.documents }).click();
      await page.waitForLoadState('networkidle');
      const chunks = asked.filter((a) => a.path.includes('/chunks/'));
      expect(chunks.length).toBeGreaterThan(onOpening);
      for (const c of chunks)
        expect(c).toEqual({ path: expect.stringMatching(/^\/addin\/chunks\/[^/]+\.js$/), status: 200 });
      // Everything of ours came from under the base, and arrived.
      for (const a of asked) expect(a).toEqual({ path: expect.stringMatching(/^\/addin\//), status: 200 });
      expect(await page.getByText(UI_TEXT.partNotLoaded).count()).toBe(0);
      expect(refused).toEqual([]);
      expect(seen.csp).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(stderr).not.toMatch(/\[(emerg|crit|alert)\]/);
      await page.close();
    } finally {
      await browser.close();
    }
  }, 120_000);
});

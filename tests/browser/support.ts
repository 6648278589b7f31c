/**
 * Shared pieces of the browser tests: where the build lives, building it when missing
 * (under a file lock, since jest runs test files in parallel), and launching Debian's
 * chromium through playwright-core (no browser download).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-dist';
import { describeIfInstalled, inCi } from '../helpers/prerequisites';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const BUILD = path.join(ROOT, 'build');
export const HARNESS_OUT = path.join(BUILD, 'browser-harness');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = inCi();

/** Runs `command` under an exclusive lock on build/<name>.lock (util-linux flock). */
function locked(name: string, script: string): void {
  fs.mkdirSync(BUILD, { recursive: true });
  execFileSync('flock', [path.join(BUILD, `${name}.lock`), 'sh', '-c', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function hasWebpackConfig(): boolean {
  return fs.existsSync(path.join(ROOT, 'webpack.config.js'));
}

/**
 * The production build in dist/ (CI builds it before the tests; locally it is built
 * here when dist/ or its bundle report is missing). Returns false when the project has
 * no webpack config yet.
 */
export function ensureProductionBuild(): boolean {
  if (!hasWebpackConfig()) return false;
  locked(
    'production-build',
    `[ -f dist/taskpane.html ] && [ -f dist/bundle-report.json ] || npx webpack --mode production >/dev/null`,
  );
  return true;
}

/**
 * The test harness bundle (tests/browser/harness). For the tests (development) it is built
 * when it is older than any file it is built from (harness/fresh.js): once per change, not
 * once per browser test file. The benches ask for a production (minified) build, made
 * every time, since a fresh development bundle would not measure what ships.
 */
export function buildHarness(mode: 'development' | 'production' = 'development'): void {
  // Several scripts in a row over one build (screenshots, bench) may say the harness is fresh.
  if (process.env.TDKT_REUSE_HARNESS && fs.existsSync(path.join(HARNESS_OUT, 'harness.js'))) return;
  const build = `npx webpack --config tests/browser/harness/webpack.config.js --mode ${mode} >/dev/null`;
  locked('browser-harness', mode === 'development' ? `node tests/browser/harness/fresh.js || ${build}` : build);
}

/**
 * The harness page: the built dist/taskpane.html (same head, same CSP meta) with its
 * scripts (office.js and the pane bundle) replaced by the harness bundle.
 */
export function writeHarnessPage(): string {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const withoutScripts = html.replace(/<script\b[^>]*>\s*<\/script>/gi, '');
  if (!/<\/head>/i.test(withoutScripts)) throw new Error('dist/taskpane.html has no </head>');
  const page = withoutScripts.replace(/<\/head>/i, '<script defer src="/harness.js"></script></head>');
  const file = path.join(HARNESS_OUT, 'harness.html');
  fs.writeFileSync(file, page);
  return file;
}

/**
 * Serves the harness, the production build, and axe-core (from the same origin, so the
 * pages' CSP lets it load: 'self').
 */
export function startPaneServer(): Promise<StaticServer> {
  const axeDir = path.dirname(require.resolve('axe-core/axe.min.js'));
  return serveStatic([HARNESS_OUT, DIST, axeDir]);
}

/** Everything a page reports that a clerk must never meet: script errors, CSP refusals. */
export function watchPage(page: Page): { errors: string[]; csp: string[] } {
  const seen = { errors: [] as string[], csp: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
    else seen.errors.push(`console.error: ${m.text()}`);
  });
  return seen;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (loaded from /axe.min.js) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** The violations a gate fails on. */
export function seriousOrWorse(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Headless chromium with a fresh profile; close() also removes the profile. */
export async function launchChromium(
  options: {
    width?: number;
    height?: number;
    deviceScaleFactor?: number;
    /** Accept a throwaway certificate (a test's own TLS server). */
    ignoreHTTPSErrors?: boolean;
  } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'vi-VN',
    viewport: { width: options.width ?? 360, height: options.height ?? 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Parses a Content-Security-Policy value into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Attributes of one HTML start tag; values quoted or not (the minifier drops quotes). */
export function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    const value = raw
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    out.set(m[1]!.toLowerCase(), value);
  }
  return out;
}

/** The CSP meta tags of an HTML document (their content attribute). */
export function cspMetaOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = attributesOf(tag);
    if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy')
      out.push(attrs.get('content') ?? '');
  }
  return out;
}

/**
 * `describe` for tests of the built pane in chromium. Where the project has no webpack config
 * or there is no chromium: skipped with a warning, or in CI a failing test instead (one skip
 * policy: tests/helpers/prerequisites.ts). Call it at a test file's top level.
 */
export function describePaneBrowser(): jest.Describe {
  return describeIfInstalled([
    { what: 'webpack.config.js', present: hasWebpackConfig(), install: 'the project’s own file: restore it' },
    { what: CHROMIUM, present: chromiumAvailable(), install: 'apt-get install chromium, or set CHROMIUM_PATH' },
  ]);
}

/** The pane's server and a chromium whose requests go nowhere else. */
export interface PaneBrowser {
  readonly server: StaticServer;
  readonly context: BrowserContext;
}

/**
 * Builds the production pane (when missing) and the harness, writes the harness page, starts
 * the pane server and launches chromium with every request not to that server refused
 * (nothing leaves the machine). close() stops both.
 */
export async function startPaneBrowser(
  options: { width?: number; height?: number; deviceScaleFactor?: number } = {},
): Promise<PaneBrowser & { close: () => Promise<void> }> {
  if (!ensureProductionBuild()) throw new Error('webpack.config.js is missing');
  buildHarness();
  writeHarnessPage();
  const server = await startPaneServer();
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const close = async () => {
    await browser?.close();
    await server.close();
  };
  try {
    browser = await launchChromium(options);
    await browser.context.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort('blockedbyclient'),
    );
  } catch (e) {
    await close();
    throw e;
  }
  return { server, context: browser.context, close };
}

/**
 * Registers, in the calling describe block, a beforeAll that starts the pane in chromium
 * (startPaneBrowser) and an afterAll that closes it. Returns accessors valid inside the tests.
 */
export function usePaneBrowser(options: { width?: number; height?: number; timeout?: number } = {}): PaneBrowser {
  let pane: Awaited<ReturnType<typeof startPaneBrowser>> | undefined;

  beforeAll(async () => {
    pane = await startPaneBrowser({ width: options.width, height: options.height });
  }, options.timeout ?? 240_000);

  afterAll(async () => {
    await pane?.close();
  });

  const started = (): PaneBrowser => {
    if (!pane) throw new Error('usePaneBrowser: the pane is not started (beforeAll has not run or failed)');
    return pane;
  };
  return {
    get server() {
      return started().server;
    },
    get context() {
      return started().context;
    },
  };
}

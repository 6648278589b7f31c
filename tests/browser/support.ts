/**
 * Shared pieces of the browser tests: where the build lives, building it when missing
 * (under a file lock, since jest runs test files in parallel), and launching Debian's
 * chromium through playwright-core (no browser download).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const BUILD = path.join(ROOT, 'build');
export const STATS_FILE = path.join(BUILD, 'bundle-stats.json');
export const HARNESS_OUT = path.join(BUILD, 'browser-harness');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = Boolean(process.env.CI);

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
 * here when dist/ or the bundle stats are missing). Returns false when the project has
 * no webpack config yet.
 */
export function ensureProductionBuild(): boolean {
  if (!hasWebpackConfig()) return false;
  locked(
    'production-build',
    `[ -f dist/taskpane.html ] && [ -f build/bundle-stats.json ] || npx webpack --mode production >/dev/null`,
  );
  return true;
}

/** The test harness bundle (tests/browser/harness), rebuilt on each run. */
export function buildHarness(): void {
  locked('browser-harness', `npx webpack --config tests/browser/harness/webpack.config.js >/dev/null`);
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Headless chromium with a fresh profile; close() also removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'vi-VN',
    viewport: { width: 360, height: 720 },
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

/** The CSP meta tags of an HTML document (content attribute, entities decoded). */
export function cspMetaOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const m = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (m)
      out.push(
        (m[1] ?? m[2] ?? '')
          .replace(/&#39;|&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
  }
  return out;
}

/**
 * Security gates of the task pane that need no browser:
 * - no code path turns text into HTML (workbook text reaches React as text only);
 * - every page carries a strict Content-Security-Policy meta tag;
 * - the production JavaScript evaluates no strings (no eval, no new Function), so the
 *   CSP can leave out 'unsafe-eval'.
 * The browser side (CSP violations at run time, markup in the workbook shown as text)
 * is in pane.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeIfInstalled } from '../helpers/prerequisites';
import { attributesOf, cspMetaOf, DIST, ensureProductionBuild, parseCsp, ROOT } from './support';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(abs, test));
    else if (test(abs)) out.push(abs);
  }
  return out;
}

/** Ways to turn a string into markup or code in the DOM. */
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b|createContextualFragment|DOMParser/;

describe('workbook text is never injected as HTML', () => {
  const sources = filesUnder(path.join(ROOT, 'src'), (f) => /\.(ts|tsx|js|jsx)$/.test(f));

  it('finds the sources it scans', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('no source file uses an HTML sink (dangerouslySetInnerHTML, innerHTML, insertAdjacentHTML, document.write …)', () => {
    const hits: string[] = [];
    for (const file of sources) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (HTML_SINKS.test(line)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});

/**
 * Code that evaluates strings. The bundle must have none, apart from the patterns
 * below, each a dead branch of a vendored polyfill that our code never reaches.
 */
const EVAL_PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', re: /\bnew\s+Function\b/g },
  { name: 'Function("…")', re: /(?<![\w$.]|new\s+)Function\s*\(\s*["'`]/g },
];
const KNOWN_DEAD: { why: string; re: RegExp }[] = [
  {
    // setImmediate polyfill (bundled by exceljs): compiles its callback only when given
    // a string instead of a function; exceljs and our code always pass functions.
    why: 'setImmediate polyfill, string-callback branch',
    re: /typeof ([\w$]+)\s*&&\s*\(\1\s*=\s*new Function\(""\s*\+\s*\1\)\)/g,
  },
  {
    // Global-object detection (lodash, browserify shims): the last alternative of
    // `global || self || Function("return this")()`, reached only where there is neither
    // `global`, `self` nor `this` (never in a browser or Office's webviews).
    why: 'global-object detection fallback',
    re: /\|\|\s*Function\(\s*"return this"\s*\)\(\)/g,
  },
  {
    // regenerator-runtime: assigns its global through Function() only where globalThis is
    // missing (and only after a plain assignment threw).
    why: 'regenerator-runtime without globalThis',
    re: /typeof globalThis\s*\?\s*globalThis\.regeneratorRuntime\s*=\s*([\w$]+)\s*:\s*Function\(\s*"r"\s*,\s*"regeneratorRuntime = r"\s*\)\(\s*\1\s*\)/g,
  },
];

/** The occurrences of string evaluation in a JavaScript text, minus the known-dead ones. */
export function evalSites(js: string): string[] {
  const cleaned = KNOWN_DEAD.reduce((text, d) => text.replace(d.re, '/*known-dead*/'), js);
  const out: string[] = [];
  for (const p of EVAL_PATTERNS) {
    for (const m of cleaned.matchAll(p.re)) {
      const at = m.index ?? 0;
      out.push(`${p.name} … ${cleaned.slice(Math.max(0, at - 40), at + 50).replace(/\s+/g, ' ')}`);
    }
  }
  return out;
}

describe('string evaluation scanner', () => {
  it('finds eval, new Function and Function("…"), and lets only the known-dead fallbacks through', () => {
    expect(evalSites('a=1;eval("x")')).toHaveLength(1);
    expect(evalSites('var f=new Function("a","return a")')).toHaveLength(1);
    expect(evalSites('var g=Function("return this")()')).toHaveLength(1);
    expect(evalSites('x.evaluate(y);myeval(z);o.eval(1);')).toEqual([]);
    expect(evalSites('"function"!=typeof e&&(e=new Function(""+e))')).toEqual([]);
    expect(evalSites('o=i||s||Function("return this")()')).toEqual([]);
    expect(
      evalSites(
        '"object"==typeof globalThis?globalThis.regeneratorRuntime=n:Function("r","regeneratorRuntime = r")(n)',
      ),
    ).toEqual([]);
    // The same calls outside those guards are reported.
    expect(evalSites('var g=Function("return this")()')).toHaveLength(1);
    expect(evalSites('Function("r","regeneratorRuntime = r")(n)')).toHaveLength(1);
  });
});

// Skipped (or failed, in CI) only while the project has no webpack config: no pane to check.
const built = ensureProductionBuild();
const describeBuilt = describeIfInstalled([
  { what: 'webpack.config.js', present: built, install: 'the project’s own file: restore it' },
]);

describeBuilt('production build', () => {
  it('exists (CI builds before the tests)', () => {
    expect(built).toBe(true);
    expect(fs.existsSync(path.join(DIST, 'taskpane.html'))).toBe(true);
  });

  it("contains no eval( or new Function in any JavaScript we ship (office-js/ is Microsoft's, served from their CDN in production)", () => {
    const ours = filesUnder(DIST, (f) => f.endsWith('.js')).filter(
      (f) => !path.relative(DIST, f).startsWith('office-js'),
    );
    expect(ours.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const f of ours)
      for (const site of evalSites(fs.readFileSync(f, 'utf8'))) found.push(`${path.relative(DIST, f)}: ${site}`);
    expect(found).toEqual([]);
  });

  it("loads office.js from our origin (dev, tests) or from Microsoft's CDN (TDKT_OFFICE_JS=cdn), nothing else", () => {
    for (const page of fs.readdirSync(DIST).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const srcs = (html.match(/<script\b[^>]*>/gi) ?? []).map((t) => attributesOf(t).get('src') ?? '(inline)');
      const office = srcs.filter((s) => /office\.js$/.test(s));
      expect({ page, office: office.length }).toEqual({ page, office: 1 });
      const src = office[0]!;
      if (src.startsWith('/')) expect(fs.existsSync(path.join(DIST, src))).toBe(true);
      else expect(src).toBe(`${OFFICE_CDN}/lib/1/hosted/office.js`);
      // Every other script is one of our own files, none inline.
      for (const s of srcs.filter((x) => x !== src))
        expect({ page, s, ours: s.startsWith('/') && fs.existsSync(path.join(DIST, s)) }).toEqual({
          page,
          s,
          ours: true,
        });
    }
  });

  it('every page has one CSP meta tag, before any script: self and Office only, no unsafe-eval', () => {
    const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('taskpane.html');
    for (const page of pages) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const metas = cspMetaOf(html);
      expect({ page, count: metas.length }).toEqual({ page, count: 1 });
      const firstScript = html.search(/<script\b/i);
      const metaAt = html.search(/http-equiv\s*=\s*["']?content-security-policy/i);
      if (firstScript >= 0) expect(metaAt).toBeLessThan(firstScript);

      const policy = metas[0] ?? '';
      const csp = parseCsp(policy);
      expect(policy).not.toMatch(/unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect([...(csp.get('script-src') ?? [])].sort()).toEqual(["'self'", OFFICE_CDN].sort());
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(expect.arrayContaining([expect.stringMatching(/^'(self|none)'$/)]));
      // Every source in the policy is the page itself, Office's script host, or a scheme
      // keyword for inline data Fluent UI may need; 'unsafe-inline' only for styles.
      for (const [directive, sources] of csp) {
        for (const s of sources) {
          const allowed = ["'self'", "'none'", OFFICE_CDN, 'data:', 'blob:'];
          if (directive === 'style-src') allowed.push("'unsafe-inline'");
          expect({ page, directive, source: s, allowed: allowed.includes(s) }).toEqual({
            page,
            directive,
            source: s,
            allowed: true,
          });
        }
      }
    }
  });
});

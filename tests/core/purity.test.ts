/** src/core must stay pure: no Office, DOM or Node imports or globals. */
import * as fs from 'fs';
import * as path from 'path';

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

const NODE = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'stream',
  'buffer',
  'url',
  'zlib',
  'http',
  'https',
  'events',
];
const FORBIDDEN = new RegExp(
  `from\\s+['"](?:node:|(?:${NODE.join('|')})['"/]|react|exceljs|docx|@microsoft|@fluentui|office)`,
);
const GLOBALS = /\b(Office|Excel|Word|document|window|navigator|process|require|Buffer)\s*[.(]/;

describe('src/core purity', () => {
  const all = files(path.join(__dirname, '../../src/core'));
  it('has files to check', () => expect(all.length).toBeGreaterThan(10));
  it.each(all.map((f) => [path.relative(process.cwd(), f), f]))(
    '%s imports nothing from Office, the DOM or Node',
    (_n, f) => {
      const src = fs
        .readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(src).not.toMatch(FORBIDDEN);
      expect(src).not.toMatch(GLOBALS);
    },
  );
  it('the check itself catches a Node import', () => {
    expect("import * as fs from 'fs';").toMatch(FORBIDDEN);
    expect('Excel.run(async (ctx) => {})').toMatch(GLOBALS);
  });
});

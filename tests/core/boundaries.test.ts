/**
 * The seam between the pane and Office: the host ports
 * live in the neutral src/ports, which imports only the core; the UI imports the ports and
 * never an Office adapter (src/hosts/excel, src/hosts/word) or Office itself.
 */
import * as fs from 'fs';
import * as path from 'path';

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? files(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : [],
    );
}

/** Every module specifier a file imports (static or dynamic), resolved against src/. */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const specs = [...src.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  const srcRoot = path.join(__dirname, '../../src');
  return specs.map((s) => (s.startsWith('.') ? path.relative(srcRoot, path.resolve(path.dirname(file), s)) : s));
}

const SRC = path.join(__dirname, '../../src');
const rel = (f: string) => path.relative(process.cwd(), f);

describe('the host seam', () => {
  const ports = files(path.join(SRC, 'ports'));
  const ui = files(path.join(SRC, 'ui'));
  it('has files to check', () => {
    expect(ports.length).toBeGreaterThanOrEqual(4);
    expect(ui.length).toBeGreaterThan(10);
  });
  it.each(ports.map((f) => [rel(f), f]))('%s imports only the core and other ports', (_n, f) => {
    for (const spec of importsOf(f)) expect(spec).toMatch(/^(core|ports)(\/|$)/);
  });
  it.each(ui.map((f) => [rel(f), f]))('%s imports no Office adapter and not Office', (_n, f) => {
    for (const spec of importsOf(f)) {
      expect(spec).not.toMatch(/^hosts\/(excel|word)(\/|$)/);
      expect(spec).not.toMatch(/^@microsoft\/office-js|^office-js/);
    }
  });
  it.each(ui.map((f) => [rel(f), f]))('%s imports no file packer (the report host packs the .docx)', (_n, f) => {
    for (const spec of importsOf(f)) {
      expect(spec).not.toMatch(/^hosts\//);
      expect(spec).not.toMatch(/^(docx|exceljs|fflate)(\/|$)/);
    }
  });
  it('the check itself sees a relative import of an adapter', () => {
    const probe = path.join(SRC, 'ui', 'report', 'x.tsx');
    const text = "import { a } from '../../hosts/excel/workbook';\nconst b = await import('../../ports');";
    expect(importsOf(probe, text)).toEqual(['hosts/excel/workbook', 'ports']);
  });
});

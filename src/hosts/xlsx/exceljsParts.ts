/**
 * exceljs (4.4, lib/xlsx/xlsx.js) loads a worksheet only from a part named
 * `xl/worksheets/sheetN.xml`, and finds it from the workbook's relationship as
 * `xl/` + the target: a sheet another tool stored as `xl/worksheets/Sheet1.xml`,
 * `xl/worksheets/data.xml` or in another folder, or whose target is written `./worksheets/…`
 * or `../xl/…`, is silently left out of the workbook exceljs gives — and repair, which writes
 * that workbook back, would drop it. Before repair's exceljs load, each listed worksheet's
 * part is renamed to a name exceljs reads (its own relationships moved with it and their
 * relative targets kept pointing where they did); after it, every sheet the workbook lists
 * must be there, or repair refuses naming the sheet (a chart sheet, which exceljs never
 * keeps, is refused the same way). Validate and report read through the relationships
 * (selective.ts) and need none of this.
 */
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const WORKSHEET_TYPE = /\/relationships\/worksheet$/;
/** What exceljs takes for a worksheet part (its own, unanchored, test). */
const EXCELJS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A part path, `.` and `..` resolved ("xl/a/../b.xml" → "xl/b.xml"). */
function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The part a relationship target names, from the folder of the part that holds it. */
export function resolveTarget(folder: string, target: string): string {
  return normalise(target.startsWith('/') ? target : `${folder}/${target}`);
}

/** `to` relative to the folder `from` ("xl/worksheets", "xl/drawings/d1.xml" → "../drawings/d1.xml"). */
function relative(from: string, to: string): string {
  const a = from.split('/');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const relsOf = (path: string) => `${folderOf(path)}/_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Where exceljs looks for a workbook relationship's part (workbook-xform.js reconcile). */
const exceljsPath = (target: string) => `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;

/**
 * Rename, in `parts` (by part name, as fflate's unzipSync gives them), every worksheet the
 * workbook lists whose part or target exceljs would not find. Returns whether anything changed.
 */
export function givePartsExceljsNames(parts: Record<string, Uint8Array>): boolean {
  const rels = parts[WORKBOOK_RELS];
  if (!rels) return false;
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  let relsXml = dec.decode(rels);
  let next = 1 + Math.max(0, ...Object.keys(parts).map((n) => +(EXCELJS_SHEET.exec(n)?.[1] ?? 0)));
  let changed = false;
  relsXml = relsXml.replace(/<Relationship\b[^>]*>/g, (tag) => {
    const type = attr(tag, 'Type') ?? '';
    const target = attr(tag, 'Target');
    if (!WORKSHEET_TYPE.test(type) || !target || attr(tag, 'TargetMode') === 'External') return tag;
    const path = resolveTarget('xl', target);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path) && exceljsPath(target) === path) return tag;
    const data = parts[path];
    if (!data) return tag; // no such part: the check after loading names the sheet
    const name = `xl/worksheets/sheet${next++}.xml`;
    delete parts[path];
    parts[name] = data;
    const ownRels = parts[relsOf(path)];
    if (ownRels) {
      delete parts[relsOf(path)];
      // Relative targets were from the part's old folder: from the new one they name the same parts.
      parts[relsOf(name)] = enc.encode(
        dec.decode(ownRels).replace(/<Relationship\b[^>]*>/g, (r) => {
          const t = attr(r, 'Target');
          if (!t || attr(r, 'TargetMode') === 'External' || t.startsWith('/')) return r;
          const moved = relative('xl/worksheets', resolveTarget(folderOf(path), t));
          return r.replace(/\sTarget="[^"]*"/, ` Target="${moved}"`);
        }),
      );
    }
    changed = true;
    return tag.replace(/\sTarget="[^"]*"/, ` Target="${name.slice('xl/'.length)}"`);
  });
  if (changed) parts[WORKBOOK_RELS] = enc.encode(relsXml);
  return changed;
}

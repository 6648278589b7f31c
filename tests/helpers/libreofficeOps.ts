/**
 * LibreOffice itself inserting and deleting rows and columns in a workbook and renaming a
 * sheet — what a clerk does in a spreadsheet — so the named ranges and formulas are moved
 * by a real engine (not by a test's guess of what it does), then every formula
 * recalculated and the workbook saved as .xlsx. One soffice start runs a whole batch (a
 * start costs seconds; the edits do not).
 *
 * A Basic macro in a private profile: the profile is initialised first (a first start
 * writes its own Standard library over anything put there before), then the macro
 * written, then soffice runs it with "macro:///Standard.Module1.Batch(<list file>)".
 * XSheetOperation-free API used: XTableColumns/XTableRows insertByIndex, removeByIndex
 * (com.sun.star.table), XNamed.setName, XCalculatable.calculateAll, storeToURL with the
 * "Calc MS Excel 2007 XML" filter.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RECALC_ALWAYS } from './libreoffice';

/** One edit of a sheet (0-based indexes, as the UNO API counts). */
export type SheetEdit =
  | { readonly op: 'insertColumn' | 'deleteColumn' | 'insertRow' | 'deleteRow'; readonly index: number }
  | { readonly op: 'rename'; readonly name: string }
  | { readonly op: 'type'; readonly cell: string; readonly text: string };

export interface EditJob {
  readonly input: string;
  readonly output: string;
  /** The sheet's position in the workbook (0-based): names with diacritics stay out of Basic's file I/O. */
  readonly sheetIndex: number;
  readonly edits: readonly SheetEdit[];
}

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Batch(listPath As String)
  Dim f As Integer
  f = FreeFile
  Open listPath For Input As #f
  Do While Not EOF(f)
    Dim job As String
    Line Input #f, job
    If Len(job) &gt; 0 Then RunJob(job)
  Loop
  Close #f
End Sub

Sub RunJob(job As String)
  Dim parts
  parts = Split(job, Chr(9))
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(parts(0), &quot;_blank&quot;, 0, args())
  sh = doc.Sheets.getByIndex(CInt(parts(2)))
  sh.unprotect(&quot;&quot;)
  Dim i As Integer
  For i = 3 To UBound(parts)
    Dim e
    e = Split(parts(i), &quot;|&quot;)
    Select Case e(0)
      Case &quot;insertColumn&quot;: sh.Columns.insertByIndex(CInt(e(1)), 1)
      Case &quot;deleteColumn&quot;: sh.Columns.removeByIndex(CInt(e(1)), 1)
      Case &quot;insertRow&quot;: sh.Rows.insertByIndex(CLng(e(1)), 1)
      Case &quot;deleteRow&quot;: sh.Rows.removeByIndex(CLng(e(1)), 1)
      Case &quot;rename&quot;: sh.setName(e(1))
      Case &quot;type&quot;: sh.getCellRangeByName(e(1)).setString(e(2))
    End Select
  Next i
  doc.calculateAll()
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(parts(1), out())
  doc.close(True)
End Sub
</script:module>
`;

function soffice(bin: string, profile: string, args: readonly string[], timeout: number): void {
  const p = spawnSync(
    bin,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--invisible', ...args],
    { encoding: 'utf8', timeout },
  );
  if (p.status !== 0) throw new Error(`soffice failed (${p.status}): ${p.stderr}`);
}

/** A profile whose Standard library holds the batch macro. */
export function editingProfile(bin: string, dir: string): string {
  const profile = path.join(dir, 'edit-profile');
  if (!fs.existsSync(path.join(profile, 'user', 'basic', 'Standard', '.tdkt'))) {
    soffice(bin, profile, ['--terminate_after_init'], 120000);
    const std = path.join(profile, 'user', 'basic', 'Standard');
    fs.mkdirSync(std, { recursive: true });
    fs.writeFileSync(path.join(std, 'Module1.xba'), MACRO);
    fs.writeFileSync(path.join(std, '.tdkt'), '');
  }
  return profile;
}

/** Run every job in one soffice start; each output file is the edited, recalculated workbook. */
export function editWithLibreOffice(bin: string, dir: string, jobs: readonly EditJob[]): void {
  if (jobs.length === 0) return;
  const profile = editingProfile(bin, dir);
  const list = path.join(dir, `jobs-${process.pid}-${Date.now()}.txt`);
  const field = (e: SheetEdit) =>
    e.op === 'rename' ? `rename|${e.name}` : e.op === 'type' ? `type|${e.cell}|${e.text}` : `${e.op}|${e.index}`;
  fs.writeFileSync(
    list,
    jobs
      .map((j) =>
        [pathToFileURL(j.input).href, pathToFileURL(j.output).href, String(j.sheetIndex), ...j.edits.map(field)].join(
          '\t',
        ),
      )
      .join('\n') + '\n',
  );
  soffice(bin, profile, [`macro:///Standard.Module1.Batch("${list}")`], 60000 + 20000 * jobs.length);
  for (const j of jobs) if (!fs.existsSync(j.output)) throw new Error(`LibreOffice wrote no ${j.output}`);
}

/**
 * Recalculate every formula of `files` with LibreOffice (one start) and save each as .xlsx
 * into `outDir`; returns the converted files, in order.
 */
export function recalcWithLibreOffice(bin: string, dir: string, files: readonly string[], outDir: string): string[] {
  const profile = path.join(dir, 'recalc-profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  soffice(bin, profile, ['--convert-to', 'xlsx', '--outdir', outDir, ...files], 60000 + 20000 * files.length);
  return files.map((f) => {
    const out = path.join(outDir, path.basename(f));
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

/**
 * The report part of the Excel host: read the open workbook through the host's one read path
 * (hosts/excel/read.ts: list, used ranges, read, find the form, read again what it needs more of)
 * and build the report with the core builder; the documents of the registry (core/documents:
 * the quyết định, the tờ trình, the Giấy khen) are drafted from the same read and packed by the same renderer;
 * "from the selected lines" reads the selection in the first round trip of that same read. Office is injected (`run` is
 * Excel.run in the add-in, the fake's in tests) and so is the platform, so the pane can
 * tell whether a download is possible without calling Office itself. The Số vào sổ printed for
 * lines without one are written into their empty cells on the clerk's word (bookNumbers.ts).
 */
import { DEFAULT_CATALOGUE } from '../../core';
import { REGISTER_SHEET_NAME } from '../../core';
import { DOCUMENTS, documentKind, documentSource, numbersOfSelection, type DocumentSource } from '../../core/documents';
import { documentFileName } from '../../core/format/fileName';
import { reportFromWorkbook } from '../../core/report';
import type { DocumentChoice, ExcelReportHost } from '../../ports';
import { codeOf, guarded } from './errors';
import { readPreviousFile } from '../xlsx/pickedPrevious';
import type { ExcelRun } from './api';
import { canDownloadOn } from './platform';
import { readWorkbook } from './read';
import { writeBookNumbers } from './bookNumbers';

export interface ExcelReportDiagnostics {
  /** Office.context.platform ("PC", "OfficeOnline", "Mac", "iOS", …). */
  readonly platform?: string;
}

export function createExcelReportHost(run: ExcelRun, diagnostics: ExcelReportDiagnostics = {}): ExcelReportHost {
  const source = async () => {
    const { grids } = await run((ctx) => readWorkbook(ctx, { fallback: DEFAULT_CATALOGUE }));
    return documentSource(grids);
  };
  const choices = (s: DocumentSource): DocumentChoice[] =>
    DOCUMENTS.map((d) => ({ id: d.id, name: d.name, needs: d.needs, numbers: d.numbers(s) }));
  return {
    kind: 'excel',
    canDownload: canDownloadOn(diagnostics.platform),
    async build(previousFile) {
      // The host's one read path: a province's form longer than the default is read whole.
      const { grids } = await run((ctx) => readWorkbook(ctx, { fallback: DEFAULT_CATALOGUE }));
      const previous = previousFile ? await readPreviousFile(previousFile) : undefined;
      const r = reportFromWorkbook(grids, {
        previous: previous && 'grids' in previous ? previous : undefined,
      });
      return previous && 'finding' in previous ? { ...r, findings: [...r.findings, previous.finding] } : r;
    },
    async renderDocx(doc) {
      // A dynamic import: the docx packer is a lazy chunk, loaded only when a report is packed.
      const { renderDraftedDocx } = await import(/* webpackChunkName: "docx" */ '../docx/render');
      return renderDraftedDocx(doc);
    },
    async documents() {
      const s = await source();
      if ('notOurs' in s) return { documents: [], findings: [s.notOurs] };
      return { documents: choices(s), findings: [] };
    },
    async draftDocument(id, number, only) {
      const s = await source();
      if ('notOurs' in s) return { status: 'unknown-number', findings: [s.notOurs] };
      const kind = documentKind(id);
      const built = kind.build(s, number, only);
      if (built.status !== 'ok') return { status: built.status, findings: built.findings };
      return {
        status: 'ok',
        document: built.document,
        fileName: documentFileName(kind.fileStem, number, s.info.unitName),
      };
    },
    async numbersFromSelection() {
      const read = await run(async (ctx) => {
        // Queued before the read: they go in its first round trip (the sheet list), no extra sync.
        const selected = ctx.workbook.getSelectedRange();
        selected.load(['rowIndex', 'rowCount']);
        const sheet = selected.worksheet;
        sheet.load('name');
        try {
          const { grids } = await readWorkbook(ctx, { fallback: DEFAULT_CATALOGUE });
          return { grids, sheet: sheet.name, first: selected.rowIndex + 1, count: selected.rowCount };
        } catch (e) {
          // Several areas, or a chart: "If there are multiple ranges selected, this method will
          // throw an error" (@types/office-js, Workbook.getSelectedRange), code InvalidSelection.
          if (codeOf(e) === 'InvalidSelection') return undefined;
          throw e;
        }
      });
      if (!read) return { kind: 'not-one-range' };
      if (read.sheet !== REGISTER_SHEET_NAME) return { kind: 'not-register' };
      const s = documentSource(read.grids);
      if ('notOurs' in s) return { kind: 'not-ours', findings: [s.notOurs] };
      const picked = numbersOfSelection(s, read.first, read.first + read.count - 1);
      if (!picked.rows.length) return { kind: 'not-lines' };
      return { kind: 'picked', rows: picked.rows, byDocument: picked.byDocument, documents: choices(s) };
    },
    writeBookNumbers(cells) {
      // An Office failure (a cell being edited, a protected sheet) as the clerk's sentence.
      return guarded(() => run((ctx) => writeBookNumbers(ctx, cells)));
    },
  };
}

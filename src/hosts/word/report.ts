/**
 * Word: "Chèn báo cáo từ sổ tính…". The clerk picks the .xlsx; exceljs and docx are
 * loaded only then (dynamic import → lazy chunks); the report is built by the same core
 * builder as the CLI and the Excel pane, rendered to .docx and inserted at the cursor
 * with insertFileFromBase64 in one batch (one sync). An unreadable workbook, or one
 * whose tally has errors, inserts nothing and says why.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE } from '../../core';
import { reportFromWorkbook, type MissingSection, type ReportFinding } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import { toBase64 } from './base64';

/** The part of Word.RequestContext this uses (the real one satisfies it; tests pass a fake). */
export interface WordContextLike {
  readonly document: {
    getSelection(): { insertFileFromBase64(base64: string, location: 'Replace'): unknown };
  };
  sync(): Promise<void>;
}

export type WordRun = <T>(batch: (context: WordContextLike) => Promise<T>) => Promise<T>;

/** What the pane gets back: never an exception for a bad file. */
export type InsertOutcome =
  | {
      readonly kind: 'inserted';
      readonly findings: readonly ReportFinding[];
      /** Sections still holding "[…]". */
      readonly missing?: readonly MissingSection[];
    }
  | { readonly kind: 'refused'; readonly message: string; readonly findings: readonly ReportFinding[] };

/** The bytes of the picked file (a File in the browser; anything with arrayBuffer()). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const T = REPORT_TEXT.ui;

function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Read an .xlsx's bytes into the report (loads exceljs on first use). */
export async function reportFromXlsxBytes(bytes: Uint8Array) {
  const [{ default: ExcelJS }, { readGrids }] = await Promise.all([import('exceljs'), import('../xlsx/read')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return reportFromWorkbook(readGrids(wb, buildWorkbookPlan(DEFAULT_CATALOGUE)));
}

/** A type (not an interface) so that it fits the pane's open `ReportHost`. */
export type WordReportHost = {
  readonly kind: 'word';
  insertFromFile(file: PickedFile): Promise<InsertOutcome>;
};

export function createWordReportHost(run: WordRun): WordReportHost {
  return {
    kind: 'word',
    async insertFromFile(file) {
      if (!/\.xlsx$/i.test(file.name)) return { kind: 'refused', message: T.notXlsx(file.name), findings: [] };
      let built: Awaited<ReturnType<typeof reportFromXlsxBytes>>;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (!looksLikeXlsx(bytes)) throw new Error('not a zip');
        built = await reportFromXlsxBytes(bytes);
      } catch {
        return { kind: 'refused', message: T.unreadable(file.name), findings: [] };
      }
      if (!built.document) return { kind: 'refused', message: T.nothingInserted, findings: built.findings };
      const { renderReportDocx } = await import('../docx/render');
      const base64 = toBase64(await renderReportDocx(built.document));
      try {
        await run(async (ctx) => {
          ctx.document.getSelection().insertFileFromBase64(base64, 'Replace');
          await ctx.sync();
        });
      } catch (e) {
        const detail = (e as { code?: string; message?: string })?.code ?? (e as Error)?.message ?? String(e);
        return { kind: 'refused', message: T.wordFailed(detail), findings: built.findings };
      }
      return { kind: 'inserted', findings: built.findings, missing: built.missing };
    },
  };
}

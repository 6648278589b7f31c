/**
 * Word: "Chèn báo cáo từ sổ tính…". The clerk picks the .xlsx; exceljs and docx are
 * loaded only then (dynamic import → lazy chunks); the report is built by the same core
 * builder as the CLI and the Excel pane and rendered to .docx. An unreadable workbook, or
 * one whose tally has errors, inserts nothing and says why.
 *
 * Where it goes depends on what this Word supports, checked at run time
 * (`Office.context.requirements.isSetSupported`, injected), best first:
 *  1. WordApi 1.5 `document.insertFileFromBase64(…, "Replace")`: "Headers, footers,
 *     watermarks, and other section properties are copied by default" (@types/office-js,
 *     Word.Document) — the page numbers (a header from page 2) and the landscape Phụ lục II
 *     (a section) survive. It replaces the whole document, so a document that is not empty
 *     is replaced only after the clerk says so (`confirmReplace`).
 *  2. WordApi 1.3 `application.createDocument(base64).open()`: the report opens as a new
 *     document, complete; the open document is left alone.
 *  3. WordApi 1.1 `getSelection().insertFileFromBase64(…, "Replace")`: the body only (a
 *     Range insert keeps no headers, footers or section settings); the clerk is told
 *     plainly what is lost and how to set it by hand.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, type WorkbookGrids } from '../../core';
import { reportFromWorkbook } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import { WORD_REPORT_TEXT } from '../../core/text/ui';
import { readPreviousFile } from '../xlsx/pickedPrevious';
import type { InsertOptions, WordInsertPath, WordReportHost } from '../../ports';
import { toBase64 } from './base64';

/** The part of Word.RequestContext this uses (the real one satisfies it; tests pass a fake). */
export interface WordContextLike {
  readonly document: {
    readonly body: {
      readonly text: string;
      load(propertyNames: string): unknown;
      readonly tables: { readonly items: readonly unknown[]; load(propertyNames: string): unknown };
      readonly inlinePictures: { readonly items: readonly unknown[]; load(propertyNames: string): unknown };
    };
    /** WordApi 1.5. */
    insertFileFromBase64(base64: string, location: 'Replace'): unknown;
    /** WordApi 1.1. */
    getSelection(): { insertFileFromBase64(base64: string, location: 'Replace'): unknown };
  };
  readonly application: {
    /** WordApi 1.3. */
    createDocument(base64?: string): { open(): void };
  };
  sync(): Promise<void>;
}

export type WordRun = <T>(batch: (context: WordContextLike) => Promise<T>) => Promise<T>;

/** The requirement set each path needs. */
export const WORD_PATH_API: Readonly<Record<WordInsertPath, string>> = {
  document: '1.5',
  'new-document': '1.3',
  selection: '1.1',
};

export interface WordHostOptions {
  /** `Office.context.requirements.isSetSupported`; omitted = only WordApi 1.1 is assumed. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

const T = REPORT_TEXT.ui;
const W = WORD_REPORT_TEXT;

function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Read an .xlsx's bytes into the report (loads exceljs on first use). */
export async function reportFromXlsxBytes(
  bytes: Uint8Array,
  previous?: { readonly grids: WorkbookGrids; readonly name: string },
) {
  const [{ default: ExcelJS }, { readGrids }] = await Promise.all([import('exceljs'), import('../xlsx/read')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return reportFromWorkbook(readGrids(wb, buildWorkbookPlan(DEFAULT_CATALOGUE)), { previous });
}

/** Nothing the clerk wrote would be lost: no text, table or picture in the body. */
async function documentIsEmpty(run: WordRun): Promise<boolean> {
  return run(async (ctx) => {
    const body = ctx.document.body;
    body.load('text');
    body.tables.load('items/rowCount');
    body.inlinePictures.load('items/width');
    await ctx.sync();
    return body.text.trim() === '' && body.tables.items.length === 0 && body.inlinePictures.items.length === 0;
  });
}

export function createWordReportHost(run: WordRun, options: WordHostOptions = {}): WordReportHost {
  const supports = (version: string) => !!options.isSetSupported?.('WordApi', version);

  /** The path to take, asking first when the document would be replaced. */
  async function choosePath(ask: InsertOptions['confirmReplace']): Promise<WordInsertPath | 'cancel'> {
    const newDocument = supports(WORD_PATH_API['new-document']);
    if (supports(WORD_PATH_API.document)) {
      if (await documentIsEmpty(run)) return 'document';
      if (!ask) return newDocument ? 'new-document' : 'selection';
      const answer = await ask({ newDocument });
      if (answer === 'replace') return 'document';
      if (answer === 'new-document' && newDocument) return 'new-document';
      return 'cancel';
    }
    return newDocument ? 'new-document' : 'selection';
  }

  return {
    kind: 'word',
    async insertFromFile(file, insertOptions = {}) {
      if (!/\.xlsx$/i.test(file.name)) return { kind: 'refused', message: T.notXlsx(file.name), findings: [] };
      let built: Awaited<ReturnType<typeof reportFromXlsxBytes>>;
      const previous = insertOptions.previous ? await readPreviousFile(insertOptions.previous) : undefined;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (!looksLikeXlsx(bytes)) throw new Error('not a zip');
        built = await reportFromXlsxBytes(bytes, previous && 'grids' in previous ? previous : undefined);
      } catch {
        return { kind: 'refused', message: T.unreadable(file.name), findings: [] };
      }
      if (previous && 'finding' in previous) built = { ...built, findings: [...built.findings, previous.finding] };
      if (!built.document) return { kind: 'refused', message: T.nothingInserted, findings: built.findings };
      const { renderReportDocx } = await import('../docx/render');
      const base64 = toBase64(await renderReportDocx(built.document));
      try {
        const path = await choosePath(insertOptions.confirmReplace);
        if (path === 'cancel') return { kind: 'cancelled', message: W.cancelled, findings: built.findings };
        await run(async (ctx) => {
          if (path === 'document') ctx.document.insertFileFromBase64(base64, 'Replace');
          else if (path === 'new-document') ctx.application.createDocument(base64).open();
          else ctx.document.getSelection().insertFileFromBase64(base64, 'Replace');
          await ctx.sync();
        });
        const message =
          path === 'document'
            ? W.replaced(file.name)
            : path === 'new-document'
              ? W.opened(file.name)
              : W.insertedAtCursor(file.name);
        return { kind: 'inserted', path, message, findings: built.findings, missing: built.missing };
      } catch (e) {
        const detail = (e as { code?: string; message?: string })?.code ?? (e as Error)?.message ?? String(e);
        return { kind: 'refused', message: T.wordFailed(detail), findings: built.findings };
      }
    },
  };
}

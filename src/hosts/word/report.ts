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
 *
 * The registry's documents (core/documents: the quyết định, the tờ trình) go the same way from
 * the same picked workbook: `documentsFromFile` lists the numbers its register holds,
 * `insertDocument` drafts one and puts it in by the same paths, asking the same question. The
 * workbook is read once per picked file (kept while the pane holds the file), whatever is asked
 * of it. A document that is not a letter (`isLetter`: pages of fixed fields) is offered as a
 * .docx to download, never inserted.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, type WorkbookGrids } from '../../core';
import { DOCUMENTS, documentKind, documentSource, isLetter, type DocumentFinding } from '../../core/documents';
import { documentFileName } from '../../core/format/fileName';
import { reportFromWorkbook, type MissingSection, type ReportDocument } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import { WORD_DOCUMENT_TEXT, WORD_REPORT_TEXT } from '../../core/text/ui';
import { readPreviousFile } from '../xlsx/pickedPrevious';
import type { InsertOptions, InsertOutcome, PickedFile, WordInsertPath, WordReportHost } from '../../ports';
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
    /** WordApi 1.5 (the options too); returns the inserted sections. */
    insertFileFromBase64(base64: string, location: 'Replace', options?: InsertFileOptionsLike): SectionsLike;
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

/** Word.InsertFileOptions: each of these is WordApi 1.5 (@types/office-js). */
export interface InsertFileOptionsLike {
  readonly importTheme?: boolean;
  readonly importStyles?: boolean;
  readonly importParagraphSpacing?: boolean;
  readonly importPageColor?: boolean;
}

/** Word.SectionCollection, what Document.insertFileFromBase64 returns (WordApi 1.5). */
export interface SectionsLike {
  load(propertyNames: string): unknown;
  readonly items: readonly {
    /** WordApi 1.1. */
    getHeader(type: 'Primary' | 'FirstPage' | 'EvenPages'): {
      readonly text: string;
      load(propertyNames: string): unknown;
    };
  }[];
}

/**
 * What makes the report look as it should, asked of insertFileFromBase64: without them Word on
 * the web and Word for Windows have kept the open document's styles and spacing, not the
 * report's (office-js#5810, #3433, #3222, #3357). Only WordApi 1.5 options: importDifferentOddEvenPages
 * (1.7) and the custom properties/XML parts (1.6) are not the report's concern.
 */
export const REPORT_INSERT_OPTIONS: InsertFileOptionsLike = {
  importTheme: true,
  importStyles: true,
  importParagraphSpacing: true,
  importPageColor: true,
};

/** The requirement set each path needs. */
export const WORD_PATH_API: Readonly<Record<WordInsertPath, string>> = {
  document: '1.5',
  'new-document': '1.3',
  selection: '1.1',
};

export interface WordHostOptions {
  /** `Office.context.requirements.isSetSupported`; omitted = only WordApi 1.1 is assumed. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /**
   * `Office.context.platform`. On Word on the web ("OfficeOnline") application.createDocument(…)
   * .open() shows a notice and opens nothing (office-js#5507), or fails with "The action isn't
   * supported by Word in a browser" (office-js#1745): a new document is never offered there; the
   * .docx is offered as a download instead.
   */
  readonly platform?: string;
}

function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Read an .xlsx's bytes into grids (loads exceljs on first use). */
export async function gridsFromXlsxBytes(bytes: Uint8Array): Promise<WorkbookGrids> {
  const [{ default: ExcelJS }, { readGrids }] = await Promise.all([import('exceljs'), import('../xlsx/read')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return readGrids(wb, buildWorkbookPlan(DEFAULT_CATALOGUE));
}

/** Read an .xlsx's bytes into the report (loads exceljs on first use). */
export async function reportFromXlsxBytes(
  bytes: Uint8Array,
  previous?: { readonly grids: WorkbookGrids; readonly name: string },
) {
  return reportFromWorkbook(await gridsFromXlsxBytes(bytes), { previous });
}

/** What the Word paths say, the report's or a document's. */
interface PutTexts {
  readonly replaced: string;
  readonly opened: string;
  readonly insertedAtCursor: string;
  readonly cancelled: string;
  readonly downloadOffered: (fileName: string) => string;
  readonly lostSections: string;
  readonly lostPageNumbers: string;
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
  async function choosePath(ask: InsertOptions['confirmReplace']): Promise<WordInsertPath | 'cancel' | 'download'> {
    const newDocument = supports(WORD_PATH_API['new-document']) && options.platform !== 'OfficeOnline';
    // Where no new document can be opened, the report can still be downloaded whole.
    const download = !newDocument;
    if (supports(WORD_PATH_API.document)) {
      if (await documentIsEmpty(run)) return 'document';
      if (!ask) return newDocument ? 'new-document' : 'selection';
      const answer = await ask({ newDocument, download });
      if (answer === 'replace') return 'document';
      if (answer === 'new-document' && newDocument) return 'new-document';
      if (answer === 'download' && download) return 'download';
      return 'cancel';
    }
    return newDocument ? 'new-document' : 'selection';
  }

  /**
   * After a whole-document insert: are the report's sections (Phụ lục II on a landscape page)
   * and its page numbers (the primary header) there? Word has dropped section properties and
   * headers on insert (office-js#5810, #3433, #3222, #3357). What is missing, in the clerk's words
   * (the report's landscape Phụ lục II, a document's danh sách on its own page).
   */
  async function lostAfterInsert(
    sections: SectionsLike,
    doc: { readonly sections: readonly { readonly pageNumbers: boolean }[] },
    ctx: WordContextLike,
    texts: Pick<PutTexts, 'lostSections' | 'lostPageNumbers'>,
  ): Promise<string[]> {
    sections.load('items');
    await ctx.sync();
    const numbered = doc.sections
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => s.pageNumbers && i < sections.items.length)
      .map(({ i }) => {
        const h = sections.items[i]!.getHeader('Primary');
        h.load('text');
        return h;
      });
    if (numbered.length) await ctx.sync();
    const lost: string[] = [];
    if (sections.items.length < doc.sections.length) lost.push(texts.lostSections);
    if (numbered.some((h) => h.text.trim() === '') || (doc.sections.some((s) => s.pageNumbers) && !numbered.length))
      lost.push(texts.lostPageNumbers);
    return lost;
  }

  /** The grids of a picked workbook, read once per file (an unreadable file is read again next time). */
  const read = new WeakMap<PickedFile, Promise<WorkbookGrids>>();
  const gridsOf = (file: PickedFile): Promise<WorkbookGrids> => {
    let p = read.get(file);
    if (!p) {
      p = (async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (!looksLikeXlsx(bytes)) throw new Error('not a zip');
        return gridsFromXlsxBytes(bytes);
      })();
      p.catch(() => read.delete(file));
      read.set(file, p);
    }
    return p;
  };

  /**
   * Put a packed letter into Word: the path this Word allows (asking before replacing a document
   * that is not empty), then what it kept. One `run` per step: 1 sync to see whether the
   * document is empty, 1 for the insert and its sections, 1 for their headers — the same count
   * whatever the document holds (it goes in as one file).
   */
  async function put<F>(
    docx: Uint8Array,
    document: ReportDocument,
    fileName: string,
    texts: PutTexts,
    findings: readonly F[],
    ask: InsertOptions['confirmReplace'],
    extra: { readonly missing?: readonly MissingSection[] } = {},
  ): Promise<InsertOutcome<F>> {
    const base64 = toBase64(docx);
    try {
      const path = await choosePath(ask);
      if (path === 'cancel') return { kind: 'cancelled', message: texts.cancelled, findings };
      if (path === 'download')
        return {
          kind: 'download',
          bytes: docx,
          fileName,
          message: texts.downloadOffered(fileName),
          findings,
          ...extra,
        };
      const lost = await run(async (ctx) => {
        if (path === 'document') {
          const sections = ctx.document.insertFileFromBase64(base64, 'Replace', REPORT_INSERT_OPTIONS);
          return lostAfterInsert(sections, document, ctx, texts); // the insert and its sections: one sync
        }
        if (path === 'new-document') ctx.application.createDocument(base64).open();
        else ctx.document.getSelection().insertFileFromBase64(base64, 'Replace');
        await ctx.sync();
        return [];
      });
      const message =
        (path === 'document' ? texts.replaced : path === 'new-document' ? texts.opened : texts.insertedAtCursor) +
        (lost.length ? ` ${WORD_REPORT_TEXT.lostOnInsert(lost)}` : '');
      return { kind: 'inserted', path, message, findings, ...extra };
    } catch (e) {
      const detail = (e as { code?: string; message?: string })?.code ?? (e as Error)?.message ?? String(e);
      return { kind: 'refused', message: REPORT_TEXT.ui.wordFailed(detail), findings };
    }
  }

  return {
    kind: 'word',
    async insertFromFile(file, insertOptions = {}) {
      if (!/\.xlsx$/i.test(file.name))
        return { kind: 'refused', message: REPORT_TEXT.ui.notXlsx(file.name), findings: [] };
      let built: ReturnType<typeof reportFromWorkbook>;
      const previous = insertOptions.previous ? await readPreviousFile(insertOptions.previous) : undefined;
      try {
        built = reportFromWorkbook(await gridsOf(file), {
          previous: previous && 'grids' in previous ? previous : undefined,
        });
      } catch {
        return { kind: 'refused', message: REPORT_TEXT.ui.unreadable(file.name), findings: [] };
      }
      if (previous && 'finding' in previous) built = { ...built, findings: [...built.findings, previous.finding] };
      if (!built.document)
        return { kind: 'refused', message: REPORT_TEXT.ui.nothingInserted, findings: built.findings };
      const { renderReportDocx } = await import('../docx/render');
      const docx = await renderReportDocx(built.document);
      return put(
        docx,
        built.document,
        file.name.replace(/\.xlsx$/i, '.docx'),
        {
          replaced: WORD_REPORT_TEXT.replaced(file.name),
          opened: WORD_REPORT_TEXT.opened(file.name),
          insertedAtCursor: WORD_REPORT_TEXT.insertedAtCursor(file.name),
          cancelled: WORD_REPORT_TEXT.cancelled,
          downloadOffered: WORD_REPORT_TEXT.downloadOffered,
          lostSections: WORD_REPORT_TEXT.lostSections,
          lostPageNumbers: WORD_REPORT_TEXT.lostPageNumbers,
        },
        built.findings,
        insertOptions.confirmReplace,
        { missing: built.missing },
      );
    },

    async documentsFromFile(file) {
      if (!/\.xlsx$/i.test(file.name)) return { kind: 'refused', message: REPORT_TEXT.ui.notXlsx(file.name) };
      let grids: WorkbookGrids;
      try {
        grids = await gridsOf(file);
      } catch {
        return { kind: 'refused', message: REPORT_TEXT.ui.unreadable(file.name) };
      }
      const s = documentSource(grids);
      if ('notOurs' in s) return { kind: 'read', documents: [], findings: [s.notOurs] };
      return {
        kind: 'read',
        documents: DOCUMENTS.map((d) => ({ id: d.id, name: d.name, needs: d.needs, numbers: d.numbers(s) })),
        findings: [],
      };
    },

    async insertDocument(file, id, number, insertOptions = {}) {
      const none: readonly DocumentFinding[] = [];
      if (!/\.xlsx$/i.test(file.name))
        return { kind: 'refused', message: REPORT_TEXT.ui.notXlsx(file.name), findings: none };
      let grids: WorkbookGrids;
      try {
        grids = await gridsOf(file);
      } catch {
        return { kind: 'refused', message: REPORT_TEXT.ui.unreadable(file.name), findings: none };
      }
      const kind = documentKind(id);
      const s = documentSource(grids);
      if ('notOurs' in s) return { kind: 'refused', message: WORD_DOCUMENT_TEXT.notOurs, findings: [s.notOurs] };
      const built = kind.build(s, number);
      if (built.status !== 'ok')
        return { kind: 'refused', message: WORD_DOCUMENT_TEXT.blocked(kind.name, file.name), findings: built.findings };
      const { renderDraftedDocx } = await import('../docx/render');
      const docx = await renderDraftedDocx(built.document);
      const fileName = documentFileName(kind.fileStem, number, s.info.unitName);
      // Pages whose fields stand at fixed places (not a letter) are printed from the file, never inserted.
      if (!isLetter(built.document))
        return {
          kind: 'download',
          bytes: docx,
          fileName,
          message: WORD_DOCUMENT_TEXT.downloadOnly(kind.name, fileName),
          findings: built.findings,
        };
      const name = kind.name;
      return put(
        docx,
        built.document,
        fileName,
        {
          replaced: WORD_DOCUMENT_TEXT.replaced(name, number),
          opened: WORD_DOCUMENT_TEXT.opened(name, number),
          insertedAtCursor: WORD_DOCUMENT_TEXT.insertedAtCursor(name, number),
          cancelled: WORD_DOCUMENT_TEXT.cancelled(name),
          downloadOffered: (f) => WORD_DOCUMENT_TEXT.downloadOffered(name, f),
          lostSections: WORD_DOCUMENT_TEXT.lostSections,
          lostPageNumbers: WORD_REPORT_TEXT.lostPageNumbers,
        },
        built.findings,
        insertOptions.confirmReplace,
      );
    },
  };
}

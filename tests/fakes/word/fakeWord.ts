/**
 * A small fake of the Word JavaScript API subset hosts/word/report.ts uses. It records
 * which insert method ran and the requirement set it belongs to, answers
 * `isSetSupported` for the Word version it plays, and behaves like Office.js where the
 * host depends on it: properties need load + sync (PropertyNotLoaded), calls are queued
 * and run at sync, and a method of a requirement set this Word lacks fails at sync
 * (ApiNotFound), as the real runtime does.
 */
import type { WordContextLike, WordRun } from '../../../src/hosts/word/report';

export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export type WordInsertMethod =
  'Document.insertFileFromBase64' | 'Application.createDocument(base64).open' | 'Range.insertFileFromBase64';

/** The requirement set of each method (@types/office-js "[Api set: …]"). */
export const METHOD_SET: Readonly<Record<WordInsertMethod, string>> = {
  'Document.insertFileFromBase64': 'WordApi 1.5',
  'Application.createDocument(base64).open': 'WordApi 1.3',
  'Range.insertFileFromBase64': 'WordApi 1.1',
};

export interface WordInsertion {
  readonly method: WordInsertMethod;
  readonly requirementSet: string;
  readonly base64: string;
  readonly location?: string;
  /** Word.InsertFileOptions passed (Document.insertFileFromBase64 only). */
  readonly options?: unknown;
}

/**
 * What the inserted document keeps: its sections and the text of each section's primary
 * header. Word has dropped them (office-js#5810, #3433, #3222, #3357): a test sets fewer
 * sections or empty headers to play that Word.
 */
export interface InsertedLayout {
  sections: number;
  primaryHeaders: string[];
}

export class FakeWord {
  syncs = 0;
  /** What ran, in order. */
  readonly insertions: WordInsertion[] = [];
  /** Every isSetSupported(name, version) the host asked. */
  readonly asked: string[] = [];
  /** The open document's body. */
  body = { text: '', tables: 0, pictures: 0 };
  /** Documents opened by createDocument(…).open(). */
  readonly opened: string[] = [];
  fail?: Error;
  /** The report's layout as this Word keeps it after Document.insertFileFromBase64 (default: all of it). */
  inserted: InsertedLayout = { sections: 10, primaryHeaders: Array.from({ length: 10 }, () => '2') };
  /**
   * Office.context.platform. On "OfficeOnline", createDocument(…).open() shows a notice and opens
   * nothing (office-js#5507; or "The action isn't supported by Word in a browser", #1745).
   */
  platform = 'PC';

  /** @param version the highest WordApi this Word supports (1.1, 1.3, 1.5, …). */
  constructor(readonly version = 1.5) {}

  readonly isSetSupported = (name: string, version: string): boolean => {
    this.asked.push(`${name} ${version}`);
    return name === 'WordApi' && Number(version) <= this.version;
  };

  readonly run: WordRun = async (batch) => {
    const queue: (() => void)[] = [];
    const loaded = new Set<string>();
    const needs = (set: string, op: () => void) =>
      queue.push(() => {
        if (Number(set.split(' ')[1]) > this.version) {
          throw new FakeWordError('ApiNotFound', `This Word does not support ${set}.`);
        }
        op();
      });
    const notLoaded = (p: string) =>
      new FakeWordError('PropertyNotLoaded', `The property '${p}' is not available: load and sync first.`);
    const snapshot = { text: '', tables: [] as unknown[], pictures: [] as unknown[] };
    const record = (method: WordInsertMethod, base64: string, location?: string, options?: unknown) =>
      needs(METHOD_SET[method], () => {
        if (method === 'Application.createDocument(base64).open' && this.platform === 'OfficeOnline') return;
        this.insertions.push({ method, requirementSet: METHOD_SET[method], base64, location, options });
        if (method === 'Document.insertFileFromBase64') this.body = { text: '(báo cáo)', tables: 1, pictures: 0 };
        if (method === 'Range.insertFileFromBase64') this.body = { ...this.body, text: `${this.body.text}(báo cáo)` };
        if (method === 'Application.createDocument(base64).open') this.opened.push(base64);
      });
    /** Word.SectionCollection of the inserted document: items and headers need load + sync. */
    const sections = () => {
      let items: { getHeader(type: string): { readonly text: string; load(p: string): unknown } }[] | undefined;
      return {
        load: () =>
          queue.push(() => {
            items = Array.from({ length: this.inserted.sections }, (_, i) => ({
              getHeader: () => {
                let text: string | undefined;
                return {
                  get text() {
                    if (text === undefined) throw notLoaded('text');
                    return text;
                  },
                  load: () => queue.push(() => (text = this.inserted.primaryHeaders[i] ?? '')),
                };
              },
            }));
          }),
        get items() {
          if (!items) throw notLoaded('items');
          return items;
        },
      };
    };
    const ctx: WordContextLike = {
      document: {
        body: {
          get text() {
            if (!loaded.has('text')) throw notLoaded('text');
            return snapshot.text;
          },
          load: (p: string) => queue.push(() => p.split(',').forEach((x) => loaded.add(x.trim()))),
          tables: {
            get items() {
              if (!loaded.has('tables')) throw notLoaded('items');
              return snapshot.tables;
            },
            load: () => queue.push(() => loaded.add('tables')),
          },
          inlinePictures: {
            get items() {
              if (!loaded.has('pictures')) throw notLoaded('items');
              return snapshot.pictures;
            },
            load: () => queue.push(() => loaded.add('pictures')),
          },
        },
        insertFileFromBase64: (base64, location, options) => {
          record('Document.insertFileFromBase64', base64, location, options);
          return sections();
        },
        getSelection: () => ({
          insertFileFromBase64: (base64, location) => record('Range.insertFileFromBase64', base64, location),
        }),
      },
      application: {
        createDocument: (base64) => ({
          open: () => record('Application.createDocument(base64).open', base64 ?? ''),
        }),
      },
      sync: async () => {
        this.syncs++;
        const ops = queue.splice(0);
        if (this.fail) throw this.fail;
        snapshot.text = this.body.text;
        snapshot.tables = Array.from({ length: this.body.tables }, () => ({}));
        snapshot.pictures = Array.from({ length: this.body.pictures }, () => ({}));
        for (const op of ops) op();
      },
    };
    return batch(ctx);
  };
}

/**
 * The pane's settings kept in the document (Office.context.document.settings): a property
 * bag saved inside the workbook file, so the view the clerk left is the one this workbook
 * opens on, on any computer. `get` returns null for a name never set; `set` changes the
 * in-memory copy and `saveAsync` writes it into the document (Office.Settings, Common API
 * requirement set 1.1: https://learn.microsoft.com/javascript/api/office/office.settings).
 */
import type { PaneSettingsHost } from '../../ports';

/** The part of Office.Settings used here (injected: the entry passes Office.context.document.settings). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const PREFIX = 'tdkt.';

export function createDocumentSettings(settings: OfficeSettingsLike | undefined): PaneSettingsHost | undefined {
  if (!settings) return undefined;
  return {
    get(name) {
      try {
        const v = settings.get(PREFIX + name);
        return typeof v === 'string' ? v : undefined;
      } catch {
        return undefined;
      }
    },
    set(name, value) {
      try {
        if (settings.get(PREFIX + name) === value) return;
        settings.set(PREFIX + name, value);
        // A failed save (a read-only workbook) only means the view is not remembered.
        settings.saveAsync(() => undefined);
      } catch {
        /* not remembered */
      }
    },
  };
}

/**
 * The pane's settings in the document: Office.Settings keeps a property bag in memory
 * (get returns null for a name never set) and saveAsync writes it into the file
 * (https://learn.microsoft.com/javascript/api/office/office.settings).
 */
import { createDocumentSettings, type OfficeSettingsLike } from '../../src/hosts/excel/paneSettings';

function officeSettings(): OfficeSettingsLike & { saved: Record<string, unknown>; saves: number } {
  const bag: Record<string, unknown> = {};
  const out = {
    saved: {} as Record<string, unknown>,
    saves: 0,
    get: (name: string) => (name in bag ? bag[name] : null),
    set: (name: string, value: unknown) => void (bag[name] = value),
    saveAsync(cb?: (r: { status: unknown }) => void) {
      out.saves++;
      out.saved = { ...bag };
      cb?.({ status: 'succeeded' });
    },
  };
  return out;
}

describe('the pane settings kept in the document', () => {
  it('issue 23.1: the view is saved into the document once per change and read back', () => {
    const office = officeSettings();
    const settings = createDocumentSettings(office)!;
    expect(settings.get('view')).toBeUndefined();
    settings.set('view', 'documents');
    settings.set('view', 'documents'); // unchanged: not saved again
    expect(office.saves).toBe(1);
    expect(office.saved).toEqual({ 'tdkt.view': 'documents' });
    expect(createDocumentSettings(office)!.get('view')).toBe('documents');
  });

  it('a document whose settings cannot be saved: nothing thrown, the view simply not remembered', () => {
    const broken: OfficeSettingsLike = {
      get: () => {
        throw new Error('boom');
      },
      set: () => {
        throw new Error('boom');
      },
      saveAsync: () => undefined,
    };
    const settings = createDocumentSettings(broken)!;
    expect(settings.get('view')).toBeUndefined();
    expect(() => settings.set('view', 'check')).not.toThrow();
    expect(createDocumentSettings(undefined)).toBeUndefined();
  });
});

/**
 * The pane's settings for the open workbook (which view was shown last), kept with the
 * workbook where the host can (Excel: the document's settings, saved in the file), so the
 * clerk finds the pane as they left it for this workbook. Reads are synchronous: the pane
 * opens on the remembered view without a flash of another.
 */
export interface PaneSettingsHost {
  get(name: string): string | undefined;
  /** Remember `value`; never throws (a setting that cannot be saved is simply forgotten). */
  set(name: string, value: string): void;
}

/** A PaneSettingsHost kept in memory (tests, hosts without per-document settings). */
export function memorySettings(initial: Readonly<Record<string, string>> = {}): PaneSettingsHost {
  const values = new Map(Object.entries(initial));
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
  };
}

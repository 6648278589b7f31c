/**
 * The standard workbook as a plan: every sheet of `SHEETS` laid out from the inputs —
 * the basis of create, repair, fill (the example) and aggregate, for every host.
 */
import type { Catalogue } from '../catalogue';
import { DEFAULT_CATALOGUE, isBuiltInCatalogue } from '../catalogue';
import { buildCatalogueSheet } from '../layout/catalogueSheet';
import { STYLES } from '../layout/styles';
import { tallyLastRow } from '../layout/tally';
import type { SheetKey, SheetPlan, WorkbookPlan } from '../layout/types';
import { emptyInputs, type WorkbookInputs } from './inputs';
import { SHEETS } from './sheetList';

/** The whole workbook as a plan: blank for create, with inputs for repair, fill and aggregate. */
export function buildWorkbookPlan(
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  inputs: WorkbookInputs = emptyInputs(),
): WorkbookPlan {
  return {
    formId: catalogue.formId,
    version: catalogue.version,
    sheets: [
      ...SHEETS.map((s) => s.build(catalogue, inputs)),
      // A catalogue from a file travels inside the workbook (very hidden); built-in forms need only their marker.
      ...(isBuiltInCatalogue(catalogue) ? [] : [buildCatalogueSheet(catalogue)]),
    ],
    names: SHEETS.flatMap((s) => s.names?.() ?? []),
    styles: STYLES,
  };
}

export function sheetPlan(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const s = plan.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`The plan has no ${key} sheet`);
  return s;
}

/** Last row of the tally table for this catalogue (for hosts that read a fixed extent). */
export function tallyTableEnd(catalogue: Catalogue): number {
  return tallyLastRow(catalogue);
}

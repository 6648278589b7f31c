/** "Nội dung báo cáo": the report's narrative, section by heading, and the điển hình list. */
import {
  buildNarrativeSheet,
  emptyNarrative,
  MODEL_COLS,
  NARRATIVE_COLS,
  NARRATIVE_SHEET_NAME,
  narrativePositions,
  readNarrative,
} from '../../layout/narrative';
import { OUTLINE, REPORT_TEXT } from '../../text/report';
import { columnKeys, keepCell, linesKept, padded, share, type SheetDefinition } from '../sheetDefinition';

export const NARRATIVE_SHEET: SheetDefinition = {
  key: 'narrative',
  name: NARRATIVE_SHEET_NAME,
  marksOurs: true,
  // The report reads it: missing is said, never silently empty.
  whenMissing: 'companion-missing',
  adoptable: true,
  build: (_catalogue, inputs) => buildNarrativeSheet(inputs.narrative ?? emptyNarrative()),
  read(_catalogue, grids, used) {
    const narrative = readNarrative(grids.sheets[NARRATIVE_SHEET_NAME]?.values);
    for (const address of narrative.consumed) used.add(address);
    return { narrative: narrative.inputs, narrativeRows: narrative.rows };
  },
  resemblance: (_catalogue, g) =>
    share(
      [REPORT_TEXT.sheet.title, ...OUTLINE.map((s) => s.title)],
      new Set([...columnKeys(g, 1, 5), ...columnKeys(g, 2, 200)]),
    ),
  // The narrative by heading, the models list by line.
  keep(_catalogue, narrative, put) {
    const at = narrativePositions(narrative.values);
    for (const [key, row] of at.sections) put(`narrative:${key}`, keepCell(narrative, row, NARRATIVE_COLS.text));
    for (let r = at.modelsFirstRow; r <= narrative.values.length; r++) {
      const i = r - at.modelsFirstRow + 1;
      for (const field of ['name', 'address', 'model'] as const)
        put(`narrative:models:${i}:${field}`, keepCell(narrative, r, MODEL_COLS[field]));
    }
  },
  makeRoom(inputs, kept) {
    const narrative = inputs.narrative ?? emptyNarrative();
    return {
      ...inputs,
      narrative: {
        ...narrative,
        models: padded(narrative.models, linesKept(kept, 'narrative:models:'), { name: '', address: '', model: '' }),
      },
    };
  },
};

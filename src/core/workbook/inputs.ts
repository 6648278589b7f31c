/** What the clerk types in the standard workbook, sheet by sheet. */
import type { Catalogue } from '../catalogue';
import type { DirectiveDocument } from '../layout/documents';
import type { InfoValues } from '../layout/info';
import type { NarrativeInputs } from '../layout/narrative';
import { REGISTER_LAST_ROW } from '../layout/register';
import { tallyFromRegister, type RegisterLine, type TallySource } from '../register';
import type { Tally } from '../tally';

/** Everything the clerk types, sheet by sheet. */
export interface WorkbookInputs {
  readonly info: InfoValues;
  readonly documents: readonly DirectiveDocument[];
  readonly tally: Tally;
  /** The report's narrative (sheet "Nội dung báo cáo"); absent = empty. */
  readonly narrative?: NarrativeInputs;
  /** The award register's lines (sheet "Danh sách khen thưởng"); absent = none. */
  readonly register?: readonly RegisterLine[];
  /**
   * Where the tally's counts come from. 'register': every count cell is a formula over the
   * register and `tally` is what the register gives (see `tallyFromRegister`); 'typed'
   * (absent): counts typed by hand, as in workbooks made before the register.
   */
  readonly tallySource?: TallySource;
}

/** A new workbook: empty, its tally following the register. */
export function emptyInputs(): WorkbookInputs {
  return { info: {}, documents: [], tally: {}, register: [], tallySource: 'register' };
}

/** The tally the inputs give: the register's sums in register mode, else the typed counts. */
export function effectiveTally(catalogue: Catalogue, inputs: WorkbookInputs): Tally {
  return inputs.tallySource === 'register'
    ? tallyFromRegister(catalogue, inputs.register ?? [], REGISTER_LAST_ROW)
    : inputs.tally;
}

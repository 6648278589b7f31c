/** The pane's "Nhập nhanh danh sách khen thưởng": its props and the state of its form. */
import type { RegisterEntryHost } from '../../ports';

export interface RegisterEntryProps {
  readonly host: RegisterEntryHost;
  /** The workbook's form (its marker): the choices are read again when it changes. */
  readonly form?: string;
  /** Told after lines were written, so the pane checks the workbook again. */
  readonly onWritten?: () => void;
}

/** The decision as typed in the pane (strings; the date is parsed when used). */
export interface DecisionDraft {
  readonly decision: string;
  readonly date: string;
  readonly authority: string;
  readonly award: string;
  readonly kind: string;
  readonly subject: string;
}

export const EMPTY_DRAFT: DecisionDraft = { decision: '', date: '', authority: '', award: '', kind: '', subject: '' };

export type EntryBusy = 'choices' | 'fill' | 'add' | null;

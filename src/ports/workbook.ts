/** The workbook port: what the pane asks of the open workbook (Excel). */
import type { Catalogue, RepairLogRef, ReportPeriod, ValidationResult } from '../core';

/** What the workbook holds, read when the pane opens (so the pane survives a reload). */
export interface WorkbookStatus {
  /** Some of our sheets are there: offer "Sửa biểu mẫu" rather than "Tạo biểu mẫu". */
  readonly ours: boolean;
  /** Our sheets found. */
  readonly sheets: readonly string[];
  /** Our sheets the workbook lacks. */
  readonly missing: readonly string[];
}

export type CreateResult =
  | {
      readonly kind: 'created';
      readonly sheets: readonly string[];
      /** false: this Excel lacks the page-layout API (ExcelApi 1.9); print setup left to the clerk. */
      readonly printSetup?: boolean;
      /** Sheets where Excel did not take "fit to 1 page wide" (office-js#1860): the clerk sets it. */
      readonly fitNotApplied?: readonly string[];
    }
  /** Sheets of ours exist: nothing was written; the pane offers "Sửa biểu mẫu". */
  | { readonly kind: 'exists'; readonly sheets: readonly string[] };

export type RepairResult =
  | {
      readonly kind: 'repaired';
      /** Sheets copied to "… (bản cũ)" before being rewritten: original → backup name. */
      readonly backups: readonly { readonly from: string; readonly to: string }[];
      readonly displaced: number;
      /** What repair put right, in sentences for the clerk (a print area deleted or changed). */
      readonly mended?: readonly string[];
      readonly printSetup?: boolean;
      readonly fitNotApplied?: readonly string[];
    }
  | { readonly kind: 'not-ours' };

/** The switch of a hand-typed workbook to the award register. */
export type SwitchResult =
  | {
      readonly kind: 'switched';
      /** Register lines made from the typed counts (marked "nhập tay"). */
      readonly added: number;
      /** Lines the register already had (now counted too). */
      readonly existing: number;
      /** Counts left typed in their cells (not turned into lines exactly). */
      readonly kept: number;
      /** TỔNG CỘNG before and after, and each count left typed, in sentences (core `switchSummary`). */
      readonly summary: readonly string[];
      readonly backups: readonly { readonly from: string; readonly to: string }[];
    }
  /** The tally already follows the register: nothing converted. */
  | { readonly kind: 'already' }
  | { readonly kind: 'not-ours' };

export interface CellTarget {
  readonly sheet: string;
  readonly address: string;
}

/** What to create; absent = the host's default form. */
export interface CreateOptions {
  /** A built-in form by its key ("tong-hop-khen-thuong/2025"). */
  readonly form?: string;
  /** A province's form (a checked catalogue file); carried inside the workbook. Wins over `form`. */
  readonly catalogue?: Catalogue;
  /** The report period written into "Thông tin chung" (kỳ báo cáo, năm); absent = left empty. */
  readonly period?: ReportPeriod;
}

/** The workbook part of the host (Excel). */
export interface WorkbookHost {
  inspect(): Promise<WorkbookStatus>;
  create(options?: CreateOptions): Promise<CreateResult>;
  repair(): Promise<RepairResult>;
  validate(): Promise<ValidationResult>;
  /**
   * Select the cell (and show its sheet). Never on a hidden sheet: a HostError says where the
   * cell is and how to show the sheet (Excel itself selects nothing there: Go To refuses it).
   */
  select(target: CellTarget): Promise<void>;
  /**
   * The clerk has seen what repair moved ("Đã chuyển … — kiểm tra lại"): clear that line of the
   * hidden log "Nội dung đã chuyển", so the check no longer names it. The backup "(bản cũ)"
   * holding the value is kept. A line already gone is not an error. Absent = not offered.
   */
  dismissMoved?(line: RepairLogRef): Promise<void>;
  /** Switch a hand-typed tally to the award register (2 syncs, like repair). Absent = not offered. */
  switchToRegister?(): Promise<SwitchResult>;
  /**
   * Call `onChange` when the workbook changes behind the pane (a ribbon command, the clerk,
   * another window); returns "stop listening". Optional: the pane also refreshes on focus.
   */
  watch?(onChange: () => void): () => void;
}

/** An error whose message is already a clear Vietnamese instruction for the clerk. */
export class HostError extends Error {
  readonly code: string;
  constructor(message: string, code = 'HostError') {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }
}

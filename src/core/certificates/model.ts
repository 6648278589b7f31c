/**
 * Giấy khen as a document model: pages of the blank's size, each text placed absolutely at
 * its box in mm (the layout's box plus the printer's offset), and the calibration page (a
 * millimetre grid with every field's box outlined). The .docx packer (hosts/docx/certificates.ts)
 * turns it into frames anchored to the page; it knows nothing of the register.
 */
import type { CertificateFieldId, FieldAlign } from './layout';

/** A box in mm from the page's top left corner. */
export interface BoxMm {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedText {
  readonly field: CertificateFieldId;
  /** The lines as broken to fit the box (one at least). */
  readonly lines: readonly string[];
  /** Where it is printed: the layout's box plus the offset. */
  readonly box: BoxMm;
  /** Points, after shrinking to fit. */
  readonly size: number;
  readonly align: FieldAlign;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface CertificatePage {
  /** The register row (1-based, as found) the certificate is printed for. */
  readonly sheetRow?: number;
  readonly placed: readonly PlacedText[];
}

/** A Số vào sổ TĐKT proposed for a line that had none: printed, and listed for the clerk to type in. */
export interface BookNumberProposal {
  /** The register cell to type it in ("Q12"). */
  readonly address: string;
  readonly name: string;
  readonly number: string;
}

export interface CalibrationBox {
  readonly field: CertificateFieldId;
  readonly label: string;
  /** The layout's box plus the offset: where the field will print. */
  readonly box: BoxMm;
}

export interface CertificateDocument {
  readonly kind: 'certificates';
  readonly title: string;
  readonly language: string;
  readonly font: string;
  /** The blank's size in mm. */
  readonly page: { readonly width: number; readonly height: number };
  readonly pages: readonly CertificatePage[];
  /** The calibration page, printed first when present. */
  readonly calibration?: { readonly title: string; readonly boxes: readonly CalibrationBox[] };
  readonly proposals: readonly BookNumberProposal[];
  /** Texts that do not fit their box even shrunk (printed cut): said, not hidden. */
  readonly notes: readonly string[];
}

export function isCertificateDocument(d: object): d is CertificateDocument {
  return (d as { kind?: unknown }).kind === 'certificates';
}

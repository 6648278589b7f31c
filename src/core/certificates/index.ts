/**
 * The Giấy khen printed onto the clerk's pre-printed blanks: the layout (data, a file, or the
 * workbook's sheet "Mẫu in giấy khen"), the proposals for Số vào sổ, the pages and the
 * calibration page. The .docx packer is hosts/docx/certificates.ts.
 */
import { CERTIFICATE_LAYOUT_SHEET_NAME } from '../layout/certificateLayout';
import { CERTIFICATE_TEXT } from '../text/certificates';
import type { CertificateLayoutInputs } from '../workbook/sheets/certificateLayout';
import { DEFAULT_CERTIFICATE_LAYOUT, resolveLayout, type CertificateLayout, type LayoutProblem } from './layout';

export * from './build';
export * from './layout';
export * from './model';
export { proposeBookNumbers, bookNumberPattern } from './numbering';

/**
 * The layout the workbook keeps (sheet "Mẫu in giấy khen") over `base` (the shipped one): each
 * bad value one problem naming its cell; an absent sheet is the base as it is.
 */
export function layoutFromSheet(
  sheet: CertificateLayoutInputs | undefined,
  base: CertificateLayout = DEFAULT_CERTIFICATE_LAYOUT,
): { layout: CertificateLayout; problems: LayoutProblem[] } {
  if (!sheet) return { layout: base, problems: [] };
  const fields: Record<string, Record<string, unknown>> = {};
  const page: Record<string, unknown> = {};
  const offset: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(sheet.values)) {
    const [part, property] = key.split(':') as [string, string];
    if (part === 'page') page[property] = v;
    else if (part === 'offset') offset[property] = v;
    else (fields[part] ??= {})[property] = v;
  }
  return resolveLayout({ page, offset, fields }, base, (part, property) => {
    const address = sheet.addresses[`${part}:${property}`] ?? '';
    const what =
      part === 'page' || part === 'offset'
        ? property === 'width'
          ? CERTIFICATE_TEXT.sheet.pageWidth
          : property === 'height'
            ? CERTIFICATE_TEXT.sheet.pageHeight
            : property === 'x'
              ? CERTIFICATE_TEXT.sheet.offsetX
              : CERTIFICATE_TEXT.sheet.offsetY
        : `${CERTIFICATE_TEXT.fields[part]}, ${CERTIFICATE_TEXT.properties[property as keyof typeof CERTIFICATE_TEXT.properties]}`;
    return { at: CERTIFICATE_TEXT.findings.sheetAt(address, CERTIFICATE_LAYOUT_SHEET_NAME, what), address };
  });
}

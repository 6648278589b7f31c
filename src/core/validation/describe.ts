/**
 * A level's line in the pane's findings ("Cấp tỉnh: 1 lỗi, 2 cảnh báo"), in its own module:
 * the pane's first script needs this sentence, not the checker behind it.
 */
import { TEXT } from '../text/vi';
import type { LevelSummary } from './validate';

/** "Cấp tỉnh: 1 lỗi, 2 cảnh báo"; "Cấp tỉnh: chưa kiểm tra …" when nothing could be checked. */
export function describeLevel(s: LevelSummary): string {
  const parts: string[] = [];
  if (s.errors) parts.push(TEXT.summary.errors(s.errors));
  if (s.warnings) parts.push(TEXT.summary.warnings(s.warnings));
  const none = s.checked === false ? TEXT.summary.notChecked : TEXT.summary.noErrors;
  return `${s.name}: ${parts.length ? parts.join(', ') : none}`;
}

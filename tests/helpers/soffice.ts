/**
 * Headless LibreOffice as a second spreadsheet engine: convert an .xlsx to .xlsx with a
 * forced recalculation on load (a temporary profile sets OOXMLRecalcMode = 0, "always").
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

export function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const p = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (p.status === 0 && p.stdout.trim()) return p.stdout.trim();
  }
  return undefined;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculate `file` in LibreOffice; returns the path of the recalculated copy. */
export function recalculateInLibreOffice(soffice: string, file: string, dir: string): string {
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = path.join(dir, 'out');
  const p = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 90000 },
  );
  if (p.status !== 0) throw new Error(`soffice failed: ${p.stderr}`);
  return path.join(out, path.basename(file));
}

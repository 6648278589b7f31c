/**
 * One skip policy for tests that need something outside node_modules (LibreOffice, chromium,
 * poppler, nginx, the webpack config): where a prerequisite is missing, a developer's run
 * skips those tests and says which prerequisite is missing and how to install it; CI's run
 * (CI set, as .ci/run is run) has a failing test instead, since CI installs every one of them
 * (.ci/apt-packages) and a skip there would hide a test that never ran.
 *
 * Call these at a test file's top level (not inside a describe), so that the failing test
 * is registered in every case.
 */
import * as path from 'path';

export interface Prerequisite {
  /** What is needed, as its name or path: "soffice", "/usr/bin/chromium". */
  readonly what: string;
  /** Whether it is there. */
  readonly present: boolean;
  /** How to get it: "apt-get install libreoffice-calc". */
  readonly install: string;
}

/** CI's run: CI set to anything but "", "0" or "false" (GitHub, GitLab and .ci/run's callers set "true"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/** The running test file, relative to the project (for the messages). */
function currentTestFile(): string {
  const file = expect.getState().testPath;
  return file ? path.relative(path.resolve(__dirname, '..', '..'), file) : 'this test file';
}

/**
 * Whether every prerequisite is there. Where one is not: outside CI a warning names the
 * test file, what is missing and how to install it; in CI a failing test says the same.
 */
export function prerequisitesMet(prerequisites: readonly Prerequisite[]): boolean {
  const missing = prerequisites.filter((p) => !p.present);
  if (missing.length === 0) return true;
  const file = currentTestFile();
  const what = missing.map((p) => `${p.what} (${p.install})`).join(', ');
  if (inCi()) {
    test(`prerequisites of ${file} are installed in CI: ${missing.map((p) => p.what).join(', ')}`, () => {
      throw new Error(`Missing in CI: ${what}. CI must run ${file}; .ci/run installs .ci/apt-packages.`);
    });
  } else {
    // Not console.warn: jest prints no console output of a test file whose tests all skipped.
    process.stderr.write(`${file}: tests skipped, missing ${what}. CI runs them (there a missing one fails).\n`);
  }
  return false;
}

/** `describe` where every prerequisite is there; otherwise `describe.skip`, said or failed as above. */
export function describeIfInstalled(prerequisites: readonly Prerequisite[]): jest.Describe {
  return prerequisitesMet(prerequisites) ? describe : describe.skip;
}

/** `it` where every prerequisite is there; otherwise `it.skip`, said or failed as above. */
export function itIfInstalled(prerequisites: readonly Prerequisite[]): jest.It {
  return prerequisitesMet(prerequisites) ? it : it.skip;
}

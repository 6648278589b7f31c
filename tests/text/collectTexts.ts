/**
 * Every user-facing text of the project, gathered from the modules that hold them
 * (src/core/text/*, the validation rules' Vietnamese messages, the validation prompts):
 * strings as they are, functions called with sample arguments. English twins (keys "en",
 * "…En") are left out: they are for logs and support, not for the clerk.
 */
import * as cli from '../../src/core/text/cli';
import * as report from '../../src/core/text/report';
import * as ui from '../../src/core/text/ui';
import * as vi from '../../src/core/text/vi';
import { DEPENDENT_NOTE, RULES } from '../../src/core/validation/rules';

export interface Text {
  /** Where it comes from: "ui.UI_TEXT.createHint". */
  readonly where: string;
  readonly text: string;
}

const SAMPLE_FACTS = new Proxy(
  {},
  {
    get: (_t, k) =>
      typeof k === 'string' ? (k === 'expected' || k === 'count' || k === 'sum' ? '5' : 'X') : undefined,
  },
);

/** Sample argument lists to try on a text function, first that works wins. */
const SAMPLES: readonly (readonly unknown[])[] = [
  ['X', 'Y', 'Z', 'W'],
  [2, 3, 4, 5],
  [['X', 'Y'], 'Z'],
  [SAMPLE_FACTS],
  ['X', 2, 3],
  [2, 'X', 3],
  [],
];

/** Keys that hold English twins or codes, not words for the clerk. */
const isEnglishKey = (k: string) => k === 'en' || /En$/.test(k) || k === 'severity';

function collect(value: unknown, where: string, out: Text[], depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') {
    out.push({ where, text: value });
  } else if (typeof value === 'function') {
    for (const args of SAMPLES) {
      try {
        const r = (value as (...a: unknown[]) => unknown)(...args);
        if (r !== undefined) {
          collect(r, `${where}()`, out, depth + 1);
          return;
        }
      } catch {
        /* try the next sample */
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${where}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (isEnglishKey(k)) continue;
      collect(v, `${where}.${k}`, out, depth + 1);
    }
  }
}

export function userTexts(): Text[] {
  const out: Text[] = [];
  collect(vi, 'vi', out);
  collect(ui, 'ui', out);
  collect(cli, 'cli', out);
  collect(report, 'report', out);
  collect(RULES, 'rules', out);
  collect({ vi: DEPENDENT_NOTE.vi }, 'rules.DEPENDENT_NOTE', out);
  return out;
}

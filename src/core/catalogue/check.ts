/**
 * Checking a catalogue that comes from outside the build (a province's file given to
 * `tdkt create --catalogue`, or the copy carried inside a workbook): the shape the JSON
 * Schema `schemas/catalogue.schema.json` describes, plus the rules a schema cannot say
 * (ids unique, parents present, groups not nested, rows in their level, one total row
 * last). Every problem is one Vietnamese sentence naming the row.
 */
import { labelKey } from '../format/vietnamese';
import { CATALOGUE_TEXT } from '../text/catalogue';
import type { Catalogue, CatalogueLevel, CatalogueRow, Conferral, RowKind, Subject } from './types';
import { SUBJECTS } from './types';

export interface CatalogueCheck {
  /** The catalogue, when there is no problem. */
  readonly catalogue?: Catalogue;
  /** One sentence per problem, in file order. */
  readonly problems: readonly string[];
}

const ROOT_FIELDS = ['$schema', 'formId', 'version', 'title', 'description', 'levels', 'rows', 'notes'] as const;
const LEVEL_FIELDS = ['id', 'label', 'shortName'] as const;
/** Optional level fields (the report's issuer and the unit's own level). */
const LEVEL_OPTIONAL = ['issuer', 'ownLevel'] as const;
const ROW_FIELDS = [
  'id',
  'number',
  'label',
  'aliases',
  'kind',
  'level',
  'parent',
  'subjects',
  'breakdownComplete',
  'conferral',
  'yearly',
  'issuer',
] as const;
const KINDS: readonly RowKind[] = ['level', 'award', 'group', 'breakdown', 'total'];
const CONFERRALS: readonly Conferral[] = ['reward', 'title', 'honorary'];

/** The pattern of `formId` and `version` (also in the JSON Schema). */
export const FORM_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * The pattern of row and level ids (also in the JSON Schema). Ids key the tally, data
 * files and maps: starting with a letter or digit keeps out "__proto__" and every other
 * key JavaScript gives a meaning to.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Sizes a real form never reaches (the built-in forms: 47 rows, 4 levels, labels of 60
 * characters, notes of 210). They keep every formula made from a catalogue inside Excel's
 * limits (Microsoft, "Excel specifications and limits": 8,192 characters of formula, 64
 * nested functions, 255 arguments) — a SUM of a level's rows under 255 arguments, a
 * register formula (two labels, quotes doubled, twice over) far under 8,192 characters —
 * and a file's cost bounded.
 */
export const CATALOGUE_LIMITS = {
  rows: 200,
  levels: 10,
  aliases: 10,
  notes: 20,
  /** formId, version, ids. */
  key: 64,
  /** Row and level labels, aliases, the title, issuers. */
  label: 200,
  shortName: 40,
  number: 10,
  note: 1000,
  description: 500,
} as const;

/**
 * Characters no catalogue text may hold (also in the JSON Schema): control characters (a
 * line break or tab in a label, which XML and the sheet's matching do not keep as typed),
 * zero-width and direction marks (two labels that look alike but differ), and the two
 * non-characters.
 */
const HIDDEN = '\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF\\uFFFE\\uFFFF';
/** Text with no hidden character (also in the JSON Schema). */
export const TEXT_PATTERN = new RegExp(`^[^${HIDDEN}]*$`);
/**
 * A label (also in the JSON Schema): no hidden character, and not starting with a space or
 * with a character that makes Excel read the text as a formula ("=", "+", "-", "@") or a
 * SUMIFS criterion as a comparison ("=", "<", ">"): the register's formulas match awards
 * by their label.
 */
export const LABEL_PATTERN = new RegExp(`^[^${HIDDEN}\\s=+\\-@<>][^${HIDDEN}]*$`);
const HIDDEN_CHAR = new RegExp(`[${HIDDEN}]`);
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const nfc = (s: string) => s.normalize('NFC');
/** A "Trong đó" label's Loại, as the register names it. */
const kindOf = (label: string) => label.replace(/^Trong đó:\s*/i, '');

/** What is wrong with a text of a catalogue (undefined: nothing). `label`: the label rules too. */
function textProblem(v: string, field: string, max: number, label: boolean): string | undefined {
  if (v.length > max) return CATALOGUE_TEXT.tooLong(field, v.length, max);
  if (HIDDEN_CHAR.test(v) || LONE_SURROGATE.test(v)) return CATALOGUE_TEXT.hiddenChar(field);
  if (label && v !== '' && !LABEL_PATTERN.test(v)) return CATALOGUE_TEXT.badLabelStart(field, v.charAt(0));
  return undefined;
}

/**
 * Check a parsed catalogue (any JSON value). With `builtInKeys`, a catalogue that takes
 * the key of a built-in form is refused (it would be read as the built-in one).
 */
export function checkCatalogue(json: unknown, opts: { builtInKeys?: readonly string[] } = {}): CatalogueCheck {
  const problems: string[] = [];
  const say = (where: string, what: string) => problems.push(CATALOGUE_TEXT.problem(where, what));
  if (!isObject(json)) return { problems: [CATALOGUE_TEXT.problem(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.notObject)] };

  for (const k of Object.keys(json)) {
    if (!(ROOT_FIELDS as readonly string[]).includes(k))
      say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.unknownField(k, ROOT_FIELDS.slice(1).join(', ')));
  }
  for (const f of ['formId', 'version', 'title'] as const)
    if (!isText(json[f])) say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.missingText(f));
  if (isText(json.formId) && !FORM_ID_PATTERN.test(json.formId))
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.badFormId(json.formId));
  if (isText(json.version) && !VERSION_PATTERN.test(json.version))
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.badVersion(json.version));
  if (isText(json.formId) && isText(json.version) && opts.builtInKeys?.includes(`${json.formId}/${json.version}`)) {
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.builtInKey(`${json.formId}/${json.version}`));
  }
  if (json.description !== undefined && typeof json.description !== 'string')
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.missingText('description'));
  const L = CATALOGUE_LIMITS;
  const text = (where: string, v: unknown, field: string, max: number, label = true) => {
    const problem = typeof v === 'string' ? textProblem(v, field, max, label) : undefined;
    if (problem) say(where, problem);
  };
  text(CATALOGUE_TEXT.whole, json.formId, 'formId', L.key, false);
  text(CATALOGUE_TEXT.whole, json.version, 'version', L.key, false);
  text(CATALOGUE_TEXT.whole, json.title, 'title', L.label);
  text(CATALOGUE_TEXT.whole, json.description, 'description', L.description, false);
  if (Array.isArray(json.notes)) {
    if (json.notes.length > L.notes)
      say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.tooMany('notes', json.notes.length, L.notes));
    json.notes.forEach((n: unknown, i) => text(CATALOGUE_TEXT.whole, n, `notes[${i + 1}]`, L.note, false));
  }
  if (json.notes !== undefined && (!Array.isArray(json.notes) || !json.notes.every((n) => typeof n === 'string'))) {
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.notStringArray('notes'));
  }

  // ── Levels ──
  const levels: CatalogueLevel[] = [];
  if (!Array.isArray(json.levels)) say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.notArray('levels'));
  else if (json.levels.length === 0) say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.emptyArray('levels'));
  else if (json.levels.length > L.levels)
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.tooMany('levels', json.levels.length, L.levels));
  else {
    json.levels.forEach((l: unknown, i) => {
      const id = isObject(l) && typeof l.id === 'string' ? l.id : '';
      const where = CATALOGUE_TEXT.level(i + 1, id);
      if (!isObject(l)) return say(where, CATALOGUE_TEXT.notObject);
      for (const k of Object.keys(l)) {
        if (![...LEVEL_FIELDS, ...LEVEL_OPTIONAL].includes(k as never))
          say(where, CATALOGUE_TEXT.unknownField(k, [...LEVEL_FIELDS, ...LEVEL_OPTIONAL].join(', ')));
      }
      for (const f of LEVEL_FIELDS) if (!isText(l[f])) say(where, CATALOGUE_TEXT.missingText(f));
      if (isText(l.id) && !ID_PATTERN.test(l.id)) say(where, CATALOGUE_TEXT.badId(l.id));
      text(where, l.label, 'label', L.label);
      text(where, l.shortName, 'shortName', L.shortName);
      text(where, l.issuer, 'issuer', L.label);
      if (l.issuer !== undefined && !isText(l.issuer)) say(where, CATALOGUE_TEXT.missingText('issuer'));
      if (l.ownLevel !== undefined && typeof l.ownLevel !== 'boolean')
        say(where, CATALOGUE_TEXT.notBoolean('ownLevel'));
      if (isText(l.id) && levels.some((x) => x.id === l.id)) say(where, CATALOGUE_TEXT.duplicateLevel(l.id));
      if (isText(l.id) && isText(l.label) && isText(l.shortName)) {
        levels.push({
          id: l.id,
          label: nfc(l.label),
          shortName: nfc(l.shortName),
          ...(isText(l.issuer) ? { issuer: nfc(l.issuer) } : {}),
          ...(l.ownLevel === true ? { ownLevel: true } : {}),
        });
      }
    });
  }
  const levelIds = new Set(levels.map((l) => l.id));

  // ── Rows: each on its own ──
  if (!Array.isArray(json.rows)) {
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.notArray('rows'));
    return { problems };
  }
  if (json.rows.length === 0) {
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.emptyArray('rows'));
    return { problems };
  }
  // Not one problem per row of a file of 10,000 rows: one sentence, and nothing else read.
  if (json.rows.length > L.rows) {
    say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.tooMany('rows', json.rows.length, L.rows));
    return { problems };
  }
  const raw: unknown[] = json.rows;
  const rowsJson = raw.map((r) => (isObject(r) ? r : undefined));
  const idOf = (r: Json | undefined) => (r && typeof r.id === 'string' ? r.id : '');
  const whereRow = (i: number) => {
    const r = rowsJson[i];
    return CATALOGUE_TEXT.row(i + 1, idOf(r), r && typeof r.label === 'string' ? r.label : '');
  };
  const firstIndex = new Map<string, number>();
  rowsJson.forEach((r, i) => {
    const where = whereRow(i);
    if (!r) return say(where, CATALOGUE_TEXT.notObject);
    for (const k of Object.keys(r)) {
      if (!(ROW_FIELDS as readonly string[]).includes(k))
        say(where, CATALOGUE_TEXT.unknownField(k, ROW_FIELDS.join(', ')));
    }
    if (!isText(r.id)) say(where, CATALOGUE_TEXT.missingText('id'));
    else if (!ID_PATTERN.test(r.id)) say(where, CATALOGUE_TEXT.badId(r.id));
    else if (firstIndex.has(r.id)) say(where, CATALOGUE_TEXT.duplicateRow(r.id, firstIndex.get(r.id)! + 1));
    else firstIndex.set(r.id, i);
    if (typeof r.number !== 'string') say(where, CATALOGUE_TEXT.missingText('number'));
    // The printed number may be "-" (a "Trong đó" line): only the hidden characters and the length.
    text(where, r.number, 'number', L.number, false);
    text(where, r.label, 'label', L.label);
    // A "Trong đó" line's Loại ("Trong đó: Khen chuyên đề" → "Khen chuyên đề") is a SUMIFS criterion too.
    if (r.kind === 'breakdown' && typeof r.label === 'string') text(where, kindOf(r.label), 'label', L.label);
    if (Array.isArray(r.aliases)) {
      if (r.aliases.length > L.aliases) say(where, CATALOGUE_TEXT.tooMany('aliases', r.aliases.length, L.aliases));
      r.aliases.forEach((a: unknown) => text(where, a, 'aliases', L.label));
    }
    text(where, r.issuer, 'issuer', L.label);
    if (!isText(r.label)) say(where, CATALOGUE_TEXT.missingText('label'));
    if (r.aliases !== undefined && (!Array.isArray(r.aliases) || !r.aliases.every((a) => typeof a === 'string'))) {
      say(where, CATALOGUE_TEXT.notStringArray('aliases'));
    }
    if (!KINDS.includes(r.kind as RowKind)) say(where, CATALOGUE_TEXT.badKind(String(r.kind)));
    if (!Array.isArray(r.subjects)) say(where, CATALOGUE_TEXT.notArray('subjects'));
    else {
      const seen = new Set<unknown>();
      for (const s of r.subjects as unknown[]) {
        if (!SUBJECTS.includes(s as Subject)) say(where, CATALOGUE_TEXT.unknownSubject(String(s)));
        else if (seen.has(s)) say(where, CATALOGUE_TEXT.duplicateSubject(String(s)));
        seen.add(s);
      }
      if ((r.kind === 'award' || r.kind === 'breakdown') && r.subjects.length === 0)
        say(where, CATALOGUE_TEXT.noSubjects);
    }
    if (r.kind === 'total') {
      if (r.level !== undefined) say(where, CATALOGUE_TEXT.totalHasLevel);
    } else if (r.level === undefined) say(where, CATALOGUE_TEXT.missingLevel);
    else if (typeof r.level !== 'string' || !levelIds.has(r.level))
      say(where, CATALOGUE_TEXT.unknownLevel(String(r.level)));
    if (r.issuer !== undefined && !isText(r.issuer)) say(where, CATALOGUE_TEXT.missingText('issuer'));
    for (const f of ['breakdownComplete', 'conferral', 'yearly', 'issuer'] as const) {
      if (r[f] !== undefined && r.kind !== 'award') say(where, CATALOGUE_TEXT.levelAndTotalOnly(f));
    }
    if (r.conferral !== undefined && !CONFERRALS.includes(r.conferral as Conferral)) {
      say(where, CATALOGUE_TEXT.badConferral(String(r.conferral)));
    }
    for (const f of ['breakdownComplete', 'yearly'] as const) {
      if (r[f] !== undefined && typeof r[f] !== 'boolean') say(where, CATALOGUE_TEXT.notBoolean(f));
    }
  });

  // ── Rows: how they hang together ──
  const kindAt = (id: unknown): unknown =>
    typeof id === 'string' && firstIndex.has(id) ? rowsJson[firstIndex.get(id)!]?.kind : undefined;
  const levelRowsSeen = new Map<string, number>();
  let currentLevel: string | undefined;
  rowsJson.forEach((r, i) => {
    if (!r) return;
    const where = whereRow(i);
    if (r.kind === 'level') {
      if (typeof r.level !== 'string' || r.id !== r.level || !levelIds.has(r.level)) {
        say(where, CATALOGUE_TEXT.levelRowMismatch(String(r.id), String(r.level)));
      } else if (levelRowsSeen.has(r.level)) say(where, CATALOGUE_TEXT.levelRowTwice(r.level));
      else levelRowsSeen.set(r.level, i);
      currentLevel = typeof r.level === 'string' ? r.level : undefined;
    } else if (r.kind !== 'total' && typeof r.level === 'string' && levelIds.has(r.level)) {
      if (currentLevel === undefined) say(where, CATALOGUE_TEXT.beforeAnyLevel);
      else if (r.level !== currentLevel) say(where, CATALOGUE_TEXT.outOfLevel(r.level, currentLevel));
    }
    if (r.kind === 'breakdown') {
      if (r.parent === undefined) say(where, CATALOGUE_TEXT.breakdownNoParent);
      else if (kindAt(r.parent) !== 'award') say(where, CATALOGUE_TEXT.breakdownParentMissing(String(r.parent)));
      else {
        // Under its award, after any breakdown rows (one mistyped parent does not move the next rows).
        let k = i - 1;
        while (k >= 0 && rowsJson[k]?.kind === 'breakdown') k--;
        if (k < 0 || rowsJson[k]?.id !== r.parent) say(where, CATALOGUE_TEXT.breakdownNotAfterParent(String(r.parent)));
      }
    } else if (r.kind === 'group') {
      if (r.parent !== undefined) say(where, CATALOGUE_TEXT.groupInGroup(String(r.parent)));
      const next = rowsJson[i + 1];
      if (!next || next.kind !== 'award' || next.parent !== r.id) say(where, CATALOGUE_TEXT.emptyGroup);
    } else if (r.kind === 'award') {
      if (r.parent !== undefined) {
        if (kindAt(r.parent) !== 'group') say(where, CATALOGUE_TEXT.awardParentNotGroup(String(r.parent)));
        else {
          // Directly under the group, or under a sibling (or a sibling's breakdowns).
          let k = i - 1;
          while (k >= 0 && rowsJson[k]?.kind === 'breakdown') k--;
          const above = k >= 0 ? rowsJson[k] : undefined;
          if (!above || (above.id !== r.parent && above.parent !== r.parent))
            say(where, CATALOGUE_TEXT.awardNotAfterGroup(String(r.parent)));
        }
      }
    } else if (r.parent !== undefined) say(where, CATALOGUE_TEXT.parentNotAllowed);
  });
  for (const l of levels) if (!levelRowsSeen.has(l.id)) say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.levelRowMissing(l.id));
  checkDuplicateLabels(rowsJson, levels, whereRow, say);
  const totals = rowsJson.filter((r) => r?.kind === 'total').length;
  if (totals !== 1) say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.totalCount(totals));
  else if (rowsJson[rowsJson.length - 1]?.kind !== 'total') say(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.totalNotLast);

  if (problems.length) return { problems };
  const rows: CatalogueRow[] = rowsJson.map((r) => {
    const x = r!;
    return {
      id: x.id as string,
      number: x.number as string,
      label: nfc(x.label as string),
      ...(x.aliases ? { aliases: (x.aliases as string[]).map(nfc) } : {}),
      kind: x.kind as RowKind,
      ...(x.level !== undefined ? { level: x.level as string } : {}),
      ...(x.parent !== undefined ? { parent: x.parent as string } : {}),
      subjects: x.subjects as Subject[],
      ...(x.breakdownComplete !== undefined ? { breakdownComplete: x.breakdownComplete as boolean } : {}),
      ...(x.conferral !== undefined ? { conferral: x.conferral as Conferral } : {}),
      ...(x.yearly !== undefined ? { yearly: x.yearly as boolean } : {}),
      ...(x.issuer !== undefined ? { issuer: nfc(x.issuer as string) } : {}),
    };
  });
  const catalogue: Catalogue = {
    formId: json.formId as string,
    version: json.version as string,
    title: nfc(json.title as string),
    ...(typeof json.description === 'string' ? { description: nfc(json.description) } : {}),
    levels,
    rows,
    notes: ((json.notes as string[] | undefined) ?? []).map(nfc),
  };
  return { catalogue, problems };
}

/**
 * Labels a sheet cannot tell apart. The register names an award by its label and level
 * ("Giấy khen (cấp xã)") and a "Trong đó" line by its Loại, matched as SUMIFS matches
 * (case-insensitive); repair finds rows by label. Two rows of one level with one label
 * would each count every line of the other, while the checker counts each line once.
 */
function checkDuplicateLabels(
  rowsJson: readonly (Json | undefined)[],
  levels: readonly CatalogueLevel[],
  whereRow: (i: number) => string,
  say: (where: string, what: string) => void,
): void {
  const seen = new Map<string, number>();
  rowsJson.forEach((r, i) => {
    if (!r || typeof r.label !== 'string' || !isText(r.label)) return;
    // A "Trong đó" line is told apart from the other lines of its award; any other row from
    // the rows of its level (the total stands alone).
    const scope = r.kind === 'breakdown' ? `award:${String(r.parent)}` : `level:${String(r.level)}`;
    const label = r.kind === 'breakdown' ? kindOf(r.label) : r.label;
    const key = `${scope}\u0000${labelKey(label)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      say(
        whereRow(i),
        r.kind === 'breakdown'
          ? CATALOGUE_TEXT.duplicateKind(label, first + 1)
          : CATALOGUE_TEXT.duplicateLabel(r.label, first + 1),
      );
  });
  const shortNames = new Map<string, string>();
  for (const l of levels) {
    const key = labelKey(l.shortName);
    const first = shortNames.get(key);
    if (first === undefined) shortNames.set(key, l.id);
    else say(CATALOGUE_TEXT.level(levels.indexOf(l) + 1, l.id), CATALOGUE_TEXT.duplicateShortName(l.shortName, first));
  }
}

/** A catalogue as JSON text (the file format; also what a workbook carries). */
export function catalogueToJson(c: Catalogue, space?: number): string {
  return JSON.stringify(c, null, space);
}

/** Parse and check catalogue JSON text. */
export function parseCatalogue(text: string, opts: { builtInKeys?: readonly string[] } = {}): CatalogueCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problems: [CATALOGUE_TEXT.problem(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.notJson((e as Error).message))] };
  }
  return checkCatalogue(json, opts);
}

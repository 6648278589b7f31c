/**
 * Microsoft's own Excel runtime (`@microsoft/office-js/dist/excel-web-16.00.js`, the script
 * Excel on the web loads), run in jsdom with no network. Our host code runs unchanged over
 * the real `Excel.RequestContext`: every request it builds is captured at the request
 * executor (`context._requestExecutor.executeAsync`, what `context.sync()` calls to send),
 * measured and never sent. Reads are answered from a FakeWorkbook by a small server that
 * understands the query actions the host uses (sheet list, names, range values/formulas/
 * number formats, used range, protection state); writes are only recorded. Each request's
 * size and its response's are measured.
 *
 * Used by tests/realRuntime/requests.test.ts and scripts/bench/requests.bench.ts.
 */
import * as fs from 'fs';
import { JSDOM } from 'jsdom';
import { a1, parseRange } from '../../src/core';
import type { ContextLike, ExcelRun } from '../../src/hosts/excel/api';
import type { FakeWorkbook } from '../fakes/excel';

export const RUNTIME_FILE = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');

/** Excel on the web refuses a request above 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

interface ObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[] };
}

export interface Action {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[] };
  readonly QueryInfo?: { readonly Select?: string[] };
}

export interface RequestBody {
  readonly Actions: Action[];
  readonly ObjectPaths: Record<string, ObjectPath>;
}

/** One `context.sync()` as it would have gone over the wire. */
export interface CapturedRequest {
  readonly actions: number;
  /** UTF-8 bytes of the JSON body. */
  readonly bytes: number;
  /** UTF-8 bytes of the JSON response (the query results: what reads bring back). */
  responseBytes: number;
  readonly body: RequestBody;
}

export type RuntimeWindow = Window &
  typeof globalThis & {
    Excel: { RequestContext: new () => ContextLike & { _requestExecutor?: unknown } };
    OfficeExtension: { Promise: PromiseConstructor };
  };

let cached: RuntimeWindow | undefined;

/** Load the runtime once per process (about a second). */
export function loadExcelRuntime(): RuntimeWindow {
  if (cached) return cached;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  const w = dom.window as unknown as RuntimeWindow;
  (w as unknown as { eval(src: string): void }).eval(fs.readFileSync(RUNTIME_FILE, 'utf8'));
  if (typeof w.Excel?.RequestContext !== 'function') {
    throw new Error(`${RUNTIME_FILE} did not define Excel.RequestContext`);
  }
  cached = w;
  return w;
}

/** Property (type 4) or method (type 3) steps from the root to an object path. */
function chain(body: RequestBody, id: number): ObjectPath[] {
  const out: ObjectPath[] = [];
  for (let p: ObjectPath | undefined = body.ObjectPaths[id]; p; p = body.ObjectPaths[p.ParentObjectPathId ?? -1]) {
    out.unshift(p);
  }
  return out;
}

/** The value Excel would return for a query action, from the fake workbook. */
function answer(wb: FakeWorkbook, steps: readonly ObjectPath[]): unknown {
  let sheet: string | undefined;
  let range: string | undefined;
  let what: 'root' | 'sheets' | 'names' | 'sheet' | 'range' | 'protection' | 'used' | 'pageLayout' | 'printArea' =
    'root';
  let valuesOnly = false;
  for (const s of steps) {
    const arg = s.ArgumentInfo?.Arguments?.[0];
    if (s.ObjectPathType === 1) what = 'root';
    else if (s.Name === 'Worksheets') what = 'sheets';
    else if (s.Name === 'Names') what = 'names';
    else if (
      (s.Name === 'GetItem' || s.Name === 'GetItemOrNullObject' || s.ObjectPathType === 5) &&
      what === 'sheets'
    ) {
      // getItem(name) is sent as an indexer path (type 5, no name), getItemOrNullObject as a method.
      sheet = String(arg);
      what = 'sheet';
    } else if (s.Name === 'GetRange' && what === 'sheet') {
      range = String(arg);
      what = 'range';
    } else if (s.Name === 'Protection' && what === 'sheet') what = 'protection';
    else if (s.Name === 'Add' && what === 'sheets') {
      // A sheet added in this request (create, the aggregate): its pageLayout is read back.
      sheet = String(arg);
      what = 'sheet';
    } else if (s.Name === 'PageLayout' && what === 'sheet') what = 'pageLayout';
    else if (s.Name === 'GetPrintAreaOrNullObject' && what === 'pageLayout') what = 'printArea';
    else if (s.Name === 'GetUsedRangeOrNullObject' && what === 'sheet') {
      valuesOnly = arg === true;
      what = 'used';
    } else throw new Error(`The harness cannot answer a query on ${steps.map((x) => x.Name).join('.')}`);
  }
  const fs = sheet === undefined ? undefined : wb.sheet(sheet);
  switch (what) {
    case 'sheets':
      return { _Items: wb.sheets.map((s) => ({ Name: s.name })) };
    case 'names':
      return { _Items: [...wb.names.keys()].map((n) => ({ Name: n })) };
    case 'sheet':
      return fs ? { Name: fs.name } : { _IsNull: true };
    case 'protection':
      return fs ? { Protected: fs.protection.protected } : { _IsNull: true };
    case 'pageLayout':
      // The zoom the host reads back after setting it. Writes are not applied here: answered as
      // an Excel that took it (the size of the answer is what this harness is for).
      return { Zoom: fs?.pageLayout.zoom ?? { horizontalFitToPages: 1 } };
    case 'printArea': {
      // PageLayout.getPrintAreaOrNullObject (ExcelApi 1.9): a RangeAreas, its address naming the
      // sheet; a null object (null value, as for the used range) when no print area is set.
      const area = fs?.pageLayout.printArea as string | undefined;
      return area ? { Address: `'${fs!.name}'!${area}` } : null;
    }
    case 'used': {
      // Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): a null object on a blank sheet.
      // A null object comes back as a null value (the runtime's _handleIdResult: "_isNull =
      // isNullOrUndefined(value)").
      const b = fs?.usedBox(valuesOnly);
      if (!b) return null;
      return { RowIndex: b.r1 - 1, RowCount: b.r2 - b.r1 + 1, ColumnIndex: b.c1 - 1, ColumnCount: b.c2 - b.c1 + 1 };
    }
    case 'range': {
      if (!fs) return { _IsNull: true };
      const { values, formulas } = fs.read(range!);
      // Range.numberFormat (ExcelApi 1.1): repair reads it with the values to keep a typed date a date.
      const numberFormat = values.map((line) => line.map(() => 'General'));
      const { r1, c1 } = parseRange(range!);
      values.forEach((line, i) =>
        line.forEach((_v, j) => {
          numberFormat[i]![j] = fs.cell(a1(r1 + i, c1 + j))?.numberFormat ?? 'General';
        }),
      );
      return { Values: values, Formulas: formulas, NumberFormat: numberFormat };
    }
    default:
      throw new Error('The harness cannot answer a query on the workbook itself');
  }
}

const TYPES = fs.readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
const EXCEL_TYPES = TYPES.slice(TYPES.indexOf('declare namespace Excel {'));

/** The string values of `Excel.<name>` as @types/office-js declares them. */
const enums = new Map<string, Set<string>>();
export function typedEnum(name: string): Set<string> {
  const hit = enums.get(name);
  if (hit) return hit;
  const at = EXCEL_TYPES.indexOf(`enum ${name} {`);
  if (at < 0) throw new Error(`@types/office-js has no Excel.${name}`);
  const body = EXCEL_TYPES.slice(at, EXCEL_TYPES.indexOf('}', at));
  const values = new Set([...body.matchAll(/= "([^"]+)"/g)].map((m) => m[1]!));
  enums.set(name, values);
  return values;
}

/** The member names of `Excel.<name>` (an options interface). */
const interfaces = new Map<string, Set<string>>();
export function typedKeys(name: string): Set<string> {
  const hit = interfaces.get(name);
  if (hit) return hit;
  const at = EXCEL_TYPES.indexOf(`interface ${name} {`);
  if (at < 0) throw new Error(`@types/office-js has no Excel.${name}`);
  const body = EXCEL_TYPES.slice(at, EXCEL_TYPES.indexOf('\n    }', at));
  const keys = new Set([...body.matchAll(/^\s{8}(\w+)\??:/gm)].map((m) => m[1]!));
  interfaces.set(name, keys);
  return keys;
}

/**
 * What the Excel host itself refuses (the client runtime passes enums and argument shapes
 * through unchecked; Excel answers InvalidArgument): enum values and option names that
 * @types/office-js does not declare, and 2-D arrays whose size differs from the range.
 * Returns a description of each violation in a request.
 */
export function checkRequest(body: RequestBody): string[] {
  const bad: string[] = [];
  const inEnum = (what: string, enumName: string, v: unknown) => {
    if (v !== undefined && v !== null && !typedEnum(enumName).has(String(v)))
      bad.push(`${what}: "${String(v)}" is not an Excel.${enumName}`);
  };
  const keysOf = (what: string, iface: string, v: unknown) => {
    if (!v || typeof v !== 'object') return bad.push(`${what}: not an object`);
    const known = typedKeys(iface);
    for (const k of Object.keys(v)) if (!known.has(k)) bad.push(`${what}: "${k}" is not in Excel.${iface}`);
  };
  for (const p of Object.values(body.ObjectPaths)) {
    const parent = body.ObjectPaths[p.ParentObjectPathId ?? -1];
    const arg = p.ArgumentInfo?.Arguments?.[0];
    if (p.ObjectPathType === 5 && parent?.Name === 'Borders') inEnum('borders.getItem', 'BorderIndex', arg);
    if (p.Name === 'Add' && parent?.Name === 'ConditionalFormats')
      inEnum('conditionalFormats.add', 'ConditionalFormatType', arg);
    if (p.Name === 'Copy') inEnum('worksheet.copy', 'WorksheetPositionType', arg);
  }
  for (const a of body.Actions) {
    const target = body.ObjectPaths[a.ObjectPathId];
    const parent = body.ObjectPaths[target?.ParentObjectPathId ?? -1];
    const v = a.ArgumentInfo?.Arguments?.[0];
    if (a.ActionType === 4) {
      switch (a.Name) {
        case 'HorizontalAlignment':
          inEnum('format.horizontalAlignment', 'HorizontalAlignment', v);
          break;
        case 'VerticalAlignment':
          inEnum('format.verticalAlignment', 'VerticalAlignment', v);
          break;
        case 'Style':
          if (target?.ObjectPathType === 5 && parent?.Name === 'Borders') inEnum('border.style', 'BorderLineStyle', v);
          break;
        case 'Weight':
          inEnum('border.weight', 'BorderWeight', v);
          break;
        case 'Orientation':
          inEnum('pageLayout.orientation', 'PageOrientation', v);
          break;
        case 'PaperSize':
          inEnum('pageLayout.paperSize', 'PaperType', v);
          break;
        case 'Zoom':
          keysOf('pageLayout.zoom', 'PageLayoutZoomOptions', v);
          break;
        case 'ErrorAlert':
          keysOf('dataValidation.errorAlert', 'DataValidationErrorAlert', v);
          inEnum('dataValidation.errorAlert.style', 'DataValidationAlertStyle', (v as { style?: unknown })?.style);
          break;
        case 'Prompt':
          keysOf('dataValidation.prompt', 'DataValidationPrompt', v);
          break;
        case 'Rule':
          if (target?.Name === 'DataValidation') {
            keysOf('dataValidation.rule', 'DataValidationRule', v);
            for (const [k, r] of Object.entries((v as Record<string, { operator?: unknown }>) ?? {}))
              if (k !== 'list' && k !== 'custom')
                inEnum(`dataValidation.rule.${k}.operator`, 'DataValidationOperator', r?.operator);
          }
          break;
        case 'Values':
        case 'Formulas':
        case 'NumberFormat': {
          // On a range (a conditional format's numberFormat is a plain string).
          if (target?.Name !== 'GetRange') break;
          const address = target.ArgumentInfo?.Arguments?.[0];
          if (!Array.isArray(v)) bad.push(`range.${a.Name}: not a 2-D array`);
          else if (typeof address === 'string' && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(address)) {
            const { r1, c1, r2, c2 } = parseRange(address);
            if (v.length !== r2 - r1 + 1 || v.some((line) => !Array.isArray(line) || line.length !== c2 - c1 + 1))
              bad.push(`range.${a.Name} on ${address}: the array's size differs from the range`);
          }
          break;
        }
      }
    }
    if (a.ActionType === 3 && a.Name === 'Clear' && target?.Name === 'GetRange')
      inEnum('range.clear', 'ClearApplyTo', v);
    if (a.ActionType === 3 && a.Name === 'Protect') {
      if (v !== undefined && v !== null) keysOf('protection.protect', 'WorksheetProtectionOptions', v);
    }
  }
  return bad;
}

/**
 * An `Excel.run` over the real runtime: requests captured, reads answered from `wb`, a
 * request `checkRequest` finds fault with refused with InvalidArgument, as Excel would.
 */
export function recordingRun(wb: FakeWorkbook): { run: ExcelRun; requests: CapturedRequest[] } {
  const w = loadExcelRuntime();
  const requests: CapturedRequest[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      const body = message.Body;
      const json = JSON.stringify(body);
      const captured: CapturedRequest = {
        actions: body.Actions.length,
        bytes: Buffer.byteLength(json, 'utf8'),
        responseBytes: 0,
        body,
      };
      requests.push(captured);
      const bad = checkRequest(body);
      if (bad.length) {
        // As Excel answers a request it refuses; nothing of it is applied.
        return w.OfficeExtension.Promise.resolve({
          ErrorCode: 'InvalidArgument',
          ErrorMessage: bad.join('; '),
          Headers: {},
          Body: { Error: { Code: 'InvalidArgument', Message: bad.join('; ') } },
        });
      }
      const results = body.Actions.filter((a) => a.ActionType === 2).map((a) => ({
        ActionId: a.Id,
        Value: answer(wb, chain(body, a.ObjectPathId)),
      }));
      // Excel on the web's limit covers responses too; non-ASCII text counted as UTF-8, as sent.
      captured.responseBytes = Buffer.byteLength(JSON.stringify({ Results: results }), 'utf8');
      return w.OfficeExtension.Promise.resolve({
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: { Results: results },
      });
    },
  };
  const run: ExcelRun = async (batch) => {
    const ctx = new w.Excel.RequestContext();
    (ctx as unknown as { _requestExecutor: unknown })._requestExecutor = executor;
    const result = await batch(ctx);
    await ctx.sync();
    return result;
  };
  return { run, requests };
}

/**
 * Ribbon commands without the pane (ExecuteFunction): "Tạo biểu mẫu" and "Kiểm tra".
 * The result is shown in a small dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1):
 * it works from a function command in Excel on Windows, Mac and the web, whereas Office's
 * notification messages exist in Outlook only. "Kiểm tra" also selects the first cell to fix.
 * The command completes in time (result.ts): Office ends a function command after 5 minutes.
 */
import { catalogueForDate } from '../core/catalogue';
import { OFFICE_ERRORS, UI_TEXT } from '../core/text/ui';
import { createExcelWorkbookHost } from '../hosts/excel';
import { HostError } from '../ports';
import { showResult } from './result';

function host() {
  return createExcelWorkbookHost(Excel.run, {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}

function show(message: string, event: Office.AddinCommands.Event): void {
  showResult(
    {
      displayDialogAsync: (url, options, callback) =>
        Office.context.ui.displayDialogAsync(url, options, (res) => callback(res as never)),
      succeeded: Office.AsyncResultStatus.Succeeded,
      messageReceived: Office.EventType.DialogMessageReceived,
      eventReceived: Office.EventType.DialogEventReceived,
    },
    // The folder of commands.html, wherever the add-in is hosted (a base URL may have a path).
    new URL('.', window.location.href).href.replace(/\/$/, ''),
    message,
    () => event.completed(),
  );
}

function messageOf(e: unknown): string {
  return e instanceof HostError ? e.message : OFFICE_ERRORS.unknown((e as Error)?.name || 'Error');
}

export async function createForm(event: Office.AddinCommands.Event): Promise<void> {
  let message: string;
  try {
    // The form in force for the current report period (the pane lets the clerk pick another).
    const r = await host().create({ catalogue: catalogueForDate(new Date()) });
    message =
      r.kind === 'exists'
        ? UI_TEXT.existsOfferRepair
        : UI_TEXT.created(r.sheets.length) +
          (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
          (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : '');
  } catch (e) {
    message = messageOf(e);
  }
  show(message, event);
}

export async function validateForm(event: Office.AddinCommands.Event): Promise<void> {
  let message: string;
  try {
    const h = host();
    const r = await h.validate();
    const first = r.findings[0];
    if (first) await h.select({ sheet: first.sheet, address: first.address });
    message = UI_TEXT.commandValidated(r.errors, r.warnings);
  } catch (e) {
    message = messageOf(e);
  }
  show(message, event);
}

Office.onReady(() => {
  if (Office.actions?.associate) {
    Office.actions.associate('createForm', createForm);
    Office.actions.associate('validateForm', validateForm);
  }
});
// Older clients look the functions up on the global object.
Object.assign(globalThis, { createForm, validateForm });

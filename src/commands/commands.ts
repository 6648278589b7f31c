/**
 * Ribbon commands without the pane (ExecuteFunction): "Tạo biểu mẫu" and "Kiểm tra".
 * The result is shown in a small dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1):
 * it works from a function command in Excel on Windows, Mac and the web, whereas Office's
 * notification messages exist in Outlook only. "Kiểm tra" also selects the first cell to fix.
 */
import { OFFICE_ERRORS, UI_TEXT } from '../core/text/ui';
import { createExcelWorkbookHost } from '../hosts/excel';
import { HostError } from '../ui/host';

function host() {
  return createExcelWorkbookHost(Excel.run, {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}

/** Show `message` in the dialog; call `done` once it is closed (or could not open). */
export function showResult(message: string, done: () => void): void {
  const url = `${window.location.origin}/dialog.html?m=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (res) => {
    if (res.status !== Office.AsyncResultStatus.Succeeded) {
      done();
      return;
    }
    const dialog = res.value;
    const finish = () => {
      dialog.close();
      done();
    };
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => done());
  });
}

function messageOf(e: unknown): string {
  return e instanceof HostError ? e.message : OFFICE_ERRORS.unknown((e as Error)?.name || 'Error');
}

export async function createForm(event: Office.AddinCommands.Event): Promise<void> {
  let message: string;
  try {
    const r = await host().create();
    message =
      r.kind === 'exists'
        ? UI_TEXT.existsOfferRepair
        : UI_TEXT.created(r.sheets.length) + (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '');
  } catch (e) {
    message = messageOf(e);
  }
  showResult(message, () => event.completed());
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
  showResult(message, () => event.completed());
}

Office.onReady(() => {
  if (Office.actions?.associate) {
    Office.actions.associate('createForm', createForm);
    Office.actions.associate('validateForm', validateForm);
  }
});
// Older clients look the functions up on the global object.
Object.assign(globalThis, { createForm, validateForm });

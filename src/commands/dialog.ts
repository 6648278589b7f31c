/** The small result dialog of the ribbon commands: shows ?m=…, "Đóng" tells the command to close it. */
function showDialog(): void {
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('message');
  if (message) message.textContent = params.get('m') ?? '';
  const close = () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  };
  document.getElementById('close')?.addEventListener('click', close);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => showDialog());
else showDialog();

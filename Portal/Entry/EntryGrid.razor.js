// Spreadsheet keys and multi-line pastes for the entry grid. Enter (Shift+Enter) moves to the next (previous) row's
// input; Tab is the browser's own, in the page's order, so a row's history button and an implausible value's note
// and 确认 are reached from the keyboard (ADR 035). Listens on the grid's container, so rows added
// later are covered; the pasted text goes to .NET unparsed (EntryGrid.Paste). Ctrl+S (⌘S) anywhere on the page
// saves the grid instead of opening the browser's save dialog; what was typed is already on the server, as the
// input events went before it on the same connection.
const selector = 'input[data-entry-row]';

export function attach(host, grid) {
  const inputs = () => Array.from(host.querySelectorAll(selector));

  function onKeyDown(e) {
    const input = e.target.closest && e.target.closest(selector);
    if (!input || e.key !== 'Enter' || e.isComposing) return;
    const list = inputs();
    const next = list[list.indexOf(input) + (e.shiftKey ? -1 : 1)];
    e.preventDefault();
    if (next) {
      next.focus();
      next.select();
    }
  }

  function onPaste(e) {
    const input = e.target.closest && e.target.closest(selector);
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!input || !/[\r\n\t]/.test(text.replace(/[\r\n]+$/, ''))) return; // one value: the browser pastes it
    e.preventDefault();
    grid.invokeMethodAsync('Paste', Number(input.dataset.entryRow), text);
  }

  function onSaveKey(e) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
    e.preventDefault();
    if (!e.repeat) grid.invokeMethodAsync('Save');
  }

  host.addEventListener('keydown', onKeyDown);
  host.addEventListener('paste', onPaste);
  document.addEventListener('keydown', onSaveKey);
  host.dataset.keys = 'ready'; // for tests: the keys above are handled from now on
  return {
    dispose() {
      host.removeEventListener('keydown', onKeyDown);
      host.removeEventListener('paste', onPaste);
      document.removeEventListener('keydown', onSaveKey);
    },
  };
}

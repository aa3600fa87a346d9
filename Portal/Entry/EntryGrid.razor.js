// Spreadsheet keys and multi-line pastes for the entry grid. Listens on the grid's container, so rows added
// later are covered; the pasted text goes to .NET unparsed (EntryGrid.Paste).
const selector = 'input[data-entry-row]';

export function attach(host, grid) {
  const inputs = () => Array.from(host.querySelectorAll(selector));

  function onKeyDown(e) {
    const input = e.target.closest && e.target.closest(selector);
    if (!input || (e.key !== 'Enter' && e.key !== 'Tab') || e.isComposing) return;
    const list = inputs();
    const next = list[list.indexOf(input) + (e.shiftKey ? -1 : 1)];
    if (next) {
      e.preventDefault();
      next.focus();
      next.select();
    } else if (e.key === 'Enter') {
      e.preventDefault();
    }
  }

  function onPaste(e) {
    const input = e.target.closest && e.target.closest(selector);
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!input || !/[\r\n\t]/.test(text.replace(/[\r\n]+$/, ''))) return; // one value: the browser pastes it
    e.preventDefault();
    grid.invokeMethodAsync('Paste', Number(input.dataset.entryRow), text);
  }

  host.addEventListener('keydown', onKeyDown);
  host.addEventListener('paste', onPaste);
  return {
    dispose() {
      host.removeEventListener('keydown', onKeyDown);
      host.removeEventListener('paste', onPaste);
    },
  };
}

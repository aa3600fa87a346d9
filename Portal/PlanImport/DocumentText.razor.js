// The document side of the plan review: scrolls a target's quote into view, and reads the admin's selection as the
// text and its offset in the document (the host holds only the document's text and the quotes' <mark>s).
export function scrollToQuote(host, id) {
  const mark = host.querySelector(`[data-quote="${id}"]`);
  if (mark) mark.scrollIntoView({ block: 'center' });
}

export function selection(host) {
  const selected = window.getSelection();
  if (!selected || selected.rangeCount === 0 || selected.isCollapsed) return null;
  const range = selected.getRangeAt(0);
  if (!host.contains(range.startContainer) || !host.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(host, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { text: range.toString(), offset: before.toString().length };
}

// The document side of the plan review: brings a target's quote (or its row) into view within the box that scrolls
// it, without moving the page, and reads the admin's selection as the text and its offset in the document (the host
// holds only the document's text and the quotes' <mark>s).
export function reveal(container, selector, fraction) {
  const element = container && container.querySelector(selector);
  if (!element) return;
  let scroller = element.parentElement;
  const scrolls = e => /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight;
  while (scroller && scroller !== document.body && !scrolls(scroller)) scroller = scroller.parentElement;
  if (!scroller || scroller === document.body) return;
  const box = scroller.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  scroller.scrollTop += at.top - box.top - Math.max(0, scroller.clientHeight - at.height) * fraction;
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

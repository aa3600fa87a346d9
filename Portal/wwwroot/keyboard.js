// Focus moves the portal makes for keyboard users (ADR 035): back to the control that opened something once it
// closes, or into a panel that has just opened. An element that is not there (yet, or any more) is left alone.
export function focus(selector) {
  const element = document.querySelector(selector);
  if (!element) return false;
  element.focus();
  return document.activeElement === element;
}

const controls = 'input:not([type=hidden]), textarea, select, button, a[href], [tabindex]:not([tabindex="-1"])';

export function focusFirst(selector) {
  const container = document.querySelector(selector);
  // Over a slow link the user may have clicked into the panel before this call arrived: leave their focus there.
  if (container && container.contains(document.activeElement)) return true;
  const first = container && Array.from(container.querySelectorAll(controls)).find(e => !e.disabled && e.offsetParent !== null);
  if (!first) return false;
  first.focus();
  return document.activeElement === first;
}

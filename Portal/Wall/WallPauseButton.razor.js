// WCAG 2.2.2 on a wall with a keyboard: P pauses or resumes the rotation and the ticker wherever the focus is,
// Space does the same when nothing else has focus (on a focused control Space keeps its own meaning).
document.addEventListener("keydown", e => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
    const button = document.querySelector("[data-wall-pause]");
    if (!button) return;
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    const idle = document.activeElement === null || document.activeElement === document.body;
    if ((!typing && (e.key === "p" || e.key === "P")) || (e.key === " " && idle)) {
        e.preventDefault();
        button.click();
    }
});

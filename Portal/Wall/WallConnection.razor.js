// The wall runs all day with no one near it. Instead of the reconnect dialog it shows a small indicator,
// retries the connection forever with back-off, and when the circuit cannot come back (server restarted,
// session not resumable, unhandled error) reloads the page with back-off, once the server answers again.
// Blazor reports its reconnection state as "components-reconnect-state-changed" events on the element
// whose id is the reconnection dialog id (see .NET 10's UserSpecifiedDisplay).

const indicator = document.getElementById("components-reconnect-modal");
const attempt = document.getElementById("wall-reconnect-attempt");
const errorUi = document.getElementById("blazor-error-ui");
const reloadsKey = "wall.reloads";
const maxDelayMs = 10_000;
const startWatchdogMs = 10_000;
const stableAfterMs = 60_000;

// 0, 1, 2, 4, 8, then every 10 s, forever.
const backoff = n => (n <= 0 ? 0 : Math.min(maxDelayMs, 500 * 2 ** n));
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const setState = state => { indicator.dataset.state = state; };

let reloading = false;

async function reachable() {
    try {
        return (await fetch(location.href, { cache: "no-store" })).ok;
    } catch {
        return false;
    }
}

// Reloads only once the server serves the page, so a network drop never leaves the browser's error page on screen.
async function reloadWhenReachable() {
    if (reloading) return;
    reloading = true;
    setState("reloading");
    const reloads = Number(sessionStorage.getItem(reloadsKey) ?? 0);
    for (let n = reloads; ; n++) {
        // At least a second: a server that is shutting down still answers for a moment.
        await sleep(Math.max(1000, backoff(n)));
        if (await reachable()) {
            sessionStorage.setItem(reloadsKey, String(reloads + 1));
            location.reload();
            return;
        }
    }
}

// A paused circuit (client or server initiated) is resumed without waiting for a click.
async function resume() {
    setState("reconnecting");
    for (let n = 0; ; n++) {
        await sleep(backoff(n));
        try {
            if (await Blazor.resumeCircuit()) return;
            break;
        } catch {
            // The server is out of reach: try again after the back-off.
        }
    }
    await reloadWhenReachable();
}

indicator.addEventListener("components-reconnect-state-changed", event => {
    const { state, currentAttempt } = event.detail;
    switch (state) {
        case "show":
        case "retrying":
            setState("reconnecting");
            attempt.textContent = currentAttempt > 1 ? `(${currentAttempt})` : "";
            break;
        case "hide":
            setState("connected");
            break;
        case "paused":
            resume();
            break;
        default: // "rejected", "resume-failed", "failed": the circuit is gone for good.
            reloadWhenReachable();
    }
});

new MutationObserver(() => {
    if (errorUi.style.display && errorUi.style.display !== "none") reloadWhenReachable();
}).observe(errorUi, { attributes: true, attributeFilter: ["style"] });

// A page whose circuit never starts (the server went away between page and circuit) reloads too.
setTimeout(() => { if (indicator.dataset.state === "connecting") reloadWhenReachable(); }, startWatchdogMs);

Blazor.start({
    circuit: {
        reconnectionOptions: { maxRetries: Infinity, retryIntervalMilliseconds: backoff },
        circuitHandlers: [{
            onCircuitOpened: () => {
                setState("connected");
                // Reload back-off is forgotten only once a circuit has stayed up for a while.
                setTimeout(() => sessionStorage.removeItem(reloadsKey), stableAfterMs);
            },
        }],
    },
});

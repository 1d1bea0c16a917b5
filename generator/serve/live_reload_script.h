// The script the preview adds to every HTML page (served as
// /__handboek/live.js): it listens to /__handboek/events and reloads the
// page when a newer version is published, and shows the content errors in an
// overlay while the last good version stays on screen. Never part of a
// built site.
#pragma once

namespace handboek::serve {

inline constexpr const char* kLiveReloadScript = R"JS((() => {
  const script = document.currentScript;
  const shown = Number(script && script.dataset.generatie);
  let overlay = null;
  function showProblems(problems) {
    if (overlay) overlay.remove();
    overlay = null;
    if (!problems.length) return;
    overlay = document.createElement('div');
    overlay.id = 'handboek-fouten';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;z-index:2147483647;' +
      'background:#fff;color:#17202a;border:3px solid #b3261e;border-radius:6px;padding:1rem 1.25rem;' +
      'box-shadow:0 4px 24px rgba(0,0,0,.25);font:15px/1.5 system-ui,sans-serif';
    const title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:700';
    title.textContent = 'De inhoud heeft fouten. Je ziet de laatste versie zonder fouten.';
    const list = document.createElement('pre');
    list.style.cssText = 'margin:0;white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace';
    list.textContent = problems.join('\n');
    overlay.append(title, list);
    document.body.append(overlay);
  }
  function listen() {
    const events = new EventSource('/__handboek/events');
    events.addEventListener('state', (event) => {
      const state = JSON.parse(event.data);
      if (state.generatie !== shown) {
        location.reload();
        return;
      }
      showProblems(state.fouten);
    });
    // Refused (503: too many open tabs): try again later instead of never.
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) setTimeout(listen, 10000);
    });
  }
  listen();
})();
)JS";

}  // namespace handboek::serve

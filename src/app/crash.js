// What the page shows when its wasm module stops (docs/ARCHITECTURE.md, "Toolchain"). The release wasm is built
// with panics that abort at once: a panic (a bug: the engine is written never to panic) or an allocation failure
// traps with a WebAssembly.RuntimeError, the app behind it is dead, and without this the page would freeze with
// no word. A classic script of this site (the Content-Security-Policy allows no inline script): it runs no wasm.
'use strict';
(() => {
  function stopped(error) {
    if (!(error instanceof WebAssembly.RuntimeError) || document.getElementById('crash')) return;
    const box = document.createElement('div');
    box.id = 'crash';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;z-index:99;inset:0 0 auto 0;padding:1em;background:#7a1010;color:#fff;font:16px/1.4 system-ui,sans-serif';
    const text = document.createElement('p');
    text.style.margin = '0 0 .6em';
    text.textContent = 'Claimline stopped: an internal error in the analysis (' + String(error.message) + '). ' +
      'The page no longer responds. Your text is still in the article box: copy it if you need it, then reload. ' +
      'If the same text stops it again, start again with the sample (the kept text is forgotten).';
    const reload = document.createElement('button');
    reload.textContent = 'Reload';
    reload.onclick = () => location.reload();
    const sample = document.createElement('button');
    sample.textContent = 'Start again with the sample';
    sample.style.marginLeft = '.6em';
    sample.onclick = () => {
      // src/app/keep.rs's STORAGE_KEY; storage may be blocked (then nothing was kept).
      try { localStorage.removeItem('claimline:v1'); } catch (_) { /* nothing kept */ }
      location.replace(location.pathname + location.search);
    };
    box.append(text, reload, sample);
    document.body.prepend(box);
    reload.focus();
  }
  addEventListener('error', (e) => stopped(e.error));
  addEventListener('unhandledrejection', (e) => stopped(e.reason));
})();

// Claimline's analysis worker (docs/ARCHITECTURE.md, "Worker"). A module worker that runs the SAME wasm module
// as the page: the page sends the URL of its wasm-bindgen glue and its compiled WebAssembly.Module once, then
// jobs { job, text, date }; each answer { job, parts, ms } carries the analysis in the binary parts of
// src/wire.rs, whose buffers are transferred (not copied). The wasm's main() returns at once here (no window).
let engine = null;
const waiting = [];

function run(msg) {
  const t0 = performance.now();
  let parts;
  try {
    parts = engine.analyse_parts(msg.text, msg.date);
  } catch (e) {
    self.postMessage({ job: msg.job, error: String(e) });
    return;
  }
  self.postMessage({ job: msg.job, parts, ms: performance.now() - t0 }, parts.map((p) => p.buffer));
}

self.onmessage = async (e) => {
  const msg = e.data;
  if (msg.glue) {
    try {
      const glue = await import(msg.glue);
      await glue.default({ module_or_path: msg.module });
      engine = glue;
    } catch (err) {
      self.postMessage({ job: 0, error: 'the worker could not start the engine: ' + String(err) });
      return;
    }
    while (waiting.length) run(waiting.shift());
  } else if (engine) {
    run(msg);
  } else {
    waiting.push(msg);
  }
};

// Claimline's analysis worker (docs/ARCHITECTURE.md, "Worker"). A module worker that runs the SAME wasm module
// as the page: the page sends the URL of its wasm-bindgen glue and its compiled WebAssembly.Module once, then
// jobs { job, text, date, bytes }; each answer { job, parts, ms } (preceded by { job, bytes }, the text as UTF-8, when
// the job asks for it) carries the analysis in the binary parts of
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
  if (msg.bytes) {
    // The page made this job from the article box's string without copying it into wasm (on the main thread
    // that is a character loop of 100-400 ms for 5 MB): its UTF-8 bytes go back first, transferred.
    const bytes = new TextEncoder().encode(msg.text);
    self.postMessage({ job: msg.job, bytes }, [bytes.buffer]);
  }
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

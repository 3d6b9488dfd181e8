// The browser benchmark (issue 7; figures in docs/PERFORMANCE.md, "Browser"). Not a test: run it by hand after
// `bash scripts/size` (which builds dist/ as shipped: std rebuilt, WASM_RELEASE_ENV in scripts/setup.sh):
//
//   source scripts/setup.sh && node scripts/bench-browser.cjs [--runs N] [--loads N]
//
// It serves dist/ on 127.0.0.1 (under /claimline/, as the e2e tests do), opens it in headless Debian Chromium
// through playwright-core, and reports the median and spread of
//   - `analyze` inside the page (window.wasmBindings.claimline_bench, src/app/bench.rs: the engine alone, timed by
//     performance.now() around the call) for the sample, a 100 KB text and a 1 MB text, made as
//     benches/analyze.rs makes them (the sample and testdata/articles repeated, each followed by a blank line);
//   - the time from navigation start to the sample's timeline painted (a fresh browser context per load, so the
//     wasm is fetched and compiled every time).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serveDist, launch, ROOT } = require('../tests/e2e/harness.cjs');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 15);
const LOADS = arg('--loads', 7);
const DATE = '2025-06-24';

function madeText(size) {
  const parts = [fs.readFileSync(path.join(ROOT, 'src/samples/nato-hague-2025.txt'), 'utf8')];
  const dir = path.join(ROOT, 'testdata/articles');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) parts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < size; i++) out += parts[i % parts.length] + '\n\n';
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

// Records, in the page, when the first timeline event is on screen and painted (performance.now() counts from
// navigation start).
function markTimeline() {
  const seen = () => {
    const e = document.querySelector('[data-testid=timeline] [data-testid=event]');
    if (!e || window.__timelineAt !== undefined) return !!e;
    window.__timelineAt = null;
    requestAnimationFrame(() => setTimeout(() => { window.__timelineAt = performance.now(); }, 0));
    return true;
  };
  new MutationObserver((_, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
}

(async () => {
  const server = await serveDist();
  const browser = await launch();
  try {
    // Navigation to the sample's timeline, fresh context each time.
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(markTimeline);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.__timelineAt === 'number', null, { timeout: 30000, polling: 50 });
      loads.push(await page.evaluate(() => window.__timelineAt));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.wasmBindings && typeof window.wasmBindings.claimline_bench === 'function', null, { timeout: 30000 });
    const sample = fs.readFileSync(path.join(ROOT, 'src/samples/nato-hague-2025.txt'), 'utf8');
    const rows = [];
    for (const [name, text, runs] of [['sample', sample, RUNS * 4], ['100KB', madeText(100 * 1024), RUNS], ['1MB', madeText(1024 * 1024), Math.max(5, Math.round(RUNS / 2))]]) {
      const times = await page.evaluate(({ text, date, runs }) => {
        const out = [];
        window.wasmBindings.claimline_bench(text, date); // warm-up
        for (let i = 0; i < runs; i++) out.push(window.wasmBindings.claimline_bench(text, date));
        return out;
      }, { text, date: DATE, runs });
      const bytes = Buffer.byteLength(text);
      const med = median(times);
      rows.push({ name, bytes, runs, med, min: Math.min(...times), max: Math.max(...times), mbs: bytes / 1e6 / (med / 1000) });
    }
    const version = await browser.version();
    await context.close();

    const load = os.loadavg()[0].toFixed(1);
    console.log(`Chromium ${version} (headless), ${os.cpus().length} × ${os.cpus()[0].model}, load average ${load}, ${new Date().toISOString()}`);
    console.log('| what | bytes | runs | median | min–max | throughput |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| analyze ${r.name} | ${r.bytes} | ${r.runs} | ${fmt(r.med)} ms | ${fmt(r.min)}–${fmt(r.max)} ms | ${r.mbs.toFixed(2)} MB/s |`);
    const hundred = rows.find((r) => r.name === '100KB'), mega = rows.find((r) => r.name === '1MB');
    console.log(`| 1 MB / 100 KB | | | ${(mega.med / hundred.med).toFixed(1)} × | | |`);
    console.log(`| navigation → sample timeline painted | | ${LOADS} | ${Math.round(median(loads))} ms | ${Math.round(Math.min(...loads))}–${Math.round(Math.max(...loads))} ms | |`);
  } finally {
    await browser.close();
    await server.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });

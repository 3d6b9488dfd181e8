// Long texts never freeze the page (issue 7): above WORKER_MIN_BYTES (src/app/worker.rs) the analysis runs in a
// Web Worker that loads the page's own wasm module, the page says "Analysing 1.0 MB…" with an indeterminate bar,
// the previous analysis stays, typing stays responsive, and the result arrives; short texts analyse at once.
//
// What is measured, with a PerformanceObserver for 'longtask' entries (tasks over 50 ms) installed before the app
// loads, and a 'message' listener on every Worker the page makes (the time the worker's answer arrives):
//  - the paste's own task (filling 1 MB into the textarea and the app's handling of that input event): reported;
//  - the analysis window, from the end of the paste's handling to the arrival of the worker's answer, while
//    the test types into the article: no script of the app over 50 ms and no task over 200 ms (asserted; long
//    tasks over 50 ms reported, see the assertion);
//  - after the answer: decoding (in slices of about 8 ms) and the render of the new results: reported.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { serveDist, launch, pasteText, artifact, ROOT } = require('./harness.cjs');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The sample and the articles written for the tests, repeated up to `size` bytes (as benches/analyze.rs does).
function madeText(size) {
  const dir = path.join(ROOT, 'testdata', 'articles');
  const parts = [fs.readFileSync(path.join(ROOT, 'src', 'samples', 'nato-hague-2025.txt'), 'utf8')];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) parts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < size; i++) out += parts[i % parts.length] + '\n\n';
  return out;
}

const PROBES = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames (Chromium): what ran in a frame over 50 ms, script by script, apart from the
  // browser's own style, layout and paint.
  window.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__frames.push({
          start: e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          scripts: (e.scripts || []).map((x) => ({ invoker: x.invoker, type: x.invokerType, ms: x.duration, layout: x.forcedStyleAndLayoutDuration, src: (x.sourceURL || '').split('/').pop() })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (_) { /* not supported: window.__frames stays empty */ }
  window.__answers = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      // Answers carry `ms` (the analysis); a job made from the box's string first gets its text back as UTF-8.
      this.addEventListener('message', (e) => window.__answers.push({ at: performance.now(), job: e.data && e.data.job, ms: e.data && e.data.ms }));
    }
  };
  // Writes to local storage, timed (the app keeps the analysed text there).
  window.__storage = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const t0 = performance.now();
    try { return setItem.call(this, k, v); } finally { window.__storage.push({ at: t0, ms: performance.now() - t0, chars: String(v).length }); }
  };
  window.__analysingSeen = false;
  new MutationObserver(() => {
    if (document.querySelector('[data-testid=analysing]')) window.__analysingSeen = true;
  }).observe(document, { childList: true, subtree: true });
};

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBES);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=timeline]', { timeout: 15000 });
  return { page, context, errors };
}

const fmt = (tasks) => tasks.map((t) => `${Math.round(t.duration)} ms`).join(', ') || 'none';

test('a 1 MB text is analysed in the worker: progress shown, no long task while it works, typing handled at once, result arrives', async () => {
  const { page, context, errors } = await open();
  const big = madeText(1_000_000);
  const eventsBefore = await page.$$eval('[data-testid=event]', (els) => els.length);
  assert.ok(eventsBefore > 0);

  // A paste: one input event carrying the whole text. Then one frame and a task, so that the browser's own
  // layout of the 1 MB textarea (part of the paste, not of the analysis) is done: `settled`.
  const { handling, settled } = await page.evaluate(async (text) => {
    const area = document.querySelector('#text-input');
    const t0 = performance.now();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const handling = performance.now() - t0;
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return { handling, settled: performance.now() };
  }, big);
  // Progress: the size and an indeterminate bar, while the previous analysis stays on the page.
  const progress = page.locator('[data-testid=analysing]');
  await progress.waitFor({ timeout: 10000 });
  // The size comes with the worker's copy of the text (the page does not copy 1 MB out of the box itself).
  await page.waitForFunction(() => /Analysing 1\.0 MB…/.test(document.querySelector('[data-testid=analysing]')?.textContent || ''), null, { timeout: 10000 });
  // An indeterminate progress bar (no value), animated on the compositor (not a native <progress>: see mod.rs).
  assert.equal(await page.locator('[data-testid=analysing] [role=progressbar]:not([aria-valuenow])').count(), 1);
  assert.equal(await page.$$eval('[data-testid=event]', (els) => els.length), eventsBefore, 'the previous analysis stays');

  // A quiet window while the worker works (the job is sent 250 ms after the paste): a second and a half, or up to
  // the worker's answer if it comes sooner (a faster engine or machine analyses 1 MB in well under that).
  await page.waitForFunction(() => window.__answers.some((a) => a.job > 0 && a.ms !== undefined), null, { timeout: 1500, polling: 20 }).catch(() => {});
  const quietEnd = await page.evaluate(() => {
    const first = window.__answers.find((a) => a.job > 0 && a.ms !== undefined);
    return first ? first.at : performance.now();
  });
  const quiet = await page.evaluate(() => ({ tasks: window.__longtasks }));
  assert.ok(quietEnd - settled > 100, `the window lies inside the analysis (${Math.round(quietEnd - settled)} ms)`);

  // Typing during the analysis: each key is an edit of the textarea by the browser, then the app's input handler
  // and render, timed apart. The edit supersedes the running job.
  const keys = await page.evaluate(async (typed) => {
    const area = document.querySelector('#text-input');
    const out = [];
    for (const ch of typed) {
      const t0 = performance.now();
      area.setRangeText(ch, area.value.length, area.value.length, 'end');
      const t1 = performance.now();
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
      await Promise.resolve();
      const t2 = performance.now();
      out.push({ edit: t1 - t0, app: t2 - t1 });
      await new Promise((ok) => setTimeout(ok, 60));
    }
    return out;
  }, ' The end.');
  assert.equal((await page.inputValue('#text-input')).slice(-9), ' The end.');
  // Until the whole typed text is analysed: a job that finished between two keys shows its result (then the
  // page reads "Reading…" until the debounce makes the last job), so the progress alone may come and go.
  await page.waitForFunction(() => !document.querySelector('[data-testid=analysing]') && !/Reading/.test(document.querySelector('.editor .status').textContent), null, { timeout: 180000, polling: 100 });
  const done = await page.evaluate(() => performance.now());
  // The render of the results is bounded (issue 7: pages of LIST_PAGE items, one part of the source, a
  // capped axis): give the page two frames and a moment to finish it, then read the long tasks.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
  const { tasks, answers } = await page.evaluate(() => ({ tasks: window.__longtasks, answers: window.__answers.filter((a) => a.job > 0 && a.ms !== undefined) }));
  // Jobs superseded while running were stopped; a job that finished between two keys may have answered too.
  assert.ok(answers.length >= 1 && answers.every((a, i) => i === 0 || a.job > answers[i - 1].job), JSON.stringify(answers));
  const answer = answers[answers.length - 1];
  const during = quiet.tasks.filter((t) => t.start >= settled && t.start < quietEnd);
  const typing = tasks.filter((t) => t.start >= quietEnd && t.start < answer.at);
  const afterAnswer = tasks.filter((t) => t.start >= answer.at);
  const ms = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
  console.log(`# paste: the app's input handling ${Math.round(handling)} ms (with the browser setting the textarea); long tasks before the quiet window: ${fmt(tasks.filter((t) => t.start < settled))}`);
  console.log(`# quiet window while the worker analyses (${Math.round(quietEnd - settled)} ms): long tasks ${fmt(during)}`);
  const quietFrames = await page.evaluate(([a, b]) => window.__frames.filter((f) => f.start + f.duration >= a && f.start < b), [settled, quietEnd]);
  console.log(`# long animation frames in the quiet window: ${JSON.stringify(quietFrames.map((f) => ({ at: Math.round(f.start - settled), ms: Math.round(f.duration), render: Math.round(f.render), scripts: f.scripts.map((x) => `${x.type} ${x.invoker} ${Math.round(x.ms)} ms`) })))}`);
  console.log(`# typing 9 keys: the app's handling per key ${ms(keys.map((k) => k.app))} ms; the browser's edit of the 1 MB textarea ${ms(keys.map((k) => k.edit))} ms; long tasks while typing and analysing ${fmt(typing)}`);
  console.log(`# the last job: analysed in the worker in ${Math.round(answer.ms)} ms; answer ${Math.round(answer.at - quietEnd)} ms after typing began`);
  console.log(`# after the answer (decoding in slices of ~8 ms, then the render of the results, ${Math.round(done - answer.at)} ms): long tasks ${fmt(afterAnswer)}`);
  const drawn = await page.evaluate(() => ({
    events: document.querySelectorAll('[data-testid=event]').length,
    claims: document.querySelectorAll('[data-testid=claim]').length,
    actors: document.querySelectorAll('[data-testid=actor]').length,
    axis: document.querySelectorAll('[data-testid=axis-event]').length,
    more: document.querySelectorAll('[data-testid=axis-more]').length,
    marks: document.querySelectorAll('[data-testid=source] mark').length,
    sourceKB: Math.round(document.querySelector('[data-testid=source]').textContent.length / 1000),
    labels: [...document.querySelectorAll('[data-testid=pager-label], [data-testid=source-part-label]')].map((e) => e.textContent),
  }));
  console.log(`# drawn: ${JSON.stringify(drawn)}`);
  const frames = await page.evaluate((t) => window.__frames.filter((f) => f.start + f.duration >= t), answer.at);
  console.log(`# long animation frames after the answer: ${JSON.stringify(frames.map((f) => ({ at: Math.round(f.start - answer.at), ms: Math.round(f.duration), render: Math.round(f.render), scripts: f.scripts.map((x) => `${x.type} ${x.invoker} ${Math.round(x.ms)} ms`) })))}`);
  const writes = await page.evaluate((t) => window.__storage.filter((w) => w.at >= t), answer.at);
  console.log(`# local storage writes after the answer: ${writes.map((w) => `${Math.round(w.chars / 1000)} K chars in ${Math.round(w.ms)} ms at +${Math.round(w.at - answer.at)} ms`).join(', ') || 'none'}; long tasks at +${afterAnswer.map((t) => Math.round(t.start - answer.at)).join(', +')} ms`);
  await page.screenshot({ path: artifact('worker-1mb.png') });
  // While the worker analyses: no script of the app runs 50 ms or more (long animation frames' script entries),
  // and no task at all reaches 200 ms (analysing 1 MB on the main thread would take about a second). Long tasks of
  // 50-200 ms with no script of the app over 50 ms are reported, not failed: on the 2-core CI machine, with the
  // worker busy on one core, two CI runs saw one such task (101 ms, a frame of the browser's own render with no
  // script; 70 ms, no long frame at all), while 9 runs on a quiet machine saw none. Where long animation frames
  // are not supported, every long task fails the test, as before.
  if (await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))) {
    const appScripts = quietFrames.flatMap((f) => f.scripts).filter((x) => x.ms >= 50);
    assert.deepEqual(appScripts, [], 'no script of the app over 50 ms while the worker analyses');
    assert.deepEqual(during.filter((t) => t.duration >= 200), [], 'no main-thread task over 200 ms while the worker analyses');
  } else {
    assert.deepEqual(during, [], 'no main-thread task over 50 ms while the worker analyses');
  }
  // Issue 7: the answer's decoding (slices of ~8 ms), the render of the results (a page of each list, one
  // part of the source, a capped axis, the side panels one per task) and keeping the text, from the answer's
  // arrival to two frames and 300 ms after the page shows the result. Asserted: no script of the app (each
  // script entry of a long animation frame: timers, the worker's message, input) runs 50 ms or more. Not
  // asserted, reported: the frames' own style and layout, which with a 1 MB textarea on the page take 30-55 ms
  // each on this machine, so that a frame of the app's 30 ms script can still be a long task of 55-70 ms.
  // Without long-animation-frame entries (another browser) the long tasks themselves are asserted.
  const scripts = frames.flatMap((f) => f.scripts);
  if (await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))) {
    assert.ok(scripts.every((x) => x.ms < 50), `no script of the app over 50 ms after the answer: ${JSON.stringify(scripts)}`);
  } else {
    assert.deepEqual(afterAnswer, [], 'no main-thread task over 50 ms after the answer arrives');
  }
  assert.equal(drawn.events, 100, 'one page of events (LIST_PAGE)');
  assert.equal(drawn.claims, 100, 'one page of claims');
  assert.ok(drawn.sourceKB <= 13, `one part of the source (${drawn.sourceKB} KB)`);
  assert.ok(drawn.axis + drawn.more < 1000, 'a bounded axis');
  const median = keys.map((k) => k.app).sort((a, b) => a - b)[Math.floor(keys.length / 2)];
  assert.ok(median < 50, `the app handles a key of a 1 MB text in under 50 ms (median ${median.toFixed(1)} ms)`);
  // The features survive the budgets, on the 1 MB result. The list's End reaches the true last event (on
  // the last page), Home the first.
  const t0 = await page.evaluate(() => performance.now());
  const firstId = await page.getAttribute('[data-testid=event] >> nth=0', 'data-id');
  await page.focus('[data-testid=event] >> nth=0');
  await page.keyboard.press('End');
  await page.waitForFunction(() => /[\d,]+–([\d,]+) of \1 events/.test(document.querySelector('[data-testid=timeline-pager] [data-testid=pager-label]')?.textContent || '') && !document.querySelector('[data-testid=timeline-pager] [data-testid=pager-next]:not([disabled])'));
  const endFocus = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.timeline-panel [data-testid=event]')];
    return { focused: document.activeElement === all[all.length - 1], label: document.querySelector('[data-testid=timeline-pager] [data-testid=pager-label]').textContent };
  });
  assert.ok(endFocus.focused, `End focuses the last event of the whole list (${endFocus.label})`);
  await page.keyboard.press('Home');
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, firstId);
  // An event far down the text (the last one listed): selecting it draws the source part with its words and
  // scrolls them into view.
  await page.click('[data-testid=timeline-pager] [data-testid=pager-last]');
  const lastDated = page.locator('.timeline-panel [data-testid=event]').last();
  const farId = await lastDated.getAttribute('data-id');
  await lastDated.click();
  await page.waitForSelector('[data-testid=source] .selected, [data-testid=source] .sentence-selected');
  const far = await page.evaluate(() => {
    const el = document.querySelector('[data-testid=source] .selected') || document.querySelector('[data-testid=source] .sentence-selected');
    const r = el.getBoundingClientRect();
    return { part: document.querySelector('[data-testid=source-part-label]').textContent, top: r.top, bottom: r.bottom, vh: innerHeight };
  });
  assert.doesNotMatch(far.part, /^Part 1 of/, `the event's words are in a later part (${far.part})`);
  assert.ok(far.bottom > 0 && far.top < far.vh, `its words are scrolled into view (${JSON.stringify(far)})`);
  // Clicking words of that part selects their item.
  await page.click('.selection-bar .btn');
  await page.waitForSelector('.selection-bar', { state: 'detached' });
  const mark = page.locator('[data-testid=source] mark[data-ids]').nth(3);
  const markIds = (await mark.getAttribute('data-ids')).split(' ');
  await mark.click();
  await page.waitForSelector('.selection-bar');
  const picked = await page.evaluate(() => [...document.querySelectorAll('[data-testid=source] mark.selected')].map((m) => m.getAttribute('data-ids')));
  assert.ok(picked.length > 0 && picked.some((ids) => ids.split(' ').includes(markIds[0])), `clicking words selects their item (${markIds[0]})`);
  const interactions = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start >= t0);
  console.log(`# interactions on the 1 MB result (End, Home, last page, select a far event, click words; ${farId}): long tasks ${fmt(interactions)}`);
  // The result arrived: the events of the new text replace the sample's.
  // (The list draws a page: its pager says how many events there are in all.)
  const eventsAfter = Number((await page.textContent('[data-testid=timeline-pager] [data-testid=pager-label]')).match(/of ([\d,]+) events/)[1].replace(/,/g, ''));
  assert.ok(eventsAfter > eventsBefore, `the 1 MB text's events (${eventsAfter}) replace the sample's (${eventsBefore})`);
  assert.doesNotMatch(await page.textContent('.editor .status'), /Reading/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a short text is analysed at once, without the worker; the threshold by measurement', async () => {
  const { page, context, errors } = await open();
  const text = madeText(3000).slice(0, 3000);
  await pasteText(page, text);
  await page.waitForFunction(() => !/Reading/.test(document.querySelector('.editor .status').textContent), null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.__analysingSeen), false, 'no progress for a short text');
  assert.equal(await page.evaluate(() => window.__answers.length), 0, 'no worker for a short text');
  // The cost of `analyse_parts` on the main thread (median of 5), which decides WORKER_MIN_BYTES.
  const big = madeText(64_000);
  const table = await page.evaluate((big) => {
    const out = [];
    for (const n of [2_000, 4_000, 8_000, 16_000, 32_000, 64_000]) {
      const t = big.slice(0, n), times = [];
      for (let i = 0; i < 5; i++) { const t0 = performance.now(); window.wasmBindings.analyse_parts(t, '2025-06-24'); times.push(performance.now() - t0); }
      out.push(`${n / 1000} KB ${times.sort((a, b) => a - b)[2].toFixed(1)} ms`);
    }
    return out;
  }, big);
  console.log(`# analyse_parts on the main thread (median of 5): ${table.join(' · ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the worker cannot load, a long text is analysed on the main thread and kept', async () => {
  const { page, context, errors } = await open();
  await page.route('**/worker.js', (route) => route.abort());
  const text = madeText(20_000);
  await pasteText(page, text);
  await page.waitForFunction(() => !document.querySelector('[data-testid=analysing]') && !/Reading/.test(document.querySelector('.editor .status').textContent), null, { timeout: 60000 });
  assert.ok((await page.evaluate(() => localStorage.getItem('claimline:v1') || '')).length > 19_000, 'the text is kept');
  assert.equal(await page.evaluate(() => window.__answers.filter((a) => a.job > 0).length), 0, 'no answer from a worker');
  const n = await page.$$eval('[data-testid=event]', (els) => els.length);
  assert.ok(n > 0, 'the fallback analysed the text');
  assert.deepEqual(errors.filter((e) => !/worker\.js|net::ERR_FAILED/.test(e)), []);
  await context.close();
});

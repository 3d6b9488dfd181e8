// When the wasm module traps (the release build aborts at once on a panic; docs/ARCHITECTURE.md, "Toolchain"), the
// page says so and offers a way out (src/app/crash.js) instead of freezing without a word. The trap here is a real one
// of the page's own module: wasm-bindgen's allocator export asked for more than a wasm32 address space holds aborts,
// the same `unreachable` a panic ends in.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { serveDist, launch, openApp, pasteText, OTHER_ARTICLE } = require('./harness.cjs');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Traps the page's wasm from a timer (an uncaught error) or from a promise (an unhandled rejection).
async function trap(page, how) {
  await page.evaluate(async (how) => {
    const wasm = await window.wasmBindings.default();
    const abort = () => wasm.__wbindgen_malloc(0xfffffff0, 1);
    if (how === 'promise') Promise.resolve().then(abort);
    else setTimeout(abort);
  }, how);
}

for (const how of ['timer', 'promise']) {
  test(`a trap of the wasm (${how}) shows a clear message, not a dead page`, async () => {
    const { page, context, errors } = await openApp(browser, server.url);
    assert.equal(await page.$('#crash'), null, 'no message before');
    await trap(page, how);
    const alert = await page.waitForSelector('#crash[role=alert]', { timeout: 5000 });
    assert.match(await alert.textContent(), /Claimline stopped: an internal error.*unreachable.*reload/is);
    assert.ok(await alert.isVisible());
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reload');
    assert.ok(errors.some((e) => /RuntimeError|unreachable/.test(e)), 'the trap itself is reported to the console');
    await context.close();
  });
}

test('after a trap, "Start again with the sample" forgets the kept text and reloads', async () => {
  const { page, context } = await openApp(browser, server.url);
  await pasteText(page, OTHER_ARTICLE);
  await page.waitForFunction(() => (localStorage.getItem('claimline:v1') || '').includes('Riverton'), null, { timeout: 10000 });
  await trap(page, 'timer');
  await page.waitForSelector('#crash');
  await Promise.all([page.waitForNavigation(), page.click('#crash button:nth-of-type(2)')]);
  await page.waitForSelector('[data-testid=timeline]', { timeout: 15000 });
  assert.equal(await page.$('#crash'), null);
  const text = await page.inputValue('#text-input');
  assert.ok(!text.includes('Riverton'), 'the sample, not the kept text');
  await context.close();
});

// The explorer, first part (issue 6), end to end: every export downloaded and parsed, the share link (round trip,
// agreement with the npm lz-string package both ways, a damaged link, a text too long for a link), the text kept
// across a reload with New/Undo, keyboard navigation through every event, the claims panel's actor filter, and the
// publication date's source.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const LZString = require('lz-string');
const { serveDist, launch, openApp, pasteText, events, artifact, OTHER_ARTICLE, seriousViolations } = require('./harness.cjs');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


async function waitForEvent(page, pred, arg) {
  await page.waitForFunction(pred, arg, { timeout: 8000 });
}

async function download(page, testid) {
  // Each chosen export closes the menu: open it again.
  if (testid.startsWith('export-') && !(await page.$eval('[data-testid=export-menu]', (d) => d.open))) await page.click('[data-testid=export-menu] summary');
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 8000 }), page.click(`[data-testid=${testid}]`)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), body: fs.readFileSync(file, 'utf8') };
}

test('each export is downloaded and parses as its format', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.click('[data-testid=export-menu] summary');
  await page.screenshot({ path: artifact('export-menu-1280.png') });
  // Escape closes the menu and returns the focus to its button.
  await page.focus('[data-testid=export-json]');
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('[data-testid=export-menu]', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');

  const json = await download(page, 'export-json');
  assert.match(json.name, /\.json$/);
  const analysis = JSON.parse(json.body);
  assert.ok(Array.isArray(analysis.events) && analysis.events.length > 0, 'the Analysis with its events');
  assert.equal(analysis.publication_date.date, '2025-06-24');

  const tl = await download(page, 'export-timelinejs');
  assert.match(tl.name, /\.timeline\.json$/);
  const doc = JSON.parse(tl.body);
  // TimelineJS 3's documented shape: events[] with start_date.year (a number) and text.headline.
  assert.ok(Array.isArray(doc.events) && doc.events.length > 0, 'TimelineJS events');
  for (const e of doc.events) {
    assert.equal(typeof e.start_date.year, 'number', JSON.stringify(e));
    if (e.start_date.month !== undefined) assert.ok(e.start_date.month >= 1 && e.start_date.month <= 12);
    if (e.start_date.day !== undefined) assert.ok(e.start_date.day >= 1 && e.start_date.day <= 31);
    assert.equal(typeof e.text.headline, 'string');
    assert.ok(e.text.headline.length > 0);
  }
  assert.equal(typeof doc.title.text.headline, 'string');

  const ev = await download(page, 'export-csv-events');
  assert.match(ev.name, /-events\.csv$/);
  const evLines = ev.body.split('\r\n').filter((l) => l);
  assert.equal(evLines[0], 'id,date,relation,label,start,end,status,title,actors,rule,span_start,span_end,text');
  assert.equal(evLines.length - 1 >= analysis.events.length, true);

  const cl = await download(page, 'export-csv-claims');
  assert.match(cl.name, /-claims\.csv$/);
  assert.equal(cl.body.split('\r\n')[0], 'id,kind,score,speaker,text,span_start,span_end,event,reasons');

  const md = await download(page, 'export-markdown');
  assert.match(md.name, /\.md$/);
  assert.match(md.body, /^## Timeline$/m);

  const tml = await download(page, 'export-timeml');
  assert.match(tml.name, /\.tml$/);
  const parsed = await page.evaluate((xml) => {
    const d = new DOMParser().parseFromString(xml, 'application/xml');
    return { errors: d.getElementsByTagName('parsererror').length, root: d.documentElement.nodeName, timex: d.getElementsByTagName('TIMEX3').length };
  }, tml.body);
  assert.equal(parsed.errors, 0, 'TimeML is well-formed XML');
  assert.equal(parsed.root, 'TimeML');
  assert.ok(parsed.timex > 1, 'TIMEX3 tags, DCT included');
  assert.deepEqual(errors, []);
  await context.close();
});

test('share link: the copied URL reproduces the analysis in a fresh page, and lz-string reads it', async () => {
  const first = await openApp(browser, server.url);
  await first.page.fill('#pub-date', '2024-03-12');
  await pasteText(first.page, OTHER_ARTICLE);
  await waitForEvent(first.page, () => [...document.querySelectorAll('[data-testid=event]')].some((e) => e.getAttribute('data-date') === '2024-03-11'));
  const before = await events(first.page);
  const requests = [];
  first.page.on('request', (r) => requests.push(r.url()));
  await first.page.click('[data-testid=copy-link]');
  const url = await first.page.inputValue('[data-testid=share-url]');
  assert.ok(url.startsWith(server.url), url);
  const fragment = new URL(url).hash.slice(1);
  const params = Object.fromEntries(fragment.split('&').map((p) => p.split('=')));
  assert.equal(params.d, '2024-03-12');
  assert.equal(LZString.decompressFromEncodedURIComponent(params.t), OTHER_ARTICLE, 'npm lz-string reads the Rust output');
  assert.equal(params.t, LZString.compressToEncodedURIComponent(OTHER_ARTICLE), 'the same bits as lz-string');
  assert.ok(!requests.some((r) => r.includes('flood') || r.includes(params.t)), 'nothing of the text reached a server');
  await first.context.close();

  // A fresh context: no storage, only the link.
  const second = await openApp(browser, url);
  assert.equal(await second.page.inputValue('#text-input'), OTHER_ARTICLE);
  assert.equal(await second.page.inputValue('#pub-date'), '2024-03-12');
  assert.deepEqual(await events(second.page), before);
  assert.equal(new URL(second.page.url()).hash, '', 'the fragment is consumed: a reload after edits keeps the edits');
  await pasteText(second.page, OTHER_ARTICLE + '\n\nAn edit.');
  await second.page.waitForTimeout(600);
  await second.page.reload();
  await second.page.waitForSelector('[data-testid=timeline]');
  assert.match(await second.page.inputValue('#text-input'), /An edit\.$/);
  assert.deepEqual(second.errors, []);
  // Another link opened in the same browser replaces that text, and offers it back.
  const third = `${server.url}#d=2025-01-02&t=${LZString.compressToEncodedURIComponent('A different article about budgets.')}`;
  await second.page.goto(third);
  await second.page.waitForSelector('[data-testid=undo-toast]');
  assert.match(await second.page.textContent('[data-testid=undo-toast]'), /shared article replaced/);
  assert.equal(await second.page.inputValue('#text-input'), 'A different article about budgets.');
  await second.page.click('[data-testid=undo]');
  await second.page.waitForFunction(() => /An edit\.$/.test(document.querySelector('#text-input').value));
  // The same on a fresh load (a link opened in a new tab of this browser).
  await second.page.waitForTimeout(400);
  const tab = await second.context.newPage();
  await tab.goto(third);
  await tab.waitForSelector('[data-testid=undo-toast]');
  assert.equal(await tab.inputValue('#text-input'), 'A different article about budgets.');
  await tab.click('[data-testid=undo]');
  await tab.waitForFunction(() => /An edit\.$/.test(document.querySelector('#text-input').value));
  await second.context.close();
});

// The article box is read when typing pauses (250 ms) or when it loses the focus: a link made sooner, by a click
// that does not move the focus (a script, an assistive tool), must still hold what is in the box.
test('share link: made right after typing, it holds the text as typed', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.fill('#pub-date', '2024-03-12');
  await pasteText(page, OTHER_ARTICLE);
  await page.waitForTimeout(600);
  await page.focus('#text-input');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Typed just now.');
  await page.$eval('[data-testid=copy-link]', (b) => b.click()); // no focus change, before the pause
  const url = await page.inputValue('[data-testid=share-url]');
  const params = Object.fromEntries(new URL(url).hash.slice(1).split('&').map((p) => p.split('=')));
  assert.equal(LZString.decompressFromEncodedURIComponent(params.t), OTHER_ARTICLE + ' Typed just now.');
  // Reading the box after the pause is not an edit: the link stays shown. A real edit makes it stale.
  await page.waitForTimeout(700);
  assert.equal(await page.inputValue('[data-testid=share-url]'), url);
  await page.keyboard.type(' More.');
  await page.waitForSelector('[data-testid=share-url]', { state: 'detached', timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('share link: a link written by npm lz-string opens in the app', async () => {
  const text = 'Harbour pay deal\n\nThe port council voted on Monday to end the strike. “We won,” said Ana Ruiz. ünïcödé 😀';
  const url = `${server.url}#d=2024-05-07&t=${LZString.compressToEncodedURIComponent(text)}`;
  const { page, context, errors } = await openApp(browser, url);
  assert.equal(await page.inputValue('#text-input'), text);
  assert.equal(await page.inputValue('#pub-date'), '2024-05-07');
  const evs = await events(page);
  assert.ok(evs.some((e) => e.date === '2024-05-06' && /voted/.test(e.text)), `Monday resolved against the shared date: ${JSON.stringify(evs)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged or hostile link gets a message and the app still opens', async () => {
  const good = LZString.compressToEncodedURIComponent(OTHER_ARTICLE);
  for (const frag of [`d=2024-03-12&t=${good.slice(0, 25)}`, `d=<img src=x onerror=alert(1)>&t=${good}`, 't=%%%%', `t=${'$'.repeat(5000)}`]) {
    const { page, context, errors } = await openApp(browser, `${server.url}#${frag}`);
    await page.waitForSelector('[data-testid=app-notice]', { timeout: 5000 });
    assert.match(await page.textContent('[data-testid=app-notice]'), /link could not be opened/i, frag);
    assert.match(await page.inputValue('#text-input'), /NATO/, 'the sample opens instead');
    assert.ok((await events(page)).length > 0);
    assert.equal(await page.$$eval('img[src=x]', (els) => els.length), 0);
    assert.deepEqual(errors, []);
    await page.click('[data-testid=app-notice] button');
    assert.equal(await page.$('[data-testid=app-notice]'), null);
    await context.close();
  }
});

test('a text too long for a link gets a message and the JSON download', async () => {
  const { page, context } = await openApp(browser, server.url);
  // Text that does not compress: many different characters.
  let big = 'Long report\n\n';
  let x = 12345;
  while (big.length < 60000) { x = (x * 1103515245 + 12345) % 2147483648; big += String.fromCharCode(0x4e00 + (x % 20000)); if (x % 7 === 0) big += ' '; }
  await pasteText(page, big);
  await page.waitForTimeout(600);
  await page.click('[data-testid=copy-link]');
  await page.waitForSelector('[data-testid=link-too-long]');
  assert.match(await page.textContent('[data-testid=link-too-long]'), /too long for a link/);
  // A text this long is analysed in the worker (src/app/worker.rs): the download holds its analysis once it is done.
  await page.waitForSelector('[data-testid=analysing]', { state: 'detached', timeout: 60000 });
  const dl = await download(page, 'too-long-json');
  assert.ok(JSON.parse(dl.body).text_length > 50000);
  await context.close();
});

test('reload keeps the text and date; New clears them with an Undo', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.fill('#pub-date', '2024-03-12');
  await pasteText(page, OTHER_ARTICLE);
  await waitForEvent(page, () => [...document.querySelectorAll('[data-testid=event]')].some((e) => e.getAttribute('data-date') === '2024-03-11'));
  await page.reload();
  await page.waitForSelector('[data-testid=timeline]');
  assert.equal(await page.inputValue('#text-input'), OTHER_ARTICLE);
  assert.equal(await page.inputValue('#pub-date'), '2024-03-12');
  assert.ok((await events(page)).some((e) => e.date === '2024-03-11'));

  await page.click('[data-testid=new]');
  await page.waitForSelector('[data-testid=empty-state]');
  await page.waitForSelector('[data-testid=undo-toast]');
  await page.screenshot({ path: artifact('undo-toast-1280.png') });
  await page.click('[data-testid=undo]');
  await page.waitForSelector('[data-testid=timeline]');
  assert.equal(await page.inputValue('#text-input'), OTHER_ARTICLE);
  assert.equal(await page.$('[data-testid=undo-toast]'), null);

  await page.click('[data-testid=new]');
  await page.waitForSelector('[data-testid=empty-state]');
  await page.reload();
  await page.waitForSelector('[data-testid=empty-state]');
  assert.equal(await page.inputValue('#text-input'), '', 'New is kept too');
  await context.close();
});

test('storage that refuses to keep the text shows a notice and the text stays', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=timeline]');
  await pasteText(page, OTHER_ARTICLE);
  await page.waitForSelector('[data-testid=app-notice]');
  assert.match(await page.textContent('[data-testid=app-notice]'), /would not keep your text/);
  assert.equal(await page.inputValue('#text-input'), OTHER_ARTICLE);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab reaches the timeline, arrows visit every event in order, Home/End, Enter selects', async () => {
  const { page, context } = await openApp(browser, server.url);
  const ids = await page.$$eval('[data-testid=timeline-panel] [data-testid=event], .timeline-panel [data-testid=event]', (els) => els.map((e) => e.getAttribute('data-id')));
  assert.ok(ids.length > 3, `events: ${ids}`);
  const active = () => page.evaluate(() => { const a = document.activeElement; return a && a.getAttribute('data-testid') === 'event' ? a.getAttribute('data-id') : null; });
  let reached = null;
  for (let i = 0; i < 80 && !reached; i++) { await page.keyboard.press('Tab'); reached = await active(); }
  assert.equal(reached, ids[0], 'Tab reaches the first event');
  const visited = [reached];
  for (let i = 1; i < ids.length; i++) { await page.keyboard.press('ArrowDown'); visited.push(await active()); }
  assert.deepEqual(visited, ids, 'ArrowDown visits every event in order');
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), ids[ids.length - 1], 'stays on the last');
  await page.keyboard.press('Home');
  assert.equal(await active(), ids[0]);
  await page.keyboard.press('Control+End');
  assert.equal(await active(), ids[ids.length - 1]);
  await page.keyboard.press('ArrowUp');
  const target = ids[ids.length - 2];
  assert.equal(await active(), target);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'visible focus');
  await page.screenshot({ path: artifact('keyboard-focus-1280.png') });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=event][data-id="${target}"][aria-pressed=true]`);
  await page.waitForSelector('.selection-bar');
  // Shift+Tab from the timeline leaves it, Tab comes back to the selected event (one Tab stop).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await active(), target);
  await context.close();
});

test('claims: most check-worthy first, and the actor filter keeps that actor’s claims', async () => {
  const { page, context } = await openApp(browser, server.url);
  const scores = await page.$$eval('[data-testid=claim]', (els) => els.map((e) => Number(e.querySelector('.claim-score')?.textContent || 0)));
  assert.deepEqual([...scores].sort((a, b) => b - a), scores, 'sorted by check-worthiness');
  const total = scores.length;
  const options = await page.$$eval('[data-testid=claim-actor-filter] option', (os) => os.map((o) => ({ value: o.value, label: o.textContent })));
  assert.ok(options.length > 1, 'actors to filter by');
  const pick = options[1];
  const n = Number(/\((\d+)\)$/.exec(pick.label)[1]);
  await page.selectOption('[data-testid=claim-actor-filter]', pick.value);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=claim]').length === n, n);
  // The app's filter agrees with the Analysis the JSON export holds: the claims this actor speaks or is named in.
  const shownIds = await page.$$eval('[data-testid=claim]', (els) => els.map((e) => e.getAttribute('data-id')));
  const analysis = JSON.parse((await download(page, 'export-json')).body);
  const want = analysis.claims.filter((c) => c.speaker === pick.value || c.actors.includes(pick.value)).map((c) => c.id).sort();
  assert.deepEqual([...shownIds].sort(), want, `claims of ${pick.label}`);
  assert.ok(n < total, 'the filter narrows the list');
  assert.equal(await page.$eval('[data-testid=export-menu]', (d) => d.open), false, 'a chosen export closes the menu');
  await page.screenshot({ path: artifact('claims-filter-1280.png') });
  await page.selectOption('[data-testid=claim-actor-filter]', '');
  await page.waitForFunction((t) => document.querySelectorAll('[data-testid=claim]').length === t, total);
  await context.close();
});

test('claims: Copy puts a citation with the speaker and the article date on the clipboard', async () => {
  const { page, context } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const row = page.locator('.claim-row', { has: page.locator('[data-testid=claim][data-kind=quotation]') }).first();
  const speaker = await row.locator('[data-testid=claim]').getAttribute('data-speaker');
  await row.locator('[data-testid=claim-copy]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=claim-copy]')].some((b) => b.textContent === 'Copied'));
  const cite = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(cite.includes(speaker), `${cite} names ${speaker}`);
  assert.match(cite, /published 2025-06-24/);
  await context.close();
});

test('the date control says where the date comes from', async () => {
  const { page, context } = await openApp(browser, server.url);
  assert.equal(await page.getAttribute('[data-testid=date-source]', 'data-source'), 'user');
  await pasteText(page, OTHER_ARTICLE);
  await page.fill('#pub-date', '2024-03-12');
  await page.waitForFunction(() => /set by you/.test(document.querySelector('[data-testid=date-source]').textContent));
  await page.fill('#pub-date', '');
  await page.waitForFunction(() => document.querySelector('[data-testid=date-source]').getAttribute('data-source') === 'none');
  await pasteText(page, 'WASHINGTON, June 3, 2021 — Officials said on Monday that talks had ended.');
  await page.waitForFunction(() => document.querySelector('[data-testid=date-source]').getAttribute('data-source') === 'detected', null, { timeout: 5000 });
  assert.match(await page.textContent('[data-testid=date-source]'), /found in the text/);
  assert.match(await page.textContent('#pub-date-hint'), /2021-06-03/);
  await context.close();
});

test('axe-core: no serious or critical violations with the link, the export menu and the Undo toast shown', async () => {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context } = await openApp(browser, server.url, { width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.selectOption('[data-testid=claim-actor-filter]', { index: 1 });
      await page.click('[data-testid=copy-link]');
      await page.waitForSelector('[data-testid=share-url]');
      await page.click('[data-testid=export-menu] summary');
      const run = () => seriousViolations(page);
      assert.deepEqual(await run(), [], `${width}x${height} ${scheme}`);
      await page.click('[data-testid=new]');
      await page.waitForSelector('[data-testid=undo-toast]');
      assert.deepEqual(await run(), [], `${width}x${height} ${scheme}, Undo toast`);
      await context.close();
    }
  }
});

// The app end to end (issue 2): it opens with the sample analysed, re-analyses a pasted article, links an event to
// its words, works from a sub-path, shows pasted HTML literally, and greets empty text with an empty state.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { serveDist, launch, openApp, pasteText, events, artifact, OTHER_ARTICLE } = require('./harness.cjs');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


test('opens from a sub-path with the sample analysed and its key events dated', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  assert.equal(await page.inputValue('#pub-date'), '2025-06-24');
  assert.match(await page.inputValue('#text-input'), /NATO Secretary General/);
  const evs = await events(page);
  const find = (date, re) => evs.find((e) => e.date === date && re.test(e.text));
  assert.ok(find('2023', /agreed/i), `the 2023 pledge, in ${JSON.stringify(evs, null, 1)}`);
  const eu = evs.find((e) => e.date === '2025' && /European Union|plan/i.test(e.text));
  assert.ok(eu, 'the EU plan, earlier in 2025');
  assert.match(eu.text, /earlier in 2025/i);
  assert.ok(find('2025-06-24', /summit/i), 'the summit beginning on 2025-06-24');
  assert.ok(find('2025-06-24', /White House|left/i), 'Trump leaving the White House on 2025-06-24');
  assert.ok(find('2025-06-24', /posted|text/i), 'the text posted on 2025-06-24');
  await page.screenshot({ path: artifact('sample-1280.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted article is re-analysed as it is typed, with its own dates and quotation', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.fill('#pub-date', '2024-03-12');
  await pasteText(page, OTHER_ARTICLE);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=event]')].some((e) => e.getAttribute('data-date') === '2024-03-11'), null, { timeout: 5000 });
  const evs = await events(page);
  assert.ok(evs.some((e) => e.date === '2024-03-11' && /voted/i.test(e.text)), `the council vote on Monday 11 March: ${JSON.stringify(evs)}`);
  assert.ok(evs.some((e) => e.date === '2019' && /rejected/i.test(e.text)), 'the 2019 rejection');
  assert.ok(!evs.some((e) => /NATO/.test(e.text)), 'nothing of the sample is left');
  const claims = await page.$$eval('[data-testid=claim]', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), speaker: e.getAttribute('data-speaker'), text: e.textContent })));
  assert.ok(claims.some((c) => /Okafor/.test(c.speaker || '') && /third flood/.test(c.text)), `the mayor's quotation: ${JSON.stringify(claims)}`);
  await context.close();
});

test('clicking an event highlights its sentence in the source and scrolls to it', async () => {
  const { page, context } = await openApp(browser, server.url);
  const ev = page.locator('[data-testid=event]', { hasText: /2023|agreed/ }).filter({ hasText: /agreed/i }).first();
  await ev.click();
  await page.waitForSelector('[data-testid=source] .sentence-selected');
  const highlighted = await page.$$eval('[data-testid=source] .sentence-selected', (els) => els.map((e) => e.textContent).join(''));
  assert.match(highlighted, /NATO leaders agreed to spend at least two percent of GDP/);
  const inView = await page.$eval('[data-testid=source] .sentence-selected', (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, 'the highlighted words are scrolled into view');
  await page.screenshot({ path: artifact('event-selected-1280.png') });
  await context.close();
});

test('pasted HTML is shown literally and never runs', async () => {
  const { page, context } = await openApp(browser, server.url);
  const hostile = 'Officials said on Monday: <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>bold</b>';
  await pasteText(page, hostile);
  await page.waitForFunction(() => document.querySelector('[data-testid=source]').textContent.includes('<script>'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('[data-testid=source] script, [data-testid=source] img, [data-testid=source] b', (els) => els.length), 0);
  await context.close();
});

test('empty text gets a friendly empty state, and the sample comes back', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await pasteText(page, '');
  await page.waitForSelector('[data-testid=empty-state]', { timeout: 5000 });
  assert.equal(await page.$$eval('[data-testid=event]', (els) => els.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sample timeline reads in order, each event at its date and with its status', async () => {
  const { page, context } = await openApp(browser, server.url);
  const evs = await events(page);
  const at = (re, check) => {
    const i = evs.findIndex((e) => re.test(e.text) && check(e));
    assert.ok(i >= 0, `${re} in ${JSON.stringify(evs, null, 1)}`);
    return i;
  };
  const order = [
    at(/agreed to spend/i, (e) => e.date === '2023' && e.status === 'happened'),
    at(/European Union announced/i, (e) => e.date === '2025' && /earlier in 2025/.test(e.text)),
    at(/action/i, (e) => e.relation === 'before' && /before 24 June 2025/.test(e.text)),
    at(/posted/i, (e) => e.date === '2025-06-24' && e.relation === 'on'),
    at(/summit began/i, (e) => e.date === '2025-06-24'),
    at(/left the White House/i, (e) => e.date === '2025-06-24'),
    at(/22 of the 32/i, (e) => e.status === 'ongoing'),
    at(/accused/i, (e) => e.relation === 'until' && /for years/i.test(e.text)),
    at(/expected to set/i, (e) => e.status === 'expected' && e.relation === 'after'),
  ];
  assert.deepEqual([...order].sort((a, b) => a - b), order, `timeline order ${order}`);
  await context.close();
});

// The explorer's time axis, source toggles and hover explanations (issue 6), end to end in headless Chromium:
// zoom (buttons, wheel) and pan (buttons, drag) change the visible window and the tick unit, Fit all restores it;
// the keyboard visits every event on the axis; clicking an axis event selects it and shows its words; clicking
// highlighted words selects their item; kind chips hide highlights; hovering or focusing a highlight explains it;
// actor lanes; nothing overlaps; the axis gives way to the list on a phone.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { serveDist, launch, openApp, artifact, seriousViolations } = require('./harness.cjs');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const win = (page) => page.$eval('[data-testid=axis-plot]', (p) => ({
  start: Number(p.dataset.start), end: Number(p.dataset.end), unit: p.dataset.unit,
}));
const tickLabels = (page) => page.$$eval('[data-testid=axis-tick]', (els) => els.map((e) => e.textContent));
const listIds = (page) => page.$$eval('.timeline-panel [data-testid=event]', (els) => els
  .filter((e) => e.closest('[data-testid=undated]') === null).map((e) => e.getAttribute('data-id')));

// No two boxes of the given selector overlap on screen.
async function overlaps(page, selector) {
  return page.$$eval(selector, (els) => {
    const r = els.map((e) => ({ id: e.getAttribute('data-id') || e.textContent, b: e.getBoundingClientRect() }));
    const out = [];
    for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
      const a = r[i].b, b = r[j].b;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${r[i].id} / ${r[j].id}`);
    }
    return out;
  });
}

test('the axis shows every dated event of the list, in years, with the publication date, and nothing overlaps', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const axisIds = await page.$$eval('[data-testid=axis-event]', (els) => els.map((e) => e.getAttribute('data-id')));
  const ids = await listIds(page);
  assert.deepEqual([...axisIds].sort(), [...ids].sort(), 'the same events as the list');
  const w = await win(page);
  assert.ok(['year', 'month'].includes(w.unit), `the sample spans years: ${JSON.stringify(w)}`);
  const labels = await tickLabels(page);
  assert.ok(labels.some((l) => /2024/.test(l)) && labels.some((l) => /2025/.test(l)), `ticks name the years: ${labels}`);
  assert.ok(await page.isVisible('[data-testid=axis-published]'), 'the publication date is marked');
  assert.deepEqual(await overlaps(page, '[data-testid=axis-event]'), [], 'events do not overlap');
  assert.deepEqual(await overlaps(page, '[data-testid=axis-tick]'), [], 'tick labels do not overlap');
  // Fuzzy dates are soft-edged ranges; the expected event is drawn as expected.
  assert.ok(await page.$('[data-testid=axis-event] .ax-range.soft-start'), 'a soft-edged range');
  assert.ok(await page.$('[data-testid=axis-event] .ax-dot'), 'a dot for a known day');
  await page.screenshot({ path: artifact('axis-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('zoom and pan: buttons and the wheel change the window, ticks go from years to months to days, Fit all restores', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const fit = await win(page);
  // Zoom out with the button until the ticks count years, then in until they count months, then days.
  for (let i = 0; i < 6 && (await win(page)).unit !== 'year'; i++) await page.click('[data-testid=axis-zoom-out]');
  assert.equal((await win(page)).unit, 'year');
  const yearLabels = await tickLabels(page);
  assert.ok(yearLabels.every((l) => /^\d{4}$/.test(l)), `year labels: ${yearLabels}`);
  const seen = new Set(['year']);
  for (let i = 0; i < 14 && !seen.has('day'); i++) {
    await page.click('[data-testid=axis-zoom-in]');
    seen.add((await win(page)).unit);
  }
  assert.ok(seen.has('month') && seen.has('day'), `units seen: ${[...seen]}`);
  assert.notDeepEqual(await tickLabels(page), yearLabels);
  const dayLabels = await tickLabels(page);
  assert.ok(dayLabels.some((l) => /^\d{1,2} [A-Z][a-z]{2}/.test(l)), `day labels: ${dayLabels}`);
  assert.deepEqual(await overlaps(page, '[data-testid=axis-tick]'), [], 'day labels do not overlap');
  // Pan buttons move the window by a quarter of its width.
  const before = await win(page);
  await page.click('[data-testid=axis-pan-right]');
  const later = await win(page);
  assert.ok(later.start > before.start && Math.abs((later.end - later.start) - (before.end - before.start)) < 0.01, 'pan keeps the span');
  await page.click('[data-testid=axis-pan-left]');
  await page.click('[data-testid=axis-pan-left]');
  assert.ok((await win(page)).start < before.start);
  // Fit all restores the first window.
  await page.click('[data-testid=axis-fit]');
  assert.deepEqual(await win(page), fit);
  // The wheel over an axis the reader has not pressed on scrolls the page, it does not zoom.
  const box = await page.$eval('[data-testid=axis-plot]', (p) => { const r = p.getBoundingClientRect(); return { x: r.left, y: r.top, w: p.clientWidth }; });
  const px = box.x + box.w * 0.7;
  const dayAt = (w) => w.start + (w.end - w.start) * 0.7;
  await page.mouse.move(px, box.y + 12);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(150);
  assert.deepEqual(await win(page), fit, 'no zoom by accident');
  // Pressed on (the tick band), the wheel zooms around the pointer: the day under it stays put.
  await page.mouse.click(px, box.y + 12);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid=axis-plot]').dataset.start) !== s, fit.start);
  const wheeled = await win(page);
  assert.ok(wheeled.end - wheeled.start < fit.end - fit.start, 'wheel up zooms in');
  assert.ok(Math.abs(dayAt(wheeled) - dayAt(fit)) < (fit.end - fit.start) * 0.01, 'around the pointer');
  // Ctrl+wheel (a trackpad pinch) zooms too, out here.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid=axis-plot]').dataset.start) !== s, wheeled.start);
  const pinched = await win(page);
  assert.ok(pinched.end - pinched.start > wheeled.end - wheeled.start, `ctrl+wheel down zooms out: ${JSON.stringify([wheeled, pinched])}`);
  // Dragging the plot to the right shows earlier time.
  await page.mouse.move(box.x + 200, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 8, { steps: 4 });
  await page.mouse.move(box.x + 320, box.y + 8, { steps: 4 });
  await page.mouse.up();
  const dragged = await win(page);
  assert.ok(dragged.start < pinched.start, `drag pans: ${JSON.stringify([pinched, dragged])}`);
  assert.ok(Math.abs((dragged.end - dragged.start) - (pinched.end - pinched.start)) < 0.01);
  // A drag that ends on an event does not select it.
  assert.equal(await page.$('.selection-bar'), null);
  await page.screenshot({ path: artifact('axis-zoomed-1280.png') });
  await page.click('[data-testid=axis-fit]');
  assert.deepEqual(await win(page), fit);
  await context.close();
});

test('keyboard on the axis: Tab reaches it, arrows visit every event in order, Home/End, Enter selects', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const ids = await listIds(page);
  const active = () => page.evaluate(() => { const a = document.activeElement; return a && a.getAttribute('data-testid') === 'axis-event' ? a.getAttribute('data-id') : null; });
  // Tab from the last axis button reaches the axis's events.
  await page.focus('[data-testid=axis-lanes]');
  await page.keyboard.press('Tab');
  assert.equal(await active(), ids[0], 'Tab reaches the first event on the axis');
  // Zoomed in, the window follows the focus to events outside it.
  for (let i = 0; i < 6; i++) await page.click('[data-testid=axis-zoom-in]');
  await page.focus('[data-testid=axis-event][tabindex="0"]');
  await page.keyboard.press('Home');
  const visited = [await active()];
  for (let i = 1; i < ids.length; i++) { await page.keyboard.press('ArrowRight'); visited.push(await active()); }
  assert.deepEqual(visited, ids, 'ArrowRight visits every event in the timeline order');
  await page.keyboard.press('Home');
  assert.equal(await active(), ids[0]);
  await page.keyboard.press('End');
  assert.equal(await active(), ids[ids.length - 1]);
  await page.keyboard.press('ArrowLeft');
  const target = ids[ids.length - 2];
  assert.equal(await active(), target);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'visible focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=axis-event][data-id="${target}"][aria-pressed=true]`);
  await page.waitForSelector(`.timeline-panel [data-testid=event][data-id="${target}"][aria-pressed=true]`);
  // + and - zoom from the keyboard.
  const w0 = await win(page);
  await page.keyboard.press('-');
  const w1 = await win(page);
  assert.ok(w1.end - w1.start > w0.end - w0.start, 'minus zooms out');
  await page.screenshot({ path: artifact('axis-keyboard-1280.png') });
  await context.close();
});

test('clicking an event on the axis selects it: its words are highlighted and scrolled into view', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const id = await page.$$eval('[data-testid=axis-event]', (els) => els[els.length - 1].getAttribute('data-id'));
  await page.click(`[data-testid=axis-event][data-id="${id}"]`);
  await page.waitForSelector(`.timeline-panel [data-testid=event][data-id="${id}"][aria-pressed=true]`);
  await page.waitForSelector('[data-testid=source] .selected');
  const inView = await page.$eval('[data-testid=source] .selected', (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
  assert.ok(inView, 'the selected words are in view');
  await context.close();
});

test('clicking highlighted words in the source selects their item in the panels and on the axis', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const ids = await listIds(page);
  // A stretch of an event's clause (its first id is the event).
  const target = await page.$$eval('[data-testid=source] [data-ids]', (els, ids) => {
    const el = els.find((e) => ids.includes(e.getAttribute('data-ids').split(' ')[0]));
    return el ? el.getAttribute('data-ids').split(' ')[0] : null;
  }, ids);
  assert.ok(target, 'an event clause in the source');
  await page.click(`[data-testid=source] [data-ids^="${target}"]`);
  await page.waitForSelector(`.timeline-panel [data-testid=event][data-id="${target}"][aria-pressed=true]`);
  await page.waitForSelector(`[data-testid=axis-event][data-id="${target}"][aria-pressed=true]`);
  // An actor's name (nothing selected) selects the actor in the actors panel.
  await page.click('.selection-bar .btn');
  await page.waitForSelector('.selection-bar', { state: 'detached' });
  const actorMark = await page.$$eval('[data-testid=source] mark.hl-actor', (els) => els.map((e) => e.getAttribute('data-ids').split(' ')[0]));
  await page.click('[data-testid=source] mark.hl-actor');
  await page.waitForSelector('[data-testid=actor].is-selected');
  assert.ok(actorMark.length > 0);
  await context.close();
});

test('kind chips hide and show highlights; hovering or focusing a highlight explains how it was read', async () => {
  const { page, context } = await openApp(browser, server.url);
  const count = (k) => page.$$eval(`[data-testid=source] mark.${k}`, (els) => els.length);
  for (const k of ['hl-time', 'hl-quote', 'hl-number', 'hl-actor']) {
    const n = await count(k);
    assert.ok(n > 0, `${k} highlights`);
    await page.click(`[data-testid=kind-${k}]`);
    assert.equal(await count(k), 0, `${k} hidden`);
    assert.equal(await page.isChecked(`[data-testid=kind-${k}]`), false);
    await page.click(`[data-testid=kind-${k}]`);
    assert.equal(await count(k), n, `${k} back`);
  }
  // Hover: the tooltip names the rule.
  await page.hover('[data-testid=source] mark.hl-time');
  await page.waitForSelector('[data-testid=hl-tip]');
  const tip = await page.textContent('[data-testid=hl-tip]');
  assert.match(tip, /rule [a-z_]+\.[a-z_.]+/i, `the rule's name: ${tip}`);
  assert.match(tip, /Date|Time/, tip);
  await page.screenshot({ path: artifact('source-tooltip-1280.png') });
  await page.mouse.move(5, 5);
  await page.waitForSelector('[data-testid=hl-tip]', { state: 'detached' });
  // Focus: arrows move through the highlights, the tooltip follows and describes the focused one.
  await page.focus('[data-testid=source]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid=hl-tip]');
  const described = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby'));
  assert.equal(described, 'hl-tip');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=hl-tip]', { state: 'detached' });
  await context.close();
});

test('lanes by actor: one lane per main actor and an Other lane, same events, nothing overlaps', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const n = await page.$$eval('[data-testid=axis-event]', (els) => els.length);
  assert.equal(await page.$('[data-testid=axis-lane]'), null, 'no lanes by default');
  await page.click('[data-testid=axis-lanes]');
  await page.waitForSelector('[data-testid=axis-lane]');
  const lanes = await page.$$eval('[data-testid=axis-lane]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(lanes.length >= 2, `lanes: ${lanes}`);
  assert.equal(new Set(lanes).size, lanes.length, 'each lane once');
  if (lanes.includes('Other')) assert.equal(lanes[lanes.length - 1], 'Other', 'Other comes last');
  assert.equal(await page.$$eval('[data-testid=axis-event]', (els) => els.length), n, 'the same events');
  // Each event sits inside its lane's band.
  const misplaced = await page.evaluate(() => {
    const bands = [...document.querySelectorAll('[data-testid=axis-lane]')].map((l) => ({ name: l.textContent.trim(), r: l.getBoundingClientRect() }));
    return [...document.querySelectorAll('[data-testid=axis-event]')].filter((e) => {
      const b = bands.find((x) => x.name === e.dataset.lane);
      const r = e.getBoundingClientRect();
      return !b || r.top < b.r.top || r.bottom > b.r.bottom + 1;
    }).map((e) => e.dataset.id);
  });
  assert.deepEqual(misplaced, []);
  assert.deepEqual(await overlaps(page, '[data-testid=axis-event]'), []);
  await page.screenshot({ path: artifact('axis-lanes-1280.png') });
  await context.close();
});

test('on a phone the axis gives way to the list of the same events', async () => {
  const { page, context } = await openApp(browser, server.url, { width: 390, height: 844 });
  assert.equal(await page.isVisible('[data-testid=axis]'), false, 'no axis at 390 px');
  assert.ok((await listIds(page)).length > 3, 'the list is there');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scrolling');
  await context.close();
});

test('axe-core: no serious or critical violations with the axis zoomed, in lanes, an event selected and a tooltip shown', async () => {
  for (const [width, height] of [[1280, 800], [800, 1000]]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context } = await openApp(browser, server.url, { width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForSelector('[data-testid=axis-event]');
      await page.click('[data-testid=axis-lanes]');
      await page.click('[data-testid=axis-zoom-in]');
      await page.click('[data-testid=axis-event]');
      await page.click('[data-testid=kind-hl-number]');
      await page.hover('[data-testid=source] mark.hl-time');
      await page.waitForSelector('[data-testid=hl-tip]');
      assert.deepEqual(await seriousViolations(page), [], `${width}x${height} ${scheme}`);
      await context.close();
    }
  }
});

test('pinch: two fingers moving apart on the axis zoom in, a one-finger drag pans', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=axis-event]');
  const box = await page.$eval('[data-testid=axis-plot]', (p) => { const r = p.getBoundingClientRect(); return { x: r.left, y: r.top + 40, w: p.clientWidth }; });
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const before = await win(page);
  const mid = box.x + box.w / 2;
  await touch('touchStart', [[mid - 40, box.y], [mid + 40, box.y]]);
  for (let d = 50; d <= 160; d += 10) await touch('touchMove', [[mid - d, box.y], [mid + d, box.y]]);
  await touch('touchEnd', []);
  const pinched = await win(page);
  assert.ok(pinched.end - pinched.start < (before.end - before.start) * 0.7, `pinch zooms in: ${JSON.stringify([before, pinched])}`);
  await touch('touchStart', [[mid, box.y]]);
  for (let d = 10; d <= 120; d += 10) await touch('touchMove', [[mid + d, box.y]]);
  await touch('touchEnd', []);
  const dragged = await win(page);
  assert.ok(dragged.start < pinched.start, `a finger drag pans: ${JSON.stringify([pinched, dragged])}`);
  await context.close();
});

// Shared set-up for the end-to-end tests: a static server for dist/ under a sub-path, and Debian's Chromium
// driven by playwright-core (never a downloaded browser).
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SUBPATH = '/claimline/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.txt': 'text/plain', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

// Serves dist/ at SUBPATH only (anything outside it is a 404), so a test passes only if the build works from a
// sub-path. Returns { url, close }.
async function serveDist() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run trunk build --release --public-url ./ first');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(SUBPATH)) { res.writeHead(404); res.end('not found'); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html';
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${SUBPATH}`, close: () => new Promise((ok) => server.close(ok)) };
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Opens the app and waits until the timeline has rendered. Collects page errors and console errors.
async function openApp(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('[data-testid=timeline]', { timeout: 15000 });
  return { page, context, errors };
}

// Replaces the article text as a user would paste it.
async function pasteText(page, text) {
  await page.fill('#text-input', text);
}

async function events(page) {
  return page.$$eval('[data-testid=event]', (els) => els.map((e) => ({
    id: e.getAttribute('data-id'), date: e.getAttribute('data-date'), relation: e.getAttribute('data-relation'),
    status: e.getAttribute('data-status'), text: e.textContent.replace(/\s+/g, ' ').trim(),
  })));
}

function artifact(name) {
  const dir = path.join(ROOT, 'tests', 'e2e', 'artifacts');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

// An article written for the tests (not the sample): its own dates, a quotation, an expectation.
const OTHER_ARTICLE = `Riverton council approves flood barrier

The Riverton city council voted on Monday to build a four-kilometre flood barrier along the Ash River, after the town flooded twice last year.

"We cannot wait for a third flood," Mayor Helen Okafor said after the vote.

Construction is expected to begin in June and will cost about 12 million euros.

In 2019, voters rejected a similar plan.`;

// axe-core's serious and critical violations on the page as it is now. axe is injected through DevTools
// (page.evaluate), not as an inline script: the page's CSP refuses those, as it should.
const AXE_SRC = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SRC + '\n;true');
  return page.evaluate(async () => (await axe.run(document)).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
}

module.exports = { serveDist, launch, openApp, pasteText, events, artifact, ROOT, OTHER_ARTICLE, seriousViolations };

// Screenshots of the sample for docs/ and the README (not a test): run by `bash scripts/screenshots`.
'use strict';
const path = require('node:path');
const { serveDist, launch, openApp, ROOT } = require('./harness.cjs');

(async () => {
  const server = await serveDist();
  const browser = await launch();
  try {
    for (const [name, viewport, scheme] of [
      ['screenshot-1280.png', { width: 1280, height: 800 }, 'light'],
      ['screenshot-390.png', { width: 390, height: 844 }, 'light'],
      ['screenshot-1280-dark.png', { width: 1280, height: 800 }, 'dark'],
    ]) {
      const { page, context } = await openApp(browser, server.url, viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(200);
      const file = path.join(ROOT, 'docs', name);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });

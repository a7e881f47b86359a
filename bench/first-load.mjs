// Loads / in headless Chromium (Debian's), cold cache, and reports: how long until every chart in the
// first screen (or within 200 px of it; at 1440 × 1000 there may be none, and then until the document is parsed) is drawn (from navigation start; charts.js draws the others as they scroll into view), and
// how many bytes the first load transferred.
// Usage: node first-load.mjs http://127.0.0.1:5099/ [runs]
import { chromium } from 'playwright-core';

const url = process.argv[2];
const runs = Number(process.argv[3] || 5);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times = [];
let bytes = 0;
let files = [];
for (let i = 0; i < runs; i++) {
  // The harness's own polling function is evaluated in the page; the page's CSP would refuse it.
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    // "In the first screen" as charts.js counts it: within its 200 px margin below the window.
    const inView = [...document.querySelectorAll('.chart-card')]
      .filter((c) => { const r = c.getBoundingClientRect(); return r.height > 0 && r.top < window.innerHeight + 200 && r.bottom > -200; });
    // None may be there at this size (the story and the headline figures come first): then the first screen is
    // ready once the document is parsed.
    return document.readyState !== 'loading' && inView.every((c) => c.dataset.rendered === 'true');
  }, null, { timeout: 10000, polling: 'raf' });
  times.push(await page.evaluate(() => performance.now()));
  await page.waitForLoadState('load');
  const entries = await page.evaluate(() => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => ({ name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize })));
  bytes = entries.reduce((sum, e) => sum + e.transferSize, 0);
  files = entries;
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  chartsDrawnMs: { median: Math.round(times[Math.floor(times.length / 2)]), max: Math.round(times[times.length - 1]), runs },
  firstLoadBytes: bytes,
  files: files.map((f) => ({ path: new URL(f.name).pathname, transferSize: f.transferSize, encodedBodySize: f.encodedBodySize })),
}, null, 2));

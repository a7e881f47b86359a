// Times what a reader waits for after "PNG image" on the dashboard: for every chart card of / (Korean, won),
// from the click to the browser's download, at the default size and scale (16:9 slide, 2×), in Debian's
// headless Chromium, one tab, warm. Prints each chart's time and the median.
// (Chromium encodes toBlob in an idle period of the page; a page at rest got none and waited a second for every
// image: a median of 1,239 ms over 16 downloads before export.js asked for animation frames while encoding,
// 273 ms after; docs/benchmarks.md, Round 12.)
// Usage: node png-export.mjs http://127.0.0.1:5099 [rounds, default 3: 8 charts each]
import { chromium } from 'playwright-core';

const origin = process.argv[2].replace(/\/$/, '');
const rounds = Number(process.argv[3] || 3);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium-headless-shell',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ko-KR', acceptDownloads: true });
await page.goto(`${origin}/?culture=ko&currency=KRW`);
const keys = await page.locator('.chart-card').evaluateAll((cards) => cards.map((c) => c.dataset.chartKey));
const times = [];
for (let round = 0; round < rounds; round++) {
  for (const key of keys) {
    const card = page.locator(`.chart-card[data-chart-key='${key}']`);
    await card.scrollIntoViewIfNeeded();
    await card.and(page.locator('[data-rendered="true"]')).waitFor();
    if (!(await card.locator('details.export').evaluate((d) => d.open))) await card.locator('details.export > summary').click();
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator("[data-export='png']").click()]);
    const ms = performance.now() - started;
    await download.delete();
    times.push(ms);
    console.log(`${key}: ${ms.toFixed(0)} ms`);
  }
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${times.length} downloads`);
await browser.close();

// Lighthouse's SEO category (pinned in package-lock.json) on each URL given, one fresh Debian Chromium per page,
// as the SEO test runs it: prints a JSON array of { url, seo, failing } (failing: the ids of the audits that
// count and did not pass).
// Usage: node lighthouse-seo.mjs URL ...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const results = [];
for (const url of process.argv.slice(2)) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const failing = lhr.categories.seo.auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => `${r.id}: ${lhr.audits[r.id].title}`);
    results.push({ url, seo: Math.round(lhr.categories.seo.score * 100), failing });
  } finally {
    await chrome.kill();
  }
}
console.log(JSON.stringify(results));

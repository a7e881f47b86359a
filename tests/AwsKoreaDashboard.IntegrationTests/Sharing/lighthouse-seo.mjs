// Lighthouse's SEO category (pinned in package-lock.json) on each URL given, one fresh Debian Chromium per page,
// as the SEO test runs it: prints a JSON array of { url, seo, failing } (failing: the ids of the audits that
// count and did not pass, with Lighthouse's title and its explanation or value).
// Lighthouse fetches robots.txt with its own 2 s timeout and, when that runs out, fails the robots-txt audit
// with "unable to download" (no status): on a busy two-core machine that happened once in a CI run. Such a page
// is audited again, up to three times in all; a robots.txt Lighthouse did read and found invalid fails at once.
// Usage: node lighthouse-seo.mjs URL ...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const attempts = 3;

async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** True when robots.txt failed only because Lighthouse's fetch of it did not finish (no status, no content). */
const robotsNotDownloaded = (lhr) => lhr.audits['robots-txt']?.score === 0 && !lhr.audits['robots-txt'].details;

const results = [];
for (const url of process.argv.slice(2)) {
  let lhr = await audit(url);
  for (let attempt = 1; attempt < attempts && robotsNotDownloaded(lhr); attempt++) {
    lhr = await audit(url);
  }
  const failing = lhr.categories.seo.auditRefs
    .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
    .map((r) => {
      const a = lhr.audits[r.id];
      return `${r.id}: ${a.title}${a.explanation ? ` (${a.explanation})` : ''}${a.displayValue ? ` (${a.displayValue})` : ''}`;
    });
  results.push({ url, seo: Math.round(lhr.categories.seo.score * 100), failing });
}
console.log(JSON.stringify(results));

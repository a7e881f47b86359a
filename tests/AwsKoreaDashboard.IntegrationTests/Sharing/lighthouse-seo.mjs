// Lighthouse's SEO category (pinned in package-lock.json) on each URL given, as the SEO test runs it, in one
// Debian Chromium headless shell for all of them (Lighthouse resets the origin's storage before each page; a
// Chromium started per page and the desktop binary took 79 s of processor time for eight pages, this 48 s, with
// the same scores and findings): prints a JSON array of { url, seo, failing } (failing: the ids of the audits that
// count and did not pass, with Lighthouse's title and its explanation or value).
// Lighthouse fetches robots.txt with its own 2 s timeout and, when that runs out, fails the robots-txt audit
// with "unable to download" (no status): on a busy two-core machine that happened once in a CI run. Such a page
// is audited again, up to three times in all; a robots.txt Lighthouse did read and found invalid fails at once.
// No audit of the SEO category reads the full-page screenshot Lighthouse takes by default, so it is not taken
// (seven pages: 55 s and 38 s of processor time with it, 41 s and 34 s without, the same scores and findings).
// Usage: node lighthouse-seo.mjs URL ...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const chromeFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const attempts = 3;

const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium-headless-shell', chromeFlags });

async function audit(url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'], disableFullPageScreenshot: true });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/** True when robots.txt failed only because Lighthouse's fetch of it did not finish (no status, no content). */
const robotsNotDownloaded = (lhr) => lhr.audits['robots-txt']?.score === 0 && !lhr.audits['robots-txt'].details;

const results = [];
try {
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
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));

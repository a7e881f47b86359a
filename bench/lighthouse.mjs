// Lighthouse with its mobile preset (the default: a Moto G Power sized screen, simulated slow 4G and a 4x
// slower CPU) on the pages people land on (the dashboard, a chart, the briefing, /since, a figure page, an
// embedded chart), in Debian's Chromium. Each page runs several times on a fresh
// Chromium and the report takes the median of each score and metric: the machine is shared and busy, and
// one run of Lighthouse's simulated throttling still moves with the host's load.
// Usage: node lighthouse.mjs http://127.0.0.1:5099 [runs, default 3] [path ...]
// Prints a table and writes JSON to stdout's last line (--json prints only the JSON).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
// --seo: the SEO category alone (bench/lighthouse-seo.sh, every page kind with no configuration).
const seoOnly = args.includes('--seo');
const positional = args.filter((a) => a !== '--json' && a !== '--seo');
const base = positional[0].replace(/\/$/, '');
const runs = Number(positional[1] || 3);
const paths = positional.length > 2 ? positional.slice(2) : ['/ko/KRW/', '/ko/KRW/charts/annual-pace', '/ko/KRW/present',
  '/ko/KRW/since', '/ko/KRW/figures/investment-2023-2027-krw', '/ko/KRW/embed/charts/annual-pace', '/en/USD/'];
const categories = seoOnly ? ['seo'] : ['performance', 'seo', 'accessibility', 'best-practices'];
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = [];
for (const path of paths) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags });
    try {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      const failing = (id) => (lhr.categories[id]?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id);
      samples.push({
        performance: score('performance'), seo: score('seo'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
        tbtMs: audit('total-blocking-time'), lcpMs: audit('largest-contentful-paint'), fcpMs: audit('first-contentful-paint'),
        cls: audit('cumulative-layout-shift'), speedIndexMs: audit('speed-index'), domSize: audit('dom-size'),
        failing: { seo: failing('seo'), accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  results.push({
    path, runs,
    performance: pick('performance'), seo: pick('seo'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'),
    tbtMs: Math.round(pick('tbtMs')), lcpMs: Math.round(pick('lcpMs')), fcpMs: Math.round(pick('fcpMs')),
    cls: Math.round(pick('cls') * 1000) / 1000, speedIndexMs: Math.round(pick('speedIndexMs')), domSize: pick('domSize'),
    allPerformance: samples.map((s) => s.performance),
    failing: samples[samples.length - 1].failing,
  });
}

if (!jsonOnly) {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, median of ${runs} runs per page`);
  console.log(`${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'seo'.padStart(4)} ${'a11y'.padStart(5)} ${'bp'.padStart(4)} ${'TBT ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'FCP ms'.padStart(7)} ${'CLS'.padStart(6)} ${'DOM'.padStart(6)}   perf runs`);
  for (const r of results) {
    console.log(`${r.path.padEnd(28)} ${String(r.performance).padStart(5)} ${String(r.seo).padStart(4)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(4)} ${String(r.tbtMs).padStart(7)} ${String(r.lcpMs).padStart(7)} ${String(r.fcpMs).padStart(7)} ${String(r.cls).padStart(6)} ${String(r.domSize).padStart(6)}   ${r.allPerformance.join(', ')}`);
    const misses = Object.entries(r.failing).filter(([, ids]) => ids.length).map(([cat, ids]) => `${cat}: ${ids.join(', ')}`);
    if (misses.length) console.log(`${''.padEnd(28)} not passing: ${misses.join('; ')}`);
  }
}
console.log(JSON.stringify(results));

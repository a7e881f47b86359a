// Reads each page given on the command line as a link-preview consumer does (unfurl.js: Open Graph, Twitter
// card, oEmbed discovery) and prints one JSON array: for each URL what a preview would show, or the error.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { unfurl } = require('unfurl.js');

const results = [];
for (const url of process.argv.slice(2)) {
  try {
    const meta = await unfurl(url, { oembed: true, timeout: 20000 });
    results.push({
      url,
      title: meta.open_graph?.title ?? null,
      description: meta.open_graph?.description ?? null,
      image: meta.open_graph?.images?.[0]?.url ?? null,
      imageWidth: meta.open_graph?.images?.[0]?.width ?? null,
      imageAlt: meta.open_graph?.images?.[0]?.alt ?? null,
      ogUrl: meta.open_graph?.url ?? null,
      locale: meta.open_graph?.locale ?? null,
      twitterCard: meta.twitter_card?.card ?? null,
      oembedType: meta.oEmbed?.type ?? null,
      oembedHtml: meta.oEmbed?.html ?? null,
    });
  } catch (error) {
    results.push({ url, error: String(error) });
  }
}
console.log(JSON.stringify(results));

// Turns svgcanvas's ES module into a classic script that sets window.svgcanvas, so the SVG export also
// works where module scripts cannot load: a static copy of the site opened from disk (file://).
// Usage: node build/esm-to-classic.mjs <module.js> <classic.js>
import { readFileSync, writeFileSync } from 'node:fs';

const [source, target] = process.argv.slice(2);
const code = readFileSync(source, 'utf8');
const exportLine = /^export \{ Context, SVGCanvasElement as Element \};\s*$/m;
if (!exportLine.test(code) || /^\s*import\s/m.test(code)) {
  console.error(`${source}: unexpected module shape; update build/esm-to-classic.mjs`);
  process.exit(1);
}
const body = code.replace(exportLine, 'window.svgcanvas = { Context, Element: SVGCanvasElement };');
writeFileSync(target, `/* svgcanvas, as a classic script (generated from ${source.split('/').pop()}) */\n(function () {\n'use strict';\n${body}\n})();\n`);

// Export and share for every chart card: a composed PNG (1×, 2×, 4×; page, 16:9 slide or square) or SVG
// with the chart's title, subtitle, takeaway, note and conversion-rate lines, source line and the
// dashboard's name, laid out for its size and named for what it is; copy image; share
// link; embed code; and "download all" as one ZIP. Chart.js draws on a canvas only: for SVG the same
// chart is drawn a second time into svgcanvas's SVG context, so text stays real <text>.
(() => {
'use strict';

const text = JSON.parse(document.getElementById('dashboard-text')?.textContent || '{}');
// Addresses come from the page (data-*-url attributes), so the same script works on a static copy of the site.
const resolve = (url) => new URL(url, window.location.href).toString();
const format = (template, value) => (template || '').replace('{0}', value);

// A font stack that ends in fonts every system has (Noto CJK on Linux, Apple SD Gothic Neo on macOS,
// Malgun Gothic on Windows), with no CSS-only names (system-ui) that SVG renderers do not know.
const EXPORT_FONT = '"Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const FIXED_SIZES = {
  slide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
};

let svgLoading;
async function svgContext(width, height) {
  svgLoading = svgLoading || loadScript(document.documentElement.dataset.svgcanvasUrl).then(() => {
    allowFontsUnderCsp(window.svgcanvas.Context);
    return window.svgcanvas;
  });
  const { Context } = await svgLoading;
  return new Context({ width, height });
}

// A classic <script> loads over http and from file:// alike (a module or fetch() does not load from disk).
function loadScript(url) {
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.src = resolve(url);
    script.onload = done;
    script.onerror = () => fail(new Error(url));
    document.head.appendChild(script);
  });
}

// svgcanvas reads a canvas font ("600 18px ...") by writing it into a scratch <span>'s style attribute,
// which this site's Content-Security-Policy rightly blocks. Give that one span a setAttribute that goes
// through the CSSOM (el.style.font), which the policy allows. And svgcanvas places text with
// dominant-baseline, which only browsers honour (librsvg, Inkscape and slide software put the text
// elsewhere): every text is written on its alphabetic baseline instead, the offset measured by the
// browser's own canvas, and attributes svgcanvas leaves "undefined" (text-decoration) are dropped.
function allowFontsUnderCsp(Context) {
  const applyText = Context.prototype.__applyText;
  Context.prototype.__applyText = function applyTextUnderCsp(value, x, y, action) {
    const createElement = document.createElement;
    document.createElement = function createScratch(tag, ...rest) {
      const element = createElement.call(document, tag, ...rest);
      if (String(tag).toLowerCase() === 'span') {
        element.setAttribute = (name, attribute) => {
          if (name === 'style' && String(attribute).startsWith('font:')) element.style.font = String(attribute).slice(5);
          else Element.prototype.setAttribute.call(element, name, attribute);
        };
      }
      return element;
    };
    const baseline = this.textBaseline;
    const shift = baselineShift(this.font, baseline, value);
    this.textBaseline = 'alphabetic';
    try {
      applyText.call(this, value, x, y + shift, action);
      const written = this.__currentElement;
      if (written && written.tagName === 'text') {
        written.removeAttribute('dominant-baseline');
        [...written.attributes].filter((a) => a.value === 'undefined').forEach((a) => written.removeAttribute(a.name));
      }
    } finally {
      this.textBaseline = baseline;
      document.createElement = createElement;
    }
  };
}

// How far below a canvas text baseline (top, middle, bottom, ...) the alphabetic baseline lies.
const metrics = document.createElement('canvas').getContext('2d');
function baselineShift(font, baseline, value) {
  if (!baseline || baseline === 'alphabetic') return 0;
  metrics.font = font;
  metrics.textBaseline = baseline;
  return -metrics.measureText(value || 'M').alphabeticBaseline;
}

// Drops any attribute svgcanvas wrote as the string "undefined".
function cleanSvg(svg) {
  svg.querySelectorAll('*').forEach((element) => {
    [...element.attributes].filter((a) => a.value === 'undefined').forEach((a) => element.removeAttribute(a.name));
  });
}

let zipLoading;
function loadZip() {
  zipLoading = zipLoading || loadScript(document.documentElement.dataset.jszipUrl).then(() => window.JSZip);
  return zipLoading;
}

function payload(card) {
  return JSON.parse(card.querySelector('script.chart-data').textContent);
}

const textOf = (element) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');

// What the image says, read from the card as the reader sees it (so titles and notes follow the reader's
// language and currency): title, subtitle, takeaway, the note and the conversion rate lines, source line.
function content(card) {
  const data = payload(card);
  return {
    data,
    title: textOf(card.querySelector('.chart-card__title')) || data.title,
    subtitle: textOf(card.querySelector('.chart-card__subtitle')) || data.subtitle,
    takeaway: textOf(card.querySelector('.chart-card__takeaway')) || data.takeaway,
    notes: [...card.querySelectorAll('[data-export-line]')].map(textOf).filter(Boolean),
    sourceLine: textOf(card.querySelector('.source-line')) || data.sourceLine,
  };
}

// Words that must not be split from their neighbour: an amount from its unit ("102조 원", "58.8억 달러"),
// the parts of one Korean number ("1만 2,300명") and "약"/"about" from the amount it qualifies.
function unbreakableWords(value) {
  const words = [];
  for (const word of value.split(' ')) {
    const previous = words[words.length - 1];
    if (previous !== undefined && (/^(원|달러)/.test(word) || /^(약|about)$/i.test(previous) || (/[만억조]$/.test(previous) && /^\d/.test(word)))) {
      words[words.length - 1] = `${previous} ${word}`;
    } else {
      words.push(word);
    }
  }
  return words;
}

// Every word of the text, on as many lines as it needs: an exported image never cuts text or ends it with "…".
function wrapLines(ctx, value, maxWidth) {
  const words = unbreakableWords(value);
  const lines = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The image's layout, computed before anything is drawn: type sizes scaled to the canvas (a slide or a
// square is read from across a room, a page image sits in a document), every text block's lines and
// position, and the box the chart gets. Tests read it from the card's data-export-layout.
function layoutFor(card, sizeName, parts) {
  const fixed = FIXED_SIZES[sizeName];
  const width = fixed ? fixed.width : Math.max(480, Math.round(card.getBoundingClientRect().width));
  const unit = fixed ? Math.min(fixed.width, fixed.height) / 1080 : Math.min(1, Math.max(0.55, width / 1100));
  const pageChart = Math.max(240, Math.round(card.querySelector('.chart-area')?.getBoundingClientRect().height || 320) * 1.2);
  // Roomy type first; when the texts leave the chart less than 45% of a fixed canvas, tighter type (still
  // at least a 56 px title and 28 px text at 1080 px).
  const roomy = { title: 60, subtitle: 34, takeaway: 34, note: 28, source: 28, chart: 30, pad: 64, gap: 24 };
  const tight = { title: 56, subtitle: 30, takeaway: 30, note: 28, source: 28, chart: 30, pad: 48, gap: 18 };
  let layout = layoutWith(roomy, unit, width, fixed, pageChart, parts);
  if (fixed && layout.chart.height < fixed.height * 0.45) layout = layoutWith(tight, unit, width, fixed, pageChart, parts);
  layout.size = sizeName;
  return layout;
}

function layoutWith(scheme, unit, width, fixed, pageChart, parts) {
  const fonts = {
    title: Math.round(scheme.title * unit),
    subtitle: Math.round(scheme.subtitle * unit),
    takeaway: Math.round(scheme.takeaway * unit),
    note: Math.round(scheme.note * unit),
    source: Math.round(scheme.source * unit),
    chart: Math.max(13, Math.round(scheme.chart * unit)),
  };
  const pad = Math.round(scheme.pad * unit);
  const gap = Math.round(scheme.gap * unit);
  const inner = width - pad * 2;
  const ctx = metrics;
  ctx.textBaseline = 'alphabetic';
  const block = (value, size, weight, maxWidth = inner) => {
    ctx.font = `${weight} ${size}px ${EXPORT_FONT}`;
    return { size, weight, lineHeight: Math.round(size * 1.3), lines: value ? wrapLines(ctx, value, maxWidth) : [] };
  };
  // The source line shares its line with the dashboard's name, right-aligned.
  ctx.font = `700 ${fonts.source}px ${EXPORT_FONT}`;
  const siteNameWidth = Math.ceil(ctx.measureText(text.siteName || '').width);
  const blocks = {
    title: block(parts.title, fonts.title, 700),
    subtitle: block(parts.subtitle, fonts.subtitle, 400),
    takeaway: block(parts.takeaway, fonts.takeaway, 600),
    notes: parts.notes.map((note) => block(note, fonts.note, 400)),
    source: block(parts.sourceLine, fonts.source, 400, inner - siteNameWidth - gap),
  };
  const heightOf = (b) => b.lines.length * b.lineHeight;
  const noteGap = Math.round(6 * unit);
  const header = heightOf(blocks.title) + heightOf(blocks.subtitle) + gap;
  const footer = gap + heightOf(blocks.takeaway) + blocks.notes.reduce((sum, b) => sum + heightOf(b) + noteGap, 0)
    + gap + heightOf(blocks.source);
  // A fixed canvas keeps its size while its texts leave the chart 36% of it (room for its labels at
  // reading size); longer texts grow the canvas downwards rather than lose words.
  const height = fixed
    ? Math.max(fixed.height, Math.round(pad * 2 + header + footer + fixed.height * 0.36))
    : Math.round(pad * 2 + header + footer + pageChart);
  const chartHeight = Math.max(160, height - pad * 2 - header - footer);
  return {
    width,
    height,
    pad,
    gap,
    noteGap,
    fonts,
    blocks,
    chart: { x: pad, y: pad + header, width: inner, height: chartHeight, font: fonts.chart },
  };
}

function drawBlock(ctx, block, x, y, color, texts) {
  ctx.font = `${block.weight} ${block.size}px ${EXPORT_FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  block.lines.forEach((line, i) => {
    // The alphabetic baseline sits about 0.9 em under the line's top in the fonts of EXPORT_FONT.
    const baseline = y + i * block.lineHeight + Math.round(block.size * 0.95);
    ctx.fillText(line, x, baseline);
    texts.push(textBox(line, block, x, baseline, 'left'));
  });
  return y + block.lines.length * block.lineHeight;
}

// The box of a line of text as drawn: its measured width, and the em square around its baseline (where the
// glyphs are). The layout check of the browser tests reads these from data-export-layout.
function textBox(line, block, x, baseline, align) {
  metrics.font = `${block.weight} ${block.size}px ${EXPORT_FONT}`;
  const w = metrics.measureText(line).width;
  const left = align === 'right' ? x - w : x;
  return { text: line, x: Math.round(left * 10) / 10, y: Math.round((baseline - block.size * 0.88) * 10) / 10, w: Math.round(w * 10) / 10, h: block.size };
}

// Draws the whole image into `ctx` (a real canvas context or an SVG context), in CSS pixels, and returns
// the layout with what the chart measured (its bars and their bands).
function compose(ctx, card, sizeName) {
  const parts = content(card);
  const layout = layoutFor(card, sizeName, parts);
  const colors = { ...window.dashboardCharts.theme(), font: EXPORT_FONT };
  const { width, height, pad, gap, blocks } = layout;

  ctx.fillStyle = window.dashboardCharts.color('--bg');
  ctx.fillRect(0, 0, width, height);

  // Every line of text drawn, the chart's labels included, as boxes in CSS pixels of the image.
  const texts = [];
  let y = pad;
  y = drawBlock(ctx, blocks.title, pad, y, colors.text, texts);
  y = drawBlock(ctx, blocks.subtitle, pad, y, colors.muted, texts);

  const chart = layout.chart;
  const { labels, ...bars } = drawChart(ctx, parts.data, colors, chart);
  layout.bars = bars;
  texts.push(...labels);

  y = chart.y + chart.height + gap;
  y = drawBlock(ctx, blocks.takeaway, pad, y, colors.text, texts);
  for (const note of blocks.notes) {
    y = drawBlock(ctx, note, pad, y + layout.noteGap, colors.muted, texts);
  }
  y += Math.round(gap / 2);
  ctx.fillStyle = colors.grid;
  ctx.fillRect(pad, y, width - pad * 2, 1);
  y += Math.round(gap / 2);
  drawBlock(ctx, blocks.source, pad, y, colors.muted, texts);
  ctx.font = `700 ${blocks.source.size}px ${EXPORT_FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  const siteBaseline = y + Math.round(blocks.source.size * 0.95) + (blocks.source.lines.length - 1) * blocks.source.lineHeight;
  ctx.fillText(text.siteName || '', width - pad, siteBaseline);
  if (text.siteName) texts.push(textBox(text.siteName, { ...blocks.source, weight: 700 }, width - pad, siteBaseline, 'right'));
  layout.texts = texts;
  card.dataset.exportLayout = JSON.stringify(layout);
  return layout;
}

// Lays the chart out on a scratch canvas, then draws it again into the target context at (x, y):
// vector drawing, so it is crisp at any scale and becomes SVG elements in an SVG context. Returns what
// the layout needs to know: the sizes of the chart's labels, and each bar's thickness against its band.
function drawChart(target, data, colors, box) {
  const scratch = document.createElement('canvas');
  scratch.width = box.width;
  scratch.height = box.height;
  const config = window.dashboardCharts.config(data, colors, box.font, { width: box.width, height: box.height, fill: true });
  config.options.responsive = false;
  config.options.devicePixelRatio = 1;
  const chart = new Chart(scratch, config);
  // Everything that holds a drawing context: the chart, its boxes (scales, legend), its dataset controllers.
  const holders = [
    [chart, 'ctx'],
    ...chart.boxes.map((box) => [box, 'ctx']),
    ...chart.data.datasets.map((_, i) => [chart.getDatasetMeta(i).controller, '_ctx']),
  ];
  const original = holders.map(([holder, key]) => holder[key]);
  const clear = chart.clear;
  try {
    chart.clear = () => chart;
    holders.forEach(([holder, key]) => { holder[key] = target; });
    target.save();
    target.translate(box.x, box.y);
    chart.draw();
    target.restore();
    const horizontal = chart.options.indexAxis === 'y';
    const categoryScale = horizontal ? chart.scales.y : chart.scales.x;
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    const band = (horizontal ? categoryScale.height : categoryScale.width) / Math.max(1, chart.data.labels.length);
    const tickFont = (scale) => scale.getLabelItems().reduce((min, item) => Math.min(min, item.font.size), Infinity);
    return {
      labels: JSON.parse(scratch.dataset.labelBoxes || '[]').map((l) => ({ ...l, x: l.x + box.x, y: l.y + box.y })),
      band,
      thickness: Math.min(...chart.getDatasetMeta(0).data.map((bar) => (horizontal ? bar.height : bar.width))),
      categoryLabels: tickFont(categoryScale),
      valueTicks: tickFont(valueScale),
      valueLabels: config.options.plugins.valueLabels.size,
    };
  } finally {
    holders.forEach(([holder, key], i) => { holder[key] = original[i]; });
    chart.clear = clear;
    chart.destroy();
  }
}

// aws-korea-annual-pace.ko.USD.slide@2x.png: chart, language, currency, size and scale.
function imageName(card, sizeName, extension, scale) {
  const data = payload(card);
  return `${data.fileName}.${data.currency}.${sizeName}${scale ? `@${scale}x` : ''}.${extension}`;
}

async function pngBlob(card, sizeName, scale) {
  const { width, height } = layoutFor(card, sizeName, content(card));
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  compose(ctx, card, sizeName);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'));
}

// The layout an image of a card would have at a size, drawn on a scratch canvas: what the PNG and the SVG
// draw (both go through compose), for the browser tests' layout check to read without a download.
function layoutOf(card, sizeName) {
  const { width, height } = layoutFor(card, sizeName, content(card));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return compose(canvas.getContext('2d'), card, sizeName);
}

async function svgBlob(card, sizeName) {
  const { width, height } = layoutFor(card, sizeName, content(card));
  const ctx = await svgContext(width, height);
  compose(ctx, card, sizeName);
  cleanSvg(ctx.getSvg());
  const svg = ctx.getSerializedSvg(true);
  return new Blob([svg], { type: 'image/svg+xml' });
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function shareUrl(card) {
  const url = new URL(resolve(card.dataset.shareUrl));
  // The canonical address; a chart shown as its table says so, for the script of the page it opens.
  if (url.protocol.startsWith('http') && card.dataset.view === 'table') url.searchParams.set('view', 'table');
  return url.toString();
}

function embedCode(card) {
  // The server writes the code (iframe and sizing script, at the site's public address): use it as it is.
  const given = card.querySelector('.export__embed')?.dataset.embedCode;
  if (given) return given;
  const data = payload(card);
  const url = resolve(card.dataset.embedUrl);
  const title = data.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${url}" title="${title}" width="100%" height="620" frameborder="0" loading="lazy"></iframe>`;
}

function showField(panel, name, value) {
  const field = panel.querySelector(`[data-export-field="${name}"]`);
  field.hidden = false;
  const input = field.querySelector('input, textarea');
  input.value = value;
  return input;
}

async function copyText(value) {
  if (!navigator.clipboard || !window.isSecureContext) throw new Error('clipboard');
  await navigator.clipboard.writeText(value);
}

async function run(button) {
  const panel = button.closest('.export');
  const card = button.closest('.chart-card');
  const status = panel.querySelector('.export__status');
  const size = panel.querySelector('.export__size').value;
  const scale = Number(panel.querySelector('.export__scale').value) || 2;
  const action = button.dataset.export;
  status.textContent = '';
  try {
    if (action === 'png') {
      const name = imageName(card, size, 'png', scale);
      save(await pngBlob(card, size, scale), name);
      status.textContent = format(text.ready, name);
    } else if (action === 'svg') {
      const name = imageName(card, size, 'svg');
      save(await svgBlob(card, size), name);
      status.textContent = format(text.ready, name);
    } else if (action === 'copy') {
      if (!navigator.clipboard || !window.ClipboardItem || !window.isSecureContext) {
        status.textContent = text.copyImageUnsupported;
        return;
      }
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': pngBlob(card, size, scale) })]);
        status.textContent = text.copied;
      } catch {
        status.textContent = text.copyImageUnsupported;
      }
    } else if (action === 'link') {
      const url = shareUrl(card);
      const input = showField(panel, 'link', url);
      try {
        await copyText(url);
        status.textContent = text.copied;
      } catch {
        input.select();
        status.textContent = text.copyLinkFailed;
      }
    } else if (action === 'embed') {
      const field = panel.querySelector('[data-export-field="embed"]');
      const open = field.hidden;
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        showField(panel, 'embed', embedCode(card)).select();
      } else {
        field.hidden = true;
      }
    }
  } catch (error) {
    status.textContent = format(text.failed, error.message);
  }
}

async function downloadAll(button) {
  const status = document.querySelector('[data-export-all-status]');
  button.disabled = true;
  status.textContent = text.allWorking;
  try {
    const JSZip = await loadZip();
    const zip = new JSZip();
    for (const card of document.querySelectorAll('.chart-card')) {
      zip.file(imageName(card, 'slide', 'png', 2), await pngBlob(card, 'slide', 2));
      zip.file(imageName(card, 'slide', 'svg'), await svgBlob(card, 'slide'));
    }
    // The article's figures, the follow-up events (not from the original article, kept in their own files) and the sources.
    const files = [
      [button.dataset.figuresCsvUrl, `aws-korea-figures.${text.language}.csv`],
      [button.dataset.eventsCsvUrl, `aws-korea-events.${text.language}.csv`],
      [button.dataset.eventsJsonUrl, `aws-korea-events.${text.language}.json`],
      [button.dataset.sourcesUrl, `aws-korea-sources.${text.language}.md`],
    ];
    for (const [url, name] of files) {
      // A static copy opened from disk carries these files in the page; everywhere else they are fetched.
      const inline = inlineFile(url);
      if (inline !== null) {
        zip.file(name, inline);
        continue;
      }
      const response = await fetch(resolve(url));
      if (!response.ok) throw new Error(`${url} ${response.status}`);
      zip.file(name, await response.blob());
    }
    const name = `aws-korea-charts.${text.language}.zip`;
    save(await zip.generateAsync({ type: 'blob' }), name);
    status.textContent = format(text.ready, name);
  } catch (error) {
    status.textContent = format(text.failed, error.message);
  } finally {
    button.disabled = false;
  }
}

// The content of a file the static copy carries in the page (export-site writes it), or null.
function inlineFile(url) {
  const block = [...document.querySelectorAll('script[data-inline-file]')].find((s) => s.dataset.inlineFile === url);
  return block ? JSON.parse(block.textContent) : null;
}

// From disk a browser shows a JSON file instead of downloading it (it ignores the download attribute on
// file:// links), so the static copy saves the copy it carries as a file, under the link's download name.
function downloadInline(event, link) {
  const content = inlineFile(link.getAttribute('href'));
  if (content === null) return false;
  event.preventDefault();
  save(new Blob([content], { type: 'application/json' }), link.getAttribute('download') || link.getAttribute('href').split('/').pop());
  const status = link.closest('.export')?.querySelector('.export__status');
  if (status) status.textContent = format(text.ready, link.getAttribute('download'));
  return true;
}

document.addEventListener('click', (event) => {
  const inlineLink = event.target.closest('a[data-inline-download]');
  if (inlineLink && downloadInline(event, inlineLink)) return;
  const button = event.target.closest('[data-export]');
  if (button) {
    run(button);
    return;
  }
  const all = event.target.closest('[data-export-all]');
  if (all) downloadAll(all);
});

window.dashboardExport = { layoutOf };
})();

// An exported image of a chart card (export.js: PNG through a canvas, SVG through svgcanvas): what it says,
// read from the card as the reader sees it, its layout for a size (type scaled to the canvas, every text's
// lines wrapped by chart-text.js, never cut), and the drawing itself into any 2D context. Loaded before export.js.
(() => {
'use strict';

const text = JSON.parse(document.getElementById('dashboard-text')?.textContent || '{}');
// A font stack that ends in fonts every system has (Noto CJK on Linux, Apple SD Gothic Neo on macOS,
// Malgun Gothic on Windows), with no CSS-only names (system-ui) that SVG renderers do not know.
const EXPORT_FONT = '"Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const FIXED_SIZES = {
  slide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
};

// Measures the lines of the image's texts (the SVG context's own measuring comes from this canvas too).
const metrics = document.createElement('canvas').getContext('2d');

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
    return { size, weight, lineHeight: Math.round(size * 1.3), lines: value ? window.dashboardText.lines(ctx, value, maxWidth) : [] };
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

window.dashboardExportImage = { payload, content, layoutFor, compose };
})();

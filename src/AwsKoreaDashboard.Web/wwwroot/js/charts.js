// Draws every chart on the page with Chart.js from the JSON the server put beside it
// (<script type="application/json" class="chart-data"> inside each .chart-card): no inline script,
// no chart-specific code. Colours and fonts come from the page's CSS variables, so themes apply.
(() => {
  'use strict';

  const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

  // The colour variables hold light-dark(...) pairs; the browser resolves them on a real property.
  function color(name) {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.color = `var(${name})`;
    document.body.appendChild(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved;
  }

  // All the palette's colours in one style calculation: every probe is in the page before any is read.
  function colors(names) {
    const probes = names.map((name) => {
      const probe = document.createElement('span');
      probe.hidden = true;
      probe.style.color = `var(${name})`;
      return probe;
    });
    document.body.append(...probes);
    const resolved = probes.map((probe) => getComputedStyle(probe).color);
    probes.forEach((probe) => probe.remove());
    return resolved;
  }

  function theme() {
    const [text, muted, grid, highlight, neutral, series1, series2, onSeries] =
      colors(['--text', '--muted', '--grid', '--highlight', '--neutral', '--series-1', '--series-2', '--on-series']);
    const font = css('--font-family');
    // `key`: what a drawn chart remembers of its palette, so that a draw in the same colours can be skipped.
    const key = [text, muted, grid, highlight, neutral, series1, series2, onSeries, font].join('|');
    return { text, muted, grid, highlight, neutral, series: [series1, series2], onSeries, font, key };
  }

  const { valueLabels, labelBoxes } = window.dashboardChartPlugins;

  const { measure } = window.dashboardText;

  function textWidth(texts, font) {
    const ctx = measure(font);
    return Math.max(0, ...texts.map((t) => ctx.measureText(t).width));
  }

  // Long category labels break into lines that fit `maxWidth` instead of running off the canvas; a single
  // word wider than that makes the labels' font smaller first (config), and if it still does not fit at the
  // smallest size, it breaks too (chart-text.js).
  function wrap(label, maxWidth, font) {
    const lines = window.dashboardText.lines(measure(font), label, maxWidth, false);
    return lines.length === 1 ? lines[0] : lines;
  }

  function widestWord(labels, font) {
    return textWidth(labels.flatMap((label) => label.split(' ')), font);
  }

  function tickFormatter(axis, language) {
    const number = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-US', {
      maximumFractionDigits: 2,
      useGrouping: axis.suffix !== '' || axis.prefix !== '',
    });
    // Zero is zero in any unit: "$0", not "$0B".
    return (value) => (value === 0 ? `${axis.prefix}0` : `${axis.prefix}${number.format(value / axis.divisor)}${axis.suffix}`);
  }

  // The Chart.js configuration for a chart's data. `fontSize` lets an export or a slide draw larger text;
  // `width` and `height` are the canvas size the labels must fit; `fill` (exports) lets bars fill their band instead of
  // keeping the page's maximum thickness.
  function config(data, colors, fontSize, { width, height, fill } = {}) {
    const size = fontSize || Math.round(parseFloat(css('--chart-font-size')) || 15);
    const horizontal = data.kind !== 'bar';
    const stacked = data.kind === 'stacked-100';
    // A "period" chart (the since-the-article commitments) is a range chart whose amounts are part of the
    // category labels, each on its own line under the label, instead of being written at the bars' ends.
    const period = data.kind === 'period';
    const range = data.kind === 'range' || period;
    const barColors = data.highlight.map((h) => (h ? colors.highlight : colors.neutral));

    const datasets = range
      ? [{
        label: `${data.series[0].label} – ${data.series[1].label}`,
        data: data.series[0].values.map((start, i) => [start, data.series[1].values[i]]),
        rangeTexts: data.series[0].texts.map((start, i) => [start, data.series[1].texts[i]]),
        texts: data.series[0].texts,
        backgroundColor: barColors,
      }]
      : data.series.map((series, s) => ({
        label: series.label,
        data: series.values,
        texts: series.texts,
        backgroundColor: stacked ? colors.series[s % colors.series.length] : barColors,
      }));

    const valueFont = `600 ${size}px ${colors.font}`;
    const lastTexts = data.series[data.series.length - 1].texts;
    const endRoom = range ? 8 : stacked
      ? textWidth(lastTexts, valueFont) + 12
      : textWidth(data.series.flatMap((s) => s.texts), valueFont) + 16;

    // Category labels get at most 30% of a horizontal chart's width (and never more than the half of
    // what the value labels leave that Chart.js allows an axis), or their bar's band in a column chart;
    // the font shrinks (not below 10 px) when one word alone would not fit.
    const canvasWidth = width || 600;
    let labelRoom = horizontal
      ? Math.min(canvasWidth * (period ? 0.42 : 0.3), (canvasWidth - endRoom) / 2 - 16)
      : (canvasWidth * 0.85) / Math.max(1, data.labels.length);
    const boldFont = (px) => `700 ${px}px ${colors.font}`;
    const amounts = period ? data.series[0].texts : [];
    const widest = widestWord(data.labels.concat(amounts), boldFont(size));
    let labelSize = widest > labelRoom ? Math.max(10, Math.floor((size * labelRoom) / widest)) : size;
    const category = (label, i, font) => (period
      ? [].concat(wrap(label, labelRoom, font), wrap(amounts[i], labelRoom, font))
      : wrap(label, labelRoom, font));
    let labels = data.labels.map((label, i) => category(label, i, boldFont(labelSize)));
    // In a horizontal chart the wrapped lines must also fit their band's height (a short chart on a phone
    // has room for two or three lines a bar): smaller type until they do. A period chart's labels (label and
    // amount) first take a wider column, up to the half of the canvas Chart.js allows an axis, since its bars
    // need only the years' room.
    if (horizontal && height) {
      // The value axis takes about two lines of its ticks, a stacked chart's legend about one and a half. Chart.js
      // also pads the plot by half the first and the last label's height, about one more band for a period chart,
      // whose labels are the tallest.
      const band = (height - size * 2 - (stacked ? size * 1.6 : 0)) / Math.max(1, data.labels.length + (period ? 1 : 0));
      const tallest = () => Math.max(...labels.map((l) => [].concat(l).length)) * labelSize * 1.2;
      const widestRoom = (canvasWidth - endRoom) / 2 - 16;
      // A slide in miniature (the handout with notes: a slide's type at 13 px) may go below the page's 10 px
      // floor, in proportion, rather than draw a period chart's labels over each other.
      const smallest = period && fontSize ? Math.min(10, Math.round(size * 0.62)) : 10;
      while (tallest() > band) {
        if (period && labelRoom < widestRoom) labelRoom = Math.min(widestRoom, labelRoom * 1.15);
        else if (labelSize > smallest) labelSize -= 1;
        else break;
        labels = data.labels.map((label, i) => category(label, i, boldFont(labelSize)));
      }
    }

    const ticks = tickFormatter(data.axis, data.language);
    const valueAxis = {
      min: data.axis.min ?? undefined,
      max: stacked ? 100 : (data.axis.max ?? undefined),
      stacked,
      grid: { color: colors.grid },
      border: { display: false },
      ticks: { color: colors.muted, callback: ticks, font: { family: colors.font, size: fontSize ? size : size - 1 }, maxTicksLimit: 6 },
    };
    if (horizontal && !range) {
      // Fewer ticks on a narrow canvas, so that the widest ("100%", "$100B") stay clear of each other.
      const top = stacked ? 100 : Math.max(data.axis.max ?? 0, ...data.series.flatMap((s) => s.values));
      const tickWidth = textWidth([ticks(top)], `400 ${valueAxis.ticks.font.size}px ${colors.font}`) * 1.5 + 8;
      const plotWidth = canvasWidth - labelRoom - endRoom - 16;
      valueAxis.ticks.maxTicksLimit = Math.max(2, Math.min(6, Math.floor(plotWidth / tickWidth)));
    }
    if (range) {
      // Whole years, one year of room either side of the move.
      const years = data.series.flatMap((s) => s.values);
      valueAxis.min = Math.floor(Math.min(...years)) - 1;
      valueAxis.max = Math.ceil(Math.max(...years)) + 1;
      valueAxis.ticks = { ...valueAxis.ticks, stepSize: 1, precision: 0, maxTicksLimit: undefined, autoSkip: true, autoSkipPadding: 8, maxRotation: 0 };
    }
    const categoryAxis = {
      stacked,
      grid: { display: false },
      border: { color: colors.grid },
      ticks: {
        color: (ctx) => (data.highlight[ctx.index] ? colors.text : colors.muted),
        font: (ctx) => ({ family: colors.font, size: labelSize, weight: data.highlight[ctx.index] ? '700' : '400' }),
        autoSkip: false,
        maxRotation: 0,
      },
    };
    // A range is one bar carrying an arrow: thick enough for the arrow, not a block filling the chart.
    const bars = range
      ? { borderRadius: 2, maxBarThickness: Math.round(size * 2.6), categoryPercentage: 0.7 }
      : fill
        ? { borderRadius: 2, categoryPercentage: 0.8, barPercentage: 0.9 }
        : { borderRadius: 2, maxBarThickness: horizontal ? 44 : 120, categoryPercentage: 0.7 };

    return {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: {
          padding: period
            ? { top: 4, right: endRoom, left: 4 }
            : range ? { top: size + 12, right: endRoom }
            : horizontal ? { right: endRoom } : { top: size + 12 },
        },
        datasets: { bar: bars },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: stacked,
            position: 'top',
            align: 'start',
            labels: { color: colors.text, font: { family: colors.font, size }, boxWidth: size, boxHeight: size },
          },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const dataset = ctx.dataset;
                if (period) return `${dataset.data[ctx.dataIndex][1]}–${dataset.data[ctx.dataIndex][0]} · ${dataset.texts[ctx.dataIndex]}`;
                if (range) return `${dataset.rangeTexts[ctx.dataIndex][1]} → ${dataset.rangeTexts[ctx.dataIndex][0]}`;
                return `${dataset.label}: ${dataset.texts[ctx.dataIndex]}`;
              },
            },
          },
          valueLabels: {
            mode: stacked ? 'inside' : period ? 'period' : range ? 'range' : 'end',
            size,
            family: colors.font,
            color: colors.text,
            onSeries: colors.onSeries,
          },
        },
      },
      plugins: [valueLabels, labelBoxes],
    };
  }

  // Chart.js sizes a responsive chart to its container twice: from getBoundingClientRect when it is built, then
  // from its ResizeObserver a frame later. Inside a presenter preview (a 1,600 px stage scaled down) the first
  // is the scaled size and the second the real one, and with a fractional width (921.6 px) the canvas (921
  // pixels) never matches what Chart.js asked for, so every observation built and drew the chart again: two or
  // three times per chart shown. This platform measures the container's content box in layout pixels
  // (untouched by transforms) and in whole pixels, so a chart is built once at the size it keeps.
  // (Built on first use: a page whose Chart.js failed to load still runs the rest of this file.)
  let LayoutPlatform = null;
  const layoutPlatform = () => LayoutPlatform || (LayoutPlatform = class extends Chart.DomPlatform {
    getMaximumSize(canvas, width, height, aspectRatio) {
      const area = canvas.parentElement;
      if (area && !area.getClientRects().length) {
        // Not displayed (a card in table view, a slide stepped away from): nothing to measure. A chart already
        // laid out keeps the size it has, so a resize Chart.js scheduled a frame before its slide was hidden
        // neither shrinks it to nothing nor draws it again when the slide comes back at the same size. A chart
        // being built (no chart area yet: Chart.js starts it at the canvas's old size) while hidden gets no size,
        // as Chart.js's own measure says.
        const chart = Chart.getChart(canvas);
        if (chart && chart.chartArea && chart.width && chart.height) return { width: chart.width, height: chart.height };
        width = 0;
        height = 0;
      } else if (area) {
        const s = getComputedStyle(area);
        const px = (name) => parseFloat(s[name]) || 0;
        const inner = s.boxSizing === 'border-box';
        width = px('width') - (inner ? px('paddingLeft') + px('paddingRight') + px('borderLeftWidth') + px('borderRightWidth') : 0);
        height = px('height') - (inner ? px('paddingTop') + px('paddingBottom') + px('borderTopWidth') + px('borderBottomWidth') : 0);
      }
      const size = super.getMaximumSize(canvas, width, height, aspectRatio);
      return { width: Math.floor(size.width), height: Math.floor(size.height) };
    }
  });

  // The palette read from the CSS variables costs a style recalculation per colour: read once and kept
  // until something can change it (a theme switch, print, the system's scheme), which all go through
  // drawAll.
  let palette = null;

  function draw(card) {
    const script = card.querySelector('script.chart-data');
    const canvas = card.querySelector('canvas.chart-canvas');
    if (!script || !canvas || typeof Chart === 'undefined') return;
    const data = JSON.parse(script.textContent);
    const colors = palette || (palette = theme());
    Chart.defaults.font.family = colors.font;
    Chart.defaults.color = colors.text;
    const existing = Chart.getChart(canvas);
    if (existing) existing.destroy();
    // The chart is drawn synchronously (no animation), so it is complete when the constructor returns.
    const area = canvas.parentElement;
    const fontSize = Number(card.dataset.fontSize) || undefined;
    // A page's chart (not a slide's, whose stage is fixed) grows taller when its category labels, wrapped to
    // the width there is, need more room than their bands: on a narrow phone or embed they would be drawn
    // over each other.
    const grows = !card.closest('.slide');
    if (grows && area.dataset.grown) {
      area.style.removeProperty('min-height');
      delete area.dataset.grown;
    }
    const build = () => new Chart(canvas, { ...config(data, colors, fontSize, { width: area.clientWidth || undefined, height: area.clientHeight || undefined }), platform: layoutPlatform() });
    let chart = build();
    for (let tries = 0; grows && tries < 3; tries += 1) {
      const need = heightForLabels(chart);
      if (need <= area.clientHeight + 1) break;
      area.style.setProperty('min-height', `${Math.ceil(need)}px`);
      area.dataset.grown = 'true';
      chart.destroy();
      chart = build();
    }
    card.dataset.rendered = 'true';
    card.dataset.drawnFor = drawnFor(card);
    card.dataset.drawnWidth = String(area.clientWidth);
    card.dataset.drawnType = typeSize(card);
  }

  // What a chart is drawn for: its area's size, the screen's pixel ratio (a zoom), its type size and its
  // colours. A deck skips drawing a slide's chart again when nothing of that changed (present.js: a presenter
  // preview keeps its 1,600 px stage at any window size), and print skips a chart already drawn for print.
  function drawnFor(card) {
    const canvas = card.querySelector('canvas.chart-canvas');
    const area = canvas && canvas.parentElement;
    const colors = palette || (palette = theme());
    return area ? `${area.clientWidth}x${area.clientHeight}@${window.devicePixelRatio}@${typeSize(card)}@${colors.key}` : '';
  }

  // A slide's or an export's own type size, or the page's (larger on a wide screen, site.css).
  function typeSize(card) {
    return card.dataset.fontSize || css('--chart-font-size');
  }

  function upToDate(card) {
    return card.dataset.rendered === 'true' && card.dataset.drawnFor === drawnFor(card);
  }

  // The height a horizontal chart needs for each category label (its lines, a little apart) to fit its band,
  // and for the first and last to stay on the canvas; its current height when they already do.
  function heightForLabels(chart) {
    const scale = chart.options.indexAxis === 'y' ? chart.scales.y : null;
    if (!scale || !scale.ticks.length) return chart.height;
    const items = scale.getLabelItems();
    const tallest = Math.max(...items.map((item) => ([].concat(item.label).length - 1) * item.font.lineHeight + item.font.size));
    const band = (scale.bottom - scale.top) / scale.ticks.length;
    const gap = Math.max(4, tallest * 0.15);
    const short = Math.max(0, tallest + gap - band) * scale.ticks.length;
    const first = scale.getPixelForTick(0) - tallest / 2;
    const last = scale.getPixelForTick(scale.ticks.length - 1) + tallest / 2;
    const off = Math.max(0, -first) + Math.max(0, last - chart.height);
    return chart.height + short + off;
  }

  // A chart is drawn when its card comes near the window, not all at once on load: a phone loading the
  // dashboard draws the one or two charts it shows, and the rest as the reader scrolls. Cards that are
  // never scrolled to are drawn for print (below). A slide deck draws its own slides (present.js); a hidden
  // slide never intersects.
  // Cards that come into view together are drawn one per task, so the page stays responsive between them.
  const pending = new Set();
  const queue = [];
  let scheduled = false;
  const printMedia = window.matchMedia('print');
  // Under print a deck draws its slides' charts itself, for the printed page (present.js): a slide's chart that
  // comes into view as print shows every slide is left to it, or it would be drawn twice, once for the screen's
  // type (seen when the view was reported before beforeprint, as emulated print does).
  function drawNext() {
    scheduled = false;
    const card = queue.shift();
    if (card && card.dataset.rendered !== 'true' && !(printMedia.matches && card.closest('.slide'))) draw(card);
    if (queue.length) schedule();
  }
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(drawNext, 0);
  }
  const observer = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        pending.delete(entry.target);
        queue.push(entry.target);
      });
      schedule();
    }, { rootMargin: '200px 0px' })
    : null;

  function watch() {
    document.querySelectorAll('.chart-card').forEach((card) => {
      if (!observer) {
        draw(card);
        return;
      }
      if (pending.has(card) || card.dataset.rendered === 'true') return;
      pending.add(card);
      observer.observe(card);
    });
  }

  // Redraws in the current palette: every chart already drawn now; the others when they come into view.
  function drawAll() {
    palette = null;
    document.querySelectorAll('.chart-card').forEach((card) => {
      if (card.dataset.rendered === 'true' || !observer) draw(card);
    });
    watch();
  }

  // Print (and a PDF) shows every chart, seen or not, in the print palette. Chromium announces a print twice
  // (the print media query, then beforeprint): a chart already drawn for it is not drawn again. A deck's
  // slides are left to the deck, which draws them for the printed stage's size and type (present.js).
  function drawEvery() {
    palette = null;
    document.querySelectorAll('.chart-card').forEach((card) => {
      if (observer && pending.delete(card)) observer.unobserve(card);
      if (card.closest('.slide') || upToDate(card)) return;
      draw(card);
    });
  }

  // The colours are read again at the next draw (the page's scheme or the print media changed).
  function resetPalette() {
    palette = null;
  }

  window.dashboardCharts = { draw, drawAll, drawEvery, upToDate, resetPalette, config, theme, color };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watch);
  } else {
    watch();
  }

  // A theme that follows the system redraws when the system switches; printing redraws in the print
  // palette (dark on white, whatever the screen's theme) and back.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
  printMedia.addEventListener('change', (event) => (event.matches ? drawEvery() : drawAll()));
  window.addEventListener('beforeprint', drawEvery);
  window.addEventListener('afterprint', drawAll);

  // Labels are wrapped to the canvas width and set in the page's type size when a chart is drawn; between draws
  // Chart.js lays the same labels out again in whatever box the chart has, so a label wrapped for a wider box
  // can run off a narrower one. A page chart whose box changed width by 40 px or more draws again at once (a
  // phone turned sideways, a grid going from two columns to one); when the window stops changing size (150 ms
  // after its last resize event: one pass after a drag, not one per frame), every page chart whose box width or
  // type size still differs from what it was drawn for draws again (an embed narrowed by 30 px, the type that
  // grows above 1,800 px while an embed's box barely does). A deck redraws the charts of the slides it shows
  // (present.js).
  function redrawPageCharts(changed) {
    document.querySelectorAll('.chart-card[data-rendered="true"]').forEach((card) => {
      if (card.closest('.slide')) return;
      const area = card.querySelector('canvas.chart-canvas')?.parentElement;
      if (area && area.getClientRects().length && changed(card, area.clientWidth - Number(card.dataset.drawnWidth))) draw(card);
    });
  }
  let settled = 0;
  window.addEventListener('resize', () => {
    redrawPageCharts((card, moved) => Math.abs(moved) >= 40);
    clearTimeout(settled);
    settled = setTimeout(() => redrawPageCharts((card, moved) => moved !== 0 || typeSize(card) !== card.dataset.drawnType), 150);
  });
})();

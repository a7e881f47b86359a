// The Chart.js plugins of every chart (charts.js): direct value labels instead of a legend, and the box of every
// label drawn, recorded for the layout check. Loaded after chart-text.js and before charts.js.
(() => {
  'use strict';

  const { measure } = window.dashboardText;

  // Direct value labels instead of a legend: at the end of each bar, or inside a stacked segment (a
  // segment too narrow for its label gets it just past the bar's end). A range bar becomes an arrow
  // from the old value to the new one, each year written above its end. Every label drawn is recorded in
  // chart.$labelBoxes, so a test can check that none leaves the canvas.
  const valueLabels = {
    id: 'valueLabels',
    beforeDraw(chart) {
      chart.$labelBoxes = [];
    },
    afterDatasetsDraw(chart, _args, options) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      const boxes = [];
      const write = (text, x, y, align, baseline) => {
        ctx.textAlign = align;
        ctx.textBaseline = baseline;
        ctx.fillText(text, x, y);
        const width = ctx.measureText(text).width;
        const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
        const top = baseline === 'middle' ? y - options.size / 2 : baseline === 'bottom' ? y - options.size : y;
        boxes.push({ text, left, right: left + width, top, bottom: top + options.size });
      };
      ctx.save();
      ctx.font = `600 ${options.size}px ${options.family}`;
      const lastDataset = chart.data.datasets.length - 1;
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const text = dataset.texts && dataset.texts[i];
          if (!text) return;
          const { x, y, base, height } = bar.getProps(['x', 'y', 'base', 'height'], true);
          if (options.mode === 'inside') {
            const width = Math.abs(x - base);
            if (ctx.measureText(text).width + 8 <= width) {
              ctx.fillStyle = options.onSeries;
              write(text, (x + base) / 2, y, 'center', 'middle');
            } else if (d === lastDataset) {
              ctx.fillStyle = options.color;
              write(text, Math.max(x, base) + 6, y, 'left', 'middle');
            }
          } else if (options.mode === 'period') {
            // A commitment's years: only the arrow on the bar. Its years are the axis's ticks and its amount is
            // a line of its own under the bar's label, so no text is ever drawn on or beside a bar to collide.
            const [first, second] = dataset.data[i];
            const scale = chart.scales[horizontal ? 'x' : 'y'];
            const [p0, p1] = [scale.getPixelForValue(first), scale.getPixelForValue(second)];
            drawArrow(ctx, p1, p0, y, Math.max(3, Math.min((height || options.size) * 0.2, options.size * 0.3)), options.onSeries);
          } else if (options.mode === 'range') {
            // The arrow runs from the second series' value to the first's, as the data gives them: from the old
            // target year to the new one, from the start of a commitment to its end.
            const [startText, endText] = dataset.rangeTexts[i];
            const [first, second] = dataset.data[i];
            const scale = chart.scales[horizontal ? 'x' : 'y'];
            const at = (value) => scale.getPixelForValue(value);
            const [p0, p1] = first === undefined ? [Math.min(x, base), Math.max(x, base)] : [at(first), at(second)];
            drawArrow(ctx, p1, p0, y, Math.max(3, Math.min((height || options.size) * 0.2, options.size * 0.3)), options.onSeries);
            ctx.fillStyle = options.color;
            const above = y - (height || options.size) / 2 - 6;
            // A label that would run past the canvas is aligned to its end of the bar instead of centred on it.
            const place = (text, px) => {
              const half = ctx.measureText(text).width / 2;
              return px + half > chart.width ? [chart.width - 2, 'right'] : px - half < 0 ? [2, 'left'] : [px, 'center'];
            };
            for (const [text, px] of [[startText, p0], [endText, p1]]) {
              const [where, align] = place(text, px);
              write(text, where, above, align, 'bottom');
            }
          } else if (horizontal) {
            ctx.fillStyle = options.color;
            write(text, x + 8, y, 'left', 'middle');
          } else {
            ctx.fillStyle = options.color;
            write(text, x, y - 6, 'center', 'bottom');
          }
        });
      });
      ctx.restore();
      chart.$labelBoxes = boxes;
    },
  };

  // The box of every label the chart drew (axis ticks, value labels, legend entries), in CSS pixels from the
  // canvas's top left, as JSON in the canvas's data-label-boxes after every draw: text on a canvas is
  // invisible to the DOM, and this is how a layout check sees it.
  const labelBoxes = {
    id: 'labelBoxes',
    afterDraw(chart) {
      const boxes = [];
      const ctx = measure('10px sans-serif');
      for (const scale of Object.values(chart.scales)) {
        if (!scale.options.display || !scale.options.ticks.display) continue;
        for (const item of scale.getLabelItems()) {
          ctx.font = item.font.string;
          const lines = [].concat(item.label).map(String);
          const width = Math.max(0, ...lines.map((l) => ctx.measureText(l).width));
          const [x, y] = item.options.translation;
          const align = item.options.textAlign;
          const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
          const first = y + item.textOffset;
          const baseline = item.options.textBaseline;
          const top = baseline === 'middle' ? first - item.font.size / 2 : baseline === 'bottom' ? first - item.font.size : first;
          const height = (lines.length - 1) * item.font.lineHeight + item.font.size;
          boxes.push({ kind: 'tick', x: left, y: top, w: width, h: height, text: lines.join(' ') });
        }
      }
      for (const box of chart.$labelBoxes || []) {
        boxes.push({ kind: 'value', x: box.left, y: box.top, w: box.right - box.left, h: box.bottom - box.top, text: box.text });
      }
      if (chart.legend && chart.legend.options.display) {
        (chart.legend.legendHitBoxes || []).forEach((box, i) => {
          boxes.push({ kind: 'legend', x: box.left, y: box.top, w: box.width, h: box.height, text: chart.legend.legendItems[i].text });
        });
      }
      const round = (n) => Math.round(n * 10) / 10;
      chart.canvas.dataset.labelBoxes = JSON.stringify(boxes.map((b) => ({ ...b, x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) })));
    },
  };

  // An arrow along the middle of a range bar, from the earlier plan (`from`) to the new one (`to`).
  function drawArrow(ctx, from, to, y, weight, color) {
    const head = Math.min(Math.abs(from - to) * 0.4, weight * 3.2);
    const direction = to < from ? -1 : 1;
    ctx.save();
    ctx.fillStyle = color;
    ctx.strokeStyle = color;
    ctx.lineWidth = weight;
    ctx.beginPath();
    ctx.moveTo(from - direction * weight, y);
    ctx.lineTo(to - direction * head, y);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(to + direction * weight * 0.5, y);
    ctx.lineTo(to - direction * head, y - head * 0.7);
    ctx.lineTo(to - direction * head, y + head * 0.7);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }

  window.dashboardChartPlugins = { valueLabels, labelBoxes };
})();

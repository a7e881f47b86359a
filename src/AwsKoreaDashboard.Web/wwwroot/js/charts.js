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

  function theme() {
    return {
      text: color('--text'),
      muted: color('--muted'),
      grid: color('--grid'),
      highlight: color('--highlight'),
      neutral: color('--neutral'),
      series: [color('--series-1'), color('--series-2')],
      onSeries: color('--on-series'),
      font: css('--font-family'),
    };
  }

  // Direct value labels instead of a legend: at the end of each bar, or inside a stacked segment.
  const valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw(chart, _args, options) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = `600 ${options.size}px ${options.family}`;
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const text = dataset.texts && dataset.texts[i];
          if (!text) return;
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true);
          if (options.mode === 'inside') {
            const width = Math.abs(x - base);
            if (ctx.measureText(text).width + 8 > width) return;
            ctx.fillStyle = options.onSeries;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, (x + base) / 2, y);
          } else if (options.mode === 'range') {
            ctx.fillStyle = options.color;
            ctx.textBaseline = 'middle';
            const [startText, endText] = dataset.rangeTexts[i];
            ctx.textAlign = 'right';
            ctx.fillText(startText, Math.min(x, base) - 8, y);
            ctx.textAlign = 'left';
            ctx.fillText(endText, Math.max(x, base) + 8, y);
          } else if (horizontal) {
            ctx.fillStyle = options.color;
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, x + 8, y);
          } else {
            ctx.fillStyle = options.color;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, x, y - 6);
          }
        });
      });
      ctx.restore();
    },
  };

  function textWidth(texts, font) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = font;
    return Math.max(0, ...texts.map((t) => ctx.measureText(t).width));
  }

  // Long category labels break into lines instead of being cut off at the chart's edge.
  function wrap(label, maxChars) {
    if (label.length <= maxChars) return label;
    const lines = [];
    let line = '';
    label.split(' ').forEach((word) => {
      if (line && (line + ' ' + word).length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    });
    if (line) lines.push(line);
    return lines;
  }

  function tickFormatter(axis, language) {
    const number = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-US', {
      maximumFractionDigits: 2,
      useGrouping: axis.suffix !== '' || axis.prefix !== '',
    });
    return (value) => `${axis.prefix}${number.format(value / axis.divisor)}${axis.suffix}`;
  }

  // The Chart.js configuration for a chart's data; `fontSize` lets an export draw larger text.
  function config(data, colors, fontSize) {
    const size = fontSize || Math.round(parseFloat(css('--chart-font-size')) || 15);
    const labelFont = `600 ${size}px ${colors.font}`;
    const horizontal = data.kind !== 'bar';
    const stacked = data.kind === 'stacked-100';
    const range = data.kind === 'range';
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

    const allTexts = data.series.flatMap((s) => s.texts);
    const endRoom = stacked ? 8 : textWidth(allTexts, labelFont) + 16;
    const ticks = tickFormatter(data.axis, data.language);
    const valueAxis = {
      min: data.axis.min ?? undefined,
      max: stacked ? 100 : (data.axis.max ?? undefined),
      stacked,
      grid: { color: colors.grid },
      border: { display: false },
      ticks: { color: colors.muted, callback: ticks, font: { size: size - 1 }, maxTicksLimit: 6 },
    };
    const categoryAxis = {
      stacked,
      grid: { display: false },
      border: { color: colors.grid },
      ticks: {
        color: (ctx) => (data.highlight[ctx.index] ? colors.text : colors.muted),
        font: (ctx) => ({ size, weight: data.highlight[ctx.index] ? '700' : '400' }),
        autoSkip: false,
      },
    };

    return {
      type: 'bar',
      data: { labels: data.labels.map((label) => wrap(label, data.language === 'ko' ? 14 : 22)), datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: {
          padding: horizontal
            ? { right: endRoom, left: range ? endRoom : 0 }
            : { top: size + 12 },
        },
        datasets: { bar: { borderRadius: 2, maxBarThickness: horizontal ? 44 : 120, categoryPercentage: 0.7 } },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: stacked,
            position: 'top',
            align: 'start',
            labels: { color: colors.text, font: { size }, boxWidth: size, boxHeight: size },
          },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const dataset = ctx.dataset;
                if (range) return `${dataset.rangeTexts[ctx.dataIndex][0]} – ${dataset.rangeTexts[ctx.dataIndex][1]}`;
                return `${dataset.label}: ${dataset.texts[ctx.dataIndex]}`;
              },
            },
          },
          valueLabels: {
            mode: stacked ? 'inside' : range ? 'range' : 'end',
            size,
            family: colors.font,
            color: colors.text,
            onSeries: colors.onSeries,
          },
        },
      },
      plugins: [valueLabels],
    };
  }

  function draw(card) {
    const script = card.querySelector('script.chart-data');
    const canvas = card.querySelector('canvas.chart-canvas');
    if (!script || !canvas || typeof Chart === 'undefined') return;
    const data = JSON.parse(script.textContent);
    const colors = theme();
    Chart.defaults.font.family = colors.font;
    Chart.defaults.color = colors.text;
    const existing = Chart.getChart(canvas);
    if (existing) existing.destroy();
    // The chart is drawn synchronously (no animation), so it is complete when the constructor returns.
    new Chart(canvas, config(data, colors, Number(card.dataset.fontSize) || undefined));
    card.dataset.rendered = 'true';
  }

  function drawAll() {
    document.querySelectorAll('.chart-card').forEach(draw);
  }

  window.dashboardCharts = { draw, drawAll, config, theme, color };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }

  // A theme that follows the system redraws when the system switches.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
})();

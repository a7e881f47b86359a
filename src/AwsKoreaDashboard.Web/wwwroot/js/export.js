// Export and share for every chart card: a composed PNG (1×, 2×, 4×; page, 16:9 slide or square) or SVG
// with the chart's title, subtitle, takeaway, source line and the dashboard's name; copy image; share
// link; embed code; and "download all" as one ZIP. Chart.js draws on a canvas only: for SVG the same
// chart is drawn a second time into svgcanvas's SVG context, so text stays real <text>.
(() => {
'use strict';

const text = JSON.parse(document.getElementById('dashboard-text')?.textContent || '{}');
// Addresses come from the page (data-*-url attributes), so the same script works on a static copy of the site.
const resolve = (url) => new URL(url, window.location.href).toString();
const format = (template, value) => (template || '').replace('{0}', value);

const SIZES = {
  slide: () => ({ width: 1920, height: 1080 }),
  square: () => ({ width: 1080, height: 1080 }),
  page: (card) => {
    const area = card.querySelector('.chart-area');
    const width = Math.max(480, Math.round(card.getBoundingClientRect().width));
    const chartHeight = Math.max(240, Math.round(area ? area.getBoundingClientRect().height || 320 : 320));
    return { width, height: chartHeight + Math.round(width * 0.32) };
  },
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
// through the CSSOM (el.style.font), which the policy allows.
function allowFontsUnderCsp(Context) {
  const applyText = Context.prototype.__applyText;
  Context.prototype.__applyText = function applyTextUnderCsp(...args) {
    const createElement = document.createElement;
    document.createElement = function createScratch(tag, ...rest) {
      const element = createElement.call(document, tag, ...rest);
      if (String(tag).toLowerCase() === 'span') {
        element.setAttribute = (name, value) => {
          if (name === 'style' && String(value).startsWith('font:')) element.style.font = String(value).slice(5);
          else Element.prototype.setAttribute.call(element, name, value);
        };
      }
      return element;
    };
    try {
      return applyText.apply(this, args);
    } finally {
      document.createElement = createElement;
    }
  };
}

let zipLoading;
function loadZip() {
  zipLoading = zipLoading || loadScript(document.documentElement.dataset.jszipUrl).then(() => window.JSZip);
  return zipLoading;
}

function payload(card) {
  return JSON.parse(card.querySelector('script.chart-data').textContent);
}

function wrapLines(ctx, value, maxWidth, maxLines) {
  const words = value.split(' ');
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
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] += '…';
  }
  return lines;
}

// Draws the whole image into `ctx` (a real canvas context or an SVG context), in CSS pixels.
function compose(ctx, data, width, height) {
  const charts = window.dashboardCharts;
  const colors = charts.theme();
  const background = charts.color('--bg');
  const font = colors.font;
  const pad = Math.max(24, Math.round(width * 0.04));
  const titleSize = Math.round(Math.min(56, Math.max(22, width * 0.028)));
  const bodySize = Math.round(titleSize * 0.52);
  const smallSize = Math.round(titleSize * 0.42);
  const inner = width - pad * 2;

  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';

  let y = pad;
  ctx.font = `700 ${titleSize}px ${font}`;
  ctx.fillStyle = colors.text;
  for (const line of wrapLines(ctx, data.title, inner, 3)) {
    ctx.fillText(line, pad, y);
    y += Math.round(titleSize * 1.25);
  }
  ctx.font = `400 ${bodySize}px ${font}`;
  ctx.fillStyle = colors.muted;
  ctx.fillText(data.subtitle, pad, y + 4);
  y += Math.round(bodySize * 1.6) + Math.round(titleSize * 0.3);

  // The footer is laid out first, from the bottom, so the chart takes the space between.
  ctx.font = `600 ${bodySize}px ${font}`;
  const takeaway = wrapLines(ctx, data.takeaway, inner, 3);
  const footerHeight = takeaway.length * Math.round(bodySize * 1.35) + Math.round(smallSize * 3.2);
  const chartTop = y;
  const chartHeight = Math.max(120, height - pad - footerHeight - chartTop - Math.round(titleSize * 0.4));

  const chartFont = Math.round(Math.min(26, Math.max(12, width * 0.0115)));
  drawChart(ctx, data, colors, pad, chartTop, inner, chartHeight, chartFont);

  y = chartTop + chartHeight + Math.round(titleSize * 0.4);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.font = `600 ${bodySize}px ${font}`;
  ctx.fillStyle = colors.text;
  for (const line of takeaway) {
    ctx.fillText(line, pad, y);
    y += Math.round(bodySize * 1.35);
  }
  y += Math.round(smallSize * 0.6);
  ctx.fillStyle = colors.grid;
  ctx.fillRect(pad, y, inner, 1);
  y += Math.round(smallSize * 0.6);
  ctx.font = `400 ${smallSize}px ${font}`;
  ctx.fillStyle = colors.muted;
  ctx.fillText(data.sourceLine, pad, y);
  ctx.textAlign = 'right';
  ctx.font = `700 ${smallSize}px ${font}`;
  ctx.fillText(text.siteName || '', width - pad, y);
}

// Lays the chart out on a scratch canvas, then draws it again into the target context at (x, y):
// vector drawing, so it is crisp at any scale and becomes SVG elements in an SVG context.
function drawChart(target, data, colors, x, y, width, height, fontSize) {
  const scratch = document.createElement('canvas');
  scratch.width = width;
  scratch.height = height;
  const config = window.dashboardCharts.config(data, colors, fontSize);
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
    target.translate(x, y);
    chart.draw();
    target.restore();
  } finally {
    holders.forEach(([holder, key], i) => { holder[key] = original[i]; });
    chart.clear = clear;
    chart.destroy();
  }
}

async function pngBlob(card, sizeName, scale) {
  const data = payload(card);
  const { width, height } = SIZES[sizeName](card);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  compose(ctx, data, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'));
}

async function svgBlob(card, sizeName) {
  const data = payload(card);
  const { width, height } = SIZES[sizeName](card);
  const ctx = await svgContext(width, height);
  compose(ctx, data, width, height);
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
  const data = payload(card);
  const size = panel.querySelector('.export__size').value;
  const scale = Number(panel.querySelector('.export__scale').value) || 2;
  const action = button.dataset.export;
  status.textContent = '';
  try {
    if (action === 'png') {
      const name = `${data.fileName}.png`;
      save(await pngBlob(card, size, scale), name);
      status.textContent = format(text.ready, name);
    } else if (action === 'svg') {
      const name = `${data.fileName}.svg`;
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
      const data = payload(card);
      zip.file(`${data.fileName}.png`, await pngBlob(card, 'slide', 2));
      zip.file(`${data.fileName}.svg`, await svgBlob(card, 'slide'));
    }
    for (const [url, name] of [[button.dataset.figuresCsvUrl, `aws-korea-figures.${text.language}.csv`], [button.dataset.sourcesUrl, `aws-korea-sources.${text.language}.md`]]) {
      // A static copy opened from disk carries these files in the page; everywhere else they are fetched.
      const inline = [...document.querySelectorAll('script[data-inline-file]')].find((s) => s.dataset.inlineFile === url);
      if (inline) {
        zip.file(name, JSON.parse(inline.textContent));
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

document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-export]');
  if (button) {
    run(button);
    return;
  }
  const all = event.target.closest('[data-export-all]');
  if (all) downloadAll(all);
});

window.dashboardExport = { pngBlob, svgBlob, shareUrl, embedCode };
})();

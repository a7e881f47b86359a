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

const { payload, content, layoutFor, compose } = window.dashboardExportImage;

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
  return encodePng(canvas);
}

// Chromium encodes a canvas for toBlob in an idle period of the page's main thread, and a page at rest that
// draws no frames may get none: it then waits a second before encoding anyway (every PNG took 1.0 to 1.1 s in
// the headless browser, most of it waiting; the same encoding takes 13 to 20 ms). Asking for an animation frame
// while the encoding is pending gives the main thread a frame, and an idle period after it.
// The frames start once toBlob has accepted the canvas: one that throws (a tainted canvas) starts none.
function encodePng(canvas) {
  let pending = true;
  const keepFrames = () => {
    if (pending) requestAnimationFrame(keepFrames);
  };
  const encoded = new Promise((resolve, reject) => canvas.toBlob((blob) => {
    pending = false;
    if (blob) resolve(blob);
    else reject(new Error('png'));
  }, 'image/png'));
  requestAnimationFrame(keepFrames);
  return encoded;
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
  // The server writes the code (iframe and sizing script, at the site's public address; Features/Sharing/EmbedCode.cs)
  // into the panel of every card that has one: the one copy of it, used as it is.
  return card.querySelector('.export__embed')?.dataset.embedCode ?? '';
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

// The layout check: what a person would see wrong on the page as it is laid out now. Evaluated in the page by
// the browser tests (never shipped to the site). Defines window.layoutCheck:
//   layoutCheck.run({ stages, skipFocus })  -> findings of the page at its current size
//   layoutCheck.focus()                      -> findings of keyboard focus (layout-check.focus.js; after one real Tab)
//   layoutCheck.exported(layout)             -> findings of an exported image's layout (export.js layoutOf)
// A finding is { kind, message }: kind is one of text-overlap, canvas-overlap, canvas-over-text, canvas-clipped,
// clipped, ellipsis, outside-stage, stage-off-screen, horizontal-scroll, zero-with-unit, focus-missing,
// focus-clipped, focus-hidden, focus-target-hidden, export-clipped, export-overlap, export-empty. Messages name the texts and boxes (page coordinates, CSS px).
(() => {
  'use strict';

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT', 'TEXTAREA', 'TITLE']);
  const TOLERANCE = 1;
  const MAX_PER_KIND = 25;

  const r0 = (n) => Math.round(n);
  const box = (r) => `(${r0(r.left)},${r0(r.top)} ${r0(r.right - r.left)}×${r0(r.bottom - r.top)})`;
  const short = (text) => {
    const t = String(text).replace(/\s+/g, ' ').trim();
    return t.length > 70 ? `${t.slice(0, 67)}…` : t;
  };
  const intersects = (a, b, tol = TOLERANCE) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tol && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tol;
  const rect = (left, top, right, bottom) => ({ left, top, right, bottom });
  const plain = (r) => rect(r.left, r.top, r.right, r.bottom);

  function describe(el) {
    if (!el || el.nodeType !== 1) return '?';
    let name = el.tagName.toLowerCase();
    if (el.id) name += `#${el.id}`;
    const classes = [...el.classList].slice(0, 2);
    if (classes.length) name += `.${classes.join('.')}`;
    return name;
  }

  // Whether an element's overflow clips its content. An inline box (display: inline) and an element without a box
  // (display: contents) have no overflow of their own to clip with, whatever their computed style says (an inline
  // box's client width is 0).
  const clipsItsContent = (s) => (s.overflowX !== 'visible' || s.overflowY !== 'visible') && s.display !== 'inline' && s.display !== 'contents';

  // Text a person cannot see is not checked: hidden by CSS, transparent, or visually hidden for screen
  // readers only (a 1 px box with clip-path, or any box of 2 px or less that clips its content).
  const visibility = new Map();
  function seen(el) {
    if (visibility.has(el)) return visibility.get(el);
    let result = el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    if (result) {
      for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if ((s.clipPath && s.clipPath.startsWith('inset(50%')) || (s.clip && s.clip !== 'auto')
          || (clipsItsContent(s) && a.clientWidth <= 2 && a.clientHeight <= 2)) {
          result = false;
          break;
        }
      }
    }
    visibility.set(el, result);
    return result;
  }

  // The box of an element whose overflow clips its content, with the axes it clips; null when it clips nothing.
  function clipOf(a, s) {
    if (!clipsItsContent(s)) return null;
    const x = s.overflowX !== 'visible';
    const y = s.overflowY !== 'visible';
    const b = a.getBoundingClientRect();
    const left = b.left + a.clientLeft;
    const top = b.top + a.clientTop;
    const scrolls = s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowY === 'auto' || s.overflowY === 'scroll';
    // A scroll box that keyboard users can reach (tabindex, like the presenter's notes) is meant to be read by scrolling.
    const region = scrolls && a.tabIndex >= 0 && a.hasAttribute('tabindex');
    return { el: a, x, y, scrolls, region, box: rect(left, top, left + a.clientWidth, top + a.clientHeight) };
  }

  // The boxes whose overflow clips an element's content, nearest first, each with the axes it clips. An absolutely
  // positioned box escapes the overflow of ancestors outside its containing block; a fixed one escapes all.
  const clipCache = new Map();
  function clippers(el) {
    if (clipCache.has(el)) return clipCache.get(el);
    const out = [];
    let escape = getComputedStyle(el).position;
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      const containing = s.position !== 'static' || s.transform !== 'none' || s.contain.includes('paint');
      if (escape === 'fixed' && s.transform === 'none') {
        continue;
      }
      if (escape === 'absolute' && !containing) continue;
      const clip = clipOf(a, s);
      if (clip) out.push(clip);
      escape = s.position === 'static' ? escape : s.position === 'fixed' ? 'fixed' : s.position === 'absolute' ? 'absolute' : 'static';
    }
    clipCache.set(el, out);
    return out;
  }

  // The boxes that clip a text node: its own element's (a title cut by its own overflow: hidden), then the
  // element's clippers.
  const textClipCache = new Map();
  function textClippers(el) {
    if (!textClipCache.has(el)) {
      const s = getComputedStyle(el);
      const own = clipOf(el, s);
      // Text cut sideways with an ellipsis, or below with a line clamp, is its own finding (below): that axis of
      // its own box is left to it.
      if (own && s.textOverflow === 'ellipsis') own.x = false;
      if (own && s.webkitLineClamp && s.webkitLineClamp !== 'none') own.y = false;
      textClipCache.set(el, own && (own.x || own.y) ? [own, ...clippers(el)] : clippers(el));
    }
    return textClipCache.get(el);
  }

  function cutBy(r, clip) {
    const cut = [];
    if (clip.x && r.left < clip.box.left - TOLERANCE) cut.push(`left ${r0(clip.box.left - r.left)}px`);
    if (clip.x && r.right > clip.box.right + TOLERANCE) cut.push(`right ${r0(r.right - clip.box.right)}px`);
    if (clip.y && r.top < clip.box.top - TOLERANCE) cut.push(`top ${r0(clip.box.top - r.top)}px`);
    if (clip.y && r.bottom > clip.box.bottom + TOLERANCE) cut.push(`bottom ${r0(r.bottom - clip.box.bottom)}px`);
    return cut;
  }

  // How much the transforms of an element's ancestors scale what it draws (1 when none does).
  const scaleCache = new Map();
  function drawnScale(el) {
    if (!el || el === document.documentElement) return 1;
    if (!scaleCache.has(el)) {
      const t = getComputedStyle(el).transform;
      const own = t && t !== 'none' ? Math.hypot(new DOMMatrix(t).a, new DOMMatrix(t).b) : 1;
      scaleCache.set(el, own * drawnScale(el.parentElement));
    }
    return scaleCache.get(el);
  }

  // Every line box of every visible text node. The box a Range gives is the font's whole content area, taller
  // than the line when line-height is tight: it is cut to the middle em, where the glyphs are.
  function textBoxes() {
    const boxes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.data.trim() && node.parentElement && !SKIP.has(node.parentElement.tagName)
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    const range = document.createRange();
    let id = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el.closest('svg') || !seen(el)) continue;
      // The font size as drawn: a preview scaled with a transform (the presenter's slides) draws its type smaller.
      const size = (parseFloat(getComputedStyle(el).fontSize) || 16) * drawnScale(el);
      range.selectNodeContents(node);
      id += 1;
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const middle = (r.top + r.bottom) / 2;
        const half = Math.min(r.height, size) / 2;
        const b = { node: id, el, text: node.data, size, ...rect(r.left, middle - half, r.right, middle + half) };
        // What a person sees of it: the part inside every box that clips it (a scrolled-away line overlaps nothing).
        let seenPart = plain(b);
        for (const clip of textClippers(el)) {
          if (clip.x) seenPart = { ...seenPart, left: Math.max(seenPart.left, clip.box.left), right: Math.min(seenPart.right, clip.box.right) };
          if (clip.y) seenPart = { ...seenPart, top: Math.max(seenPart.top, clip.box.top), bottom: Math.min(seenPart.bottom, clip.box.bottom) };
        }
        b.shown = seenPart;
        boxes.push(b);
      }
    }
    return boxes;
  }

  // The labels charts.js drew on each visible canvas (data-label-boxes), in page coordinates.
  function canvasLabels() {
    const out = [];
    for (const canvas of document.querySelectorAll('canvas[data-label-boxes]')) {
      if (!seen(canvas)) continue;
      const b = canvas.getBoundingClientRect();
      if (b.width < 1 || b.height < 1) continue;
      const chart = window.Chart && window.Chart.getChart(canvas);
      const width = chart ? chart.width : canvas.clientWidth;
      const height = chart ? chart.height : canvas.clientHeight;
      // A canvas stretched with object-fit: contain (the printed slides) shows the drawing scaled and centred.
      const scale = Math.min(b.width / width, b.height / height);
      const dx = b.left + (b.width - width * scale) / 2;
      const dy = b.top + (b.height - height * scale) / 2;
      let labels;
      try { labels = JSON.parse(canvas.dataset.labelBoxes); } catch { continue; }
      const card = canvas.closest('[data-chart-key]');
      const key = card ? card.dataset.chartKey : describe(canvas);
      labels.forEach((l) => out.push({
        canvas, key, text: l.text, kind: l.kind,
        inside: l.x >= -TOLERANCE && l.y >= -TOLERANCE && l.x + l.w <= width + TOLERANCE && l.y + l.h <= height + TOLERANCE,
        canvasBox: plain(b),
        ...rect(dx + l.x * scale, dy + l.y * scale, dx + (l.x + l.w) * scale, dy + (l.y + l.h) * scale),
      }));
    }
    return out;
  }

  const fixedCache = new Map();
  function inFixed(el) {
    if (!el || el === document.documentElement) return false;
    if (!fixedCache.has(el)) fixedCache.set(el, getComputedStyle(el).position === 'fixed' || inFixed(el.parentElement));
    return fixedCache.get(el);
  }

  function pageBox(r) {
    return box(rect(r.left + window.scrollX, r.top + window.scrollY, r.right + window.scrollX, r.bottom + window.scrollY));
  }

  function run(options = {}) {
    // At the top, where a sticky header sits in its place instead of over the content scrolled under it.
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    visibility.clear();
    clipCache.clear();
    textClipCache.clear();
    fixedCache.clear();
    scaleCache.clear();
    const findings = [];
    const counts = {};
    const add = (kind, message) => {
      counts[kind] = (counts[kind] || 0) + 1;
      if (counts[kind] <= MAX_PER_KIND) findings.push({ kind, message });
      else if (counts[kind] === MAX_PER_KIND + 1) findings.push({ kind, message: `… more ${kind} findings left out` });
    };

    const texts = textBoxes();
    const labels = canvasLabels();

    // (a) Overlapping text: a sweep down the page, each pair of different text nodes once.
    const byTop = texts.filter((t) => t.shown.right > t.shown.left && t.shown.bottom > t.shown.top).sort((a, b) => a.shown.top - b.shown.top);
    const seenPairs = new Set();
    for (let i = 0; i < byTop.length; i += 1) {
      const a = byTop[i];
      for (let j = i + 1; j < byTop.length && byTop[j].shown.top < a.shown.bottom - TOLERANCE; j += 1) {
        const b = byTop[j];
        if (a.node === b.node || !intersects(a.shown, b.shown)) continue;
        const pair = `${a.node}/${b.node}`;
        if (seenPairs.has(pair)) continue;
        seenPairs.add(pair);
        add('text-overlap', `"${short(a.text)}" ${pageBox(a)} in ${describe(a.el)} overlaps "${short(b.text)}" ${pageBox(b)} in ${describe(b.el)}`);
      }
    }

    // (b) Canvas labels: inside their canvas, clear of each other and of the page's text.
    const byCanvas = new Map();
    labels.forEach((l) => byCanvas.set(l.canvas, [...(byCanvas.get(l.canvas) || []), l]));
    for (const [canvas, list] of byCanvas) {
      list.forEach((l) => {
        if (!l.inside) add('canvas-clipped', `chart ${l.key}: "${short(l.text)}" ${pageBox(l)} leaves its canvas ${pageBox(l.canvasBox)}`);
      });
      list.forEach((a, i) => list.slice(i + 1).forEach((b) => {
        if (intersects(a, b)) add('canvas-overlap', `chart ${a.key}: "${short(a.text)}" ${pageBox(a)} is drawn over "${short(b.text)}" ${pageBox(b)}`);
      }));
      for (const clip of clippers(canvas)) {
        list.forEach((l) => {
          const cut = cutBy(l, clip);
          if (cut.length) add('canvas-clipped', `chart ${l.key}: "${short(l.text)}" ${pageBox(l)} is cut (${cut.join(', ')}) by ${describe(clip.el)} ${pageBox(clip.box)}`);
        });
      }
    }
    labels.forEach((l) => {
      if (zeroWithUnit(l)) add('zero-with-unit', `chart ${l.key}: the axis tick "${l.text}" ${pageBox(l)} gives zero a unit (zero is "$0", "0")`);
    });
    labels.forEach((l) => texts.forEach((t) => {
      if (intersects(l, t.shown)) add('canvas-over-text', `chart ${l.key}: "${short(l.text)}" ${pageBox(l)} is drawn under or over the page's text "${short(t.text)}" ${pageBox(t)} in ${describe(t.el)}`);
    }));

    // (c) Clipped text: by an ancestor's overflow (hidden, clip, or a scroll box it has to be scrolled in),
    // or cut with an ellipsis or a line clamp.
    const reportedClip = new Set();
    for (const t of texts) {
      // Text in a scroll region that keyboard users can reach is read by scrolling it: the boxes outside the
      // region are judged by the part of the text the region shows (the region itself must fit them).
      let part = plain(t);
      for (const clip of textClippers(t.el)) {
        if (clip.region) {
          part = rect(Math.max(part.left, clip.box.left), Math.max(part.top, clip.box.top), Math.min(part.right, clip.box.right), Math.min(part.bottom, clip.box.bottom));
          if (part.right <= part.left || part.bottom <= part.top) break;
          continue;
        }
        const cut = cutBy(part, clip);
        if (!cut.length) continue;
        const key = `${t.node}/${clip.el === document.body ? 'body' : describe(clip.el)}`;
        if (reportedClip.has(key)) continue;
        reportedClip.add(key);
        add('clipped', `"${short(t.text)}" ${pageBox(t)} in ${describe(t.el)} is ${clip.scrolls ? 'hidden in a scroll box' : 'cut'} (${cut.join(', ')}) by ${describe(clip.el)} ${pageBox(clip.box)}`);
      }
    }
    // Text beyond the window's sides cannot be scrolled to when the page does not scroll sideways (or sits in a
    // fixed bar), nor text below the window in a fixed bar.
    const width = document.documentElement.clientWidth;
    for (const t of texts) {
      const fixed = inFixed(t.el);
      const left = t.left + window.scrollX;
      const right = t.right + window.scrollX;
      if (left < -TOLERANCE || right > width + TOLERANCE || (fixed && (t.top < -TOLERANCE || t.bottom > window.innerHeight + TOLERANCE))) {
        add('clipped', `"${short(t.text)}" ${pageBox(t)} in ${describe(t.el)} is outside the ${width}×${window.innerHeight} window`);
      }
    }
    const ellipsisSeen = new Set();
    for (const t of texts) {
      for (let el = t.el; el && el !== document.body; el = el.parentElement) {
        if (ellipsisSeen.has(el)) break;
        const s = getComputedStyle(el);
        const ellipsis = s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + TOLERANCE;
        const clamp = s.webkitLineClamp && s.webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + TOLERANCE;
        if (ellipsis || clamp) {
          ellipsisSeen.add(el);
          add('ellipsis', `"${short(el.textContent)}" in ${describe(el)} ${pageBox(el.getBoundingClientRect())} is cut with ${ellipsis ? 'an ellipsis' : 'a line clamp'}`);
          break;
        }
      }
    }

    // (d) Slides: everything inside the stage, and the stage inside the window.
    for (const stage of options.stages ? document.querySelectorAll(options.stages) : []) {
      if (!seen(stage)) continue;
      const s = plain(stage.getBoundingClientRect());
      const slide = stage.closest('[data-slide]');
      const name = slide ? `slide ${slide.dataset.slide} (${describe(slide)})` : describe(stage);
      const outside = (r) => r.left < s.left - TOLERANCE || r.top < s.top - TOLERANCE || r.right > s.right + TOLERANCE || r.bottom > s.bottom + TOLERANCE;
      for (const t of texts) {
        if (stage.contains(t.el) && outside(t)) add('outside-stage', `${name}: "${short(t.text)}" ${pageBox(t)} is outside the stage ${pageBox(s)}`);
      }
      for (const l of labels) {
        if (stage.contains(l.canvas) && outside(l)) add('outside-stage', `${name}: chart label "${short(l.text)}" ${pageBox(l)} is outside the stage ${pageBox(s)}`);
      }
      for (const el of stage.querySelectorAll('img, canvas, table, svg, video')) {
        if (!seen(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && outside(r)) add('outside-stage', `${name}: ${describe(el)} ${pageBox(r)} is outside the stage ${pageBox(s)}`);
      }
      if (options.stageInWindow !== false && (s.left < -TOLERANCE || s.top < -TOLERANCE || s.right > window.innerWidth + TOLERANCE || s.bottom > window.innerHeight + TOLERANCE)) {
        add('stage-off-screen', `${name}: the stage ${pageBox(s)} does not fit the ${window.innerWidth}×${window.innerHeight} window`);
      }
    }

    // (e) Horizontal scrolling of the page, with the boxes that stick out furthest.
    const root = document.scrollingElement || document.documentElement;
    if (root.scrollWidth > root.clientWidth + TOLERANCE) {
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => seen(el))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.right + window.scrollX > root.clientWidth + TOLERANCE)
        .filter(({ el }, _, all) => !all.some((o) => o.el !== el && el.contains(o.el)))
        .sort((a, b) => b.r.right - a.r.right)
        .slice(0, 3)
        .map(({ el, r }) => `${describe(el)} ${pageBox(r)} "${short(el.textContent || '')}"`);
      add('horizontal-scroll', `the page scrolls sideways: ${root.scrollWidth}px of content in a ${root.clientWidth}px window; widest: ${wide.join('; ')}`);
    }

    return findings;
  }

  // An axis tick that reads zero with a unit after it ("$0B", "$0.0B", "₩0T", "0억"): zero is zero in any unit.
  const zeroWithUnit = (label) => label.kind === 'tick' && /^[^0-9]*0(?:[.,]0+)?[^0-9]+$/.test(String(label.text).trim());

  // ---- exported images ----

  // The text boxes of an exported image (export.js's layout: every line it draws and the chart's labels, in the
  // image's CSS pixels): none leaves the image, no two overlap, no zero tick with a unit.
  function exported(layout) {
    const findings = [];
    const boxes = (layout.texts || []).map((t) => ({ ...t, ...rect(t.x, t.y, t.x + t.w, t.y + t.h) }));
    const image = rect(0, 0, layout.width, layout.height);
    for (const b of boxes) {
      if (b.left < -TOLERANCE || b.top < -TOLERANCE || b.right > image.right + TOLERANCE || b.bottom > image.bottom + TOLERANCE) {
        findings.push({ kind: 'export-clipped', message: `"${short(b.text)}" ${box(b)} leaves the ${layout.width}×${layout.height} image` });
      }
      if (zeroWithUnit(b)) findings.push({ kind: 'zero-with-unit', message: `the axis tick "${b.text}" ${box(b)} gives zero a unit` });
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      if (intersects(a, b)) findings.push({ kind: 'export-overlap', message: `"${short(a.text)}" ${box(a)} overlaps "${short(b.text)}" ${box(b)}` });
    }));
    if (!boxes.length) findings.push({ kind: 'export-empty', message: 'the layout names no text boxes' });
    return findings;
  }

  // What layout-check.focus.js (the keyboard focus part, evaluated after this file) shares with this one.
  const parts = {
    TOLERANCE, MAX_PER_KIND, box, short, rect, plain, describe, seen, clippers, cutBy, pageBox,
    forget() { visibility.clear(); clipCache.clear(); textClipCache.clear(); },
  };

  window.layoutCheck = { run, exported, parts };
})();

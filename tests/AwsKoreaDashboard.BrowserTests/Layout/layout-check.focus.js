// The layout check's keyboard focus part: layoutCheck.focus() -> findings of keyboard focus (call after one real
// Tab key press). Evaluated after layout-check.js, whose helpers it uses through window.layoutCheck.parts.
(() => {
  'use strict';

  const { TOLERANCE, MAX_PER_KIND, box, short, rect, plain, describe, seen, clippers, cutBy, pageBox, forget } = window.layoutCheck.parts;

  // ---- keyboard focus ----

  function parseColor(value) {
    const m = /rgba?\(([^)]+)\)/.exec(value || '');
    if (!m) return null;
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  }
  function luminance({ r, g, b }) {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }
  function backgroundBehind(el) {
    for (let a = el; a; a = a.parentElement) {
      const c = parseColor(getComputedStyle(a).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }

  const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';

  function look(el) {
    const s = getComputedStyle(el);
    return {
      outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor,
      outlineOffset: parseFloat(s.outlineOffset) || 0, boxShadow: s.boxShadow,
      border: `${s.borderTopColor} ${s.borderRightColor} ${s.borderBottomColor} ${s.borderLeftColor} ${s.borderTopWidth} ${s.borderBottomWidth}`,
      background: s.backgroundColor, color: s.color, decoration: s.textDecorationLine,
    };
  }

  // The sticky or fixed boxes that could cover a focused control (the site header, the deck's bar).
  function coverers() {
    return [...document.body.querySelectorAll('*')].filter((el) => {
      const p = getComputedStyle(el).position;
      return (p === 'sticky' || p === 'fixed') && seen(el);
    });
  }

  // Call after a real Tab key press: Chromium then shows :focus-visible for programmatic focus too, as for the
  // keyboard. Each control is first scrolled just above the window, so focusing it scrolls it back in as
  // Shift+Tab would: past a sticky header, if the page leaves room for one.
  function focus() {
    forget();
    const findings = [];
    const add = (kind, message) => { if (findings.filter((f) => f.kind === kind).length < MAX_PER_KIND) findings.push({ kind, message }); };
    const stickies = coverers();
    const startY = window.scrollY;
    const controls = [...document.querySelectorAll(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && seen(el));
    const name = (el) => `${describe(el)} "${short(el.textContent || el.getAttribute('aria-label') || el.value || '')}"`;
    for (const el of controls) {
      if (document.activeElement === el) el.blur();
      const before = look(el);
      const top = el.getBoundingClientRect().top + window.scrollY;
      if (stickies.length && !stickies.some((s) => s.contains(el))) window.scrollTo({ top: Math.max(0, top + el.offsetHeight + 5), behavior: 'instant' });
      el.focus();
      if (document.activeElement !== el) {
        add('focus-missing', `${name(el)} cannot take keyboard focus`);
        continue;
      }
      const after = look(el);
      const r = plain(el.getBoundingClientRect());
      const first = el.getClientRects()[0] || r;
      const ringWidth = after.outlineStyle !== 'none' ? after.outlineWidth : 0;
      const outlineChanged = ringWidth > 0 && (before.outlineStyle === 'none' || before.outlineWidth !== after.outlineWidth || before.outlineColor !== after.outlineColor);
      const shadowChanged = after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow;
      const otherChanged = after.border !== before.border || after.background !== before.background || after.decoration !== before.decoration;
      if (!el.matches(':focus-visible') || !(outlineChanged || shadowChanged || otherChanged)) {
        add('focus-missing', `${name(el)} ${pageBox(r)} shows no focus indicator`);
        continue;
      }
      if (outlineChanged) {
        // An outline drawn outside the box must be seen against what is behind it, inside over the control.
        const color = parseColor(after.outlineColor);
        const behind = after.outlineOffset >= 0 ? backgroundBehind(el.parentElement || el) : backgroundBehind(el);
        if (!color || color.a < 0.5 || contrast(color, behind) < 3) {
          add('focus-missing', `${name(el)} ${pageBox(r)}: its focus ring ${after.outlineColor} has a contrast under 3:1 against ${`rgb(${behind.r}, ${behind.g}, ${behind.b})`}`);
        }
        const grow = after.outlineOffset + ringWidth;
        const ring = rect(r.left - grow, r.top - grow, r.right + grow, r.bottom + grow);
        for (const clip of clippers(el)) {
          const cut = cutBy(ring, clip);
          if (cut.length) {
            add('focus-clipped', `${name(el)}: its focus ring ${pageBox(ring)} is cut (${cut.join(', ')}) by ${describe(clip.el)} ${pageBox(clip.box)}`);
            break;
          }
        }
      }
      // Hidden under another box: what is on top at the control's centre must be the control.
      const x = Math.min(Math.max((first.left + first.right) / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max((first.top + first.bottom) / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const inView = r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      if (!inView) {
        add('focus-hidden', `${name(el)} ${pageBox(r)} is focused outside the ${window.innerWidth}×${window.innerHeight} window`);
      } else if (hit && hit !== el && !el.contains(hit) && !(el.labels && [...el.labels].some((l) => l.contains(hit)))) {
        add('focus-hidden', `${name(el)} ${pageBox(r)} is focused under ${describe(hit.closest('header, nav, [role="toolbar"], footer') || hit)}`);
      }
    }
    // A link within the page must bring its target into view below a sticky header (the skip link).
    for (const link of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute('href').slice(1));
      const target = id && document.getElementById(id);
      if (!target || !seen(link) || !seen(target)) continue;
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      target.scrollIntoView({ behavior: 'instant' });
      const t = target.getBoundingClientRect();
      for (const s of stickies) {
        if (s.contains(target) || target.contains(s)) continue;
        const b = s.getBoundingClientRect();
        if (getComputedStyle(s).position === 'sticky' && b.top <= 0 + TOLERANCE && t.top < b.bottom - TOLERANCE && t.bottom > b.top) {
          add('focus-target-hidden', `${name(link)} leads to ${describe(target)}, whose top ${pageBox(t)} lands under ${describe(s)} ${pageBox(b)}`);
        }
      }
    }
    if (document.activeElement) document.activeElement.blur();
    window.scrollTo({ top: startY, behavior: 'instant' });
    return findings;
  }

  window.layoutCheck.focus = focus;

  // One cell of the matrix in one call from the test: let layout and the charts' resize handling run (two
  // animation frames), draw the charts not drawn yet (one below the fold: charts.js has already redrawn the drawn
  // ones for the new width, so drawing them all again would repeat the same picture) and let them settle, then
  // the layout check and, once this document has seen a real key press (the test presses Tab when told), the
  // focus check.
  // Returns { findings, needsKey }: needsKey says the focus check waits for that key press.
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  async function cell({ stages = null, stageInWindow = true, focus: withFocus = true, drawCharts = false } = {}) {
    await frames();
    const charts = window.dashboardCharts;
    if (drawCharts && charts && [...document.querySelectorAll('.chart-card')].some((c) => c.dataset.rendered !== 'true')) {
      charts.drawEvery();
      await frames();
    }
    const findings = window.layoutCheck.run({ stages, stageInWindow });
    if (!withFocus) return { findings, needsKey: false };
    if (!window.layoutCheck.keyPressed) return { findings, needsKey: true };
    return { findings: findings.concat(focus()), needsKey: false };
  }
  window.layoutCheck.cell = cell;

  // Every slide of a deck at the window's size, each one cell: the deck is stepped with its own keys (Home, then
  // ArrowRight) as a keydown on the focused element, as a key press is sent (the walk leaves nothing focused, so
  // it is the body), in the page, in one call from the test. One call per slide for the key, one to wait for the
  // slide and one for the check cost the test host, Playwright's driver and the browser process about a fifth of
  // the slide walks' processor time (docs/benchmarks.md, Round 19). Before its check, a slide waits until the deck
  // shows it and every chart on the shown slides (the current one, and the next in the presenter's window) is drawn
  // for what it is now (charts.js upToDate), polled at each animation frame: what the page did, not a time. All
  // decks share present.js's one key handler; PresentTests presses the real keys. Returns [{ slide, findings }]; a
  // slide the deck did not show, or whose charts were not drawn within 10 s, ends the walk with a status finding.
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  async function settled(deck, n) {
    const stale = () => (deck.dataset.current !== String(n) ? [`the deck showed slide ${deck.dataset.current}`]
      : [...deck.querySelectorAll('.slide.is-current .chart-card, .slide.is-next .chart-card')]
        .filter((card) => !window.dashboardCharts?.upToDate(card)).map((card) => `${card.dataset.chartKey} was not drawn for its box`));
    const until = performance.now() + 10_000;
    let waiting = stale();
    while (waiting.length && performance.now() < until) {
      await frame();
      waiting = stale();
    }
    return waiting;
  }
  async function slides({ stages = null, count }) {
    if (!window.layoutCheck.keyPressed) throw new Error('layoutCheck.slides needs the real key press of layoutCheck.focus first');
    const deck = document.querySelector('.deck');
    const out = [];
    for (let n = 1; n <= count; n += 1) {
      if (deck.dataset.current !== String(n)) {
        const key = n === 1 ? 'Home' : 'ArrowRight';
        (document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
      const waiting = await settled(deck, n);
      if (waiting.length) {
        out.push({ slide: n, findings: [{ kind: 'status', message: `after 10 s, ${waiting.join('; ')}` }] });
        break;
      }
      out.push({ slide: n, findings: (await cell({ stages })).findings });
    }
    return out;
  }
  window.layoutCheck.slides = slides;
  // Set by the test after its real key press (layoutCheck.focus needs one per document).
  window.layoutCheck.keyPressed = false;
})();

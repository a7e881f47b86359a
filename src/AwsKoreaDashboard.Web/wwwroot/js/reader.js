// What the browser keeps for the reader, on the live site and on its static copy alike. The server sends
// one page per address; everything here changes nothing it sends:
// - the theme (auto, light, dark, contrast): stored in localStorage, applied before the body is drawn
//   (this file loads in <head>), so a stored theme shows without a flash;
// - the language and currency switches are plain links to the other canonical page; a click remembers the
//   choice (cookies that only the address "/" reads, to send the reader to their language) and keeps the
//   reader's place: the chart in view goes along as the fragment;
// - a reader's own briefing (/…/present/selection?charts=a,b): the page holds every chart, this keeps the
//   chosen ones in their order.
(() => {
  'use strict';

  const root = document.documentElement;
  const themes = ['auto', 'light', 'dark', 'contrast'];
  // The browser's storage, which may be off (private windows, file://): the one wrapper every script uses
  // (window.dashboardStorage; this file loads first, as a classic script, so the static copy works from disk).
  const storage = {
    get(key) { try { return window.localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch { /* storage may be off */ } },
  };
  window.dashboardStorage = storage;

  // An old link may still carry ?theme=dark: take it as the reader's choice.
  const asked = new URLSearchParams(window.location.search).get('theme');
  if (themes.includes(asked)) storage.set('dashboard-theme', asked);
  const stored = storage.get('dashboard-theme');
  if (themes.includes(stored)) root.dataset.theme = stored;

  function markTheme() {
    document.querySelectorAll('[data-theme-choice]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.themeChoice === root.dataset.theme));
    });
    document.querySelectorAll('[data-theme-toggle]').forEach((button) => {
      const on = root.dataset.theme === button.dataset.themeToggle;
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? button.dataset.labelOn : button.dataset.labelOff;
    });
  }

  function setTheme(theme) {
    root.dataset.theme = theme;
    storage.set('dashboard-theme', theme);
    markTheme();
    if (window.dashboardCharts) window.dashboardCharts.drawAll();
  }

  function remember(name, value) {
    document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
  }

  // The chart (or section) at the top of the window, below a sticky header, so the other language or currency
  // opens at the same place. Nothing when the reader is at the top of the page.
  function placeInView() {
    if (window.scrollY < 40) return '';
    const header = document.querySelector('.site-header');
    const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const candidates = document.querySelectorAll('.chart-card[id], main section[id], main [id^="figure-"]');
    for (const element of candidates) {
      if (element.getBoundingClientRect().bottom > top + 80) return element.id;
    }
    return '';
  }

  document.addEventListener('click', (event) => {
    const choice = event.target.closest('[data-theme-choice]');
    if (choice) {
      setTheme(choice.dataset.themeChoice);
      return;
    }
    const toggle = event.target.closest('[data-theme-toggle]');
    if (toggle) {
      setTheme(root.dataset.theme === toggle.dataset.themeToggle ? 'auto' : toggle.dataset.themeToggle);
      return;
    }
    const reader = event.target.closest('[data-reader-language], [data-reader-currency]');
    if (reader) {
      if (reader.dataset.readerLanguage) remember('dashboard-language', reader.dataset.readerLanguage);
      if (reader.dataset.readerCurrency) remember('dashboard-currency', reader.dataset.readerCurrency);
      const place = window.location.hash.slice(1) || placeInView();
      const params = new URLSearchParams(window.location.search);
      const keep = new URLSearchParams();
      ['briefing', 'charts'].forEach((name) => { if (params.get(name)) keep.set(name, params.get(name)); });
      const url = new URL(reader.href, window.location.href);
      if (keep.toString()) url.search = keep.toString();
      if (place) url.hash = place;
      reader.href = url.toString();
    }
  });

  // A reader's own briefing: keep the title slide, the chosen charts in their order, and the sources slide.
  function pickSlides() {
    const deck = document.querySelector('.deck');
    if (!deck || deck.dataset.selection !== 'true') return;
    const wanted = (new URLSearchParams(window.location.search).get('charts') || '').split(',').filter(Boolean);
    const slides = [...deck.querySelectorAll('.slide')];
    const byChart = new Map(slides.map((slide) => [slide.querySelector('.chart-card')?.dataset.chartKey, slide]));
    const chosen = [...new Set(wanted)].map((key) => byChart.get(key)).filter(Boolean);
    if (chosen.length === 0) return;
    const ordered = [slides[0], ...chosen, ...slides.filter((slide) => slide.classList.contains('slide--sources'))];
    slides.filter((slide) => !ordered.includes(slide)).forEach((slide) => slide.remove());
    ordered.forEach((slide, i) => {
      deck.appendChild(slide);
      slide.dataset.slide = String(i + 1);
      slide.setAttribute('aria-label', `${i + 1} / ${ordered.length}`);
    });
    deck.dataset.count = String(ordered.length);
    // Named by its charts, so the audience and presenter windows meet on one channel.
    deck.dataset.deck = `custom-${chosen.map((slide) => slide.querySelector('.chart-card').dataset.chartKey).join('-')}`;
    // The PowerPoint download of this selection: the same charts in the same order.
    document.querySelectorAll('[data-deck-pptx]').forEach((link) => {
      const url = new URL(link.getAttribute('href'), window.location.href);
      url.searchParams.set('charts', chosen.map((slide) => slide.querySelector('.chart-card').dataset.chartKey).join(','));
      link.href = url.protocol.startsWith('http') ? url.pathname + url.search : link.getAttribute('href');
    });
    const progress = document.querySelector('.deck-bar__progress');
    if (progress) progress.max = ordered.length;
    const total = document.querySelector('[data-deck-total]');
    if (total) total.textContent = String(ordered.length);
  }

  // present.js asks for the slides to be picked before it numbers them.
  window.dashboardReader = { pickSlides };
  document.addEventListener('DOMContentLoaded', markTheme);
})();

// Only on a static copy of the site (export-site marks its pages with data-static-copy): what the server
// would do for a reader's choices, done in the page. The theme switch keeps its choice in localStorage; a
// reader's own briefing (?charts=a,b) picks and orders the deck's slides. Loaded in <head>, before the body
// is drawn, so a stored theme applies without a flash.
(() => {
  'use strict';

  const root = document.documentElement;
  if (root.dataset.staticCopy !== 'true') return;

  const themes = ['auto', 'light', 'dark', 'contrast'];
  let stored = null;
  try { stored = window.localStorage.getItem('dashboard-theme'); } catch { /* storage may be off */ }
  if (themes.includes(stored)) root.dataset.theme = stored;

  function markTheme() {
    document.querySelectorAll('[data-theme-choice]').forEach((link) => {
      if (link.dataset.themeChoice === root.dataset.theme) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-theme-choice]');
    if (!link) return;
    event.preventDefault();
    root.dataset.theme = link.dataset.themeChoice;
    try { window.localStorage.setItem('dashboard-theme', root.dataset.theme); } catch { /* ignore */ }
    markTheme();
    if (window.dashboardCharts) window.dashboardCharts.drawAll();
  });

  // A reader's own briefing: keep the title slide, the chosen charts in their order, and the sources slide.
  function pickSlides() {
    const deck = document.querySelector('.deck');
    const wanted = (new URLSearchParams(window.location.search).get('charts') || '').split(',').filter(Boolean);
    if (!deck || wanted.length === 0) return;
    const slides = [...deck.querySelectorAll('.slide')];
    const byChart = new Map(slides.map((slide) => [slide.querySelector('.chart-card')?.dataset.chartKey, slide]));
    const chosen = wanted.map((key) => byChart.get(key)).filter(Boolean);
    if (chosen.length === 0) return;
    const ordered = [slides[0], ...chosen, slides[slides.length - 1]];
    slides.filter((slide) => !ordered.includes(slide)).forEach((slide) => slide.remove());
    ordered.forEach((slide, i) => {
      deck.appendChild(slide);
      slide.dataset.slide = String(i + 1);
      slide.setAttribute('aria-label', `${i + 1} / ${ordered.length}`);
    });
    deck.dataset.count = String(ordered.length);
    deck.dataset.deck = `custom-${wanted.join('-')}`;
    const progress = document.querySelector('.deck-bar__progress');
    if (progress) progress.max = ordered.length;
    const total = document.querySelector('[data-deck-total]');
    if (total) total.textContent = String(ordered.length);
  }

  // present.js asks for the slides to be picked before it numbers them.
  window.dashboardStaticCopy = { pickSlides };
  document.addEventListener('DOMContentLoaded', markTheme);
})();

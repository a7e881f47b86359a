// Briefing mode: one slide at a time on a 16:9 stage, driven by keyboard, clicker, touch or autoplay;
// the slide number lives in the URL fragment (#3) so reload and back/forward keep the place; the
// presenter window and the audience window follow each other through a BroadcastChannel.
(() => {
  'use strict';

  const deck = document.querySelector('.deck');
  if (!deck) return;
  // A reader's own selection (?charts=) is picked in the page (reader.js).
  if (window.dashboardReader) window.dashboardReader.pickSlides();

  const slides = [...deck.querySelectorAll('.slide')];
  const count = slides.length;
  const presenter = deck.dataset.mode === 'presenter';
  const counter = document.querySelector('[data-deck-current]');
  const progress = document.querySelector('.deck-bar__progress');
  const help = document.getElementById('deck-help');
  const helpButtons = document.querySelectorAll('[data-deck-action="help"]');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`dashboard-deck-${deck.dataset.deck}`) : null;
  let current = 0;
  let typed = '';

  function fromHash() {
    const n = parseInt(window.location.hash.slice(1), 10);
    return Number.isFinite(n) && n >= 1 && n <= count ? n : 1;
  }

  // Draws a slide's chart at the stage's present size, with text sized for the back of the room.
  function drawCharts(slide) {
    slide.querySelectorAll('.chart-card').forEach((card) => {
      const stage = slide.querySelector('.slide__stage');
      card.dataset.fontSize = String(Math.max(10, Math.round(stage.clientHeight * 0.032)));
      if (window.dashboardCharts) window.dashboardCharts.draw(card);
    });
  }

  function show(target, { broadcast = true, history = 'push' } = {}) {
    const n = Math.min(Math.max(1, target), count);
    if (n === current) return;
    current = n;
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === n - 1);
      slide.classList.toggle('is-next', presenter && i === n);
      slide.setAttribute('aria-hidden', String(!(i === n - 1)));
    });
    slides.filter((s) => s.classList.contains('is-current') || s.classList.contains('is-next')).forEach(drawCharts);
    counter.textContent = String(n);
    progress.value = n;
    deck.dataset.current = String(n);
    const hash = `#${n}`;
    if (window.location.hash !== hash) {
      if (history === 'push') window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
    }
    if (broadcast && channel) channel.postMessage({ slide: n });
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
  }

  function toggleTable() {
    const card = slides[current - 1].querySelector('.chart-card');
    if (card && window.dashboardViews) {
      window.dashboardViews.show(card, card.dataset.view === 'table' ? 'chart' : 'table');
      if (card.dataset.view === 'chart') drawCharts(slides[current - 1]);
    }
  }

  function setHelp(open) {
    help.hidden = !open;
    helpButtons.forEach((b) => b.setAttribute('aria-expanded', String(open)));
    if (open) help.querySelector('button').focus();
  }

  function openPresenter() {
    const url = `${deck.dataset.presenterUrl}${window.location.search}#${current}`;
    window.open(url, 'dashboard-presenter', 'popup,width=1280,height=800');
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest('input, textarea, select')) return;
    const { key } = event;
    const digit = /^[0-9]$/.test(key);
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
      event.preventDefault();
      show(current + 1);
    } else if (key === 'ArrowLeft' || key === 'PageUp') {
      event.preventDefault();
      show(current - 1);
    } else if (key === 'Home') {
      event.preventDefault();
      show(1);
    } else if (key === 'End') {
      event.preventDefault();
      show(count);
    } else if (digit) {
      typed += key;
    } else if (key === 'Enter' && typed) {
      event.preventDefault();
      show(parseInt(typed, 10));
    } else if (key === 'f' || key === 'F') {
      toggleFullscreen();
    } else if (key === 't' || key === 'T') {
      toggleTable();
    } else if (key === '?') {
      setHelp(help.hidden);
    } else if ((key === 'p' || key === 'P') && !presenter) {
      openPresenter();
    } else if (key === 'Escape') {
      setHelp(false);
    }
    if (!digit) typed = '';
  });

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-deck-action]');
    if (!button) return;
    const action = button.dataset.deckAction;
    if (action === 'next') show(current + 1);
    else if (action === 'prev') show(current - 1);
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'presenter') openPresenter();
    else if (action === 'help') setHelp(help.hidden);
    else if (action === 'reset-clock') startClock();
  });

  // A swipe on a tablet: left for the next slide, right for the previous one.
  let touchX = null;
  deck.addEventListener('touchstart', (event) => { touchX = event.changedTouches[0].clientX; }, { passive: true });
  deck.addEventListener('touchend', (event) => {
    if (touchX === null) return;
    const dx = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 50) show(dx < 0 ? current + 1 : current - 1);
  }, { passive: true });

  window.addEventListener('popstate', () => show(fromHash(), { history: 'replace' }));
  window.addEventListener('hashchange', () => show(fromHash(), { history: 'replace' }));
  window.addEventListener('resize', () => slides.filter((s) => s.classList.contains('is-current') || s.classList.contains('is-next')).forEach(drawCharts));
  if (channel) {
    channel.onmessage = (message) => show(Number(message.data.slide), { broadcast: false, history: 'replace' });
  }

  // The presenter's clock: time since the window opened (or since reset).
  let started = Date.now();
  const clock = document.querySelector('[data-deck-clock]');
  function startClock() { started = Date.now(); tick(); }
  function tick() {
    if (!clock) return;
    const seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  }
  if (clock) setInterval(tick, 1000);

  // Kiosk: ?autoplay=SECONDS advances by itself and starts again after the last slide.
  const autoplay = parseFloat(new URLSearchParams(window.location.search).get('autoplay'));
  if (autoplay > 0) {
    setInterval(() => show(current >= count ? 1 : current + 1), autoplay * 1000);
  }

  // Printing: every slide on its own page, charts drawn at the page's size.
  window.addEventListener('beforeprint', () => slides.forEach(drawCharts));

  show(fromHash(), { broadcast: false, history: 'replace' });
  deck.dataset.ready = 'true';
})();

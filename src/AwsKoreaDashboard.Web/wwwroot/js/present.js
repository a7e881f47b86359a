// Briefing mode: one slide at a time on a 16:9 stage, driven by keyboard, clicker, click or tap, touch or
// autoplay; the slide number lives in the URL fragment (#3) so reload and back/forward keep the place; the
// presenter window and the audience window follow each other through a BroadcastChannel. Query
// parameters (?autoplay=SECONDS, ?minutes=N) are read here only: the server renders the same page
// whatever they are.
(() => {
  'use strict';

  const deck = document.querySelector('.deck');
  if (!deck) return;
  // A reader's own selection (?charts=) is picked in the page (reader.js).
  if (window.dashboardReader) window.dashboardReader.pickSlides();

  const root = document.documentElement;
  const slides = [...deck.querySelectorAll('.slide')];
  const count = slides.length;
  const presenter = deck.dataset.mode === 'presenter';
  const params = new URLSearchParams(window.location.search);
  const counter = document.querySelector('[data-deck-current]');
  const progress = document.querySelector('.deck-bar__progress');
  const line = document.querySelector('.deck-line');
  const bar = document.querySelector('.deck-bar');
  const help = document.getElementById('deck-help');
  const helpButtons = document.querySelectorAll('[data-deck-action="help"]');
  const blank = document.querySelector('[data-deck-blank]');
  const endOfDeck = document.querySelector('[data-deck-end]');
  const autoplayButton = document.querySelector('[data-deck-action="autoplay"]');
  const handoutNotes = document.querySelector('[data-deck-handout-notes]');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`dashboard-deck-${deck.dataset.deck}`) : null;
  // A phone held upright reads the slides one under another instead of a shrunken stage.
  const reading = window.matchMedia('(orientation: portrait) and (max-width: 40rem)');
  const readingView = () => !presenter && reading.matches;
  // Presenter previews are laid out at this size and scaled down as a whole, so a preview is the slide
  // in miniature and never a slide with oversized text.
  const previewWidth = 1600;
  const idleMs = 2000;
  let current = 0;
  let typed = '';

  function fromHash() {
    const n = parseInt(window.location.hash.slice(1), 10);
    return Number.isFinite(n) && n >= 1 && n <= count ? n : 1;
  }

  function send(message) {
    if (channel) channel.postMessage(message);
  }

  // Draws a slide's chart at the stage's own size, with text sized for the back of the room. A phone
  // reading the slides one under another draws each chart as it scrolls into view (charts.js), like the
  // dashboard; print (`all`) draws every one. A chart already drawn at this size, type size and palette stays
  // as it is: the next slide's preview in the presenter view becomes the current slide at the same 1,600 px, a
  // window resize leaves a preview's stage as it was, and print, announced twice, draws once.
  function drawCharts(slide, all) {
    const stage = slide.querySelector('.slide__stage');
    slide.querySelectorAll('.chart-card').forEach((card) => {
      const size = readingView() ? 14 : Math.max(10, Math.round(stage.clientHeight * 0.032));
      card.dataset.fontSize = String(size);
      if (readingView() && all !== true && card.dataset.rendered !== 'true') return;
      if (!window.dashboardCharts || window.dashboardCharts.upToDate(card)) return;
      window.dashboardCharts.draw(card);
    });
  }

  function visibleSlides() {
    if (readingView()) return slides;
    return slides.filter((s) => s.classList.contains('is-current') || s.classList.contains('is-next'));
  }

  function scalePreviews() {
    if (!presenter) return;
    deck.querySelectorAll('.slide__screen').forEach((screen) => {
      if (screen.clientWidth > 0) screen.style.setProperty('--screen-scale', String(screen.clientWidth / previewWidth));
    });
  }

  function show(target, { broadcast = true, history = 'push' } = {}) {
    scheduleAutoplay();
    const n = Math.min(Math.max(1, target), count);
    if (n === current) return;
    current = n;
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === n - 1);
      slide.classList.toggle('is-next', presenter && i === n);
      slide.setAttribute('aria-hidden', String(!readingView() && i !== n - 1));
    });
    if (endOfDeck) endOfDeck.hidden = n !== count;
    scalePreviews();
    visibleSlides().forEach(drawCharts);
    counter.textContent = String(n);
    progress.value = n;
    if (line) line.style.setProperty('--deck-progress', String(n / count));
    deck.dataset.current = String(n);
    const hash = `#${n}`;
    if (window.location.hash !== hash) {
      if (history === 'push') window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
    }
    if (broadcast) send({ slide: n });
  }

  // Full screen and autoplay: the audience sees the slide only. The controls come back on a mouse move
  // or when keyboard focus moves into them, and leave again after two idle seconds.
  let hideTimer = null;

  function immersive() {
    return !presenter && (Boolean(document.fullscreenElement) || autoplay.on);
  }

  function keyboardFocusInBar() {
    const active = document.activeElement;
    return Boolean(active && bar.contains(active) && active.matches(':focus-visible'));
  }

  function hideControls() {
    hideTimer = null;
    if (!immersive()) return;
    if (keyboardFocusInBar() || !help.hidden) {
      hideTimer = setTimeout(hideControls, idleMs);
      return;
    }
    root.classList.add('deck-controls-hidden');
  }

  function showControls() {
    root.classList.remove('deck-controls-hidden');
    clearTimeout(hideTimer);
    hideTimer = immersive() ? setTimeout(hideControls, idleMs) : null;
  }

  function updateImmersive() {
    root.classList.toggle('deck-immersive', immersive());
    if (immersive()) {
      root.classList.add('deck-controls-hidden');
      clearTimeout(hideTimer);
    } else {
      showControls();
    }
  }

  // Black or white screen: B or ., W or ,; any key or click brings the slide back. The presenter window
  // blanks the audience's screen and shows that it did.
  function setBlank(kind, { broadcast = true } = {}) {
    if (kind) {
      blank.dataset.blank = kind;
      blank.hidden = false;
    } else {
      blank.hidden = true;
      delete blank.dataset.blank;
    }
    root.dataset.blank = kind || '';
    if (broadcast) send({ blank: kind || null });
  }

  function blanked() {
    return !blank.hidden;
  }

  // Kiosk: ?autoplay=SECONDS advances by itself and starts again after the last slide. K (or the button)
  // pauses and resumes; any move restarts the wait, so a slide chosen by hand gets its full time.
  const autoplay = { seconds: parseFloat(params.get('autoplay')), on: false, paused: false, timer: null };
  autoplay.on = !presenter && autoplay.seconds > 0;

  function scheduleAutoplay() {
    clearTimeout(autoplay.timer);
    autoplay.timer = null;
    if (!autoplay.on || autoplay.paused) return;
    autoplay.timer = setTimeout(() => show(current >= count ? 1 : current + 1), autoplay.seconds * 1000);
  }

  function setAutoplayPaused(paused, { broadcast = true } = {}) {
    if (autoplay.on) {
      autoplay.paused = paused;
      autoplayButton.textContent = paused ? autoplayButton.dataset.labelResume : autoplayButton.dataset.labelPause;
      deck.dataset.autoplay = paused ? 'paused' : 'playing';
      scheduleAutoplay();
    }
    if (broadcast) send({ autoplayPaused: paused });
  }

  function toggleAutoplay() {
    if (autoplay.on) setAutoplayPaused(!autoplay.paused);
    else if (presenter) send({ autoplayToggle: true });
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
    if (open) {
      showControls();
      help.querySelector('button').focus();
    }
  }

  function openPresenter() {
    const url = `${deck.dataset.presenterUrl}${window.location.search}#${current}`;
    window.open(url, 'dashboard-presenter', 'popup,width=1280,height=800');
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest('input, textarea, select')) return;
    const { key } = event;
    // Space on a focused button or link presses it, as everywhere else.
    if (key === ' ' && event.target.closest('button, a[href]')) return;
    if (blanked() && !['Shift', 'Control', 'Alt', 'Meta'].includes(key)) {
      event.preventDefault();
      setBlank(null);
      return;
    }
    const digit = /^[0-9]$/.test(key);
    const lower = key.length === 1 ? key.toLowerCase() : key;
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
    } else if (lower === 'b' || key === '.') {
      setBlank('black');
    } else if (lower === 'w' || key === ',') {
      setBlank('white');
    } else if (lower === 'k') {
      toggleAutoplay();
    } else if (lower === 'f') {
      toggleFullscreen();
    } else if (lower === 't') {
      toggleTable();
    } else if (key === '?') {
      setHelp(help.hidden);
    } else if (lower === 'p' && !presenter) {
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
    else if (action === 'autoplay') toggleAutoplay();
    else if (action === 'print') window.print();
    // A mouse click leaves no keyboard focus in the bar, so the bar may hide again.
    if (event.detail > 0 && action !== 'help') button.blur();
  });

  // A click or tap on the slide: the next one; with Shift, or on the slide's left edge, the previous one.
  // Links, buttons and selected text inside the slide keep working.
  deck.addEventListener('click', (event) => {
    if (readingView() || event.defaultPrevented || event.button !== 0) return;
    const stage = event.target.closest('.slide.is-current .slide__stage');
    if (!stage || event.target.closest('a, button, input, select, textarea, label, summary, [contenteditable]')) return;
    if (String(window.getSelection() || '').length > 0) return;
    const box = stage.getBoundingClientRect();
    const leftEdge = event.clientX - box.left < box.width * 0.12;
    show(event.shiftKey || leftEdge ? current - 1 : current + 1);
  });

  blank.addEventListener('click', () => setBlank(null));
  document.addEventListener('mousemove', () => { if (immersive()) showControls(); });
  bar.addEventListener('focusin', () => { if (immersive()) showControls(); });
  document.addEventListener('fullscreenchange', updateImmersive);

  if (handoutNotes) {
    handoutNotes.addEventListener('change', () => root.classList.toggle('deck-handout-notes', handoutNotes.checked));
  }

  // A swipe on a tablet: left for the next slide, right for the previous one.
  let touchX = null;
  deck.addEventListener('touchstart', (event) => { touchX = event.changedTouches[0].clientX; }, { passive: true });
  deck.addEventListener('touchend', (event) => {
    if (touchX === null || readingView()) return;
    const dx = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 50) show(dx < 0 ? current + 1 : current - 1);
  }, { passive: true });

  function redraw() {
    scalePreviews();
    visibleSlides().forEach(drawCharts);
  }

  reading.addEventListener('change', () => {
    slides.forEach((slide, i) => slide.setAttribute('aria-hidden', String(!readingView() && i !== current - 1)));
    redraw();
  });
  window.addEventListener('popstate', () => show(fromHash(), { history: 'replace' }));
  window.addEventListener('hashchange', () => show(fromHash(), { history: 'replace' }));
  window.addEventListener('resize', redraw);
  if (channel) {
    channel.onmessage = ({ data }) => {
      if (typeof data.slide === 'number') show(data.slide, { broadcast: false, history: 'replace' });
      if ('blank' in data) setBlank(data.blank, { broadcast: false });
      if ('autoplayPaused' in data) setAutoplayPaused(data.autoplayPaused, { broadcast: false });
      if (data.autoplayToggle && autoplay.on) setAutoplayPaused(!autoplay.paused);
    };
  }

  // The presenter's clocks: the time of day, the time since the window opened (or since reset) and,
  // with ?minutes=N, the target, coloured as the end comes near and when it has passed.
  let started = Date.now();
  const clock = document.querySelector('[data-deck-clock]');
  const timeOfDay = document.querySelector('[data-deck-time-of-day]');
  const target = document.querySelector('[data-deck-target]');
  const targetMinutes = parseFloat(params.get('minutes'));
  const pad = (n) => String(n).padStart(2, '0');
  const minutesSeconds = (s) => `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
  function startClock() { started = Date.now(); tick(); }
  function tick() {
    const now = new Date();
    timeOfDay.textContent = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
    const seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = minutesSeconds(seconds);
    if (targetMinutes > 0) {
      const total = Math.round(targetMinutes * 60);
      const left = total - seconds;
      clock.dataset.timeState = left <= 0 ? 'over' : left <= Math.max(60, total * 0.1) ? 'near' : 'on-time';
    }
  }
  if (clock && timeOfDay) {
    if (targetMinutes > 0 && target) {
      target.textContent = `${target.dataset.label} ${minutesSeconds(Math.round(targetMinutes * 60))}`;
      target.hidden = false;
    }
    tick();
    setInterval(tick, 1000);
  }

  if (presenter && 'ResizeObserver' in window) {
    new ResizeObserver(scalePreviews).observe(deck);
  }

  if (autoplay.on) {
    autoplayButton.hidden = false;
    setAutoplayPaused(false, { broadcast: false });
  } else if (presenter) {
    autoplayButton.hidden = true;
  }

  // Printing: every slide on its own page, charts drawn at the page's size in the print palette (read again
  // here, whichever of charts.js's listeners ran first).
  function drawForPrint() {
    if (window.dashboardCharts) window.dashboardCharts.resetPalette();
    slides.forEach((slide) => drawCharts(slide, true));
  }
  window.addEventListener('beforeprint', drawForPrint);
  // Back on the screen, the slides shown take the screen's type size again (charts.js has redrawn them in the
  // screen's palette with the print's type).
  window.addEventListener('afterprint', redraw);
  window.matchMedia('print').addEventListener('change', (event) => (event.matches ? drawForPrint() : redraw()));

  updateImmersive();
  show(fromHash(), { broadcast: false, history: 'replace' });
  deck.dataset.ready = 'true';
})();

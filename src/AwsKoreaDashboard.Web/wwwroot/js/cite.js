// "Cite this": writes today's date where a citation names the date accessed (the page is stored and served to
// every reader alike, so the server cannot), and copies a citation with its button (the clipboard where the
// browser allows it; otherwise the text is selected and the reader is told to copy it). Works from disk too.
(function () {
  'use strict';

  function pad(n) { return String(n).padStart(2, '0'); }

  function accessed(style, now) {
    const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    if (style === 'iso') return iso;
    if (style === 'ris') return iso.replace(/-/g, '/');
    const locale = document.documentElement.lang === 'ko' ? 'ko-KR' : 'en-US';
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
  }

  function select(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function init(section) {
    const now = new Date();
    section.querySelectorAll('[data-cite-accessed]').forEach((slot) => {
      slot.textContent = accessed(slot.dataset.citeAccessed, now);
    });
    const status = section.querySelector('[data-cite-status]');
    section.addEventListener('click', async (event) => {
      const button = event.target.closest('[data-cite-copy]');
      if (!button) return;
      const text = document.getElementById(button.dataset.citeCopy);
      try {
        if (!navigator.clipboard || !window.isSecureContext) throw new Error('clipboard');
        await navigator.clipboard.writeText(text.textContent);
        status.textContent = section.dataset.copied;
      } catch {
        select(text);
        status.textContent = section.dataset.copyFailed;
      }
    });
  }

  function start() { document.querySelectorAll('[data-cite]').forEach(init); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

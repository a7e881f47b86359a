// The header's settings (language, currency, theme) behind one button, so that the header leaves room for the
// story on a phone and stays one row on a laptop. A disclosure: the button says whether the panel is open
// (aria-expanded); Enter and Space toggle it (it is a button), Escape closes it and returns focus to the
// button, a click elsewhere closes it. Loaded in <head> so the panel is folded before the header is drawn;
// without script the switches show as they are.
(() => {
  'use strict';

  document.documentElement.classList.add('has-settings-menu');

  function parts(menu) {
    return { button: menu.querySelector('[data-settings-toggle]'), panel: menu.querySelector('[data-settings-panel]') };
  }

  function setOpen(menu, open, { focusButton = false } = {}) {
    const { button } = parts(menu);
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
    if (!open && focusButton) button.focus();
  }

  document.addEventListener('click', (event) => {
    const toggle = event.target.closest('[data-settings-toggle]');
    document.querySelectorAll('[data-settings]').forEach((menu) => {
      if (toggle && menu.contains(toggle)) {
        setOpen(menu, toggle.getAttribute('aria-expanded') !== 'true');
      } else if (!menu.contains(event.target)) {
        setOpen(menu, false);
      }
    });
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('[data-settings].is-open').forEach((menu) => {
      setOpen(menu, false, { focusButton: menu.contains(document.activeElement) });
    });
  });

  // Tabbing out of the open panel closes it, so it never covers what the reader moved on to.
  document.addEventListener('focusout', (event) => {
    const menu = event.target.closest('[data-settings].is-open');
    if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) setOpen(menu, false);
  });
})();

// The slide bar's "More" menu: the less used controls (full screen, presenter view, handout, .pptx, projector
// theme) behind one button, so the bar fits from 1024 px up. A disclosure: the button says whether the panel is
// open (aria-expanded); opened from the keyboard, focus goes to the first control; arrow keys move between
// them; Escape closes it and gives focus back to the button; a click elsewhere, or on a control, closes it.
(() => {
  'use strict';

  const toggle = document.querySelector('[data-deck-menu-toggle]');
  if (!toggle) return;
  const panel = document.getElementById(toggle.getAttribute('aria-controls'));
  const menu = toggle.parentElement;

  const controls = () => [...panel.querySelectorAll('button, a[href], input')].filter((el) => el.getClientRects().length > 0);

  function setOpen(open, { focusFirst = false, returnFocus = false } = {}) {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open && focusFirst) controls()[0]?.focus();
    if (!open && returnFocus) toggle.focus();
  }

  // A keyboard (or a screen reader) clicks with detail 0: it gets focus in the panel.
  toggle.addEventListener('click', (event) => setOpen(panel.hidden, { focusFirst: event.detail === 0 }));

  toggle.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(true, { focusFirst: true });
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      setOpen(false);
    }
  });

  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false, { returnFocus: true });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      const list = controls();
      const i = list.indexOf(document.activeElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(i + step + list.length) % list.length].focus();
    }
  });

  // A control used: the panel closes, and a keyboard's focus returns to the button (the checkbox stays open).
  panel.addEventListener('click', (event) => {
    const used = event.target.closest('button, a[href]');
    if (used) setOpen(false, { returnFocus: event.detail === 0 });
  });

  document.addEventListener('click', (event) => {
    if (!panel.hidden && !menu.contains(event.target)) setOpen(false);
  });

  // Focus leaving the menu (Tab past its last control) closes it.
  menu.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !menu.contains(event.relatedTarget)) setOpen(false);
  });
})();

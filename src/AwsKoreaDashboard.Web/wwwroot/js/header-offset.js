// Keeps the sticky header's height in the --header-height CSS variable, so a link within the page (the skip
// link, an evidence link) and keyboard focus scroll their target into view below the header, not under it.
// The header wraps to more rows in some languages and widths, so its height is measured, never assumed.
(() => {
  'use strict';

  const header = document.querySelector('.site-header');
  if (!header) return;
  const root = document.documentElement;
  const update = () => root.style.setProperty('--header-height', `${Math.ceil(header.getBoundingClientRect().height)}px`);
  update();
  if ('ResizeObserver' in window) new ResizeObserver(update).observe(header);
})();

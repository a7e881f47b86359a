// Runs on the embed page (/{lang}/{currency}/embed/charts/{key}) when it is in a frame: tells the host page how
// tall the content is, whenever that changes (fonts arriving, the chart drawn, the table view, a narrower
// frame) and when the host script asks, so the host script (/js/embed.js) can size the iframe and no inner
// scrollbar hides the source line.
(function () {
  'use strict';
  if (window.parent === window) return;

  const message = 'aws-korea-dashboard:height';
  let last = 0;

  function post() {
    const body = document.body;
    const style = getComputedStyle(body);
    // The body's own box, not the document's: the document is at least as tall as the frame, so it never shrinks.
    const height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: message, height, href: location.href }, '*');
  }

  function start() {
    post();
    if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.body);
    window.addEventListener('load', post);
  }

  // The host script asks again when it arrives after this page has drawn (it loads async on the host page): the
  // height is said once more, to the parent only.
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'aws-korea-dashboard:measure') return;
    last = 0;
    if (document.body) post();
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

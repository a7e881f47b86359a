// The host script for the dashboard's embeds (the embed code names it by its stable address, /js/embed.js):
// include it once on a page with one or more of our iframes and each grows or shrinks to its chart. An embed
// page posts its content height (js/embed-size.js); this script takes a message only from the window of one of
// the page's iframes (event.source) and only when it comes from that iframe's own origin (event.origin).
// It also gives each of our iframes (data-aws-korea-embed) the column's width and no border through the CSSOM:
// the embed code's style attribute says the same, but a host page whose Content-Security-Policy refuses style
// attributes ignores it, and scripts may still set styles there.
(function () {
  'use strict';
  if (window.awsKoreaDashboardEmbed) return;
  window.awsKoreaDashboardEmbed = true;

  var message = 'aws-korea-dashboard:height';

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function fit(frame) {
    if (!frame.hasAttribute('data-aws-korea-embed')) return;
    frame.style.width = '100%';
    frame.style.border = '0';
  }

  function fitAll() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) fit(frames[i]);
  }

  fitAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitAll);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== message) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      fit(frame);
      frame.setAttribute('height', String(Math.ceil(height)));
      return;
    }
  });
})();

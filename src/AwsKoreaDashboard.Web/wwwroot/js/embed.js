// The host script for the dashboard's embeds (the embed code names it by its stable address, /js/embed.js):
// include it once on a page with one or more of our iframes and each grows or shrinks to its chart. An embed
// page posts its content height (js/embed-size.js); this script takes a message only from the window of one of
// the page's iframes (event.source) and only when it comes from that iframe's own origin (event.origin).
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
      frame.setAttribute('height', String(Math.ceil(height)));
      return;
    }
  });
})();

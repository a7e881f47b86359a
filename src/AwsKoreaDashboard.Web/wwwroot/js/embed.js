// The host script for the dashboard's embeds (the embed code names it by its stable address, /js/embed.js):
// include it once on a page with one or more of our iframes and each grows or shrinks to its chart. An embed
// page posts its content height (js/embed-size.js); this script takes a message only from the window of one of
// the page's iframes (event.source) and only when it comes from that iframe's own origin (event.origin).
// A host page whose Content-Security-Policy refuses style attributes ignores the embed code's own style (the
// column's width, no border): for each of our iframes (data-aws-korea-embed) whose style attribute was refused,
// this script applies that same attribute, as written (a host's edits included), through the CSSOM, which such a
// policy allows. An iframe whose style took effect, or that has none, is left as the host styled it. Loaded after
// an embed has already said its height, it asks each of our iframes to say it again.
(function () {
  'use strict';
  if (window.awsKoreaDashboardEmbed) return;
  window.awsKoreaDashboardEmbed = true;

  var message = 'aws-korea-dashboard:height';
  var request = 'aws-korea-dashboard:measure';

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function fit(frame) {
    if (!frame.hasAttribute('data-aws-korea-embed')) return;
    var declared = frame.getAttribute('style');
    if (declared && frame.style.length === 0) frame.style.cssText = declared;
  }

  // This script may arrive after an embed has drawn and said its height (it loads async): each of our iframes is
  // asked to say it again, at its own origin only. One whose page is not there yet says it when it loads.
  function ask(frame) {
    if (!frame.hasAttribute('data-aws-korea-embed') || !frame.contentWindow) return;
    var origin = originOf(frame);
    if (!origin || origin === 'null') return;
    try {
      frame.contentWindow.postMessage({ type: request }, origin);
    } catch (e) {
      // a frame still on about:blank: it will say its height when its page loads
    }
  }

  function fitAll() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      fit(frames[i]);
      ask(frames[i]);
    }
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

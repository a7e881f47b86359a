// Text on a canvas, for the charts (charts.js) and the exported images (export-image.js) alike: one off-screen
// context that measures, and one way to wrap words into lines that fit a width, so that a label or an image
// never cuts text or ends it with "…". Loaded before both as a classic script (it works from file:// too).
(() => {
  'use strict';

  // One off-screen context measures every label (a new canvas per measurement costs more than the text).
  let measuring = null;
  function measure(font) {
    measuring = measuring || document.createElement('canvas').getContext('2d');
    measuring.font = font;
    return measuring;
  }

  // Words that must not be split from their neighbour: an amount from its unit ("102조 원", "58.8억 달러"),
  // the parts of one Korean number ("1만 2,300명") and "약"/"about" from the amount it qualifies.
  function words(value) {
    const result = [];
    for (const word of String(value).split(' ')) {
      const previous = result[result.length - 1];
      if (previous !== undefined && (/^(원|달러)/.test(word) || /^(약|about)$/i.test(previous) || (/[만억조]$/.test(previous) && /^\d/.test(word)))) {
        result[result.length - 1] = `${previous} ${word}`;
      } else {
        result.push(word);
      }
    }
    return result;
  }

  // A word wider than the line breaks: after a dash or a slash, before a bracket, or where it must.
  function breakWord(word, maxWidth, ctx) {
    const pieces = [];
    let rest = word;
    while (rest.length > 1 && ctx.measureText(rest).width > maxWidth) {
      let fit = 1;
      while (fit < rest.length - 1 && ctx.measureText(rest.slice(0, fit + 1)).width <= maxWidth) fit += 1;
      let at = fit;
      for (let i = fit; i > 1; i -= 1) {
        if ('–-/'.includes(rest[i - 1]) || '(['.includes(rest[i])) {
          at = i;
          break;
        }
      }
      // A closing bracket or a stop never starts a line alone.
      while (at > 1 && /^[)\].,:;]/.test(rest.slice(at))) at -= 1;
      pieces.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).trimStart();
    }
    pieces.push(rest);
    return pieces;
  }

  // Every word of the text on as many lines as it needs, each at most `maxWidth` wide in ctx's font. A chart's
  // category labels (`together` false) may put a unit on the next line; the sentences of an image may not.
  function lines(ctx, value, maxWidth, together = true) {
    const result = [];
    let line = '';
    for (const word of together ? words(value) : String(value).split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(candidate).width > maxWidth) {
        result.push(line);
        line = word;
      } else {
        line = candidate;
      }
      if (ctx.measureText(line).width > maxWidth) {
        const pieces = breakWord(line, maxWidth, ctx);
        line = pieces.pop();
        result.push(...pieces);
      }
    }
    if (line) result.push(line);
    return result;
  }

  window.dashboardText = { measure, lines };
})();

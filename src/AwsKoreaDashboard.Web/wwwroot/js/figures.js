// /figures: search and filter the list in the page (no round trip, so the static copy opened from disk filters
// the same). Each item carries what it is filtered by as data- attributes (data-kind, data-topics, data-search,
// written by the server); the count is a live region, so a screen reader hears "12 of 48 figures".
(() => {
'use strict';

const form = document.querySelector('[data-figure-filter]');
if (!form) return;
const search = form.querySelector('[data-figure-search]');
const kind = form.querySelector('[data-figure-kind]');
const topic = form.querySelector('[data-figure-topic]');
const count = form.querySelector('[data-figure-count]');
const none = document.querySelector('[data-figure-none]');
const items = [...document.querySelectorAll('[data-figure-item]')];

// Every word typed must appear somewhere in the figure's words (Korean and English labels, values, quotes).
const words = (value) => value.toLowerCase().split(/\s+/).filter(Boolean);

function apply() {
  const wanted = words(search.value);
  let shown = 0;
  for (const item of items) {
    const match = (!kind.value || item.dataset.kind === kind.value)
      && (!topic.value || item.dataset.topics.split(' ').includes(topic.value))
      && wanted.every((word) => item.dataset.search.includes(word));
    item.hidden = !match;
    if (match) shown += 1;
  }
  count.textContent = count.dataset.template.replace('{0}', shown).replace('{1}', items.length);
  none.hidden = shown > 0;
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
// Enter in the search box filters; it does not send the form anywhere.
form.addEventListener('submit', (event) => event.preventDefault());
form.hidden = false;
apply();
})();

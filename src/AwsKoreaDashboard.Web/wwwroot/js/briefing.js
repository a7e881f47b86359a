// "Add to briefing": the reader picks charts on the dashboard, orders them, and presents them. The
// selection lives in the dashboard's URL (?briefing=a,b) and becomes /present?charts=a,b, so both can be shared.
(() => {
  'use strict';

  const panel = document.querySelector('[data-briefing]');
  if (!panel) return;
  const list = panel.querySelector('[data-briefing-list]');
  const empty = panel.querySelector('[data-briefing-empty]');
  const present = panel.querySelector('[data-briefing-present]');
  const pptx = panel.querySelector('[data-briefing-pptx]');
  const pptxBase = pptx ? pptx.getAttribute('href') : '';
  const known = new Map([...document.querySelectorAll('.chart-card')].map((card) => [
    card.dataset.chartKey,
    card.querySelector('.chart-card__title').textContent.trim(),
  ]));
  let picked = (new URLSearchParams(window.location.search).get('briefing') || '')
    .split(',').filter((key) => known.has(key));

  function button(label, action, key, disabled) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button--small';
    element.textContent = label;
    element.dataset.briefingAction = action;
    element.dataset.key = key;
    element.disabled = disabled;
    element.setAttribute('aria-label', `${label}: ${known.get(key)}`);
    return element;
  }

  function render() {
    list.replaceChildren(...picked.map((key, i) => {
      const item = document.createElement('li');
      const title = document.createElement('span');
      title.textContent = known.get(key);
      item.append(title,
        button(list.dataset.labelUp, 'up', key, i === 0),
        button(list.dataset.labelDown, 'down', key, i === picked.length - 1),
        button(list.dataset.labelRemove, 'remove', key, false));
      return item;
    }));
    empty.hidden = picked.length > 0;
    present.hidden = picked.length === 0;
    present.href = `${panel.dataset.presentUrl}?charts=${picked.join(',')}`;
    if (pptx) {
      pptx.hidden = picked.length === 0;
      pptx.href = `${pptxBase}?charts=${picked.join(',')}`;
    }
    document.querySelectorAll('[data-briefing-toggle]').forEach((toggle) => {
      toggle.setAttribute('aria-pressed', String(picked.includes(toggle.dataset.briefingToggle)));
    });
    const url = new URL(window.location.href);
    if (picked.length) url.searchParams.set('briefing', picked.join(','));
    else url.searchParams.delete('briefing');
    window.history.replaceState(null, '', url);
  }

  document.addEventListener('click', (event) => {
    const toggle = event.target.closest('[data-briefing-toggle]');
    if (toggle) {
      const key = toggle.dataset.briefingToggle;
      picked = picked.includes(key) ? picked.filter((k) => k !== key) : [...picked, key];
      render();
      return;
    }
    const action = event.target.closest('[data-briefing-action]');
    if (!action) return;
    const i = picked.indexOf(action.dataset.key);
    if (action.dataset.briefingAction === 'remove') picked.splice(i, 1);
    else {
      const j = action.dataset.briefingAction === 'up' ? i - 1 : i + 1;
      [picked[i], picked[j]] = [picked[j], picked[i]];
    }
    render();
    const again = list.querySelector(`[data-key="${action.dataset.key}"][data-briefing-action="${action.dataset.briefingAction}"]`);
    if (again && !again.disabled) again.focus();
  });

  render();
})();

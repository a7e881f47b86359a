// The chart ⇄ table switch of each chart card. The table is in the page already (it is the chart's
// data and its no-script fallback); this only shows one view or the other. The server always sends the
// chart view; the reader's choice is kept per chart in the browser (across pages and reloads), and a shared
// link may ask for the table (?view=table).
(() => {
  'use strict';

  const storageKey = (card) => `dashboard-view:${card.dataset.chartKey}`;
  const storage = window.dashboardStorage; // reader.js, loaded before this file

  function show(card, view, remember) {
    card.querySelectorAll('[data-view-panel]').forEach((panel) => {
      panel.hidden = panel.dataset.viewPanel !== view;
    });
    card.querySelectorAll('.view-switch__button').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    });
    card.dataset.view = view;
    if (remember) storage.set(storageKey(card), view);
    if (view === 'chart' && window.dashboardCharts) {
      window.dashboardCharts.draw(card);
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('.view-switch__button');
    if (!button) return;
    show(button.closest('.chart-card'), button.dataset.view, true);
  });

  // Before the charts are drawn (charts.js draws on DOMContentLoaded too, and this file loads after it).
  const asked = new URLSearchParams(window.location.search).get('view');
  document.querySelectorAll('.chart-card[data-chart-key]').forEach((card) => {
    const view = asked === 'table' || asked === 'chart' ? asked : storage.get(storageKey(card));
    if (view === 'table') show(card, 'table', false);
  });

  window.dashboardViews = { show };
})();

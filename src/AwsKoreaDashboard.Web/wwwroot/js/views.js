// The chart ⇄ table switch of each chart card. The table is in the page already (it is the chart's
// data and its no-script fallback); this only shows one view or the other.
(() => {
  'use strict';

  function show(card, view) {
    card.querySelectorAll('[data-view-panel]').forEach((panel) => {
      panel.hidden = panel.dataset.viewPanel !== view;
    });
    card.querySelectorAll('.view-switch__button').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    });
    card.dataset.view = view;
    if (view === 'chart' && window.dashboardCharts) {
      window.dashboardCharts.draw(card);
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('.view-switch__button');
    if (!button) return;
    show(button.closest('.chart-card'), button.dataset.view);
  });

  window.dashboardViews = { show };
})();

// Issue 17: negative volume and average sentiment per campaign, from /api/metrics/campaigns (last 12 weeks).
(function () {
  'use strict';

  function cell(tr, value, numeric) {
    const td = document.createElement('td');
    td.textContent = value;
    if (numeric) {
      td.className = 'num';
    }
    tr.appendChild(td);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const panel = document.getElementById('campaigns');
    if (!panel) {
      return;
    }
    const table = panel.querySelector('table');
    const empty = panel.querySelector('.empty');
    try {
      const rows = await window.triageApi.getJson('/api/metrics/campaigns');
      const body = table.querySelector('tbody');
      body.replaceChildren();
      rows.forEach(r => {
        const tr = document.createElement('tr');
        cell(tr, r.campaign === null ? '(no campaign)' : r.campaign);
        cell(tr, r.tickets, true);
        cell(tr, r.negative, true);
        cell(tr, Math.round(r.negative / r.tickets * 100) + ' %', true);
        cell(tr, (r.averagePolarity > 0 ? '+' : '') + r.averagePolarity.toFixed(2), true);
        body.appendChild(tr);
      });
      const anyCampaign = rows.some(r => r.campaign !== null);
      table.hidden = !anyCampaign;
      empty.hidden = anyCampaign;
    } catch (e) {
      empty.textContent = 'The campaigns could not be loaded: ' + e.message;
      empty.hidden = false;
    }
  });
})();

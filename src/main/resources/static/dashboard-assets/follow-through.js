// Issue 18: the CS follow-through's measures on the dashboard, from /api/metrics/follow-through. Each measure shows
// its own empty-state sentence (from the server) while there is nothing to measure.
(function () {
  'use strict';

  function text(value) {
    return value === null || value === undefined ? '–' : String(value);
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : Math.round(rate * 1000) / 10 + ' %';
  }

  function row(tbody, cells) {
    const tr = document.createElement('tr');
    cells.forEach(cell => {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.appendChild(td);
    });
    tbody.appendChild(tr);
  }

  function timing(t) {
    return t.empty || ('median ' + text(t.medianMinutes) + ' min, p90 ' + text(t.p90Minutes) + ' min (' + t.count
        + ' alerts)');
  }

  function share(r, what) {
    return r.empty || (percent(r.rate) + ' (' + r.reached + ' of ' + r.of + ' ' + what + ')');
  }

  function render(panel, m) {
    const cell = name => panel.querySelector('[data-measure="' + name + '"]');
    cell('ticketToAlert').textContent = timing(m.ticketToAlert);
    cell('alertToAcknowledgement').textContent = timing(m.alertToAcknowledgement);
    cell('escalationRate').textContent = share(m.escalationRate, 'frustrated tickets');
    cell('caughtBeforeRenewal').textContent = share(m.caughtBeforeRenewal,
        'alerted accounts, at least ' + m.renewalWindowDays + ' days before renewal');

    const rates = panel.querySelector('.action-rates');
    const rateBody = rates.querySelector('tbody');
    rateBody.replaceChildren();
    m.actionRateBySeverity.concat(m.actionRateByWeek.map(w => Object.assign({}, w, {group: 'week of ' + w.group})))
        .forEach(r => row(rateBody, [r.group, r.alerts, r.actedOn, percent(r.rate)]));
    rates.hidden = !!m.actionRateEmpty;
    const rateEmpty = panel.querySelector('.action-rate-empty');
    rateEmpty.textContent = m.actionRateEmpty || '';
    rateEmpty.hidden = !m.actionRateEmpty;

    const outcomes = panel.querySelector('.outcomes');
    const outcomeBody = outcomes.querySelector('tbody');
    outcomeBody.replaceChildren();
    m.outcomes.forEach(o => row(outcomeBody, [text(o.severity), text(o.topic), o.outcome, o.count]));
    outcomes.hidden = !!m.outcomesEmpty;
    const outcomesEmpty = panel.querySelector('.outcomes-empty');
    outcomesEmpty.textContent = m.outcomesEmpty || '';
    outcomesEmpty.hidden = !m.outcomesEmpty;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const panel = document.getElementById('follow-through');
    if (!panel) {
      return;
    }
    try {
      const response = await fetch('/api/metrics/follow-through', {credentials: 'same-origin',
        headers: {Accept: 'application/json'}});
      if (!response.ok) {
        throw new Error('answered ' + response.status);
      }
      render(panel, await response.json());
    } catch (e) {
      panel.querySelector('.hint').textContent = 'The follow-through measures could not be loaded: ' + e.message;
    }
  });
})();

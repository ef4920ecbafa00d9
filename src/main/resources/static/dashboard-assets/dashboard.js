/* The dashboard: fetches /api/metrics/... and draws each panel with Chart.js. Every panel has an empty state that
   says what to do. window.dashboard exposes the charts and a "loaded" flag, for people debugging and for tests. */
(function () {
  'use strict';

  const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#475569'];
  // The accounts' traffic light, as the escalation gate and the review form show it.
  const LIGHT_COLORS = {red: '#dc2626', yellow: '#f59e0b', green: '#16a34a', unknown: '#94a3b8'};
  const LIGHT_RANK = {red: 3, yellow: 2, green: 1, unknown: 0};
  const dashboard = window.dashboard = {charts: {}, loaded: false};

  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.maintainAspectRatio = false;

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? {[header.content]: token.content} : {};
  }

  async function getJson(path) {
    const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(path + ' answered ' + response.status);
    }
    return response.json();
  }

  function card(canvasId) {
    return document.getElementById(canvasId).closest('.card');
  }

  /** Shows the chart, or the card's empty-state message when there is nothing to draw. */
  function draw(canvasId, hasData, config) {
    const panel = card(canvasId);
    panel.querySelector('.empty').hidden = hasData;
    panel.querySelector('.chart').hidden = !hasData;
    if (dashboard.charts[canvasId]) {
      dashboard.charts[canvasId].destroy();
      delete dashboard.charts[canvasId];
    }
    if (hasData) {
      dashboard.charts[canvasId] = new Chart(document.getElementById(canvasId), config);
    }
  }

  function weekLabel(isoDate) {
    return 'w/c ' + isoDate.substring(5);
  }

  function percent(value) {
    return value === null || value === undefined ? '–' : Math.round(value * 100) + '%';
  }

  function summary(data) {
    const s = data.summary;
    document.getElementById('empty-state').hidden = s.ticketsScored > 0;
    document.getElementById('webhook-url').textContent = 'POST ' + data.webhookUrl;
    document.getElementById('tile-scored').textContent = s.ticketsScored;
    document.getElementById('tile-escalated').textContent = s.escalated;
    document.getElementById('tile-reviewed').textContent = s.reviewed;
    const precision = document.getElementById('precision-value');
    precision.textContent = percent(s.precision);
    precision.dataset.reviewed = s.reviewed;
    precision.dataset.confirmed = s.confirmed;
    document.getElementById('precision-note').textContent =
      s.reviewed === 0 ? 'no reviews yet' : s.confirmed + ' of ' + s.reviewed + ' confirmed';
    document.getElementById('tile-false-positives').textContent = percent(s.falsePositiveRate);
  }

  function sentiment(weeks) {
    draw('chart-sentiment', weeks.some(w => w.tickets > 0), {
      type: 'line',
      data: {
        labels: weeks.map(w => weekLabel(w.week)),
        datasets: [{label: 'Average polarity', data: weeks.map(w => w.averagePolarity), borderColor: COLORS[0],
          backgroundColor: COLORS[0], spanGaps: true, tension: 0.25}]
      },
      options: {scales: {y: {min: -1, max: 1}}, plugins: {legend: {display: false}}}
    });
  }

  function topics(data) {
    draw('chart-topics', data.topics.length > 0, {
      type: 'bar',
      data: {
        labels: data.weeks.map(weekLabel),
        datasets: data.topics.map((t, i) => ({label: t.topic, data: t.counts, backgroundColor: COLORS[i % COLORS.length]}))
      },
      options: {scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  function responseTimes(weeks) {
    draw('chart-response', weeks.some(w => w.tickets > 0), {
      type: 'line',
      data: {
        labels: weeks.map(w => weekLabel(w.week)),
        datasets: [
          {label: 'Median', data: weeks.map(w => w.medianMinutes), borderColor: COLORS[0], backgroundColor: COLORS[0], spanGaps: true},
          {label: '90th percentile', data: weeks.map(w => w.p90Minutes), borderColor: COLORS[3], backgroundColor: COLORS[3], spanGaps: true}
        ]
      },
      options: {scales: {y: {beginAtZero: true, title: {display: true, text: 'minutes'}}}}
    });
  }

  function precision(data) {
    draw('chart-precision', data.byStage.length > 0, {
      type: 'line',
      data: {
        labels: data.weeks.map(weekLabel),
        datasets: data.byStage.map((s, i) => ({
          label: s.stage, data: s.points.map(p => p.precision === null ? null : Math.round(p.precision * 100)),
          borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], spanGaps: true
        }))
      },
      options: {scales: {y: {min: 0, max: 100, title: {display: true, text: '% confirmed'}}}}
    });
  }

  /** Rollout's audit trail comes newest first; the chart steps through it oldest first. */
  function rollout(newestFirst) {
    const changes = newestFirst.slice().reverse();
    const days = [...new Set(changes.map(c => c.changedAt.substring(0, 10)))].sort();
    const stages = [...new Set(changes.map(c => c.to))];
    const queues = [...new Set(changes.map(c => c.queue))];
    draw('chart-rollout', changes.length > 0, {
      type: 'line',
      data: {
        labels: days,
        datasets: queues.map((q, i) => ({
          label: q, stepped: true, spanGaps: true, borderColor: COLORS[i % COLORS.length],
          backgroundColor: COLORS[i % COLORS.length],
          data: days.map(d => {
            const change = changes.filter(c => c.queue === q && c.changedAt.substring(0, 10) <= d).pop();
            return change ? change.to : null;
          })
        }))
      },
      options: {scales: {y: {type: 'category', labels: stages.slice().reverse()}}}
    });
  }

  /** Fills a card's table with one row of cells per item, or shows the card's empty state. */
  function fillTable(cardId, items, cells) {
    const panel = document.getElementById(cardId);
    const table = panel.querySelector('table');
    panel.querySelector('.empty').hidden = items.length > 0;
    table.hidden = items.length === 0;
    const body = table.querySelector('tbody');
    body.replaceChildren();
    for (const item of items) {
      const row = document.createElement('tr');
      cells(item).forEach(([value, numeric]) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        cell.className = numeric ? 'num' : '';
        row.appendChild(cell);
      });
      body.appendChild(row);
    }
  }

  function psi(value) {
    return value === null || value === undefined ? '–' : value.toFixed(3);
  }

  const VERDICTS = {STABLE: 'stable', MODERATE: 'moderate shift', LARGE: 'large shift — admins mailed',
    TOO_FEW_TICKETS: 'too few tickets, no verdict'};

  function drift(data) {
    document.getElementById('drift-baseline').textContent = data.baselineWeeks;
    document.getElementById('drift-thresholds').textContent = 'from ' + data.moderateShift + ' moderate, from '
      + data.largeShift + ' large (process admins are mailed); fewer than ' + data.minimumTickets
      + ' tickets give no verdict';
    fillTable('drift', data.weeks, w => [[w.weekStart], [w.weekTickets + ' (baseline ' + w.baselineTickets + ')', true],
      [psi(w.polarityPsi), true], [psi(w.topicPsi), true], [VERDICTS[w.verdict] || w.verdict]]);
  }

  // Why an audit has no recall: RecallEstimate.UnknownReason.
  const RECALL_UNKNOWN = {NO_AUDIT_ANSWER: 'no answer yet', NO_ESCALATION_JUDGED: 'no escalation judged',
    NO_TICKET_NEEDED_A_HUMAN: 'no ticket needed a human'};

  function recallText(audit) {
    return audit.recall === null ? '– (' + (RECALL_UNKNOWN[audit.recallUnknownReason] || audit.recallUnknownReason)
      + ')' : percent(audit.recall);
  }

  function recall(audits) {
    const answered = audits.filter(a => a.audited > 0);
    const panel = document.getElementById('recall');
    panel.querySelector('.recall-latest').hidden = answered.length === 0;
    fillTable('recall', answered, a => [[a.month + (a.completed ? '' : ' (in progress)')],
      [a.audited + ' of ' + a.sampled, true], [a.missed, true], [a.nonEscalatedTickets, true],
      [a.escalated, true], [a.judged, true], [a.confirmed, true], [recallText(a), true]]);
    if (answered.length > 0) {
      const latest = answered[0];
      document.getElementById('recall-value').textContent = percent(latest.recall);
      document.getElementById('recall-note').textContent = latest.month + ': ' + latest.audited + ' of '
        + latest.sampled + ' sampled tickets audited, ' + latest.missed + ' missed; ' + latest.confirmed + ' of '
        + latest.judged + ' judged escalations confirmed, of ' + latest.escalated + ' escalated'
        + (latest.recall === null ? ' — no recall: ' + RECALL_UNKNOWN[latest.recallUnknownReason] : '')
        + (latest.completed ? '' : ' — audit still in progress');
    }
  }

  let accountRows = [];
  let accountSort = {key: 'light', descending: true};

  function accounts(rows) {
    accountRows = rows;
    const panel = document.getElementById('accounts').closest('.card');
    panel.querySelector('.empty').hidden = rows.length > 0;
    document.getElementById('accounts').hidden = rows.length === 0;
    renderAccounts();
  }

  function compare(a, b, key) {
    if (key === 'light') {
      // A declining account before a steady one of the same light.
      return LIGHT_RANK[a.light] + (a.declining ? 0.5 : 0) - LIGHT_RANK[b.light] - (b.declining ? 0.5 : 0);
    }
    if (key === 'name') {
      return a.name.localeCompare(b.name);
    }
    return (a[key] ?? 0) - (b[key] ?? 0);
  }

  function polarity(value) {
    return value === null || value === undefined ? '–' : value.toFixed(2);
  }

  function renderAccounts() {
    const body = document.querySelector('#accounts tbody');
    Object.keys(dashboard.charts).filter(k => k.startsWith('spark-')).forEach(k => {
      dashboard.charts[k].destroy();
      delete dashboard.charts[k];
    });
    body.replaceChildren();
    const sorted = accountRows.slice().sort((a, b) => {
      const order = compare(a, b, accountSort.key);
      return accountSort.descending ? -order : order;
    });
    for (const account of sorted) {
      const row = document.createElement('tr');
      row.className = 'account';
      row.dataset.accountId = account.accountId;
      row.innerHTML = '<td><span class="light"></span></td><td><a href="#"></a></td><td class="num"></td>'
        + '<td class="num"></td><td class="num"></td><td class="num"></td>'
        + '<td class="spark"><canvas width="160" height="32"></canvas></td>';
      const light = row.querySelector('.light');
      light.style.background = LIGHT_COLORS[account.light];
      light.dataset.light = account.light;
      light.dataset.declining = account.declining;
      light.title = account.light + ': ' + account.reason;
      light.textContent = account.light + (account.declining ? ' ↓' : '');
      const link = row.querySelector('a');
      link.textContent = account.name;
      link.href = '#account-' + account.accountId;
      link.addEventListener('click', event => {
        event.preventDefault();
        showTickets(account);
      });
      const cells = row.querySelectorAll('td.num');
      cells[0].textContent = account.tickets;
      cells[1].textContent = account.negative;
      cells[2].textContent = polarity(account.average7d);
      cells[3].textContent = polarity(account.average30d);
      body.appendChild(row);
      dashboard.charts['spark-' + account.accountId] = new Chart(row.querySelector('canvas'), {
        type: 'line',
        data: {labels: account.dailyPolarity.map((_, i) => i), datasets: [{data: account.dailyPolarity,
          borderColor: LIGHT_COLORS[account.light], borderWidth: 1.5, pointRadius: 1.5, spanGaps: true}]},
        options: {responsive: false, animation: false, events: [],
          plugins: {legend: {display: false}, tooltip: {enabled: false}},
          scales: {x: {display: false}, y: {display: false, min: -1, max: 1}}}
      });
    }
    document.querySelectorAll('#accounts th[data-sort]').forEach(th => {
      th.setAttribute('aria-sort', th.dataset.sort === accountSort.key
        ? (accountSort.descending ? 'descending' : 'ascending') : 'none');
    });
  }

  document.addEventListener('click', event => {
    const th = event.target.closest('#accounts th[data-sort]');
    if (th) {
      const key = th.dataset.sort;
      accountSort = {key, descending: accountSort.key === key ? !accountSort.descending : key !== 'name'};
      renderAccounts();
    }
  });

  async function showTickets(account) {
    const panel = document.getElementById('account-tickets');
    document.getElementById('account-tickets-name').textContent = account.name;
    const body = panel.querySelector('tbody');
    body.replaceChildren();
    for (const t of await getJson('/api/metrics/accounts/' + account.accountId + '/tickets')) {
      const row = document.createElement('tr');
      const values = [t.ticketId, t.scoredAt.substring(0, 16).replace('T', ' '), t.label, t.polarity.toFixed(2),
        t.topics.join(', '), t.escalationAction, t.reviewDecision || '–'];
      values.forEach(v => {
        const cell = document.createElement('td');
        cell.textContent = v;
        row.appendChild(cell);
      });
      const action = document.createElement('td');
      const button = document.createElement('button');
      const shouldEscalate = t.escalationAction !== 'ALERT';
      button.textContent = shouldEscalate ? 'Flag: should have escalated' : 'Flag: should not have escalated';
      button.addEventListener('click', () => flag(t.businessKey, shouldEscalate, button));
      action.appendChild(button);
      row.appendChild(action);
      body.appendChild(row);
    }
    panel.hidden = false;
  }

  async function flag(businessKey, shouldEscalate, button) {
    const response = await fetch('/api/feedback/flags', {
      method: 'POST', credentials: 'same-origin',
      headers: Object.assign({'Content-Type': 'application/json'}, csrfHeaders()),
      body: JSON.stringify({businessKey, shouldEscalate})
    });
    button.disabled = response.ok;
    button.textContent = response.ok ? 'Flagged — thank you' : 'Could not flag (' + response.status + ')';
  }

  async function load() {
    const status = document.getElementById('status');
    try {
      const [s, weeks, topicData, response, precisionData, changes, accountData, driftData, recallData] =
        await Promise.all([
          getJson('/api/metrics/summary'), getJson('/api/metrics/sentiment-by-week'),
          getJson('/api/metrics/negative-by-topic'), getJson('/api/metrics/response-times'),
          getJson('/api/metrics/precision'), getJson('/api/metrics/rollout-history'),
          getJson('/api/metrics/accounts'), getJson('/api/metrics/drift'), getJson('/api/metrics/recall')]);
      summary(s);
      sentiment(weeks);
      topics(topicData);
      responseTimes(response);
      precision(precisionData);
      rollout(changes);
      accounts(accountData);
      drift(driftData);
      recall(recallData);
      status.textContent = 'Updated ' + new Date().toLocaleTimeString();
      dashboard.loaded = true;
      document.body.dataset.loaded = 'true';
    } catch (error) {
      status.textContent = 'Could not load the dashboard: ' + error.message;
      status.className = 'error';
    }
  }

  load();
})();

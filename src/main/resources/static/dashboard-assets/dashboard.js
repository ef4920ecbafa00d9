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
  // Figures appear as they are: no growing bars, so what a person (or a screenshot) sees first is already right.
  Chart.defaults.animation = false;

  const {csrfHeaders, getJson} = window.triageApi;

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
    const escalated = document.getElementById('tile-escalated');
    escalated.textContent = s.escalated;
    escalated.dataset.passiveHits = s.passiveHits;
    // A PASSIVE queue's gate hits reached nobody: counted apart, never as escalations.
    document.getElementById('escalated-note').textContent = s.passiveHits === 0
      ? 'sent to a reviewer or a CS owner'
      : 'sent to a reviewer or a CS owner; ' + s.passiveHits + ' more in passive queues, recorded only — nobody notified';
    document.getElementById('tile-judged').textContent = s.judged;
    document.getElementById('judged-note').textContent = s.reviews + (s.reviews === 1 ? ' review, ' : ' reviews, ')
      + s.audits + (s.audits === 1 ? ' audit' : ' audits');
    const precision = document.getElementById('precision-value');
    precision.textContent = percent(s.precision);
    precision.dataset.judged = s.judged;
    precision.dataset.correct = s.correct;
    document.getElementById('precision-note').textContent =
      s.judged === 0 ? 'nothing judged yet' : s.correct + ' of ' + s.judged + ' judged right';
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
        datasets: data.byStage.map(s => ({
          label: s.stage.toLowerCase(),
          data: s.points.map(p => p.precision === null ? null : Math.round(p.precision * 100)),
          borderColor: STAGE_COLORS[s.stage], backgroundColor: STAGE_COLORS[s.stage], spanGaps: true
        }))
      },
      options: {scales: {y: {min: 0, max: 100, title: {display: true, text: '% judged right'}}}}
    });
  }

  // The rollout stages, in the order a queue earns trust, each with one colour on every page.
  const STAGES = ['PASSIVE', 'ASSISTIVE', 'PROBATION', 'AUTOMATED'];
  const STAGE_COLORS = {PASSIVE: '#94a3b8', ASSISTIVE: '#2563eb', PROBATION: '#d97706', AUTOMATED: '#16a34a'};
  const DATE_TIME = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  const DATE = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short'});
  const TIME = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'});

  /**
   * Rollout's audit trail (newest first) as a timeline: one row per queue, one bar per stage it was in, from the
   * change that put it there to the next (or now). Before its first change a queue was in that change's "from" stage.
   */
  function rollout(newestFirst) {
    const changes = newestFirst.slice().reverse();
    const now = Date.now();
    const times = changes.map(c => Date.parse(c.changedAt));
    const first = Math.min(...times);
    const start = first - Math.max((now - first) * 0.08, 3600 * 1000);
    const queues = [...new Set(changes.map(c => c.queue))].sort();
    const segments = [];
    for (const queue of queues) {
      const own = changes.filter(c => c.queue === queue);
      segments.push({queue, stage: own[0].from, from: start, to: Date.parse(own[0].changedAt), change: null});
      own.forEach((c, i) => segments.push({queue, stage: c.to, from: Date.parse(c.changedAt),
        to: i + 1 < own.length ? Date.parse(own[i + 1].changedAt) : now, change: c}));
    }
    const canvas = document.getElementById('chart-rollout');
    canvas.parentElement.style.height = Math.max(160, 48 + queues.length * 34) + 'px';
    draw('chart-rollout', changes.length > 0, {
      type: 'bar',
      data: {
        labels: queues,
        datasets: STAGES.map(stage => ({
          label: stage.toLowerCase(), backgroundColor: STAGE_COLORS[stage], grouped: false, barPercentage: 0.7,
          data: segments.filter(s => s.stage === stage).map(s => ({x: [s.from, s.to], y: s.queue, segment: s}))
        }))
      },
      options: {
        indexAxis: 'y',
        scales: {
          // Days for a history of weeks; hours too when it spans less than three days.
          x: {type: 'linear', min: start, max: now, ticks: {maxTicksLimit: 8,
            callback: value => (now - start < 3 * 86400000 ? TIME : DATE).format(new Date(value))}},
          y: {ticks: {autoSkip: false}}
        },
        plugins: {
          tooltip: {callbacks: {
            title: items => items[0].raw.segment.queue + ': ' + items[0].raw.segment.stage.toLowerCase(),
            label: item => {
              const s = item.raw.segment;
              if (!s.change) {
                return 'before ' + DATE_TIME.format(new Date(s.to));
              }
              const c = s.change;
              return ['since ' + DATE_TIME.format(new Date(s.from)) + ', by ' + c.changedBy,
                'precision then: ' + (c.precision === null ? 'nothing judged' : percent(c.precision) + ' of ' + c.judged),
                c.reason.length > 90 ? c.reason.substring(0, 89) + '…' : c.reason];
            }
          }}
        }
      }
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
        + latest.judged + ' judged gate hits confirmed, of ' + latest.escalated + ' gate hits'
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

  /** A cell with a link that opens outside the dashboard, or plain text without one. */
  function linkCell(text, href, title) {
    const cell = document.createElement('td');
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      link.target = '_blank';
      link.rel = 'noopener';
      if (title) {
        link.title = title;
      }
      cell.appendChild(link);
    } else {
      cell.textContent = text;
    }
    return cell;
  }

  async function showTickets(account) {
    const panel = document.getElementById('account-tickets');
    document.getElementById('account-tickets-name').textContent = account.name;
    const body = panel.querySelector('tbody');
    body.replaceChildren();
    for (const t of await getJson('/api/metrics/accounts/' + account.accountId + '/tickets')) {
      const row = document.createElement('tr');
      row.dataset.businessKey = t.businessKey;
      // The subject first, linked to the ticket in its helpdesk; the id beside it opens the process in Cockpit.
      const ticket = linkCell(t.subject || '(no subject stored)', t.ticketUrl, 'Open in the helpdesk');
      ticket.className = 'subject';
      const id = document.createElement('div');
      id.className = 'ticket-id';
      if (t.instanceUrl) {
        const instance = document.createElement('a');
        instance.href = t.instanceUrl;
        instance.textContent = '#' + t.ticketId + ' in Cockpit';
        instance.target = '_blank';
        instance.rel = 'noopener';
        id.appendChild(instance);
      } else {
        id.textContent = '#' + t.ticketId;
      }
      ticket.appendChild(id);
      row.appendChild(ticket);
      const written = t.createdAt || t.scoredAt;
      [[DATE_TIME.format(new Date(written))], [t.label], [t.polarity.toFixed(2), true], [t.topics.join(', ') || '–'],
        [t.outcome], [t.helpdeskActions || '–'], [t.reviewDecision || '–']].forEach(([value, numeric]) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        cell.className = numeric ? 'num' : '';
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
    panel.scrollIntoView({block: 'nearest'});
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

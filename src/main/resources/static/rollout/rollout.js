// The rollout page: renders what the API returns (text goes in with textContent, never as HTML) and lets process
// admins change a stage through the same API call a script would use, so the API's rules apply to both. A file of
// its own, not inline: the app's Content-Security-Policy runs scripts from this origin only.
(function () {
  'use strict';

  const DATE_TIME = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  const RELATIVE = new Intl.RelativeTimeFormat(undefined, {numeric: 'auto'});
  const page = window.rolloutPage = {loaded: false};

  const {csrfHeaders, getJson} = window.triageApi;

  /** "7 Dec 2026, 14:05 (3 days ago)": the reader's own time zone and language. */
  function when(iso) {
    if (!iso) {
      return '–';
    }
    const at = new Date(iso);
    return DATE_TIME.format(at) + ' (' + ago(at) + ')';
  }

  function ago(at) {
    const minutes = Math.round((at.getTime() - Date.now()) / 60000);
    if (Math.abs(minutes) < 60) {
      return RELATIVE.format(minutes, 'minute');
    }
    const hours = Math.round(minutes / 60);
    return Math.abs(hours) < 48 ? RELATIVE.format(hours, 'hour') : RELATIVE.format(Math.round(hours / 24), 'day');
  }

  function percent(value) {
    return value === null || value === undefined ? '–' : Math.round(value * 100) + '%';
  }

  function precisionText(q) {
    return q.judged === 0 ? 'nothing judged yet'
      : percent(q.precision) + ' (' + q.correct + ' of ' + q.judged + ' judged right)';
  }

  /** What the policy does with that precision in this stage, with the thresholds the page was given. */
  function policyText(stage) {
    const p = document.body.dataset;
    const graduation = Math.round(p.graduationPrecision * 100) + '%';
    const demotion = Math.round(p.demotionPrecision * 100) + '%';
    switch (stage) {
      case 'PROBATION':
        return 'graduates at ' + graduation + ' over ' + p.graduationWindow + ' judged; back to assistive below '
          + demotion + ' once ' + p.demotionMinJudgements + ' are judged';
      case 'AUTOMATED':
        return 'back to assistive below ' + demotion + ' once ' + p.demotionMinJudgements + ' are judged';
      case 'ASSISTIVE':
        return 'every escalation is reviewed; moves on only by a process admin';
      default:
        return 'nothing is sent, so nothing is judged';
    }
  }

  function stageBadge(stage) {
    const badge = document.createElement('span');
    badge.className = 'stage stage-' + stage.toLowerCase();
    badge.textContent = stage.toLowerCase();
    return badge;
  }

  function cell(row, content, className) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content === null || content === undefined ? '–' : content;
    }
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function show(tableId, hasRows) {
    const table = document.getElementById(tableId);
    table.hidden = !hasRows;
    table.closest('.card').querySelector('.empty').hidden = hasRows;
  }

  function queues(list) {
    const body = document.querySelector('#queues tbody');
    body.replaceChildren();
    const template = document.getElementById('stage-change');
    for (const q of list) {
      const row = document.createElement('tr');
      row.dataset.queue = q.queue;
      cell(row, q.queue, 'queue');
      const stage = cell(row, stageBadge(q.stage));
      const since = document.createElement('div');
      since.className = 'since';
      since.textContent = q.since ? 'since ' + when(q.since) : 'since the start (never changed)';
      stage.appendChild(since);
      const precision = cell(row, precisionText(q), 'precision');
      const policy = document.createElement('div');
      policy.className = 'since';
      policy.textContent = policyText(q.stage);
      precision.appendChild(policy);
      precision.dataset.precision = q.precision === null ? '' : q.precision;
      precision.dataset.judged = q.judged;
      if (template) {
        const form = template.content.firstElementChild.cloneNode(true);
        form.querySelector('select').value = q.stage === 'ASSISTIVE' ? 'PROBATION' : 'ASSISTIVE';
        form.addEventListener('submit', event => {
          event.preventDefault();
          changeStage(q.queue, form);
        });
        cell(row, form);
      }
      body.appendChild(row);
    }
    show('queues', list.length > 0);
  }

  function history(changes) {
    const body = document.querySelector('#history tbody');
    body.replaceChildren();
    for (const c of changes) {
      const row = document.createElement('tr');
      cell(row, when(c.changedAt), 'when');
      cell(row, c.queue);
      const change = document.createElement('span');
      change.append(stageBadge(c.from), ' → ', stageBadge(c.to));
      cell(row, change);
      cell(row, c.changedBy === 'system' ? 'the policy' : c.changedBy);
      cell(row, c.judged === 0 ? 'nothing judged' : percent(c.precision) + ' of ' + c.judged, 'num');
      cell(row, c.reason, 'reason');
      body.appendChild(row);
    }
    show('history', changes.length > 0);
  }

  /** Posts the change as the API takes it; a refusal shows the problem's own words. */
  async function changeStage(queue, form) {
    const result = form.querySelector('.result');
    const button = form.querySelector('button');
    button.disabled = true;
    result.className = 'result';
    result.textContent = 'Changing…';
    try {
      const response = await fetch('/api/rollout/queues/' + encodeURIComponent(queue) + '/stage', {
        method: 'POST', credentials: 'same-origin',
        headers: Object.assign({'Content-Type': 'application/json', Accept: 'application/json'}, csrfHeaders()),
        body: JSON.stringify({stage: form.elements.stage.value, reason: form.elements.reason.value})
      });
      if (response.ok) {
        await load();
        const row = document.querySelector('#queues tr[data-queue="' + CSS.escape(queue) + '"] .result');
        if (row) {
          row.textContent = 'Changed.';
        }
        return;
      }
      const problem = await response.json().catch(() => ({}));
      result.className = 'result error';
      result.textContent = problem.detail || problem.title || ('Not changed (' + response.status + ')');
    } catch (error) {
      result.className = 'result error';
      result.textContent = 'Not changed: ' + error.message;
    } finally {
      button.disabled = false;
    }
  }

  async function load() {
    const status = document.getElementById('status');
    try {
      const [queueList, changes] = await Promise.all([getJson('/api/rollout/queues'), getJson('/api/rollout/history')]);
      queues(queueList);
      history(changes);
      status.className = '';
      status.textContent = 'Updated ' + DATE_TIME.format(new Date());
      page.loaded = true;
      document.body.dataset.loaded = 'true';
    } catch (error) {
      status.textContent = 'Could not load the rollout: ' + error.message;
      status.className = 'error';
    }
  }

  load();
})();

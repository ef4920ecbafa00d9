// Display only: the page renders what the API returns; text goes in with textContent, never as HTML. A file of its
// own, not inline: the app's Content-Security-Policy runs scripts from this origin only.
function row(table, cells) {
  const tr = document.createElement('tr');
  cells.forEach(value => {
    const td = document.createElement('td');
    td.textContent = value == null ? '–' : value;
    tr.appendChild(td);
  });
  document.querySelector('#' + table + ' tbody').appendChild(tr);
}
const percent = p => p == null ? null : (p * 100).toFixed(1) + ' %';
fetch('/api/rollout/queues').then(r => r.json()).then(queues => queues.forEach(q =>
    row('queues', [q.queue, q.stage, q.since, percent(q.precision), q.judged])));
fetch('/api/rollout/history').then(r => r.json()).then(changes => changes.forEach(c =>
    row('history', [c.changedAt, c.queue, c.from, c.to, c.changedBy, percent(c.precision), c.reason])));

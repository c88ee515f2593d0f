// The NewsFacts explorer: a page per URL (#/…), reading only the query API. No framework, no CDN.
'use strict';

const view = document.getElementById('view');
let live = null; // the home page's EventSource, closed when leaving it
let moveFocus = true; // false while a page is drawn again for the confidence control, which keeps the focus

// --- confidence: the probability that a fact is right; facts below a chosen one can be hidden ----------

const CONFIDENCE_KEY = 'newsfacts.explorer.confidence';

/** The control's state, kept in localStorage: {hide: boolean, percent: 1–100}. */
function confidenceSetting() {
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(CONFIDENCE_KEY)); } catch (e) { /* none, or unreadable */ }
  const percent = saved && Number.isInteger(saved.percent) && saved.percent >= 1 && saved.percent <= 100 ? saved.percent : 50;
  return { hide: !!(saved && saved.hide), percent };
}

function saveConfidenceSetting(setting) {
  try { localStorage.setItem(CONFIDENCE_KEY, JSON.stringify(setting)); } catch (e) { /* private mode: kept for this page only */ }
  confidenceNow = setting;
}

let confidenceNow = confidenceSetting();

/** The lowest confidence the API is asked for (0–1), or null while nothing is hidden. */
function minConfidence() {
  return confidenceNow.hide ? confidenceNow.percent / 100 : null;
}

/** The API path with the lowest confidence added when facts are hidden. */
function withMin(path) {
  const min = minConfidence();
  return min === null ? path : path + (path.includes('?') ? '&' : '?') + 'minConfidence=' + min;
}

/** What is hidden, for headings and empty states ('' when nothing is). */
function hiding() {
  return confidenceNow.hide ? 'facts below ' + confidenceNow.percent + ' % confidence hidden' : '';
}

/** A line under a heading of facts that says what is hidden ('' when nothing is). */
function hidingNote() {
  return confidenceNow.hide ? '<p class="muted hiding">' + hiding() + '</p>' : '';
}

/** A fact's confidence as a percentage badge: high (80 % or more), medium (50 % or more) or low. */
function badge(confidence) {
  if (confidence === null || confidence === undefined) return '';
  const percent = Math.round(Number(confidence) * 100);
  const level = percent >= 80 ? 'high' : percent >= 50 ? 'medium' : 'low';
  return '<span class="confidence ' + level + '" title="confidence: the probability that this fact is right">'
    + '<span class="visually-hidden">confidence </span>' + percent + ' %</span>';
}

function setUpConfidenceControl() {
  const hide = document.getElementById('hide-low');
  const percent = document.getElementById('min-confidence');
  hide.checked = confidenceNow.hide;
  percent.value = confidenceNow.percent;
  const redraw = () => { moveFocus = false; route().finally(() => { moveFocus = true; }); };
  hide.addEventListener('change', () => {
    saveConfidenceSetting({ hide: hide.checked, percent: confidenceNow.percent });
    redraw();
  });
  percent.addEventListener('change', () => {
    const n = Math.round(Number(percent.value));
    if (!Number.isFinite(n) || n < 1 || n > 100 || String(percent.value).trim() === '') {
      percent.value = confidenceNow.percent; // back to the last valid value
      return;
    }
    percent.value = n;
    saveConfidenceSetting({ hide: confidenceNow.hide, percent: n });
    if (confidenceNow.hide) redraw();
  });
  document.getElementById('confidence').addEventListener('submit', ev => ev.preventDefault()); // Enter in the number box
  window.addEventListener('storage', ev => { // another tab changed it
    if (ev.key !== CONFIDENCE_KEY) return;
    confidenceNow = confidenceSetting();
    hide.checked = confidenceNow.hide;
    percent.value = confidenceNow.percent;
    redraw();
  });
}

// --- helpers -----------------------------------------------------------------------------------

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

class ApiError extends Error {}

async function api(path) {
  let r;
  try {
    r = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('query-service does not answer (' + e.message + ')');
  }
  if (!r.ok) {
    let detail = r.status + ' ' + r.statusText;
    try { detail = (await r.json()).detail || detail; } catch (e) { /* not a problem document */ }
    throw new ApiError(detail);
  }
  return r.json();
}

function fmtNumber(v) {
  if (v === null || v === undefined) return '';
  const n = Number(v);
  const abs = Math.abs(n);
  if (abs >= 1e12) return (n / 1e12).toPrecision(3) + 'tn';
  if (abs >= 1e9) return (n / 1e9).toPrecision(3) + 'bn';
  if (abs >= 1e6) return (n / 1e6).toPrecision(3) + 'm';
  return n.toLocaleString('en', { maximumFractionDigits: 2 });
}

function money(value, unit, approx) {
  if (value === null || value === undefined) return '';
  const sign = approx && approx !== 'EXACT' ? '~' : '';
  if (unit === 'PERCENT') return sign + fmtNumber(value) + '%';
  if (unit === 'PERCENTAGE_POINTS') return sign + fmtNumber(value) + ' pp';
  return sign + fmtNumber(value) + (unit ? ' ' + esc(unit) : '');
}

function usd(v) {
  return v === null || v === undefined ? '' : '$' + fmtNumber(v);
}

function day(instant) {
  return instant ? String(instant).slice(0, 10) : '';
}

function factLink(f) {
  const e = f.evidence || {};
  return '#/article/' + encodeURIComponent(e.articleId) + '?fact=' + e.start + '-' + e.end;
}

function claimLink(c) {
  const p = new URLSearchParams();
  for (const k of ['type', 'subject', 'object', 'metric', 'role', 'market', 'period']) if (c[k]) p.set(k, c[k]);
  return '#/claim?' + p.toString();
}

function describe(f) {
  const what = f.metric || f.role || f.market || '';
  return esc(f.subject) + (what ? ' · ' + esc(what) : '') + (f.object ? ' → ' + esc(f.object) : '');
}

function show(html, title) {
  view.innerHTML = html;
  document.title = (title ? title + ' · ' : '') + 'NewsFacts explorer';
  if (moveFocus) view.focus({ preventScroll: true });
}

function failed(e) {
  show('<div class="error" role="alert"><strong>Could not load this page.</strong> ' + esc(e.message) + '</div>', 'Error');
}

// --- routes ------------------------------------------------------------------------------------

async function home() {
  const articles = await api('/api/articles?limit=10');
  if (articles.total === 0) {
    show('<h1>No facts yet</h1><div class="empty"><p>NewsFacts has no articles. Drop <code>.txt</code>, <code>.md</code>, '
      + '<code>.html</code>, <code>.json</code> or <code>.jsonl</code> files into the inbox folder (<code>./inbox</code> with '
      + '<code>./newsfacts up</code>), or post one to ingest-service: <code>curl -H "X-Api-Key: …" -H "Content-Type: text/plain" '
      + '--data-binary @article.txt localhost:8081/api/articles</code>. New facts appear below as they are extracted.</p></div>'
      + '<h2>Live: facts as they are extracted</h2>' + hidingNote() + '<ul id="feed" class="plain feed card"><li class="muted">Waiting for facts…</li></ul>');
  } else {
    show('<div class="grid"><section><h1>Newest articles</h1><p class="muted">' + articles.total.toLocaleString('en')
      + ' articles stored.</p><ul class="plain card" id="newest">'
      + articles.items.map(a => '<li><a href="#/article/' + encodeURIComponent(a.id) + '">' + esc(a.title || a.source) + '</a><br><span class="muted">'
        + esc(a.outlet || '') + ' ' + day(a.publishedAt || a.ingestedAt) + ' · ' + esc(a.source) + '</span></li>').join('')
      + '</ul></section><section><h2>Live: facts as they are extracted</h2>' + hidingNote() + '<ul id="feed" class="plain feed card">'
      + '<li class="muted">Waiting for facts…</li></ul></section></div>', 'Home');
  }
  follow();
}

function follow() {
  if (!window.EventSource) return;
  live = new EventSource(withMin('/api/stream'));
  live.onmessage = m => {
    const feed = document.getElementById('feed');
    if (!feed) return;
    const f = JSON.parse(m.data);
    const waiting = feed.querySelector('.muted');
    if (waiting && feed.children.length === 1) waiting.remove();
    const li = document.createElement('li');
    li.innerHTML = '<span class="tag">' + esc(f.type) + '</span> <a href="' + factLink(f) + '">' + describe(f) + '</a> '
      + (f.value !== null && f.value !== undefined ? '<strong>' + money(f.value, f.unit, f.approx) + '</strong> ' : '')
      + badge(f.confidence) + '<br><span class="muted">' + esc(f.evidence && f.evidence.source) + '</span>';
    feed.prepend(li);
    while (feed.children.length > 25) feed.lastChild.remove();
  };
}

async function search(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  if (!q.trim()) { location.hash = '#/'; return; }
  const [entities, articles] = await Promise.all([
    api('/api/entities?limit=20&q=' + encodeURIComponent(q)),
    api('/api/articles?limit=20&q=' + encodeURIComponent(q))]);
  show('<h1>Results for “' + esc(q) + '”</h1><div class="grid"><section><h2>Articles (' + articles.total + ')</h2>'
    + (articles.items.length ? '<ul class="plain card">' + articles.items.map(a => '<li><a href="#/article/' + encodeURIComponent(a.id) + '">'
      + esc(a.title || a.source) + '</a><br><span class="muted">' + esc(a.outlet || '') + ' ' + day(a.publishedAt || a.ingestedAt)
      + '</span>' + (a.snippet ? '<br>' + a.snippet : '') + '</li>').join('') + '</ul>' : '<p class="empty">No article mentions it.</p>')
    + '</section><section><h2>Entities (' + entities.total + ')</h2>'
    + (entities.items.length ? '<ul class="plain card">' + entities.items.map(e => '<li><a href="#/entity/' + e.id + '">' + esc(e.canonical)
      + '</a> <span class="tag">' + esc(e.type) + '</span><br><span class="muted">' + e.factCount + ' facts'
      + (e.aliases.length ? ' · also ' + e.aliases.map(esc).join(', ') : '') + '</span></li>').join('') + '</ul>'
      : '<p class="empty">No entity of that name or alias.</p>')
    + '</section></div>', 'Search');
}

async function entity(id) {
  const e = await api('/api/entities/' + encodeURIComponent(id));
  const [facts, claims] = await Promise.all([
    api(withMin('/api/entities/' + encodeURIComponent(id) + '/facts?limit=200')),
    api(withMin('/api/claims?limit=100&sources=false&subject=' + encodeURIComponent(e.canonical)))]);
  const byType = new Map();
  for (const f of facts.items) (byType.get(f.type) || byType.set(f.type, []).get(f.type)).push(f);
  const groups = [...byType.entries()].map(([type, list]) => '<h3>' + esc(type) + ' <span class="muted">(' + list.length + ')</span></h3>'
    + '<table class="facts" data-type="' + esc(type) + '"><thead><tr><th>fact</th><th>value</th><th>USD</th><th>period</th><th>confidence</th><th>evidence</th></tr></thead><tbody>'
    + list.map(f => '<tr><td>' + describe(f) + (f.text ? '<br><span class="muted">“' + esc(f.text) + '”</span>' : '') + '</td><td class="num">'
      + money(f.value, f.unit, f.approx) + '</td><td class="num">' + usd(f.valueUsd) + '</td><td>' + esc(f.periodText || f.period || '')
      + '</td><td class="num">' + badge(f.confidence) + '</td><td><a href="' + factLink(f) + '">' + esc(f.evidence.source)
      + '</a></td></tr>').join('') + '</tbody></table>').join('');
  show('<h1>' + esc(e.canonical) + ' <span class="tag">' + esc(e.type) + '</span></h1><p class="muted">'
    + (e.aliases.length ? 'Also written ' + e.aliases.map(esc).join(', ') + ' · ' : '') + e.factCount + ' facts in ' + e.articleCount + ' articles</p>'
    + registerCard(e.register)
    + '<h2>Financial metrics over periods</h2>' + chart(facts.items.filter(f => f.type === 'FINANCIAL_METRIC' && f.subject === e.canonical))
    + '<h2>Claims about ' + esc(e.canonical) + '</h2>' + claimList(claims.items)
    + '<h2>Facts' + (facts.total > facts.items.length ? ' (the first ' + facts.items.length + ' of ' + facts.total + ')' : '')
    + (confidenceNow.hide ? ' <span class="muted">(' + facts.total + ' of ' + e.factCount + '; ' + hiding() + ')</span>' : '') + '</h2>'
    + (groups || '<p class="empty">' + (confidenceNow.hide && e.factCount > 0
      ? 'No fact about it has ' + confidenceNow.percent + ' % confidence or more; untick “Hide facts below” to see its ' + e.factCount + ' facts.'
      : 'No facts name this entity.') + '</p>'), e.canonical);
}

/** The company register's identifiers of a linked organisation (docs/register.md), or nothing. */
function registerCard(r) {
  if (!r) return '';
  const rows = [['Register name', esc(r.name)], ['Country', esc(r.country || '')], ['SEC CIK', esc(r.cik || '')],
    ['ISIN', (r.isins || []).map(esc).join(', ')],
    ['Listings', (r.listings || []).map(l => esc(l.ticker) + ' <span class="muted">(' + esc(l.exchange) + ')</span>').join(', ')]]
    .filter(([, v]) => v);
  return '<table class="register" aria-label="Company register"><tbody>'
    + rows.map(([k, v]) => '<tr><th scope="row">' + k + '</th><td>' + v + '</td></tr>').join('') + '</tbody></table>';
}

function claimList(claims) {
  if (!claims.length) return '<p class="empty">No claim: no thing is stated by more than one article yet.</p>';
  return '<table class="claims"><thead><tr><th>claim</th><th>period</th><th>articles</th><th>verdict</th></tr></thead><tbody>'
    + claims.map(c => '<tr><td><a href="' + claimLink(c) + '">' + esc(c.type) + ' · ' + esc(c.metric || c.role || c.market || c.object || c.subject)
      + '</a></td><td>' + esc(c.period || '') + '</td><td class="num">' + c.articles + '</td><td><span class="verdict ' + esc(c.verdict) + '">'
      + esc(c.verdict) + '</span></td></tr>').join('') + '</tbody></table>';
}

const COLORS = ['#1f5fbf', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207'];

/** One series per metric, in US dollars (so that facts stated in other currencies compare), over the periods stated. */
function chart(facts) {
  const points = facts.filter(f => f.period && f.valueUsd !== null && f.valueUsd !== undefined);
  if (!points.length) return '<p class="empty">No financial metric with a period and a dollar value is stated for it.</p>';
  const periods = [...new Set(points.map(f => f.period))].sort();
  const series = new Map();
  for (const f of points) {
    const s = series.get(f.metric) || series.set(f.metric, new Map()).get(f.metric);
    if (!s.has(f.period)) s.set(f.period, Number(f.valueUsd)); // the first statement of a period counts
  }
  const values = points.map(f => Number(f.valueUsd));
  const lo = Math.min(0, ...values), hi = Math.max(...values) || 1;
  const W = 720, H = 260, L = 70, R = 20, T = 16, B = 36;
  const x = i => L + (periods.length === 1 ? (W - L - R) / 2 : i * (W - L - R) / (periods.length - 1));
  const y = v => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  let svg = '<svg viewBox="0 0 ' + W + ' ' + H + '" role="img" aria-label="financial metrics in US dollars by period">';
  for (let k = 0; k <= 4; k++) {
    const v = lo + (hi - lo) * k / 4;
    svg += '<line x1="' + L + '" x2="' + (W - R) + '" y1="' + y(v) + '" y2="' + y(v) + '" stroke="#e5e7eb"/>'
      + '<text x="' + (L - 6) + '" y="' + (y(v) + 4) + '" text-anchor="end" font-size="11" fill="#5b6475">' + usd(v) + '</text>';
  }
  periods.forEach((p, i) => { svg += '<text x="' + x(i) + '" y="' + (H - 12) + '" text-anchor="middle" font-size="11" fill="#5b6475">' + esc(p) + '</text>'; });
  let legend = '';
  [...series.entries()].forEach(([metric, byPeriod], n) => {
    const color = COLORS[n % COLORS.length];
    const pts = periods.map((p, i) => byPeriod.has(p) ? [x(i), y(byPeriod.get(p)), p, byPeriod.get(p)] : null).filter(Boolean);
    if (pts.length > 1) svg += '<polyline fill="none" stroke="' + color + '" stroke-width="2" points="' + pts.map(q => q[0] + ',' + q[1]).join(' ') + '"/>';
    for (const q of pts) svg += '<circle cx="' + q[0] + '" cy="' + q[1] + '" r="4" fill="' + color + '"><title>' + esc(metric) + ' ' + esc(q[2]) + ': ' + usd(q[3]) + '</title></circle>';
    legend += '<span><i style="background:' + color + '"></i>' + esc(metric) + '</span>';
  });
  return '<div class="chart">' + svg + '</svg><p class="legend">' + legend + ' <span class="muted">in US dollars, converted at the month\'s rate where stated otherwise</span></p></div>';
}

async function claim(params) {
  const q = new URLSearchParams({ limit: '200' });
  for (const k of ['type', 'subject', 'metric']) if (params.get(k)) q.set(k, params.get(k));
  const all = await api(withMin('/api/claims?' + q.toString()));
  const same = (a, b) => (a || '') === (b || '');
  const c = all.items.find(x => ['type', 'subject', 'object', 'metric', 'role', 'market', 'period'].every(k => same(x[k], params.get(k))));
  if (!c) {
    show('<div class="empty" role="alert">No such claim (any more): the articles behind it may have been extracted again'
      + (confidenceNow.hide ? ', or its facts are below the ' + confidenceNow.percent + ' % confidence you hide' : '') + '. <a href="#/search?q=' + encodeURIComponent(params.get('subject') || '') + '">Search for ' + esc(params.get('subject') || '') + '</a>.</div>', 'Claim');
    return;
  }
  const spread = c.usd ? '<p>In dollars: ' + usd(c.usd.min) + ' to ' + usd(c.usd.max) + ' (spread ' + (c.usd.relative * 100).toFixed(1) + '%)</p>' : '';
  show('<h1>' + esc(c.type) + ': ' + esc(c.subject) + (c.object ? ' → ' + esc(c.object) : '') + '</h1><p class="muted">'
    + esc([c.metric, c.role, c.market, c.period].filter(Boolean).join(' · ')) + '</p>'
    + '<p><span class="verdict ' + esc(c.verdict) + '" id="verdict">' + esc(c.verdict) + '</span> ' + esc(c.reason) + '</p>'
    + '<p class="muted">' + c.articles + ' articles, ' + c.independentSources + ' independent sources'
    + (c.articles > c.independentSources ? ' (the rest are near duplicates of another source: copies count once)' : '') + '</p>' + spread
    + '<h2>Sources</h2><div class="sources">' + c.sources.map(s => '<div class="card source"><strong>' + esc(s.outlet || s.source) + '</strong> <span class="muted">'
      + day(s.publishedAt) + '</span><p>Stated: <strong>' + esc(s.stated || '') + '</strong>'
      + (s.value !== null && s.value !== undefined ? '<br>' + money(s.value, s.unit, s.approx) + (s.valueUsd !== null && s.valueUsd !== undefined ? ' = ' + usd(s.valueUsd) + (s.usdStated ? ' (stated)' : ' (converted)') : '') : '')
      + (s.approx && s.approx !== 'EXACT' ? '<br><span class="tag">' + esc(s.approx.toLowerCase()) + '</span>' : '')
      + (s.period ? '<br>period ' + esc(s.period) : '') + '<br>' + badge(s.confidence) + '</p><p class="sentence">“' + esc(s.sentence) + '”</p>'
      + '<a href="#/article/' + encodeURIComponent(s.articleId) + '?fact=' + s.start + '-' + s.end + '">' + esc(s.source) + '</a></div>').join('') + '</div>',
    c.type + ' ' + c.subject);
}

async function article(id, params) {
  const a = await api(withMin('/api/articles/' + encodeURIComponent(id)));
  const chosen = params.get('fact');
  const facts = a.facts.map((f, i) => ({ f, i })).filter(x => x.f.evidence && x.f.evidence.end <= a.body.length);
  // Evidence spans, merged where they overlap (several facts in one sentence); each links to its first fact.
  const spans = facts.map(x => ({ start: x.f.evidence.start, end: x.f.evidence.end, i: x.i }))
    .sort((p, q) => p.start - q.start || q.end - p.end);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) { last.end = Math.max(last.end, s.end); last.ids.push(s.i); }
    else merged.push({ start: s.start, end: s.end, ids: [s.i] });
  }
  let body = '', at = 0;
  for (const m of merged) {
    const isChosen = chosen && a.facts.some((f, i) => m.ids.includes(i) && chosen === f.evidence.start + '-' + f.evidence.end);
    body += esc(a.body.slice(at, m.start)) + '<mark class="evidence' + (isChosen ? ' chosen' : '') + '" id="ev-' + m.ids[0] + '">'
      + '<a href="#/article/' + encodeURIComponent(id) + '?fact=' + a.facts[m.ids[0]].evidence.start + '-' + a.facts[m.ids[0]].evidence.end
      + '" title="' + m.ids.length + ' fact(s)">' + esc(a.body.slice(m.start, m.end)) + '</a></mark>';
    at = m.end;
  }
  body += esc(a.body.slice(at));
  show('<h1>' + esc(a.title || a.source) + '</h1><p class="muted">' + esc(a.outlet || '') + ' ' + day(a.publishedAt || a.ingestedAt)
    + ' · ' + a.sources.map(esc).join(', ') + ' · extractor ' + esc(a.extractorVersion) + '</p>'
    + (a.nearDuplicateOf ? '<p>A near duplicate of <a href="#/article/' + encodeURIComponent(a.nearDuplicateOf) + '">an earlier article</a>.</p>' : '')
    + '<div class="grid"><section><div class="body" id="body">' + body + '</div></section><section><h2>Facts (' + a.facts.length + ')</h2>'
    + hidingNote()
    + (a.facts.length ? '<ul class="plain card" id="facts">' + a.facts.map((f, i) => '<li id="fact-' + i + '"'
      + (chosen === f.evidence.start + '-' + f.evidence.end ? ' class="chosen"' : '') + '><span class="tag">' + esc(f.type) + '</span> '
      + '<a href="#/article/' + encodeURIComponent(id) + '?fact=' + f.evidence.start + '-' + f.evidence.end + '">' + describe(f) + '</a> '
      + (f.value !== null && f.value !== undefined ? '<strong>' + money(f.value, f.unit, f.approx) + '</strong> ' : '') + badge(f.confidence) + '</li>').join('') + '</ul>'
      : '<p class="empty">' + (confidenceNow.hide ? 'No fact in this article has ' + confidenceNow.percent
        + ' % confidence or more; untick “Hide facts below” to see them all.' : 'The extractor found no fact in this article.') + '</p>')
    + '<h2>Entities</h2><p>' + a.entities.map(e => '<a href="#/entity/' + e.id + '">' + esc(e.canonical) + '</a>').join(', ') + '</p></section></div>',
    a.title || a.source);
  const mark = view.querySelector('mark.chosen');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

async function route() {
  if (live) { live.close(); live = null; }
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) await home();
    else if (parts[0] === 'search') await search(params);
    else if (parts[0] === 'entity' && parts[1]) await entity(parts[1]);
    else if (parts[0] === 'claim') await claim(params);
    else if (parts[0] === 'article' && parts[1]) await article(parts[1], params);
    else show('<div class="empty" role="alert">No page at ' + esc(hash) + '. <a href="#/">Home</a>.</div>', 'Not found');
  } catch (e) {
    failed(e);
  }
}

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('q').value);
});
window.addEventListener('hashchange', route);
setUpConfidenceControl();
route();

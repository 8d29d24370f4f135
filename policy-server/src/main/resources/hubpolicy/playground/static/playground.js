// The playground page. Every value that comes from an item or a decision is put on the page as
// text (textContent, DOM nodes), never as HTML. No framework, no build step, nothing from the
// internet: the server serves this file.

const api = (path) => `/playground/api/${path}`;
const $ = (id) => document.getElementById(id);

/** A DOM element with text children; attributes are set one by one, never parsed. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const state = { sections: new Map(), candidate: null, lastItem: null, casesShown: false };

// ---- views -------------------------------------------------------------------------------
for (const tab of document.querySelectorAll('.tab')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('.tab')) {
      const on = other === tab;
      other.setAttribute('aria-pressed', String(on));
      $(other.getAttribute('aria-controls')).hidden = !on;
    }
  });
}

function showSection(section) {
  $('guidelines').src = `/playground/guidelines#sec-${encodeURIComponent(section)}`;
  $('guidelines-title').textContent = `Guidelines: ${section}`;
}

// ---- rule sets and live updates -----------------------------------------------------------
function showCandidate(candidate) {
  state.candidate = candidate;
  if (!candidate) return;
  const serving = candidate.serving ? `${candidate.serving.rules}` : 'nothing compiled yet';
  $('candidate-rules').textContent = `${candidate.directory}: ${candidate.compiled ? 'compiled' : 'does not compile'},`
      + ` serving ${serving} (compile ${candidate.revision})`;
  const list = $('candidate-problem-list');
  list.replaceChildren(...candidate.problems.map((p) => el('li', {}, el('code', {}, p))));
  $('candidate-problems').hidden = candidate.compiled;
}

async function start() {
  const response = await fetch(api('state'));
  const page = await response.json();
  $('base-rules').textContent = `${page.base.rules} (policy ${page.base.version})`;
  for (const s of page.sections) state.sections.set(s.id, s);
  const select = $('sample');
  for (const sample of page.samples) select.append(el('option', { value: sample.json }, sample.label));
  showCandidate(page.candidate ?? null);
  if (page.candidate) {
    const events = new EventSource(api('events'));
    events.addEventListener('candidate', (event) => {
      const candidate = JSON.parse(event.data);
      const changed = !state.candidate || candidate.revision !== state.candidate.revision;
      showCandidate(candidate);
      if (changed && candidate.compiled) {
        if (state.lastItem !== null) decide(state.lastItem);
        if (state.casesShown) runCases();
      }
    });
  }
  document.body.dataset.ready = 'true';
}

// ---- decide one item ------------------------------------------------------------------------
$('sample').addEventListener('change', () => {
  if ($('sample').value) {
    $('item').value = JSON.stringify(JSON.parse($('sample').value), null, 2);
  }
});
$('decide').addEventListener('click', () => decide($('item').value));

async function decide(text) {
  const error = $('item-error');
  $('decide-status').textContent = 'Deciding…';
  const response = await fetch(api('decide'), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text,
  });
  const body = await response.json();
  if (!response.ok) {
    error.replaceChildren(
        body.field ? el('span', { class: 'field-name' }, `field ${body.field}: `) : '', body.message);
    error.hidden = false;
    $('item').setAttribute('aria-invalid', 'true');
    $('decide-status').textContent = 'The item could not be read.';
    $('result').replaceChildren();
    $('change-summary').hidden = true;
    return;
  }
  error.hidden = true;
  $('item').removeAttribute('aria-invalid');
  state.lastItem = text;
  const base = body.base.decision;
  const candidate = body.candidate ? body.candidate.decision : null;
  const sides = [renderSide('Base', body.base, candidate)];
  if (body.candidate) sides.push(renderSide('Candidate', body.candidate, base));
  $('result').replaceChildren(...sides);
  const summary = $('change-summary');
  if (body.candidate) {
    summary.hidden = false;
    summary.className = body.changed ? 'changes changed' : 'changes';
    summary.replaceChildren(body.changed
        ? el('p', {}, 'The candidate changes this decision: ',
            ...body.changes.map((c) => el('span', { class: 'transition' }, `${c.section}: ${c.transition}`)))
        : el('p', {}, 'The candidate decides this item the same way.'));
  } else {
    summary.hidden = true;
  }
  // Only what the decision carries is shown: its secrets are masked as in every decision.
  $('decide-status').textContent = `Decided ${base.id}`;
}

function renderSide(label, side, other) {
  const decision = side.decision;
  const rules = new Map(side.rules.map((r) => [r.name, r]));
  const differs = (field) => other && JSON.stringify(decision[field]) !== JSON.stringify(other[field]);
  const column = el('article', { class: 'side', 'aria-label': `${label} decision` },
      el('h2', {}, label, ' ', el('span', { class: `verdict v-${decision.verdict} ${differs('verdict') ? 'differs' : ''}`,
        'data-testid': `${label.toLowerCase()}-verdict` }, decision.verdict)),
      el('p', { class: differs('actions') ? 'actions differs' : 'actions' }, 'Actions: ',
          decision.actions.length ? decision.actions.join(', ') : 'none'));
  const bySection = new Map();
  for (const finding of decision.findings) {
    if (!bySection.has(finding.section)) bySection.set(finding.section, []);
    bySection.get(finding.section).push(finding);
  }
  const otherSections = new Set(other ? other.findings.map((f) => `${f.section}|${f.rule}|${f.verdict}`) : []);
  for (const [section, findings] of bySection) {
    const info = state.sections.get(section);
    const link = el('a', { href: `/playground/guidelines#sec-${encodeURIComponent(section)}`, target: 'guidelines',
      class: 'section-link' }, `Open ${section} in the guidelines`);
    link.addEventListener('click', (event) => { event.preventDefault(); showSection(section); });
    const group = el('section', { class: 'finding-group', 'data-section': section },
        el('h3', {}, el('code', {}, section), info ? ` — ${info.title}` : ''),
        info ? el('p', { class: 'summary' }, info.summary) : null, link);
    for (const f of findings) {
      const rule = rules.get(f.rule);
      const changed = other && !otherSections.has(`${f.section}|${f.rule}|${f.verdict}`);
      group.append(el('div', { class: changed ? 'finding differs' : 'finding' },
          el('p', { class: 'rule' }, el('span', { class: `verdict v-${f.verdict}` }, f.verdict), ' ', f.rule,
              rule && rule.bullet ? ` (bullet ${rule.bullet}, ${rule.file}:${rule.line})` : ''),
          el('p', { class: 'rationale' }, f.rationale),
          f.actions.length ? el('p', { class: 'finding-actions' }, 'Recommends: ', f.actions.join(', ')) : null,
          f.evidence.length ? el('ul', { class: 'evidence', 'aria-label': 'Evidence' },
              ...f.evidence.map((e) => el('li', {}, e))) : null));
    }
    column.append(group);
  }
  if (!decision.findings.length) column.append(el('p', { class: 'none' }, 'No findings.'));
  column.append(el('details', { class: 'trace' }, el('summary', {}, `Rules that fired (${side.fired.length})`),
      el('ol', {}, ...side.fired.map((r) => el('li', {}, r)))));
  return column;
}

// ---- batches --------------------------------------------------------------------------------
let running = null;
const CHUNK_BYTES = 256 * 1024;

$('batch-samples').addEventListener('click', async () => {
  const response = await fetch(api('samples.jsonl'));
  runBatch(await response.blob(), 'bundled samples');
});
$('batch-run').addEventListener('click', () => {
  const file = $('batch-file').files[0];
  if (!file) {
    $('batch-status').textContent = 'Choose a JSON Lines file first.';
    return;
  }
  runBatch(file, file.name);
});
$('batch-cancel').addEventListener('click', () => running?.abort());

/** Reads the file's bytes in this browser and sends them in chunks cut at line breaks. */
async function runBatch(blob, name) {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  for (const id of ['batch-groups', 'batch-changes', 'batch-errors']) $(id).replaceChildren();
  $('batch-footer').textContent = '';
  $('batch-cancel').disabled = false;
  const progress = $('batch-progress');
  progress.max = Math.max(blob.size, 1);
  progress.value = 0;
  $('batch-status').textContent = `Deciding ${name}…`;
  try {
    const started = await fetch(api('batches'), { method: 'POST', signal: controller.signal });
    const { id } = await started.json();
    const reader = blob.stream().getReader();
    let pending = new Uint8Array(0);
    let line = 1;
    let sent = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (value) pending = concat(pending, value);
      if (pending.length >= CHUNK_BYTES || (done && pending.length)) {
        const cut = done ? pending.length : pending.lastIndexOf(10) + 1;
        if (cut > 0) {
          const chunk = pending.slice(0, cut);
          pending = pending.slice(cut);
          await sendChunk(id, chunk, line, controller.signal, name);
          line += chunk.reduce((n, b) => n + (b === 10 ? 1 : 0), 0);
          sent += chunk.length;
          progress.value = sent;
        }
      }
      if (done) break;
    }
    progress.value = progress.max;
    $('batch-status').textContent = `Done: ${name}.`;
  } catch (e) {
    $('batch-status').textContent = controller.signal.aborted ? `Cancelled: ${name}; the counts above are up to the`
        + ' last record decided.' : `The batch stopped: ${e.message}`;
  } finally {
    $('batch-cancel').disabled = true;
    if (running === controller) running = null;
  }
}

function concat(a, b) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

async function sendChunk(id, bytes, firstLine, signal, name) {
  const response = await fetch(api(`batches/${encodeURIComponent(id)}?firstLine=${firstLine}`), {
    method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: bytes, signal,
  });
  if (!response.ok) throw new Error((await response.json()).message);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += value;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      showRecord(JSON.parse(buffer.slice(0, newline)), name);
      buffer = buffer.slice(newline + 1);
    }
    if (done) break;
  }
}

function showRecord(record, name) {
  if (record.summary) {
    const s = record.summary;
    $('batch-groups').replaceChildren(...s.groups.map((g) => el('li', { 'data-section': g.section }, g.line)));
    $('batch-footer').textContent = s.footer;
    return;
  }
  if (record.error) {
    $('batch-errors').append(el('li', {}, `${name}:${record.line}: ${record.id ? `${record.id}: ` : ''}${record.error}`));
  } else if (record.report && $('batch-changes').childElementCount < 1000) {
    $('batch-changes').append(el('li', {}, record.report));
  }
}

// ---- cases ----------------------------------------------------------------------------------
$('cases-run').addEventListener('click', () => runCases());

async function runCases() {
  state.casesShown = true;
  $('cases-status').textContent = 'Running…';
  const response = await fetch(api('cases'));
  const body = await response.json();
  const tbody = document.querySelector('#coverage tbody');
  if (body.problem) {
    $('cases-status').textContent = body.problem;
    $('cases-list').replaceChildren();
    tbody.replaceChildren();
    return;
  }
  $('cases-status').textContent = `${body.passed} passed, ${body.failed} failed (candidate ${body.rules})`;
  $('cases-list').replaceChildren(...body.cases.map((c) => el('li', { class: c.passed ? 'pass' : 'fail' },
      el('span', { class: 'mark' }, c.passed ? 'PASS' : 'FAIL'), ` ${c.location} ${c.name}`,
      c.differences.length ? el('ul', {}, ...c.differences.map((d) => el('li', {}, d))) : null)));
  const rows = [];
  for (const section of body.coverage) {
    for (const rule of section.rules) {
      rows.push(el('tr', {}, el('td', {}, section.section, section.hasCase ? '' : ' (no case expects it)'),
          el('td', {}, rule.name), el('td', { class: rule.fired ? 'yes' : 'no' }, rule.fired ? 'yes' : 'no'),
          el('td', { class: rule.nearMiss ? 'yes' : 'no' }, rule.nearMiss ? 'yes' : 'no')));
    }
  }
  tbody.replaceChildren(...rows);
}

start().catch((e) => {
  $('decide-status').textContent = `The playground could not start: ${e.message}`;
});

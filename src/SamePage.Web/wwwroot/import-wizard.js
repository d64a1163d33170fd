// The import wizard: file → suggested mapping beside the file's columns → live preview of the first rows → check → import.
// The preview sends only the first 2 MB of a CSV; checking and importing send the whole file with the mapping.
(() => {
  const form = document.getElementById('import-form');
  const texts = JSON.parse(form.dataset.texts);
  const labels = JSON.parse(form.dataset.labels);
  const valueLabels = JSON.parse(form.dataset.values);
  const kind = document.getElementById('import-kind');
  const fileInput = document.getElementById('import-file');
  const savedSelect = document.getElementById('import-mapping');
  const culture = document.getElementById('import-culture');
  const status = document.getElementById('import-status');
  const wizard = document.getElementById('wizard');
  const bar = document.getElementById('import-progress');
  const sampleBytes = 2 * 1024 * 1024;
  let mapping = null, targets = [], suggestion = null, sample = null, timer = 0, asked = 0, presetName = null;
  const lang = document.documentElement.lang || 'en';

  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) { node.append(child); }
    return node;
  };
  const mappable = () => kind.selectedOptions[0].dataset.mappable === 'true';
  const token = () => form.querySelector('input[name=__RequestVerificationToken]').value;

  const showParameters = () => {
    const wanted = (kind.selectedOptions[0].dataset.parameters || '').split(' ');
    for (const label of form.querySelectorAll('[data-parameter]')) {
      const on = wanted.includes(label.dataset.parameter);
      label.hidden = !on;
      label.querySelector('input').required = on;
    }
    for (const option of savedSelect.options) {
      option.hidden = option.value !== '' && option.dataset.kind !== kind.value;
    }
    if (savedSelect.selectedOptions[0].hidden) { savedSelect.value = ''; }
    form.querySelector('[data-mapped]').hidden = !mappable();
  };

  // The first rows of a CSV, cut at a line end; an .xlsx goes whole (its rows cannot be cut out).
  async function sampleOf(file) {
    if (/\.xlsx$/i.test(file.name) || file.size <= sampleBytes) { return file; }
    const bytes = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
    const end = bytes.lastIndexOf(10);
    return new File([bytes.slice(0, end + 1)], file.name, { type: file.type });
  }

  function fields(extra) {
    const data = new FormData();
    data.append('__RequestVerificationToken', token());
    data.append('Kind', kind.value);
    for (const [name, value] of Object.entries(extra)) {
      if (value !== null && value !== undefined) { data.append(name, value); }
    }
    return data;
  }

  async function suggest(sent) {
    if (!sample || !mappable()) { return; }
    const ask = ++asked;
    const data = fields({});
    const saved = savedSelect.selectedOptions[0];
    if (sent) { data.append('mapping', JSON.stringify(sent)); }
    else if (saved.value && saved.dataset.builtin === 'true') { data.append('preset', saved.value); }
    else if (saved.value) { data.append('savedMapping', saved.value); }
    data.append('file', sample, sample.name);
    status.textContent = texts.reading;
    const response = await fetch('?handler=suggest', { method: 'POST', body: data });
    const body = await response.json();
    if (ask !== asked) { return; }
    status.textContent = response.ok ? '' : body.summary;
    if (!response.ok) { return; }
    targets = body.targets;
    suggestion = body.result.suggestion;
    mapping = suggestion.mapping;
    if (!sent) { presetName = suggestion.preset; }
    render(body.result);
  }

  function render(result) {
    wizard.hidden = false;
    const detected = document.getElementById('wizard-detected');
    detected.replaceChildren(
      `${texts.preset}: ${suggestion.preset || presetName || texts.noPreset} · ${texts.numberFormat}: ${suggestion.culture} · `,
      el('label', {}, `${texts.dates}: `, el('input', { id: 'wizard-dates', value: (mapping.dateFormats || []).join(', '), size: 24 })));
    document.getElementById('wizard-problems').replaceChildren(...result.problems.map(p => el('li', { textContent: p })));
    renderMapping();
    document.getElementById('wizard-unplaced').textContent = suggestion.unplaced.length ? `${texts.unplaced}: ${suggestion.unplaced.join(', ')}` : '';
    renderPreview(result);
  }

  function renderMapping() {
    const rows = targets.map(t => t.name);
    for (const name of Object.keys(mapping.columns)) { if (!rows.includes(name)) { rows.push(name); } }
    const body = document.querySelector('#wizard-mapping tbody');
    body.replaceChildren(...rows.map(name => mappingRow(name, targets.find(t => t.name === name))));
  }

  function mappingRow(name, target) {
    const source = mapping.columns[name] || {};
    const select = el('select', { className: 'wizard-source', ariaLabel: labels[name] || name });
    select.append(el('option', { value: '', textContent: `— ${texts.notMapped}` }));
    for (const header of suggestion.sourceColumns) { select.append(el('option', { value: 'col:' + header, textContent: header })); }
    select.append(el('option', { value: 'const', textContent: texts.constant }), el('option', { value: 'formula', textContent: texts.formula }));
    if (source.join) { select.append(el('option', { value: 'join', textContent: texts.joined })); }
    const column = source.column ? [].concat(source.column)[0] : null;
    select.value = column ? 'col:' + column : source.formula ? 'formula' : source.join ? 'join' : (source.constant ?? source.default) !== undefined ? 'const' : '';
    const input = el('input', { className: 'wizard-value', size: 28, ariaLabel: `${labels[name] || name}: ${texts.constant} / ${texts.formula}` });
    input.value = source.formula || source.constant || source.default || (source.join ? source.join.join(' + ') : '');
    const showInput = () => { input.hidden = !['const', 'formula', 'join'].includes(select.value); input.readOnly = select.value === 'join'; };
    showInput();
    select.addEventListener('change', showInput);
    // A column of its own (a survey question): its key is the question id, editable.
    const label = target ? el('th', { textContent: labels[name] || name }) : el('th', {}, el('input', { className: 'wizard-key', value: name, size: 16, ariaLabel: texts.questionId }));
    if (target && target.required) { label.append(el('abbr', { title: texts.required, textContent: ' *' })); }
    const tr = el('tr', {}, label, el('td', {}, select), el('td', {}, input), el('td', {}, valuesEditor(name, source)));
    tr.dataset.target = name;
    return tr;
  }

  function valuesEditor(name, source) {
    const seen = (suggestion.enumerations || []).find(e => e.target === name);
    if (!seen) { return ''; }
    const list = el('div', { className: 'wizard-values' });
    for (const value of seen.values) {
      const choice = el('select', { ariaLabel: `${value.value} ${texts.becomes}` });
      choice.dataset.value = value.value;
      choice.append(el('option', { value: '', textContent: '—' }));
      for (const allowed of [...seen.allowed, 'skip']) {
        choice.append(el('option', { value: allowed, textContent: valueLabels[allowed] || allowed }));
      }
      choice.value = (source.values && source.values[value.value]) || value.proposed || '';
      list.append(el('label', {}, `${value.value} (${value.count}) → `, choice));
    }
    return list;
  }

  function renderPreview(result) {
    const shown = result.columns;
    document.querySelector('#wizard-preview thead').replaceChildren(el('tr', {}, el('th', { textContent: texts.line }), ...shown.map(c => el('th', { textContent: labels[c] || c }))));
    const issues = [];
    document.querySelector('#wizard-preview tbody').replaceChildren(...result.rows.map(row => {
      const tr = el('tr', {}, el('td', { textContent: row.line }));
      for (const column of shown) {
        const td = el('td', { textContent: shownValue(column, row.values[column]) });
        const problem = row.issues.find(i => i.target === column);
        if (problem) { td.className = 'cell-error'; td.title = problem.reason; td.textContent = problem.value || '∅'; }
        tr.append(td);
      }
      issues.push(...row.issues.map(i => `${texts.line} ${row.line} · ${i.column} '${i.value}': ${i.reason}`));
      return tr;
    }));
    document.getElementById('wizard-preview-summary').textContent =
      `${result.rows.length} ${texts.rows}` + (result.skipped ? ` · ${result.skipped} ${texts.skipped}` : '') + (issues.length ? '' : ` · ${texts.noIssues}`);
    document.getElementById('wizard-issues').replaceChildren(...issues.map(i => el('li', { textContent: i })));
  }

  // Preview values in the user's language: amounts and counts grouped, fractions as percentages, dates local, enumerations labelled.
  function shownValue(column, value) {
    if (value === null || value === undefined) { return ''; }
    switch ((targets.find(t => t.name === column) || {}).kind) {
      case 'Money': return Number(value).toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
      case 'Number': return Number(value).toLocaleString(lang, { maximumFractionDigits: 4 });
      case 'Fraction': return Number(value).toLocaleString(lang, { style: 'percent', maximumFractionDigits: 2 });
      case 'Date': return new Date(value + 'T00:00:00').toLocaleDateString(lang);
      case 'Enumeration': return valueLabels[value] || value;
      default: return value;
    }
  }

  // The mapping as the form now shows it: what the form does not edit (match, currency, patterns) is kept.
  function collect() {
    const columns = {};
    for (const tr of document.querySelectorAll('#wizard-mapping tbody tr')) {
      const key = tr.querySelector('.wizard-key');
      const name = key ? key.value.trim() : tr.dataset.target;
      const before = mapping.columns[tr.dataset.target] || {};
      if (!name) { continue; }
      const source = tr.querySelector('.wizard-source').value;
      const text = tr.querySelector('.wizard-value').value;
      let next = null;
      if (source.startsWith('col:')) { next = { column: source.slice(4) }; }
      else if (source === 'const') { next = { constant: text }; }
      else if (source === 'formula') { next = { formula: text }; }
      else if (source === 'join') { next = { join: before.join, separator: before.separator }; }
      if (!next) { continue; }
      if (before.match) { next.match = before.match; }
      const values = Object.assign({}, before.values || {});
      for (const choice of tr.querySelectorAll('.wizard-values select')) {
        if (choice.value) { values[choice.dataset.value] = choice.value; } else { delete values[choice.dataset.value]; }
      }
      if (Object.keys(values).length) { next.values = values; }
      columns[name] = next;
    }
    const dates = document.getElementById('wizard-dates');
    return Object.assign({}, mapping, {
      columns,
      culture: culture.value || mapping.culture,
      dateFormats: dates && dates.value.trim() ? dates.value.split(',').map(d => d.trim()).filter(d => d) : mapping.dateFormats,
    });
  }

  const later = () => { clearTimeout(timer); timer = setTimeout(() => suggest(collect()), 400); };
  wizard.addEventListener('change', later);
  wizard.addEventListener('input', e => { if (e.target.classList.contains('wizard-value') || e.target.id === 'wizard-dates') { later(); } });

  async function start() {
    showParameters();
    mapping = null;
    presetName = null;
    wizard.hidden = true;
    const file = fileInput.files[0];
    sample = file ? await sampleOf(file) : null;
    if (sample) { await suggest(null); }
  }
  kind.addEventListener('change', start);
  fileInput.addEventListener('change', start);
  savedSelect.addEventListener('change', () => suggest(null));
  culture.addEventListener('change', () => { if (mapping) { later(); } });

  document.getElementById('mapping-save').addEventListener('click', async () => {
    const saved = document.getElementById('mapping-saved');
    const data = fields({ name: document.getElementById('mapping-name').value, mapping: JSON.stringify(collect()) });
    const response = await fetch('?handler=saveMapping', { method: 'POST', body: data });
    const body = await response.json();
    saved.textContent = response.ok ? `${texts.saved}: ${body.name} ${texts.version} ${body.version}${body.added ? '' : ` (${texts.unchanged})`}` : body.summary;
  });

  function run(dryRun) {
    if (!fileInput.files[0]) { fileInput.reportValidity(); return; }
    const extra = { DryRun: dryRun ? 'true' : 'false', SkipInvalid: document.getElementById('import-skip').checked ? 'true' : 'false', Culture: culture.value };
    if (mapping && mappable()) { extra.mapping = JSON.stringify(collect()); }
    for (const label of form.querySelectorAll('[data-parameter]:not([hidden]) input')) { extra[label.name] = label.value; }
    const data = fields(extra);
    data.append('File', fileInput.files[0], fileInput.files[0].name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', location.pathname);
    bar.hidden = false; bar.value = 0; status.textContent = texts.uploading;
    xhr.upload.onprogress = p => { if (p.lengthComputable) { bar.value = Math.round(100 * p.loaded / p.total); } };
    xhr.upload.onload = () => { status.textContent = texts.checking; bar.removeAttribute('value'); };
    xhr.onload = () => {
      bar.value = 100; status.textContent = '';
      let r; try { r = JSON.parse(xhr.responseText); } catch { status.textContent = texts.failed; return; }
      report(r);
    };
    xhr.send(data);
  }

  function report(r) {
    document.getElementById('import-report').hidden = false;
    document.getElementById('import-summary').textContent = r.summary;
    const links = (r.links || []).flatMap((l, i) => [i ? ' · ' : `${texts.changed}: `, el('a', { href: l.href, textContent: l.label })]);
    const partners = (r.partners || []).flatMap((l, i) => [i ? ', ' : ` · ${labels.partnerId}: `, el('a', { href: l.href, textContent: l.label, className: 'touched' })]);
    document.getElementById('import-links').replaceChildren(...links, ...partners);
    const rejects = document.getElementById('import-rejects');
    rejects.hidden = !r.rejectsCsv;
    if (r.rejectsCsv) { rejects.href = URL.createObjectURL(new Blob([r.rejectsCsv], { type: 'text/csv' })); }
    const issues = [...r.issues, ...r.warnings];
    document.getElementById('import-issues').closest('table').hidden = issues.length === 0;
    document.getElementById('import-issues').replaceChildren(...issues.map(i =>
      el('tr', {}, ...[i.line, i.column, i.value, i.reason].map(v => el('td', { textContent: v })))));
  }

  form.addEventListener('submit', e => { e.preventDefault(); run(false); });
  document.getElementById('import-check').addEventListener('click', () => run(true));
  showParameters();
})();

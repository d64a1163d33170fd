// Value-model builder: a live business case beside the editor. Every change posts the form to the page's Preview
// handler (nothing is saved) and shows the npv, the payback month, the cash-flow chart and the errors at their rows.
(() => {
  const form = document.getElementById('model-editor');
  if (!form) { return; }
  const npv = document.getElementById('live-npv');
  const payback = document.getElementById('live-payback');
  const chart = document.getElementById('live-chart');
  const general = document.getElementById('live-errors');
  const tables = { inputs: document.getElementById('inputs-table'), drivers: document.getElementById('drivers-table') };
  const dataRows = table => [...table.tBodies[0].rows].filter(r => !r.classList.contains('error-row') && !r.classList.contains('live-error'));
  let timer, seq = 0;

  // Rows are posted in their shown order (the arrows move them), as on submit.
  function renumber() {
    Object.values(tables).forEach(t => dataRows(t).forEach((r, i) =>
      r.querySelectorAll('[name]').forEach(f => { f.name = f.name.replace(/\[\d+\]/, `[${i}]`); })));
  }

  // Typing a name into the last (empty) row adds a fresh empty row below it.
  function keepEmptyRow(table) {
    const rows = dataRows(table);
    const last = rows.at(-1);
    const name = last?.querySelector('input[name$=".Name"]');
    if (!name || !name.value.trim()) { return; }
    const fresh = last.cloneNode(true);
    fresh.classList.remove('has-error');
    fresh.querySelectorAll('input, select').forEach(f => {
      if (f.type === 'checkbox') { f.checked = false; } else if (f.type !== 'hidden' || f.name.endsWith('.Library')) { f.value = ''; }
    });
    last.after(fresh);
    renumber();
  }

  function showErrors(errors) {
    document.querySelectorAll('tr.live-error').forEach(r => r.remove());
    Object.values(tables).forEach(t => dataRows(t).forEach(r => r.classList.remove('live-has-error')));
    general.replaceChildren();
    errors.forEach(e => {
      const row = e.table && tables[e.table] ? dataRows(tables[e.table])[e.row] : null;
      if (row) {
        row.classList.add('live-has-error');
        const tr = document.createElement('tr');
        tr.className = 'live-error';
        const td = document.createElement('td');
        td.colSpan = row.cells.length;
        td.className = 'error';
        td.textContent = e.message;
        tr.append(td);
        row.after(tr);
      } else {
        const li = document.createElement('li');
        li.textContent = e.message;
        general.append(li);
      }
    });
  }

  async function preview() {
    const mine = ++seq;
    renumber();
    const response = await fetch(form.dataset.preview, { method: 'POST', body: new FormData(form) });
    if (mine !== seq || !response.ok) { return; }
    const r = await response.json();
    npv.textContent = r.npvText ?? '–';
    payback.textContent = r.paybackMonth ?? '–';
    if (r.cashFlowSvg) { chart.innerHTML = r.cashFlowSvg; }
    form.classList.toggle('has-live-errors', r.errors.length > 0);
    showErrors(r.errors);
  }

  // The driver library: choosing an entry fills the empty last row with its name, unit, range, labels and link.
  const library = JSON.parse(document.getElementById('library-data')?.textContent || '{}');
  const fields = {
    'inputs-table': { Name: 'key', Unit: 'unit', Low: 'low', Likely: 'likely', High: 'high', LabelEn: 'labelEn', LabelDe: 'labelDe', Actual: 'actual', Synonyms: 'synonyms', Library: 'key' },
    'drivers-table': { Name: 'key', Category: 'category', Stream: 'stream', Formula: 'formula', LabelEn: 'labelEn', LabelDe: 'labelDe', Synonyms: 'synonyms', Library: 'key' },
  };
  document.querySelectorAll('select.library-choice').forEach(select => select.addEventListener('change', () => {
    const entry = library[select.value];
    const table = document.getElementById(select.dataset.table);
    select.value = '';
    if (!entry || !table) { return; }
    entry.key = Object.keys(library).find(k => library[k] === entry);
    const rows = dataRows(table);
    const existing = rows.find(r => r.querySelector('input[name$=".Name"]').value.trim() === entry.key);
    if (existing) { existing.querySelector('input[name$=".Name"]').focus(); return; }
    const row = rows.at(-1);
    Object.entries(fields[table.id]).forEach(([field, key]) => {
      const input = row.querySelector(`[name$=".${field}"]`);
      if (input && entry[key] !== null && entry[key] !== undefined) { input.value = entry[key]; }
    });
    keepEmptyRow(table);
    row.querySelector('input[name$=".Likely"], input[name$=".Formula"]')?.focus();
    later();
  }));

  function later() { clearTimeout(timer); timer = setTimeout(preview, 300); }
  form.addEventListener('input', e => {
    const table = e.target.closest('table');
    if (table) { keepEmptyRow(table); }
    later();
  });
  form.addEventListener('change', later);
  form.addEventListener('click', e => { if (e.target.closest('button.move-up, button.move-down')) { later(); } });
  preview();
})();

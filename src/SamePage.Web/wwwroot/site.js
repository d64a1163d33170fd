// Small progressive enhancements; every page works without this file.
document.querySelectorAll('select[data-autosubmit]').forEach(s => s.addEventListener('change', () => s.form.submit()));

// Navigation menus: one open at a time; a click elsewhere or Escape closes them.
const navGroups = [...document.querySelectorAll('details.navgroup')];
navGroups.forEach(g => g.addEventListener('toggle', () => { if (g.open) { navGroups.filter(o => o !== g).forEach(o => o.open = false); } }));
document.addEventListener('click', e => navGroups.forEach(g => { if (g.open && !g.contains(e.target)) { g.open = false; } }));
document.addEventListener('keydown', e => { if (e.key === 'Escape') { navGroups.forEach(g => g.open = false); } });

// Value-model editor: move rows up and down; names are renumbered on submit so the server reads them in the new order.
document.querySelectorAll('table.reorderable').forEach(table => {
    const body = table.tBodies[0];
    const rowsOf = tr => tr.nextElementSibling?.classList.contains('error-row') ? [tr, tr.nextElementSibling] : [tr];
    body.addEventListener('click', e => {
        const button = e.target.closest('button.move-up, button.move-down');
        if (!button) { return; }
        const tr = button.closest('tr');
        const data = [...body.rows].filter(r => !r.classList.contains('error-row'));
        const at = data.indexOf(tr);
        const other = data[button.classList.contains('move-up') ? at - 1 : at + 1];
        if (!other) { return; }
        const moving = rowsOf(tr);
        if (button.classList.contains('move-up')) { moving.forEach(r => body.insertBefore(r, other)); }
        else { const after = rowsOf(other).at(-1).nextSibling; moving.forEach(r => body.insertBefore(r, after)); }
        button.focus();
    });
    table.closest('form')?.addEventListener('submit', () => {
        [...body.rows].filter(r => !r.classList.contains('error-row')).forEach((r, i) =>
            r.querySelectorAll('[name]').forEach(f => { f.name = f.name.replace(/\[\d+\]/, `[${i}]`); }));
    });
});

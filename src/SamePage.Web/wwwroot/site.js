// Small progressive enhancements; every page works without this file.
document.querySelectorAll('select[data-autosubmit]').forEach(s => s.addEventListener('change', () => s.form.submit()));

// Navigation menus: one open at a time; a click elsewhere or Escape closes them.
const navGroups = [...document.querySelectorAll('details.navgroup')];
navGroups.forEach(g => g.addEventListener('toggle', () => { if (g.open) { navGroups.filter(o => o !== g).forEach(o => o.open = false); } }));
document.addEventListener('click', e => navGroups.forEach(g => { if (g.open && !g.contains(e.target)) { g.open = false; } }));
document.addEventListener('keydown', e => { if (e.key === 'Escape') { navGroups.forEach(g => g.open = false); } });

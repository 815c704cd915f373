// The dashboard's only stylesheet and script, served from the bot itself (the CSP allows nothing
// else). Kept as strings so the build needs no copy step.

export const STYLESHEET = `
:root { color-scheme: light dark; --brand: #2b6cb0; --bg: #f6f7f9; --fg: #1d2125; --muted: #5c6570; --card: #fff; --line: #d5d9de; }
@media (prefers-color-scheme: dark) { :root { --bg: #1e1f22; --fg: #e6e7e9; --muted: #a3a9b1; --card: #2b2d31; --line: #3f4147; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; padding: .75rem 1rem; background: var(--card); border-bottom: 1px solid var(--line); }
header nav { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
header form { margin: 0; }
.brand { margin: 0; font-weight: 700; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: var(--brand); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; }
button { font: inherit; padding: .35rem .8rem; border-radius: 4px; border: 1px solid var(--line); background: var(--card); color: var(--fg); cursor: pointer; }
button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
button.danger { border-color: #c53030; color: #c53030; }
label { display: block; font-weight: 600; margin-bottom: .2rem; }
input, select { font: inherit; padding: .35rem .5rem; width: 100%; border: 1px solid var(--line); border-radius: 4px; background: var(--card); color: var(--fg); }
.form-grid { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); align-items: end; }
.notice { padding: .6rem .8rem; border-radius: 4px; border-left: 4px solid var(--brand); background: var(--card); }
.notice.error { border-color: #c53030; }
.subscriptions { list-style: none; padding: 0; display: grid; gap: .75rem; }
.subscription { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.subscription h2 { margin: 0 0 .25rem; font-size: 1.05rem; overflow-wrap: anywhere; }
.subscription dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .5rem 0; }
.subscription dt { color: var(--muted); }
.subscription dd { margin: 0; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.actions form { margin: 0; }
.status { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .85rem; font-weight: 600; border: 1px solid currentColor; }
.status.active { color: #2f855a; } .status.paused { color: #b7791f; } .status.failing { color: #c53030; }
.log { list-style: none; padding: 0; } .log li { padding: .5rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.embed { max-width: 32rem; background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 4px; padding: .6rem 1rem .8rem .8rem; font-size: .9rem; }
.embed-author { font-weight: 600; font-size: .85rem; }
.embed-title { margin: .3rem 0; font-size: 1rem; }
.embed-fields { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin-top: .5rem; }
.field { flex: 1 1 100%; min-width: 0; overflow-wrap: anywhere; } .field.inline { flex: 1 1 8rem; }
.field-name { font-weight: 700; }
.embed-image { display: block; margin-top: .6rem; padding: 2rem .5rem; text-align: center; border: 1px dashed var(--line); border-radius: 4px; }
.embed-footer { margin-top: .6rem; font-size: .78rem; color: var(--muted); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; }
`;

export const SCRIPT = `
'use strict';
// Times in the reader's own zone; relative ones (style R) as Discord shows them.
(function () {
  var relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  var steps = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  function ago(ms) {
    var seconds = (ms - Date.now()) / 1000;
    for (var i = 0; i < steps.length; i++) {
      if (Math.abs(seconds) >= steps[i][1] || steps[i][0] === 'second') return relative.format(Math.round(seconds / steps[i][1]), steps[i][0]);
    }
  }
  document.querySelectorAll('time[datetime]').forEach(function (el) {
    var ms = Date.parse(el.getAttribute('datetime'));
    if (isNaN(ms)) return;
    var style = el.getAttribute('data-style');
    el.title = new Date(ms).toLocaleString();
    if (style === 'R') el.textContent = ago(ms);
    else if (style === 'd' || style === 'D') el.textContent = new Date(ms).toLocaleDateString(undefined, { dateStyle: style === 'D' ? 'long' : 'short' });
    else el.textContent = new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  });
  // The card's colour bar (an inline style would be refused by the CSP; the CSSOM is not).
  document.querySelectorAll('.embed[data-colour]').forEach(function (el) {
    el.style.borderLeftColor = el.getAttribute('data-colour');
  });
  // Removing a subscription asks first.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
})();
`;

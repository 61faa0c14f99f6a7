// The report's one style sheet, inline: light and dark themes, a phone-width layout and print rules.
// No web fonts, no images, nothing fetched.
export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--dim:#57606a;--line:#d0d7de;--card:#f6f8fa;--good:#2e7d32;--good-bg:#c8e6c9;--lapse:#8a4b00;--lapse-bg:#ffe0b2;--none-bg:transparent;--accent:#0b5cad;--dot:#6e8fb5}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--fg:#e6edf3;--dim:#9aa4ae;--line:#30363d;--card:#161b22;--good:#81c784;--good-bg:#1f4d23;--lapse:#ffcc80;--lapse-bg:#5c3600;--accent:#79b8ff;--dot:#58739a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1.2rem 0 .4rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.private{background:var(--card);border-left:4px solid var(--accent);padding:.6rem .8rem;margin:.5rem 0}
.private p{margin:.2rem 0}
table{border-collapse:collapse;margin:.4rem 0}th,td{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}.nw{white-space:nowrap}
dl.glance{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.glance dt{color:var(--dim)}dl.glance dd{margin:0}
.months{display:flex;flex-wrap:wrap;gap:1rem}
table.month{font-variant-numeric:tabular-nums}table.month caption{font-weight:600;text-align:left;padding:.2rem 0}
table.month th{font-weight:400;color:var(--dim);text-align:center;border:0;padding:.1rem}table.month abbr{text-decoration:none}
table.month td{width:2.3rem;height:2.1rem;text-align:center;border:2px solid var(--bg);padding:0;border-radius:6px}
td.on-track,.legend .on-track{background:var(--good-bg);color:var(--fg)}
td.lapse,.legend .lapse{background:var(--lapse-bg);color:var(--lapse);font-weight:700;outline:2px dashed var(--lapse);outline-offset:-4px}
td.none,.legend .none{border:2px solid var(--bg);box-shadow:inset 0 0 0 1px var(--line)}
td.before-start,td.future{color:var(--dim)}
td.today,.legend .today{box-shadow:inset 0 0 0 2px var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none}
.legend span{display:inline-block;width:1.1rem;height:1.1rem;border-radius:4px;vertical-align:middle;margin-right:.3rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
figure{margin:1rem 0}figcaption{color:var(--dim);font-size:.95rem}
svg.chart{width:100%;height:auto;max-width:720px;display:block}
svg.chart .grid{stroke:var(--line);stroke-width:1}svg.chart .tick{fill:var(--dim);font-size:11px}
svg.chart .dot{fill:var(--dot);opacity:.75}svg.chart .average{fill:none;stroke:var(--accent);stroke-width:2.5}
.met{color:var(--good)}.unmet{color:var(--dim)}
.grid-answers td{min-width:10rem}
ul.answers{margin:.2rem 0 .6rem;padding-left:1.2rem}
footer{color:var(--dim);font-size:.9rem;margin:2rem auto;border-top:1px solid var(--line);padding-top:.6rem}
@media (max-width:40rem){body{font-size:15px}dl.glance{grid-template-columns:1fr}dl.glance dd{margin-bottom:.4rem}table.month td{width:2.1rem;height:2rem}}
@media print{:root{--bg:#fff;--fg:#000;--dim:#444;--card:#fff;--line:#999;--good-bg:#c8e6c9;--lapse-bg:#ffe0b2;--lapse:#6a3a00;--accent:#0b5cad}
body{font-size:11pt}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
h2{break-after:avoid}figure,table,.month,li{break-inside:avoid}.scroll{overflow:visible}header,main,footer{max-width:none}}
`.trim();

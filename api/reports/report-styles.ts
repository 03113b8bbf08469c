/** Print stylesheet: A4, CJK-capable fonts first (Debian: fonts-wqy-zenhei / fonts-noto-cjk). */
export const REPORT_CSS = `
@page { size: A4; margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "DejaVu Sans", sans-serif;
  font-size: 10pt; line-height: 1.45; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1.5px solid #2f7d5b; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
.subtitle { color: #555; margin: 0 0 1mm; }
.other-name { color: #444; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; }
th, td { border: 0.6px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef4f0; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv th { width: 38%; }
tr { break-inside: avoid; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; white-space: nowrap; }
figure { margin: 2mm 0 3mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 8.5pt; color: #444; margin-top: 1mm; }
.legend span { display: inline-block; margin-right: 4mm; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 1.5mm; vertical-align: -1px; border: 1px solid; }
.note { color: #444; font-style: italic; }
ul.warnings { padding-left: 5mm; margin: 1mm 0 3mm; font-size: 8.5pt; }
ol.citations { padding-left: 6mm; font-size: 8.5pt; }
ol.citations li { margin-bottom: 1mm; word-break: break-word; }
.status { color: #555; }
footer { margin-top: 8mm; border-top: 1px solid #bbb; padding-top: 2mm; font-size: 8.5pt; color: #444; }
a { color: #1d4ed8; text-decoration: none; }
`

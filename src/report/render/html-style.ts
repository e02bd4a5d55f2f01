/** Inline stylesheet of the printable HTML sitrep (screen and print). */
export const SITREP_CSS = `
:root { color: #1d232a; background: #fff; font: 15px/1.5 Georgia, "DejaVu Serif", serif; }
body { max-width: 52rem; margin: 2rem auto; padding: 0 1.2rem; }
h1 { font: 700 1.7rem/1.2 system-ui, "DejaVu Sans", sans-serif; margin: 0 0 .3rem; }
h2 { font: 700 1.15rem/1.3 system-ui, "DejaVu Sans", sans-serif; border-bottom: 2px solid #1d232a; padding-bottom: .15rem; margin: 1.8rem 0 .6rem; }
h3 { font: 600 1rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 1.1rem 0 .3rem; }
.meta { color: #555; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { border-bottom: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .8rem; color: #444; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
a.cite { font-size: .78em; text-decoration: none; color: #1f5fa8; white-space: nowrap; }
.evidence { color: #444; }
.evidence b, .context b { background: #fff1b8; font-weight: 600; }
.what { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .8rem; color: #333; }
.context { color: #555; }
.tl-summary { margin: 0 0 .2rem; color: #333; }
.tl-events { margin: 0; padding-left: 1.1rem; }
.tl-events li { margin-bottom: .15rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; border-bottom: 1px solid #ddd; padding: .4rem 0; }
.pair p { margin: 0; }
.who { font-weight: 700; font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .9rem; }
ol.passages { font-size: .85rem; padding-left: 2.2rem; }
ol.passages li { margin-bottom: .4rem; }
ol.passages q { font-style: italic; }
.back { font-size: .8em; text-decoration: none; }
.summary li { margin-bottom: .2rem; }
@media print {
  :root { font-size: 10.5pt; }
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, .pair, ol.passages li { break-inside: avoid; }
  a { color: inherit; }
  a.cite::after { content: ""; }
  .back { display: none; }
}
`;

import CaveatCore
import CaveatScore
import Foundation

/// The frame every HTML report shares: one self-contained file (inline CSS and script only, a
/// Content-Security-Policy that forbids loading anything), laid out for any width from a
/// phone to a wide screen, and printable.
enum HTMLPage {
  static func escape(_ text: String) -> String { HTMLText.escape(text) }

  /// The document up to the opening of `<main>`, in `language`, titled `title`.
  static func open(title: String, language: Language) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
    <title>\(escape(title))</title>
    <style>
    \(css)
    </style>
    </head>
    <body>
    <main>

    """
  }

  /// The end of the document: the page's script (sorting, printing with reasons open, and the
  /// width check that tests read), then `</html>`.
  static func close() -> String {
    """
    </main>
    <script>
    \(script)
    </script>
    </body>
    </html>

    """
  }

  /// Colour of a score: green from 75, amber from 45, red below.
  static func scoreColor(_ score: Int) -> String { score >= 75 ? "#2e9e55" : score >= 45 ? "#d99a12" : "#d2423f" }

  /// The CSS class of a verdict ("verdict-buy").
  static func verdictClass(_ verdict: Verdict) -> String { "verdict-" + verdict.rawValue }

  static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #f4f6f9; }
    main { max-width: 1880px; margin: 0 auto; padding: 20px clamp(10px, 2.5vw, 32px) 40px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 0 0 10px; }
    h3 { font-size: 15px; margin: 0 0 6px; }
    p { margin: 4px 0; }
    .muted, .summary { color: #5b6475; }
    .file { color: #6b7385; font-size: 12px; overflow-wrap: anywhere; }
    .card { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(20,30,50,.10); padding: 14px 16px; min-width: 0; }
    section { margin-top: 22px; }
    .overview { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr)); gap: 14px; margin-top: 16px; }
    figure { margin: 0; }
    figcaption { color: #5b6475; font-size: 12px; margin-top: 6px; }
    svg.chart { display: block; width: 100%; height: auto; max-height: 260px; }
    svg.chart text { font: 11px system-ui, sans-serif; fill: #5b6475; }
    .counts { list-style: none; margin: 0; padding: 0; }
    .counts li { display: grid; grid-template-columns: minmax(0, 9em) minmax(0, 1fr) 3.5em; gap: 8px; align-items: center; margin: 5px 0; }
    .meter { height: 10px; background: #e6e9ef; border-radius: 5px; overflow: hidden; }
    .meter > span { display: block; height: 100%; border-radius: 5px; }
    .counts b { text-align: right; font-variant-numeric: tabular-nums; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; margin: 0 4px 4px 0; background: #eef1f6; overflow-wrap: anywhere; }
    .badge.fragile { background: #fde7d9; } .badge.high-value { background: #e3ecff; } .badge.price-too-good { background: #fde2e4; }
    .badge.group { background: #efe6fb; color: #4b2a86; text-decoration: none; }
    .verdict-buy { --verdict: #17803d; } .verdict-caution { --verdict: #a86500; } .verdict-avoid { --verdict: #c0262d; } .verdict-insufficient-data { --verdict: #5b6475; }
    .verdict-word { color: var(--verdict); font-weight: 700; }
    .grade { font-weight: 700; font-size: 18px; color: var(--verdict); }
    .bar { width: 100%; max-width: 90px; height: 8px; background: #e6e9ef; border-radius: 4px; overflow: hidden; margin-top: 4px; }
    .bar > span { display: block; height: 100%; }
    .title { font-weight: 600; overflow-wrap: anywhere; }
    .sev-danger { color: #c0262d; } .sev-warning { color: #a86500; } .sev-info { color: #5b6475; }
    .evidence { color: #6b7385; font-size: 12px; overflow-wrap: anywhere; }
    ul.reasons { margin: 6px 0; padding-left: 18px; } ul.reasons li { margin: 3px 0; }
    details summary { cursor: pointer; color: #2f5bb7; }
    details[open] summary { margin-bottom: 4px; }
    .groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr)); gap: 14px; }
    .group { border-left: 5px solid #8a63d2; }
    .group ol { margin: 6px 0 0; padding-left: 20px; } .group li { margin: 3px 0; overflow-wrap: anywhere; }
    .best { font-weight: 700; color: #17803d; }
    .notice { border-left: 5px solid #d99a12; overflow-wrap: anywhere; }
    .notice code { background: #f4f6f9; padding: 1px 4px; border-radius: 4px; }
    ul.plain { margin: 0; padding-left: 18px; overflow-wrap: anywhere; }
    /* The ranking: a table on wide screens, one card per listing below 1000 px. */
    table.ranking { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(20,30,50,.10); margin-top: 22px; }
    table.ranking th, table.ranking td { padding: 8px 8px; border-bottom: 1px solid #e6e9ef; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    table.ranking th { background: #eef1f6; cursor: pointer; user-select: none; font-size: 13px; }
    table.ranking th[aria-sort=ascending]::after { content: " ▲"; } table.ranking th[aria-sort=descending]::after { content: " ▼"; }
    table.ranking td.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.ranking tr { border-left: 4px solid var(--verdict); }
    col.c-rank { width: 3.5%; } col.c-grade { width: 5%; } col.c-score { width: 7%; } col.c-listing { width: 22%; }
    col.c-price { width: 8%; } col.c-rating { width: 7%; } col.c-stars { width: 9%; } col.c-seller { width: 11%; }
    col.c-flags { width: 8%; } col.c-reasons { width: 19.5%; }
    td.stars svg { width: 100%; max-width: 120px; height: auto; }
    @media (max-width: 999px) {
      table.ranking, table.ranking tbody { display: block; background: none; box-shadow: none; }
      table.ranking thead, table.ranking colgroup { display: none; }
      table.ranking tr { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px 14px; background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(20,30,50,.10); padding: 12px 14px; margin: 0 0 12px; border-left: 5px solid var(--verdict); }
      table.ranking td { display: block; border: 0; padding: 0; text-align: left; min-width: 0; }
      table.ranking td.num { text-align: left; }
      table.ranking td::before { content: attr(data-label); display: block; font-size: 11px; color: #6b7385; text-transform: uppercase; letter-spacing: .03em; }
      table.ranking td.listing, table.ranking td.flags, table.ranking td.reasons { grid-column: 1 / -1; }
      table.ranking td.listing { order: -1; }
      table.ranking td.flags:empty { display: none; }
    }
    @media (max-width: 560px) {
      table.ranking tr { grid-template-columns: repeat(2, minmax(0, 1fr)); }
      .counts li { grid-template-columns: minmax(0, 7em) minmax(0, 1fr) 3em; }
    }
    /* One listing (vet) and the diff. */
    .verdict-card { border-left: 6px solid var(--verdict); }
    .headline { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: baseline; }
    .headline .verdict-word { font-size: 22px; }
    .facts { display: grid; grid-template-columns: minmax(0, 10em) minmax(0, 1fr); gap: 6px 14px; margin: 0; }
    .facts dt { color: #5b6475; } .facts dd { margin: 0; overflow-wrap: anywhere; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 380px), 1fr)); gap: 14px; align-items: start; margin-top: 14px; }
    table.changes { width: 100%; border-collapse: collapse; table-layout: fixed; }
    table.changes th, table.changes td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9ef; vertical-align: top; overflow-wrap: anywhere; }
    table.changes th { background: #eef1f6; font-size: 13px; }
    .down { color: #c0262d; font-weight: 600; } .up { color: #17803d; }
    blockquote { margin: 6px 0; padding: 6px 10px; border-left: 3px solid #d5dae3; background: #fafbfc; overflow-wrap: anywhere; }
    @media (max-width: 560px) {
      .facts { grid-template-columns: minmax(0, 1fr); gap: 0 0; } .facts dd { margin-bottom: 6px; }
      table.changes, table.changes tbody, table.changes tr, table.changes td { display: block; }
      table.changes thead { display: none; }
      table.changes tr { padding: 6px 0; border-bottom: 1px solid #e6e9ef; }
      table.changes td { border: 0; padding: 1px 0; }
      table.changes td::before { content: attr(data-label) ": "; color: #6b7385; font-size: 12px; }
    }
    @media print {
      body { background: #fff; font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .card, table.ranking, table.ranking tr { box-shadow: none; border: 1px solid #ccd2dc; }
      table.ranking th { cursor: auto; }
      table.ranking tr, .card, figure { break-inside: avoid; }
      details summary { color: inherit; }
      a { color: inherit; text-decoration: none; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """

  static let script = """
    (function () {
      var table = document.getElementById('ranking');
      if (table && table.tHead) {
        var headers = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(headers, function (th, column) {
          th.addEventListener('click', function () {
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var numeric = th.getAttribute('data-type') === 'num';
            var rows = Array.prototype.slice.call(table.tBodies[0].rows);
            rows.sort(function (a, b) {
              var x = a.cells[column], y = b.cells[column];
              var p = x.getAttribute('data-sort') || x.textContent, q = y.getAttribute('data-sort') || y.textContent;
              var order = numeric ? parseFloat(p) - parseFloat(q) : p.localeCompare(q);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
          });
        });
        document.body.setAttribute('data-rows', String(table.tBodies[0].rows.length));
      }
      // Printing shows every reason.
      window.addEventListener('beforeprint', function () {
        Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
      });
      // The width check: how far the page and any cell reach past the window (0 when it fits).
      function measure() {
        var root = document.documentElement;
        var clipped = 0;
        Array.prototype.forEach.call(document.querySelectorAll('td, th, dd, .card, figure'), function (el) {
          if (el.scrollWidth > el.clientWidth + 1) { clipped += 1; }
        });
        document.body.setAttribute('data-overflow', String(Math.max(0, root.scrollWidth - window.innerWidth)));
        document.body.setAttribute('data-clipped', String(clipped));
        document.body.setAttribute('data-width', String(window.innerWidth));
      }
      measure();
      window.addEventListener('resize', measure);
    })();
    """
}

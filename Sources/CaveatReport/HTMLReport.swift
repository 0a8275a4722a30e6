import CaveatCore
import CaveatRank
import Foundation

/// The ranking as one self-contained HTML file: no network, no external script, font or
/// image; every value from a page is escaped, and page URLs are shown as text, never loaded.
enum HTMLReport {
  static func escape(_ text: String) -> String { HTMLText.escape(text) }

  static func head(summary: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
    <title>Caveat ranking</title>
    <style>
    body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1d2330; background: #fafbfc; }
    h1 { font-size: 20px; margin: 0 0 4px; }
    .summary { color: #5b6475; margin-bottom: 16px; }
    table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
    th, td { padding: 8px 10px; border-bottom: 1px solid #e6e9ef; vertical-align: top; text-align: left; }
    th { background: #f1f3f7; cursor: pointer; user-select: none; white-space: nowrap; }
    th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .grade { font-weight: 700; font-size: 16px; }
    .verdict-buy { color: #17803d; } .verdict-caution { color: #b26b00; } .verdict-avoid { color: #c0262d; } .verdict-insufficient-data { color: #5b6475; }
    .bar { width: 90px; height: 8px; background: #e6e9ef; border-radius: 4px; overflow: hidden; margin-top: 4px; }
    .bar > span { display: block; height: 100%; }
    .badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; margin: 0 4px 4px 0; background: #eef1f6; }
    .badge.fragile { background: #fde7d9; } .badge.high-value { background: #e3ecff; } .badge.price-too-good { background: #fde2e4; }
    .title { font-weight: 600; } .file { color: #7a8294; font-size: 12px; word-break: break-all; }
    details summary { cursor: pointer; color: #2f5bb7; }
    details li { margin: 2px 0; } .sev-danger { color: #c0262d; } .sev-warning { color: #b26b00; } .sev-info { color: #5b6475; }
    .evidence { color: #7a8294; font-size: 12px; }
    section { margin-top: 24px; }
    </style>
    </head>
    <body>
    <h1>Caveat ranking</h1>
    <div class="summary">\(escape(summary))</div>
    <table id="ranking">
    <thead><tr>
    <th data-type="num">#</th><th data-type="num">Grade</th><th data-type="num">Score</th><th>Listing</th>
    <th data-type="num">Price</th><th data-type="num">Rating</th><th>Stars</th><th>Seller</th><th>Flags</th><th>Reasons</th>
    </tr></thead>
    <tbody>

    """
  }

  static func row(rank: Int, summary: RankSummary, report: VetReport) -> String {
    let listing = report.listing
    let assessment = report.assessment
    let verdict = assessment?.verdict.rawValue ?? "insufficient-data"
    let score = summary.score
    let color = score >= 75 ? "#2e9e55" : score >= 45 ? "#e0a21b" : "#d2423f"
    let price = listing.price.map { String(format: "%.2f", $0.amount) + ($0.currency.map { " " + $0 } ?? "") } ?? "–"
    let rating = listing.rating.average.map { String(format: "%.1f", $0) } ?? "–"
    let count = (listing.rating.count ?? listing.reviewCount).map { " (\($0))" } ?? ""
    var seller = escape(listing.seller.name ?? "–")
    if let percent = listing.seller.positiveFeedbackPercent {
      seller += "<br>" + escape(String(format: "%.1f%% positive", percent))
    }
    let flags = summary.flags.map { "<span class=\"badge \(escape($0))\">\(escape($0))</span>" }.joined()
    var reasons = "<details><summary>\(escape(verdict))</summary><ul>"
    for signal in assessment?.signals ?? [] {
      reasons += "<li class=\"sev-\(signal.severity.rawValue)\">\(escape(signal.message))"
      if !signal.evidence.isEmpty {
        reasons +=
          "<div class=\"evidence\">" + signal.evidence.prefix(3).map(escape).joined(separator: "<br>") + "</div>"
      }
      reasons += "</li>"
    }
    reasons += "</ul>"
    if let advice = assessment?.advice, !advice.isEmpty {
      reasons += "<strong>What to do</strong><ul>" + advice.map { "<li>\(escape($0.message))</li>" }.joined() + "</ul>"
    }
    reasons += "</details>"
    return """
      <tr class="verdict-\(escape(verdict))">
      <td class="num" data-sort="\(rank)">\(rank)</td>
      <td class="num grade verdict-\(escape(verdict))" data-sort="\(score)">\(escape(assessment?.grade ?? "?"))</td>
      <td class="num" data-sort="\(score)">\(score)<div class="bar" role="img" aria-label="score \(score) of 100"><span style="width:\(max(0, min(100, score)))%;background:\(color)"></span></div></td>
      <td><div class="title">\(escape(listing.title ?? "(no title)"))</div><div class="file">\(escape(report.site)) · \(escape(report.source.file))</div></td>
      <td class="num" data-sort="\(listing.price?.amount ?? -1)">\(escape(price))</td>
      <td class="num" data-sort="\(listing.rating.average ?? -1)">\(escape(rating + count))</td>
      <td>\(histogram(listing.rating))</td>
      <td data-sort="\(listing.seller.positiveFeedbackPercent ?? -1)">\(seller)</td>
      <td>\(flags)</td>
      <td>\(reasons)</td>
      </tr>

      """
  }

  /// Five bars, 5★ at the top, as inline SVG; counts where the page gives them, else shares.
  static func histogram(_ rating: Rating) -> String {
    var shares: [Double] = []
    if let histogram = rating.histogram {
      let counts = (1...5).map { Double(histogram[String($0)] ?? 0) }
      let total = counts.reduce(0, +)
      if total > 0 { shares = counts.map { $0 / total } }
    } else if let percents = rating.histogramPercent {
      shares = (1...5).map { (percents[String($0)] ?? 0) / 100 }
    }
    guard shares.count == 5 else { return "–" }
    var svg = "<svg width=\"110\" height=\"50\" viewBox=\"0 0 110 50\" role=\"img\" aria-label=\"rating histogram\">"
    for (row, star) in (1...5).reversed().enumerated() {
      let y = row * 10
      let width = Int((shares[star - 1] * 80).rounded())
      svg += "<text x=\"0\" y=\"\(y + 8)\" font-size=\"8\" fill=\"#5b6475\">\(star)★</text>"
      svg += "<rect x=\"18\" y=\"\(y + 2)\" width=\"80\" height=\"6\" fill=\"#e6e9ef\"/>"
      svg += "<rect x=\"18\" y=\"\(y + 2)\" width=\"\(width)\" height=\"6\" fill=\"#f2b01e\"/>"
    }
    return svg + "</svg>"
  }

  static func tail(failures: [RankFailure], duplicates: [(file: String, of: String)], groups: [OfferGroup]) -> String {
    var html = "</tbody>\n</table>\n"
    if !groups.isEmpty {
      html += "<section><h2>Same product, several sellers</h2><ul>"
      for group in groups {
        html +=
          "<li>\(escape(group.key)): \(group.files.count) offers, median \(escape(String(format: "%.2f", group.medianPrice))) \(escape(group.currency ?? "")); cheapest trustworthy: \(escape(group.cheapestTrustworthy ?? "none"))</li>"
      }
      html += "</ul></section>\n"
    }
    if !duplicates.isEmpty {
      html += "<section><h2>Duplicates (ranked once)</h2><ul>"
      for duplicate in duplicates { html += "<li>\(escape(duplicate.file)) = \(escape(duplicate.of))</li>" }
      html += "</ul></section>\n"
    }
    if !failures.isEmpty {
      html += "<section><h2>Refused</h2><ul>"
      for failure in failures { html += "<li>\(escape(failure.message))</li>" }
      html += "</ul></section>\n"
    }
    html += """
      <script>
      (function () {
        var table = document.getElementById('ranking');
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
      })();
      </script>
      </body>
      </html>

      """
    return html
  }
}

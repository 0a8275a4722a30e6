import CaveatCore
import CaveatRank
import CaveatScore
import Foundation

/// The ranking as one self-contained HTML file: no network, no external script, font or
/// image; every value from a page is escaped, and page URLs are shown as text, never loaded.
///
/// At the top, what a person takes in at a glance: scores in bands, price against score, the
/// counts of verdicts and flags; then saves of one listing, offers of one product grouped, and
/// the ranking itself (a table on wide screens, a card per listing on narrow ones).
struct HTMLReport {
  let words: ReportWords
  /// The number of each offer group (1 for the first), by key.
  let groupNumbers: [String: Int]

  init(language: Language, groups: [OfferGroup]) {
    words = ReportWords(language)
    groupNumbers = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.key, $0 + 1) })
  }

  private func escape(_ text: String) -> String { HTMLText.escape(text) }

  func head(result: RankResult, shown: [RankSummary], failures: [RankFailure]) -> String {
    var html = HTMLPage.open(title: words.rankingTitle, language: words.language)
    html += "<header><h1>\(escape(words.rankingTitle))</h1>"
    html +=
      "<p class=\"summary\">\(escape(words.rankCounts(ranked: result.ranked.count, refused: failures.count, partial: result.partialCount, duplicates: result.duplicates.count)))</p></header>\n"
    html += overview(shown)
    if !result.saves.isEmpty {
      html += "<section><h2>\(escape(words.savesHeading))</h2>"
      for saves in result.saves {
        html += "<p class=\"card notice\">\(escape(words.saves(files: saves.files)))</p>"
      }
      html += "</section>\n"
    }
    html += groups(result)
    html += """
      <table class="ranking" id="ranking">
      <colgroup><col class="c-rank"><col class="c-grade"><col class="c-score"><col class="c-listing"><col class="c-price"><col class="c-rating"><col class="c-stars"><col class="c-seller"><col class="c-flags"><col class="c-reasons"></colgroup>
      <thead><tr>
      <th data-type="num">\(words.columnRank)</th><th data-type="num">\(escape(words.columnGrade))</th><th data-type="num">\(words.columnScore)</th><th>\(escape(words.columnListing))</th>
      <th data-type="num">\(escape(words.price))</th><th data-type="num">\(escape(words.rating))</th><th>\(escape(words.columnStars))</th><th>\(escape(words.seller))</th><th>\(escape(words.columnFlags))</th><th>\(escape(words.columnReasons))</th>
      </tr></thead>
      <tbody>

      """
    return html
  }

  /// The three summary cards: scores, price against score, verdicts and flags.
  private func overview(_ shown: [RankSummary]) -> String {
    var html = "<section class=\"overview\">"
    html += "<figure class=\"card\"><h2>\(escape(words.scoresChart))</h2>"
    html += SummaryCharts.scoreHistogram(shown.map(\.score), words: words)
    html += "<figcaption>\(escape(words.scoresCaption(shown.count)))</figcaption></figure>"
    html += "<figure class=\"card\"><h2>\(escape(words.priceChart))</h2>"
    let (currency, points, omitted) = SummaryCharts.commonCurrencyPoints(shown)
    if let currency, !points.isEmpty {
      let name = currency.isEmpty ? "?" : currency
      html += SummaryCharts.priceScatter(points, currency: name, words: words)
      html +=
        "<figcaption>\(escape(words.priceCaption(currency: name, plotted: points.count, omitted: omitted)))</figcaption>"
    } else {
      html += "<p class=\"muted\">\(escape(words.noPrices))</p>"
    }
    html += "</figure>"
    var verdicts: [Verdict: Int] = [:]
    var flags: [String: Int] = [:]
    for summary in shown {
      verdicts[summary.verdict, default: 0] += 1
      for flag in summary.flags { flags[flag, default: 0] += 1 }
    }
    html += "<figure class=\"card\"><h2>\(escape(words.verdictsAndFlags))</h2>"
    html += SummaryCharts.counts(verdicts: verdicts, flags: flags, words: words)
    html += "</figure></section>\n"
    return html
  }

  /// Each group of offers of one product as a card: its offers cheapest first, the cheapest
  /// trustworthy one marked.
  private func groups(_ result: RankResult) -> String {
    guard !result.groups.isEmpty else { return "" }
    let byFile = Dictionary(result.ranked.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    var html = "<section><h2>\(escape(words.sameProduct))</h2><div class=\"groups\">"
    for group in result.groups {
      let number = groupNumbers[group.key] ?? 0
      html += "<div class=\"card group\" id=\"group-\(number)\">"
      html += "<h3>\(escape(words.offerGroup(number))): \(escape(group.key))</h3>"
      html +=
        "<p class=\"muted\">\(escape(words.offers(group.files.count))) · \(escape(words.median)) \(escape(String(format: "%.2f", group.medianPrice))) \(escape(group.currency ?? ""))</p><ol>"
      for file in group.files {
        let summary = byFile[file]
        let best = file == group.cheapestTrustworthy
        html += "<li\(best ? " class=\"best\"" : "")>"
        if let price = summary?.price {
          html += escape(String(format: "%.2f", price.amount) + (price.currency.map { " " + $0 } ?? "")) + " · "
        }
        if let summary {
          html +=
            "<span class=\"\(HTMLPage.verdictClass(summary.verdict))\"><span class=\"verdict-word\">\(escape(words.verdictName(summary.verdict)))</span> \(summary.score)</span> · "
        }
        html += "<span class=\"file\">\(escape(file))</span>"
        if best { html += " ← \(escape(words.cheapestTrustworthy))" }
        html += "</li>"
      }
      html += "</ol></div>"
    }
    return html + "</div></section>\n"
  }

  func row(rank: Int, summary: RankSummary, report: VetReport) -> String {
    let listing = report.listing
    let assessment = report.assessment
    let verdict = assessment?.verdict ?? .insufficientData
    let score = summary.score
    let price =
      listing.price.map { String(format: "%.2f", $0.amount) + ($0.currency.map { " " + $0 } ?? "") } ?? "–"
    var rating = listing.rating.average.map { String(format: "%.1f", $0) } ?? "–"
    if words.language == .fr { rating = rating.replacingOccurrences(of: ".", with: ",") }
    let count = (listing.rating.count ?? listing.reviewCount).map { " (\(words.count($0)))" } ?? ""
    var seller = escape(listing.seller.name ?? "–")
    if let percent = listing.seller.positiveFeedbackPercent {
      seller += "<br><span class=\"muted\">" + escape(words.positive(percent)) + "</span>"
    } else if let average = listing.seller.rating?.average {
      let shop = words.shopRating(words.starsOf5(average), count: listing.seller.rating?.count)
      seller += "<br><span class=\"muted\">" + escape(shop) + "</span>"
    }
    var flags = summary.flags.map { "<span class=\"badge \(escape($0))\">\(escape(words.flag($0)))</span>" }.joined()
    if let group = summary.group, let number = groupNumbers[group] {
      flags += "<a class=\"badge group\" href=\"#group-\(number)\">\(escape(words.offerGroup(number)))</a>"
    }
    let top = assessment.map { Self.topReason($0) } ?? ""
    var reasons = "<details><summary>\(escape(top.isEmpty ? words.verdictName(verdict) : top))</summary>"
    reasons += "<ul class=\"reasons\">"
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
      reasons +=
        "<strong>\(escape(words.whatToDo))</strong><ul class=\"reasons\">"
        + advice.map { "<li>\(escape($0.message))</li>" }.joined() + "</ul>"
    }
    reasons += "</details>"
    let label = { (text: String) in "data-label=\"\(self.escape(text))\"" }
    return """
      <tr class="\(HTMLPage.verdictClass(verdict))">
      <td class="num" \(label(words.columnRank)) data-sort="\(rank)">\(rank)</td>
      <td class="num grade" \(label(words.columnGrade)) data-sort="\(score)">\(escape(assessment?.grade ?? "?"))</td>
      <td class="num" \(label(words.columnScore)) data-sort="\(score)">\(score)<div class="bar" role="img" aria-label="\(escape(words.scoreOf100(score)))"><span style="width:\(max(0, min(100, score)))%;background:\(HTMLPage.scoreColor(score))"></span></div></td>
      <td class="listing" \(label(words.columnListing))><div class="title">\(escape(listing.title ?? words.noTitle))</div><div class="file">\(escape(report.site)) · \(escape(report.source.file))</div><div class="verdict-word">\(escape(words.verdictName(verdict)))</div></td>
      <td class="num" \(label(words.price)) data-sort="\(listing.price?.amount ?? -1)">\(escape(price))</td>
      <td class="num" \(label(words.rating)) data-sort="\(listing.rating.average ?? -1)">\(escape(rating + count))</td>
      <td class="stars" \(label(words.columnStars))>\(Self.histogram(listing.rating, words: words))</td>
      <td \(label(words.seller)) data-sort="\(listing.seller.positiveFeedbackPercent ?? -1)">\(seller)</td>
      <td class="flags" \(label(words.columnFlags))>\(flags)</td>
      <td class="reasons" \(label(words.columnReasons))>\(reasons)</td>
      </tr>

      """
  }

  /// The reason that weighs most: the first problem, else the first reason.
  static func topReason(_ assessment: Assessment) -> String {
    (assessment.signals.first { $0.severity != .info } ?? assessment.signals.first)?.message ?? ""
  }

  /// Five bars, 5★ at the top, as inline SVG; counts where the page gives them, else shares.
  static func histogram(_ rating: Rating, words: ReportWords, width: Int = 110) -> String {
    var shares: [Double] = []
    if let histogram = rating.histogram {
      let counts = (1...5).map { Double(histogram[String($0)] ?? 0) }
      let total = counts.reduce(0, +)
      if total > 0 { shares = counts.map { $0 / total } }
    } else if let percents = rating.histogramPercent {
      shares = (1...5).map { (percents[String($0)] ?? 0) / 100 }
    }
    guard shares.count == 5 else { return "–" }
    let barWidth = width - 40
    var svg =
      "<svg width=\"\(width)\" height=\"50\" viewBox=\"0 0 \(width) 50\" role=\"img\" aria-label=\"\(HTMLText.escape(words.ratingHistogram))\">"
    for (row, star) in (1...5).reversed().enumerated() {
      let y = row * 10
      let share = max(0, min(1, shares[star - 1]))
      svg += "<text x=\"0\" y=\"\(y + 8)\" font-size=\"8\" fill=\"#5b6475\">\(star)★</text>"
      svg += "<rect x=\"18\" y=\"\(y + 2)\" width=\"\(barWidth)\" height=\"6\" fill=\"#e6e9ef\"/>"
      svg +=
        "<rect x=\"18\" y=\"\(y + 2)\" width=\"\(Int((share * Double(barWidth)).rounded()))\" height=\"6\" fill=\"#f2b01e\"/>"
      svg +=
        "<text x=\"\(width)\" y=\"\(y + 8)\" font-size=\"8\" fill=\"#5b6475\" text-anchor=\"end\">\(Int((share * 100).rounded()))%</text>"
    }
    return svg + "</svg>"
  }

  func tail(failures: [RankFailure], duplicates: [(file: String, of: String)]) -> String {
    var html = "</tbody>\n</table>\n"
    if !duplicates.isEmpty {
      html += "<section class=\"card\"><h2>\(escape(words.duplicatesHeading))</h2><ul class=\"plain\">"
      for duplicate in duplicates { html += "<li>\(escape(duplicate.file)) = \(escape(duplicate.of))</li>" }
      html += "</ul></section>\n"
    }
    if !failures.isEmpty {
      html += "<section class=\"card\"><h2>\(escape(words.refusedHeading))</h2><ul class=\"plain\">"
      for failure in failures { html += "<li>\(escape(failure.message))</li>" }
      html += "</ul></section>\n"
    }
    return html + HTMLPage.close()
  }
}

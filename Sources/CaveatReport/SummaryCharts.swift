import CaveatCore
import CaveatRank
import Foundation

/// The charts at the top of the HTML ranking, drawn as inline SVG (no script, no image file):
/// scores in bands, price against score, and the counts of verdicts and flags.
enum SummaryCharts {
  /// One listing on the price chart: an amount already in the chart's currency.
  struct PricePoint {
    var amount: Double
    var score: Int
    var verdict: Verdict
    var label: String
  }

  /// The listings whose price is in the most common currency (ties: the first in alphabetical
  /// order), as points, with that currency and how many listings are left out. A caller with
  /// amounts converted into one display currency can build the points itself.
  static func commonCurrencyPoints(_ summaries: [RankSummary]) -> (
    currency: String?, points: [PricePoint], omitted: Int
  ) {
    var counts: [String: Int] = [:]
    for summary in summaries { if let price = summary.price { counts[price.currency ?? "", default: 0] += 1 } }
    guard let currency = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
    else { return (nil, [], summaries.count) }
    let points = summaries.compactMap { summary -> PricePoint? in
      guard let price = summary.price, (price.currency ?? "") == currency, price.amount.isFinite, price.amount >= 0
      else { return nil }
      return PricePoint(amount: price.amount, score: summary.score, verdict: summary.verdict, label: summary.file)
    }
    return (currency, points, summaries.count - points.count)
  }

  /// Ten bars, one per band of ten points (90–100 in the last), coloured by score.
  static func scoreHistogram(_ scores: [Int], words: ReportWords) -> String {
    var bands = [Int](repeating: 0, count: 10)
    for score in scores { bands[max(0, min(9, score / 10))] += 1 }
    let highest = max(1, bands.max() ?? 1)
    let width = 400
    let height = 200
    let left = 30
    let bottom = 24
    let plotHeight = height - bottom - 18
    let step = Double(width - left - 6) / 10
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLPage.escape(words.scoresChart))\">"
    for tick in axisTicks(Double(highest)) where tick == tick.rounded() {
      let y = Double(height - bottom) - tick / Double(highest) * Double(plotHeight)
      svg += "<line x1=\"\(left)\" x2=\"\(width - 4)\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"#e6e9ef\"/>"
      svg += "<text x=\"\(left - 4)\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
    }
    for (band, count) in bands.enumerated() {
      let x = Double(left) + Double(band) * step + 2
      let barHeight = Double(count) / Double(highest) * Double(plotHeight)
      let y = Double(height - bottom) - barHeight
      svg +=
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(step - 4))\" height=\"\(f(barHeight))\" rx=\"2\" fill=\"\(HTMLPage.scoreColor(band * 10 + 5))\"><title>\(band * 10)–\(band == 9 ? 100 : band * 10 + 9): \(count)</title></rect>"
      if count > 0 {
        svg += "<text x=\"\(f(x + (step - 4) / 2))\" y=\"\(f(y - 3))\" text-anchor=\"middle\">\(count)</text>"
      }
      svg += "<text x=\"\(f(x + (step - 4) / 2))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(band * 10)</text>"
    }
    return svg + "</svg>"
  }

  /// Price (x) against score (y), one dot per listing coloured by verdict; the amounts are
  /// all in `currency`.
  static func priceScatter(_ points: [PricePoint], currency: String, words: ReportWords) -> String {
    let width = 400
    let height = 220
    let left = 34
    let right = 10
    let top = 8
    let bottom = 30
    let maxAmount = max(1, points.map(\.amount).max() ?? 1)
    let ticks = axisTicks(maxAmount)
    let xMax = max(maxAmount, ticks.last ?? maxAmount)
    func x(_ amount: Double) -> Double { Double(left) + amount / xMax * Double(width - left - right) }
    func y(_ score: Int) -> Double { Double(top) + (1 - Double(score) / 100) * Double(height - top - bottom) }
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLPage.escape(words.priceChart))\">"
    for score in stride(from: 0, through: 100, by: 25) {
      svg +=
        "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(f(y(score)))\" y2=\"\(f(y(score)))\" stroke=\"#e6e9ef\"/>"
      svg += "<text x=\"\(left - 4)\" y=\"\(f(y(score) + 4))\" text-anchor=\"end\">\(score)</text>"
    }
    for tick in ticks {
      svg +=
        "<text x=\"\(f(x(tick)))\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\">\(amountLabel(tick))</text>"
    }
    svg +=
      "<text x=\"\(width - right)\" y=\"\(height - 2)\" text-anchor=\"end\">\(HTMLPage.escape(words.priceAxis + " (" + currency + ")"))</text>"
    for point in points {
      let color: String
      switch point.verdict {
      case .buy: color = "#17803d"
      case .caution: color = "#d99a12"
      case .avoid: color = "#c0262d"
      case .insufficientData: color = "#8a93a6"
      }
      svg +=
        "<circle cx=\"\(f(x(point.amount)))\" cy=\"\(f(y(point.score)))\" r=\"5\" fill=\"\(color)\" fill-opacity=\".8\" stroke=\"#fff\"><title>\(HTMLPage.escape(point.label)): \(HTMLPage.escape(String(format: "%.2f", point.amount))) \(HTMLPage.escape(currency)), \(point.score)</title></circle>"
    }
    return svg + "</svg>"
  }

  /// Verdict counts as labelled bars (in HTML, so the words wrap), then one chip per flag.
  static func counts(verdicts: [Verdict: Int], flags: [String: Int], words: ReportWords) -> String {
    let total = max(1, verdicts.values.reduce(0, +))
    var html = "<ul class=\"counts\">"
    for verdict in Verdict.allCases {
      let count = verdicts[verdict] ?? 0
      html +=
        "<li class=\"\(HTMLPage.verdictClass(verdict))\"><span class=\"verdict-word\">\(HTMLPage.escape(words.verdictName(verdict)))</span><span class=\"meter\"><span style=\"width:\(count * 100 / total)%;background:var(--verdict)\"></span></span><b>\(count)</b></li>"
    }
    html += "</ul><div class=\"chips\">"
    if flags.isEmpty {
      html += "<span class=\"muted\">\(HTMLPage.escape(words.noFlags))</span>"
    }
    for (flag, count) in flags.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
      html += "<span class=\"badge \(HTMLPage.escape(flag))\">\(HTMLPage.escape(words.flag(flag))) · \(count)</span>"
    }
    return html + "</div>"
  }

  /// Round axis ticks from 0 to at least `maximum`: about four steps of 1, 2 or 5 × 10ⁿ.
  static func axisTicks(_ maximum: Double) -> [Double] {
    guard maximum > 0, maximum.isFinite else { return [0] }
    let rough = maximum / 4
    let magnitude = pow(10, floor(log10(rough)))
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
    var ticks: [Double] = []
    var tick = 0.0
    while tick < maximum + step / 2 && ticks.count < 12 {
      ticks.append(tick)
      tick += step
    }
    if let last = ticks.last, last < maximum { ticks.append(last + step) }
    return ticks
  }

  private static func amountLabel(_ amount: Double) -> String {
    amount >= 10_000
      ? String(format: "%.0fk", amount / 1000)
      : amount == amount.rounded() ? String(Int(amount)) : String(format: "%.1f", amount)
  }

  private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}

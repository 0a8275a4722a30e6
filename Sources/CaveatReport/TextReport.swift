import CaveatCore
import Foundation

/// `caveat vet` for people: the facts first, then what the page does not say.
public enum TextReport {
  /// The whole report for one page, as lines of terminal text ending in a newline.
  public static func render(_ report: VetReport, style: TerminalStyle) -> String {
    let listing = report.listing
    var lines: [String] = []
    func clean(_ text: String, _ length: Int = 200) -> String { TerminalText.sanitize(text, maxLength: length) }
    func row(_ label: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      lines.append("  " + style.dim(label.padding(toLength: 12, withPad: " ", startingAt: 0)) + value)
    }

    if let assessment = report.assessment { lines += verdictLines(assessment, style: style) }
    lines.append(style.bold(clean(listing.title ?? "(no title)", 160)))
    let size = ByteCountFormatter.string(fromByteCount: Int64(report.source.bytes), countStyle: .file)
    lines.append(
      style.dim(
        "  \(report.site) · \(clean(report.source.file, 160)) · \(size) · \(report.source.encoding) \(report.source.kind.rawValue)"
      ))
    lines.append("")

    if let price = listing.price {
      var text = money(price)
      if let original = listing.originalPrice { text += " (was \(money(original)))" }
      row("Price", text)
    }
    var rating: [String] = []
    if let average = listing.rating.average { rating.append(String(format: "%.1f ★ of 5", average)) }
    if let count = listing.rating.count { rating.append("from \(count.formatted()) rating\(count == 1 ? "" : "s")") }
    row("Rating", rating.joined(separator: " "))
    if let histogram = listing.rating.histogram {
      let total = max(1, histogram.values.reduce(0, +))
      let parts = ["5", "4", "3", "2", "1"].map { star in
        "\(star)★ \(Int((Double(histogram[star] ?? 0) / Double(total) * 100).rounded()))%"
      }
      row("", parts.joined(separator: "  "))
    } else if let percents = listing.rating.histogramPercent {
      row(
        "", ["5", "4", "3", "2", "1"].map { "\($0)★ \(Int((percents[$0] ?? 0).rounded()))%" }.joined(separator: "  "))
    }
    var reviews: [String] = []
    if let count = listing.reviewCount { reviews.append("\(count.formatted()) written") }
    if let onPage = listing.reviews, !onPage.isEmpty { reviews.append("\(onPage.count) on this page") }
    row("Reviews", reviews.joined(separator: " · "))
    if let sold = listing.soldCount {
      row("Sold", sold.formatted() + (listing.soldCountIsLowerBound == true ? "+" : ""))
    }

    let seller = listing.seller
    var sellerParts: [String] = []
    if let name = seller.name { sellerParts.append(clean(name, 80)) }
    if let percent = seller.positiveFeedbackPercent { sellerParts.append(String(format: "%.1f%% positive", percent)) }
    if let followers = seller.followers { sellerParts.append("\(followers.formatted()) followers") }
    if let opened = seller.openedOn { sellerParts.append("open since \(opened)") }
    if let country = seller.country { sellerParts.append(clean(country, 40)) }
    row("Seller", sellerParts.joined(separator: " · "))
    let ratings = seller.ratings
    let dsr = [
      ("as described", ratings.asDescribed), ("communication", ratings.communication), ("shipping", ratings.shipping),
    ]
    .compactMap { label, value in value.map { String(format: "\(label) %.1f", $0) } }
    row("", dsr.joined(separator: " · "))
    if let badges = seller.badges { row("", badges.map { clean($0, 40) }.joined(separator: ", ")) }

    let terms = listing.terms
    var termParts: [String] = []
    switch terms.freeReturns {
    case true?: termParts.append("free returns")
    case false?: termParts.append("returns not free")
    case nil: break
    }
    if let days = terms.returnWindowDays { termParts.append("\(days)-day return window") }
    if let paidBy = terms.returnShippingPaidBy { termParts.append("\(paidBy.rawValue) pays return shipping") }
    if let days = terms.buyerProtectionDays { termParts.append("\(days)-day buyer protection") }
    row("Returns", termParts.joined(separator: " · "))

    let shipping = listing.shipping
    var shippingParts: [String] = []
    if let from = shipping.from { shippingParts.append("from \(clean(from, 40))") }
    switch (shipping.minDays, shipping.maxDays) {
    case let (min?, max?) where min != max: shippingParts.append("\(min)–\(max) days")
    case let (days?, _), let (nil, days?): shippingParts.append("\(days) days")
    default: break
    }
    if let cost = shipping.cost { shippingParts.append(cost.amount == 0 ? "free" : money(cost)) }
    row("Shipping", shippingParts.joined(separator: " · "))

    if let sample = listing.reviews?.first(where: { $0.text != nil }), let text = sample.text {
      let stars = sample.stars.map { String(repeating: "★", count: Int($0.rounded())) + " " } ?? ""
      row("A review", stars + "“" + clean(text, 140) + "”")
    }

    if let assessment = report.assessment { lines += reasonLines(assessment, style: style) }

    let missing = report.missing.map { $0.replacingOccurrences(of: "listing.", with: "") }
    if !missing.isEmpty {
      lines.append("")
      lines.append(style.dim("  Not on the page: " + missing.joined(separator: ", ")))
    }
    if report.partial {
      lines.append(
        style.yellow("  Partial page: some of it could not be read; missing values may exist in the original."))
    }
    for warning in report.warnings {
      lines.append(style.yellow("  ! " + clean(warning, 300)))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "CAUTION · grade C · 68/100", then the two strongest reasons, so the answer comes first.
  public static func verdictLines(_ assessment: Assessment, style: TerminalStyle) -> [String] {
    let word: String
    switch assessment.verdict {
    case .buy: word = style.green(style.bold("BUY"))
    case .caution: word = style.yellow(style.bold("CAUTION"))
    case .avoid: word = style.red(style.bold("AVOID"))
    case .insufficientData: word = style.bold("NOT ENOUGH DATA")
    }
    var head = word
    if let grade = assessment.grade { head += " · grade \(grade)" }
    head += " · \(assessment.score)/100"
    if !assessment.flags.isEmpty { head += " · " + assessment.flags.joined(separator: ", ") }
    var lines = [head]
    // The two reasons that weigh most: problems first, else the strongest good points.
    let problems = assessment.signals.filter { $0.severity != .info }
    let top = problems.isEmpty ? Array(assessment.signals.prefix(2)) : Array(problems.prefix(2))
    for signal in top { lines.append("  " + TerminalText.sanitize(signal.message, maxLength: 300)) }
    lines.append("")
    return lines
  }

  /// Every reason with its evidence, then the advice.
  public static func reasonLines(_ assessment: Assessment, style: TerminalStyle) -> [String] {
    var lines = ["", style.bold("  Why")]
    for signal in assessment.signals {
      let mark: String
      switch signal.severity {
      case .danger: mark = style.red("✖")
      case .warning: mark = style.yellow("!")
      case .info: mark = style.dim("·")
      }
      var line = "  \(mark) " + TerminalText.sanitize(signal.message, maxLength: 400)
      if let points = signal.points, points != 0 { line += style.dim(String(format: " (%+.1f)", points)) }
      lines.append(line)
      for evidence in signal.evidence.prefix(3) where !signal.message.contains(evidence) {
        lines.append(style.dim("      " + TerminalText.sanitize(evidence, maxLength: 200)))
      }
    }
    if !assessment.advice.isEmpty {
      lines.append("")
      lines.append(style.bold("  What to do"))
      for advice in assessment.advice { lines.append("  → " + TerminalText.sanitize(advice.message, maxLength: 400)) }
    }
    lines.append(
      style.dim(
        String(
          format: "  Score %d/100 from facts covering %.0f%% of what matters.", assessment.score,
          assessment.coverage * 100)))
    return lines
  }

  /// An amount with two decimals and its currency code.
  public static func money(_ money: Money) -> String {
    let amount = String(format: "%.2f", money.amount)
    return money.currency.map { "\(amount) \($0)" } ?? amount
  }
}

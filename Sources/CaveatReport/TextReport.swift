import CaveatCore
import CaveatScore
import Foundation

/// `caveat vet` for people: the verdict, the facts, the reasons and what to do, then what the
/// page does not say; every line fits the terminal's width and every word is in the report's
/// language.
public enum TextReport {
  /// The whole report for one page, as lines of at most `width` columns ending in a newline.
  public static func render(
    _ report: VetReport, style: TerminalStyle, width: Int = 80, language: Language = .en
  ) -> String {
    var out = Lines(width: max(40, width), style: style)
    let words = ReportWords(language)
    let listing = report.listing
    if let assessment = report.assessment { verdict(assessment, words: words, into: &out) }
    out.wrapped(clean(listing.title ?? words.noTitle, 160), style: style.bold)
    let size = ByteCountFormatter.string(fromByteCount: Int64(report.source.bytes), countStyle: .file)
    out.wrapped(
      "\(report.site) · \(clean(report.source.file, 160)) · \(size) · \(report.source.encoding)"
        + words.encodingDecision(report.source.encodingDecidedBy, confidence: report.source.encodingConfidence)
        + " \(report.source.kind.rawValue)",
      first: "  ", rest: "    ", style: style.dim)
    out.blank()
    facts(listing, displayPrice: report.assessment?.displayPrice, words: words, into: &out)
    if let counts = report.assessment?.afterSale {
      out.blank()
      out.append(style.bold("  " + words.afterSale))
      out.wrapped(words.afterSaleLine(counts), first: "    ", rest: "    ")
    }
    if let assessment = report.assessment { reasons(assessment, words: words, into: &out) }
    let missing = report.missing.map { FieldNames.words($0, language) }
    if !missing.isEmpty {
      out.blank()
      out.wrapped(words.notOnPage + ": " + missing.joined(separator: ", "), first: "  ", rest: "    ", style: style.dim)
    }
    if report.partial { out.wrapped(words.partial, first: "  ", rest: "  ", style: style.yellow) }
    for warning in report.warnings {
      out.wrapped(clean(warning, 300), first: "  ! ", rest: "    ", style: style.yellow)
    }
    return out.text
  }

  /// "CAUTION · grade C · 68/100", then the two strongest reasons, so the answer comes first.
  static func verdict(_ assessment: Assessment, words: ReportWords, into out: inout Lines) {
    let style = out.style
    let word = words.verdict(assessment.verdict)
    var head: String
    switch assessment.verdict {
    case .buy: head = style.green(style.bold(word))
    case .caution: head = style.yellow(style.bold(word))
    case .avoid: head = style.red(style.bold(word))
    case .insufficientData: head = style.bold(word)
    }
    if let grade = assessment.grade { head += " · \(words.grade) \(grade)" }
    head += " · \(assessment.score)/100"
    if !assessment.flags.isEmpty { head += " · " + assessment.flags.map(words.flag).joined(separator: ", ") }
    out.append(head)
    // The two reasons that weigh most: problems first, else the strongest good points.
    let problems = assessment.signals.filter { $0.severity != .info }
    let top = problems.isEmpty ? Array(assessment.signals.prefix(2)) : Array(problems.prefix(2))
    for signal in top { out.wrapped(clean(signal.message, 300), first: "  ", rest: "  ") }
    out.blank()
  }

  /// Price, rating, reviews, sales, seller, terms, shipping and one review, a labelled row each.
  static func facts(_ listing: Listing, displayPrice: DisplayPrice?, words: ReportWords, into out: inout Lines) {
    let language = words.language
    if let price = listing.price {
      var text = money(price, language: language)
      if let original = listing.originalPrice { text += " (\(words.was) \(money(original, language: language)))" }
      // Whenever the price is converted, the report says the rate and its date.
      if let converted = displayPrice, let date = converted.rateDate, let code = price.currency {
        let rate = converted.rateText(language)
        text +=
          " ≈ \(money(converted.money, language: language)) (1 \(code.uppercased()) = \(rate) \(converted.currency), \(date))"
      }
      out.row(words.price, text)
    }
    // Prices only some buyers pay (Pix, one instalment, a first order) are shown apart.
    if let others = listing.alternatePrices, !others.isEmpty {
      out.row(
        "",
        others.map { words.alternatePrice($0.kind, money($0.price, language: language), $0.instalments) }
          .joined(separator: " · "))
    }
    var rating: [String] = []
    if let average = listing.rating.average { rating.append(words.starsOf5(average)) }
    if let count = listing.rating.count { rating.append(words.fromRatings(count)) }
    out.row(words.rating, rating.joined(separator: " "))
    if let histogram = listing.rating.histogram {
      let total = max(1, histogram.values.reduce(0, +))
      let parts = ["5", "4", "3", "2", "1"].map { star in
        "\(star)★ \(Int((Double(histogram[star] ?? 0) / Double(total) * 100).rounded()))%"
      }
      out.row("", parts.joined(separator: "  "))
    } else if let percents = listing.rating.histogramPercent {
      out.row(
        "", ["5", "4", "3", "2", "1"].map { "\($0)★ \(Int((percents[$0] ?? 0).rounded()))%" }.joined(separator: "  "))
    }
    var reviews: [String] = []
    if let count = listing.reviewCount { reviews.append(words.written(count)) }
    if let onPage = listing.reviews, !onPage.isEmpty { reviews.append(words.onThisPage(onPage.count)) }
    out.row(words.reviews, reviews.joined(separator: " · "))
    if let sold = listing.soldCount {
      out.row(words.sold, sold.formatted() + (listing.soldCountIsLowerBound == true ? "+" : ""))
    }
    seller(listing.seller, words: words, into: &out)
    terms(listing.terms, words: words, into: &out)
    shipping(listing.shipping, words: words, into: &out)
    if let specs = listing.specs, !specs.isEmpty {
      // The recognised promises first (material, size, weight, power, contents), then the rest.
      let ordered = specs.filter { $0.key != nil } + specs.filter { $0.key == nil }
      out.row(
        words.specs, ordered.prefix(6).map { clean("\($0.name): \($0.value)", 80) }.joined(separator: " · "))
    }
    if let sample = listing.reviews?.first(where: { $0.text != nil }), let text = sample.text {
      let stars = sample.stars.map { String(repeating: "★", count: Int($0.rounded())) + " " } ?? ""
      out.row(words.aReview, stars + "“" + clean(text, 140) + "”")
    }
  }

  private static func seller(_ seller: Seller, words: ReportWords, into out: inout Lines) {
    var parts: [String] = []
    if let name = seller.name { parts.append(clean(name, 80)) }
    if let percent = seller.positiveFeedbackPercent { parts.append(words.positive(percent)) }
    if let average = seller.rating?.average {
      parts.append(words.shopRating(words.starsOf5(average), count: seller.rating?.count))
    }
    if let followers = seller.followers { parts.append(words.followers(followers)) }
    if let opened = seller.openedOn { parts.append(words.openSince(opened.description)) }
    if let country = seller.country { parts.append(clean(country, 40)) }
    out.row(words.seller, parts.joined(separator: " · "))
    let ratings = seller.ratings
    let detailed = [
      (words.asDescribed, ratings.asDescribed), (words.communication, ratings.communication),
      (words.shippingRating, ratings.shipping),
    ]
    .compactMap { label, value in value.map { label + " " + String(format: "%.1f", $0) } }
    out.row("", detailed.joined(separator: " · "))
    if let badges = seller.badges { out.row("", badges.map { clean($0, 40) }.joined(separator: ", ")) }
  }

  private static func terms(_ terms: Terms, words: ReportWords, into out: inout Lines) {
    var parts: [String] = []
    switch terms.freeReturns {
    case true?: parts.append(words.freeReturns)
    case false?: parts.append(words.returnsNotFree)
    case nil: break
    }
    if let days = terms.returnWindowDays { parts.append(words.returnWindow(days)) }
    if let paidBy = terms.returnShippingPaidBy { parts.append(words.paysReturn(paidBy)) }
    if let days = terms.buyerProtectionDays { parts.append(words.buyerProtection(days)) }
    out.row(words.returns, parts.joined(separator: " · "))
  }

  private static func shipping(_ shipping: Shipping, words: ReportWords, into out: inout Lines) {
    var parts: [String] = []
    if let from = shipping.from { parts.append(words.from + " " + clean(from, 40)) }
    switch (shipping.minDays, shipping.maxDays) {
    case let (min?, max?) where min != max: parts.append("\(min)–\(max) \(words.days)")
    case let (days?, _), let (nil, days?): parts.append("\(days) \(words.days)")
    default: break
    }
    if let cost = shipping.cost {
      parts.append(cost.amount == 0 ? words.free : money(cost, language: words.language))
    }
    out.row(words.shipping, parts.joined(separator: " · "))
  }

  /// Every reason with its evidence, then the advice.
  static func reasons(_ assessment: Assessment, words: ReportWords, into out: inout Lines) {
    let style = out.style
    out.blank()
    out.append(style.bold("  " + words.why))
    for signal in assessment.signals {
      let mark: String
      switch signal.severity {
      case .danger: mark = style.red("✖")
      case .warning: mark = style.yellow("!")
      case .info: mark = style.dim("·")
      }
      var text = clean(signal.message, 400)
      if let points = signal.points, points != 0 { text += String(format: " (%+.1f)", points) }
      out.wrapped(text, first: "  ? ", rest: "    ", mark: mark)
      for evidence in signal.evidence.prefix(3) where !signal.message.contains(evidence) {
        out.wrapped(clean(evidence, 200), first: "      ", rest: "        ", style: style.dim)
      }
    }
    if !assessment.advice.isEmpty {
      out.blank()
      out.append(style.bold("  " + words.whatToDo))
      for advice in assessment.advice {
        out.wrapped(clean(advice.message, 400), first: "  → ", rest: "    ")
      }
    }
    out.wrapped(
      words.scoreLine(assessment.score, coverage: assessment.coverage), first: "  ", rest: "  ", style: style.dim)
  }

  /// An amount with its currency's minor units, symbol and the language's grouping, through
  /// Foundation's currency formatting ("¥6,000", "€89.00", "89,00 €").
  public static func money(_ money: Money, language: Language = .en) -> String {
    money.formatted(localeIdentifier: language == .fr ? "fr_FR" : "en_US")
  }

  private static func clean(_ text: String, _ length: Int = 200) -> String {
    TerminalText.sanitize(text, maxLength: length)
  }
}

/// Lines of terminal text built for one width: long text is wrapped before it is styled, so
/// escape codes never count as columns and never break.
struct Lines {
  let width: Int
  let style: TerminalStyle
  private var lines: [String] = []

  init(width: Int, style: TerminalStyle) {
    self.width = width
    self.style = style
  }

  /// The lines joined, ending in a newline.
  var text: String { lines.joined(separator: "\n") + "\n" }

  mutating func blank() { lines.append("") }

  /// A line that is short by construction (a heading).
  mutating func append(_ line: String) { lines.append(line) }

  /// `text` wrapped at the width, the first line after `first` and the others after `rest`,
  /// each styled with `style`; `mark`, when given, replaces the "?" in `first` after wrapping
  /// (a coloured symbol that takes one column).
  mutating func wrapped(
    _ text: String, first: String = "", rest: String = "", style apply: ((String) -> String)? = nil,
    mark: String? = nil
  ) {
    let wrapped = DisplayWidth.wrap(text, width: width, first: first, rest: rest)
    for (index, line) in wrapped.enumerated() {
      var styled = apply.map { $0(line) } ?? line
      if index == 0, let mark, let range = styled.range(of: "?", range: styled.startIndex..<styled.endIndex) {
        styled.replaceSubrange(range, with: mark)
      }
      lines.append(styled)
    }
  }

  /// "  Label       value", the label dimmed, the value wrapped under itself.
  mutating func row(_ label: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    let labelWidth = 12
    let wrapped = DisplayWidth.wrap(value, width: width - 2 - labelWidth)
    for (index, line) in wrapped.enumerated() {
      let head =
        index == 0 ? style.dim(DisplayWidth.pad(label, to: labelWidth)) : String(repeating: " ", count: labelWidth)
      lines.append("  " + head + line)
    }
  }
}

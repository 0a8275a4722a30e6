import CaveatCore
import CaveatScore
import Foundation

/// `caveat vet --format html`: one listing (or a few, one after another) as a self-contained
/// page in the style of the ranking, to keep or to share. Everything from the page is escaped;
/// its address is shown as text, never as a link.
public enum VetHTML {
  /// The page for `reports`, with the files that could not be read listed after them.
  public static func render(
    _ reports: [VetReport], failures: [(file: String, message: String)] = [], language: Language = .en
  ) -> String {
    let words = ReportWords(language)
    var html = HTMLPage.open(title: reports.first?.listing.title ?? words.vetTitle, language: language)
    html += "<header><h1>\(escape(words.vetTitle))</h1></header>\n"
    for report in reports { html += article(report, words: words, language: language) }
    if !failures.isEmpty {
      html += "<section class=\"card\"><h2>\(escape(words.refusedHeading))</h2><ul class=\"plain\">"
      for failure in failures { html += "<li>\(escape(failure.message))</li>" }
      html += "</ul></section>\n"
    }
    return html + HTMLPage.close()
  }

  private static func escape(_ text: String) -> String { HTMLText.escape(text) }

  private static func article(_ report: VetReport, words: ReportWords, language: Language) -> String {
    let listing = report.listing
    let verdict = report.assessment?.verdict ?? .insufficientData
    var html = "<article>"
    // The answer first: verdict, grade, score, flags, the two reasons that weigh most.
    html += "<section class=\"card verdict-card \(HTMLPage.verdictClass(verdict))\"><div class=\"headline\">"
    html += "<span class=\"verdict-word\">\(escape(words.verdictName(verdict)))</span>"
    if let assessment = report.assessment {
      if let grade = assessment.grade { html += "<span class=\"grade\">\(escape(words.grade)) \(escape(grade))</span>" }
      html +=
        "<span>\(assessment.score)/100<div class=\"bar\" role=\"img\" aria-label=\"\(escape(words.scoreOf100(assessment.score)))\"><span style=\"width:\(max(0, min(100, assessment.score)))%;background:\(HTMLPage.scoreColor(assessment.score))\"></span></div></span>"
      html +=
        "<span>"
        + assessment.flags.map { "<span class=\"badge \(escape($0))\">\(escape(words.flag($0)))</span>" }
        .joined() + "</span>"
    }
    html += "</div>"
    html += "<h2 class=\"title\">\(escape(listing.title ?? words.noTitle))</h2>"
    var source = [report.site, report.source.file, report.source.encoding + " " + report.source.kind.rawValue]
    if let url = listing.url { source.append(url) }
    html += "<p class=\"file\">\(source.map(escape).joined(separator: " · "))</p>"
    if let assessment = report.assessment {
      let problems = assessment.signals.filter { $0.severity != .info }
      let top = problems.isEmpty ? Array(assessment.signals.prefix(2)) : Array(problems.prefix(2))
      html +=
        "<ul class=\"reasons\">"
        + top.map { "<li class=\"sev-\($0.severity.rawValue)\">\(escape($0.message))</li>" }
        .joined() + "</ul>"
    }
    html += "</section>\n<div class=\"columns\">"
    html += "<section class=\"card\"><h2>\(escape(words.details))</h2><dl class=\"facts\">"
    for (label, value) in facts(listing, words: words) where !value.isEmpty {
      html += "<dt>\(escape(label))</dt><dd>\(value)</dd>"
    }
    html += "</dl>"
    if let counts = report.assessment?.afterSale {
      html +=
        "<h3>\(escape(words.afterSale))</h3><p class=\"after-sale\">\(escape(words.afterSaleLine(counts)))</p>"
    }
    html += "</section>"
    if let assessment = report.assessment {
      html += "<section class=\"card\"><h2>\(escape(words.why))</h2><ul class=\"reasons\">"
      for signal in assessment.signals {
        html += "<li class=\"sev-\(signal.severity.rawValue)\">\(escape(signal.message))"
        let evidence = signal.evidence.prefix(3).filter { !signal.message.contains($0) }
        if !evidence.isEmpty {
          html += "<div class=\"evidence\">" + evidence.map(escape).joined(separator: "<br>") + "</div>"
        }
        html += "</li>"
      }
      html += "</ul>"
      if !assessment.advice.isEmpty {
        html += "<h3>\(escape(words.whatToDo))</h3><ul class=\"reasons\">"
        html += assessment.advice.map { "<li>\(escape($0.message))</li>" }.joined() + "</ul>"
      }
      html += "<p class=\"muted\">\(escape(words.scoreLine(assessment.score, coverage: assessment.coverage)))</p>"
      html += "</section>"
    }
    html += "</div>"
    if let reviews = listing.reviews?.filter({ $0.text != nil }), !reviews.isEmpty {
      html += "<section class=\"card\"><h2>\(escape(words.reviewsOnPage))</h2>"
      for review in reviews.prefix(5) {
        html += "<blockquote>" + reviewLine(review) + "</blockquote>"
      }
      html += "</section>"
    }
    let missing = report.missing.map { FieldNames.words($0, language) }
    if !missing.isEmpty || report.partial || !report.warnings.isEmpty {
      html += "<section class=\"card\">"
      if !missing.isEmpty {
        html +=
          "<h2>\(escape(words.missingFields))</h2><p class=\"muted\">\(escape(missing.joined(separator: ", ")))</p>"
      }
      if report.partial { html += "<p class=\"sev-warning\">\(escape(words.partial))</p>" }
      if !report.warnings.isEmpty {
        html += "<h3>\(escape(words.warnings))</h3><ul class=\"plain\">"
        html += report.warnings.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
      }
      html += "</section>"
    }
    return html + "</article>\n"
  }

  /// A review as HTML: its stars, author and date, then its text.
  static func reviewLine(_ review: Review) -> String {
    var head: [String] = []
    if let stars = review.stars { head.append(String(repeating: "★", count: max(0, min(5, Int(stars.rounded()))))) }
    if let author = review.author { head.append(escape(author)) }
    if let date = review.date { head.append(escape(date.description)) }
    let text = escape(String((review.text ?? "").prefix(600)))
    return (head.isEmpty ? "" : "<div class=\"muted\">\(head.joined(separator: " · "))</div>") + text
  }

  /// The labelled facts, values already escaped HTML.
  static func facts(_ listing: Listing, words: ReportWords) -> [(String, String)] {
    var rows: [(String, String)] = []
    if let price = listing.price {
      var text = escape(TextReport.money(price))
      if let original = listing.originalPrice {
        text += " <span class=\"muted\">(\(escape(words.was)) \(escape(TextReport.money(original))))</span>"
      }
      if let others = listing.alternatePrices, !others.isEmpty {
        let shown = others.map { words.alternatePrice($0.kind, TextReport.money($0.price), $0.instalments) }
        text += "<div class=\"muted\">" + escape(shown.joined(separator: " · ")) + "</div>"
      }
      rows.append((words.price, text))
    }
    var rating: [String] = []
    if let average = listing.rating.average { rating.append(words.starsOf5(average)) }
    if let count = listing.rating.count { rating.append(words.fromRatings(count)) }
    var ratingHTML = escape(rating.joined(separator: " "))
    let histogram = HTMLReport.histogram(listing.rating, words: words, width: 160)
    if histogram != "–" { ratingHTML += "<div>" + histogram + "</div>" }
    rows.append((words.rating, ratingHTML))
    var reviews: [String] = []
    if let count = listing.reviewCount { reviews.append(words.written(count)) }
    if let onPage = listing.reviews, !onPage.isEmpty { reviews.append(words.onThisPage(onPage.count)) }
    rows.append((words.reviews, escape(reviews.joined(separator: " · "))))
    if let sold = listing.soldCount {
      rows.append((words.sold, escape(words.count(sold) + (listing.soldCountIsLowerBound == true ? "+" : ""))))
    }
    let seller = listing.seller
    var sellerParts: [String] = []
    if let name = seller.name { sellerParts.append(name) }
    if let percent = seller.positiveFeedbackPercent { sellerParts.append(words.positive(percent)) }
    if let average = seller.rating?.average {
      sellerParts.append(words.shopRating(words.starsOf5(average), count: seller.rating?.count))
    }
    if let followers = seller.followers { sellerParts.append(words.followers(followers)) }
    if let opened = seller.openedOn { sellerParts.append(words.openSince(opened.description)) }
    if let country = seller.country { sellerParts.append(country) }
    let detailed = [
      (words.asDescribed, seller.ratings.asDescribed), (words.communication, seller.ratings.communication),
      (words.shippingRating, seller.ratings.shipping),
    ].compactMap { label, value in value.map { label + " " + String(format: "%.1f", $0) } }
    var sellerHTML = escape(sellerParts.joined(separator: " · "))
    if !detailed.isEmpty { sellerHTML += "<div class=\"muted\">\(escape(detailed.joined(separator: " · ")))</div>" }
    if let badges = seller.badges, !badges.isEmpty {
      sellerHTML += "<div>" + badges.map { "<span class=\"badge\">\(escape($0))</span>" }.joined() + "</div>"
    }
    rows.append((words.seller, sellerHTML))
    var terms: [String] = []
    switch listing.terms.freeReturns {
    case true?: terms.append(words.freeReturns)
    case false?: terms.append(words.returnsNotFree)
    case nil: break
    }
    if let days = listing.terms.returnWindowDays { terms.append(words.returnWindow(days)) }
    if let paidBy = listing.terms.returnShippingPaidBy { terms.append(words.paysReturn(paidBy)) }
    if let days = listing.terms.buyerProtectionDays { terms.append(words.buyerProtection(days)) }
    rows.append((words.returns, escape(terms.joined(separator: " · "))))
    var shipping: [String] = []
    if let from = listing.shipping.from { shipping.append(words.from + " " + from) }
    switch (listing.shipping.minDays, listing.shipping.maxDays) {
    case let (min?, max?) where min != max: shipping.append("\(min)–\(max) \(words.days)")
    case let (days?, _), let (nil, days?): shipping.append("\(days) \(words.days)")
    default: break
    }
    if let cost = listing.shipping.cost { shipping.append(cost.amount == 0 ? words.free : TextReport.money(cost)) }
    rows.append((words.shipping, escape(shipping.joined(separator: " · "))))
    if let specs = listing.specs, !specs.isEmpty {
      let ordered = specs.filter { $0.key != nil } + specs.filter { $0.key == nil }
      rows.append((words.specs, ordered.prefix(12).map { escape("\($0.name): \($0.value)") }.joined(separator: "<br>")))
    }
    return rows
  }
}

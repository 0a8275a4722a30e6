import CaveatCore
import CaveatScore
import Foundation

/// `caveat diff` for people and programs: what changed between two saves of one listing, each
/// change with both values, and the reviews that disappeared or appeared. Text fits the
/// terminal, HTML is one self-contained page, JSON is ``CaveatCore/ListingDiff`` itself.
public enum DiffReport {
  /// The comparison as pretty, key-sorted JSON.
  public static func json(_ diff: ListingDiff) -> String { JSONOutput.encode(diff) }

  /// The comparison as text lines of at most `width` columns.
  public static func text(
    _ diff: ListingDiff, style: TerminalStyle, width: Int = 80, language: Language = .en
  ) -> String {
    let words = ReportWords(language)
    var out = Lines(width: max(40, width), style: style)
    out.append(style.bold(words.diffTitle))
    for (label, side) in [(words.older, diff.old), (words.newer, diff.new)] {
      out.wrapped(
        clean("\(label): \(side.file) · \(savedText(side, words: words))"), first: "  ", rest: "    ")
      if let title = side.title { out.wrapped(clean(title), first: "    ", rest: "    ", style: style.dim) }
    }
    for warning in diff.warnings {
      out.wrapped(words.differentProducts(warning), first: "  ! ", rest: "    ", style: style.yellow)
    }
    out.blank()
    out.append(style.bold(words.changes))
    if diff.changes.isEmpty { out.wrapped(words.noChanges, first: "  ", rest: "  ") }
    for change in diff.changes {
      let line =
        "\(fieldName(change.field, language)): \(value(change.old, field: change.field, words: words)) → \(value(change.new, field: change.field, words: words))"
        + (delta(change, language).map { " (\($0))" } ?? "")
      let sign = diff.countWentDown(change.field) ? style.red("!") : "·"
      out.wrapped(clean(line), first: "  ? ", rest: "    ", mark: sign)
    }
    if !diff.disappeared.isEmpty {
      out.blank()
      out.append(style.bold("\(words.disappeared) (\(diff.disappeared.count))"))
      out.wrapped(
        words.reviewsDisappeared(diff.disappeared.count, olderRemain: diff.disappearedWhileOlderRemain > 0),
        first: "  ", rest: "  ", style: style.red)
      for review in diff.disappeared { out.wrapped(clean(reviewText(review)), first: "  - ", rest: "    ") }
    }
    if !diff.appeared.isEmpty {
      out.blank()
      out.append(style.bold("\(words.appeared) (\(diff.appeared.count))"))
      out.wrapped(words.reviewsAppeared(diff.appeared.count), first: "  ", rest: "  ")
      for review in diff.appeared { out.wrapped(clean(reviewText(review)), first: "  + ", rest: "    ") }
    }
    return out.text
  }

  /// The comparison as one self-contained HTML page.
  public static func html(_ diff: ListingDiff, language: Language = .en) -> String {
    let words = ReportWords(language)
    var html = HTMLPage.open(title: words.diffTitle, language: language)
    html += "<header><h1>\(escape(words.diffTitle))</h1></header>\n<div class=\"columns\">"
    for (label, side) in [(words.older, diff.old), (words.newer, diff.new)] {
      html += "<section class=\"card\"><h2>\(escape(label))</h2>"
      html += "<p class=\"title\">\(escape(side.title ?? words.noTitle))</p>"
      html += "<p class=\"file\">\(escape(side.site)) · \(escape(side.file))</p>"
      html += "<p class=\"muted\">\(escape(savedText(side, words: words)))</p></section>"
    }
    html += "</div>\n"
    for warning in diff.warnings {
      html += "<section class=\"card notice\"><p>\(escape(words.differentProducts(warning)))</p></section>\n"
    }
    html += "<section class=\"card\"><h2>\(escape(words.changes))</h2>"
    if diff.changes.isEmpty {
      html += "<p class=\"muted\">\(escape(words.noChanges))</p>"
    } else {
      html +=
        "<table class=\"changes\"><colgroup><col style=\"width:30%\"><col style=\"width:35%\"><col style=\"width:35%\"></colgroup>"
      html +=
        "<thead><tr><th>\(escape(words.field))</th><th>\(escape(words.before))</th><th>\(escape(words.after))</th></tr></thead><tbody>"
      for change in diff.changes {
        let down = diff.countWentDown(change.field)
        let shift =
          delta(change, language).map { " <span class=\"\(down ? "down" : "muted")\">(\(escape($0)))</span>" } ?? ""
        html += "<tr\(down ? " class=\"down\"" : "")>"
        html += "<td data-label=\"\(escape(words.field))\">\(escape(fieldName(change.field, language)))</td>"
        html +=
          "<td data-label=\"\(escape(words.before))\">\(escape(value(change.old, field: change.field, words: words)))</td>"
        html +=
          "<td data-label=\"\(escape(words.after))\">\(escape(value(change.new, field: change.field, words: words)))\(shift)</td></tr>"
      }
      html += "</tbody></table>"
    }
    html += "</section>\n"
    if !diff.disappeared.isEmpty {
      html += "<section class=\"card notice\"><h2>\(escape(words.disappeared)) (\(diff.disappeared.count))</h2>"
      html +=
        "<p class=\"sev-danger\">\(escape(words.reviewsDisappeared(diff.disappeared.count, olderRemain: diff.disappearedWhileOlderRemain > 0)))</p>"
      for review in diff.disappeared { html += "<blockquote>\(reviewHTML(review))</blockquote>" }
      html += "</section>\n"
    }
    if !diff.appeared.isEmpty {
      html += "<section class=\"card\"><h2>\(escape(words.appeared)) (\(diff.appeared.count))</h2>"
      html += "<p class=\"muted\">\(escape(words.reviewsAppeared(diff.appeared.count)))</p>"
      for review in diff.appeared { html += "<blockquote>\(reviewHTML(review))</blockquote>" }
      html += "</section>\n"
    }
    return html + HTMLPage.close()
  }

  private static func escape(_ text: String) -> String { HTMLText.escape(text) }

  private static func clean(_ text: String) -> String { TerminalText.sanitize(text, maxLength: 400) }

  private static func savedText(_ side: SaveSide, words: ReportWords) -> String {
    guard let saved = side.saved else { return words.dateUnknown }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return words.savedOn(formatter.string(from: saved.date), source: saved.source)
  }

  static func fieldName(_ field: String, _ language: Language) -> String {
    let name = FieldNames.words(field, language)
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }

  /// A value in words: amounts with their currency, decimals in the language's style.
  static func value(_ value: DiffValue?, field: String, words: ReportWords) -> String {
    guard let value else { return words.nothing }
    switch value {
    case .text(let text):
      if field == "assessment.verdict", let verdict = Verdict(rawValue: text) { return words.verdictName(verdict) }
      return text
    case .number(let number):
      let text = String(format: "%.1f", number)
      return words.language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    case .integer(let integer): return words.count(integer)
    case .flag(let flag): return flag ? words.yes : words.no
    case .money(let money): return TextReport.money(money)
    }
  }

  /// The change of a number, signed: "+120", "−5.00".
  static func delta(_ change: FieldChange, _ language: Language = .en) -> String? {
    guard let a = change.old?.numeric, let b = change.new?.numeric else { return nil }
    if case .money(let old) = change.old, case .money(let new) = change.new, old.currency != new.currency {
      return nil
    }
    let difference = b - a
    let digits: String
    switch change.new {
    case .integer?: digits = String(format: "%.0f", abs(difference))
    case .money?: digits = String(format: "%.2f", abs(difference))
    default: digits = String(format: "%.1f", abs(difference))
    }
    return (difference < 0 ? "−" : "+") + (language == .fr ? digits.replacingOccurrences(of: ".", with: ",") : digits)
  }

  private static func reviewHeader(_ review: ReviewTrace) -> String {
    var head: [String] = []
    if let stars = review.stars { head.append(String(repeating: "★", count: max(0, min(5, Int(stars.rounded()))))) }
    if let author = review.author { head.append(author) }
    if let date = review.date { head.append(date.description) }
    return head.joined(separator: " · ")
  }

  private static func reviewText(_ review: ReviewTrace) -> String {
    let head = reviewHeader(review)
    let text = review.text.map { "“\($0)”" } ?? ""
    return [head, text].filter { !$0.isEmpty }.joined(separator: " ")
  }

  private static func reviewHTML(_ review: ReviewTrace) -> String {
    let head = reviewHeader(review)
    return (head.isEmpty ? "" : "<div class=\"muted\">\(escape(head))</div>") + escape(review.text ?? "")
  }
}

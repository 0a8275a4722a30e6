import CaveatCore
import CaveatRank
import CaveatScore
import Foundation

/// Renders a ranking in every format `caveat rank` offers. Everything taken from a page is
/// escaped for where it goes: terminal codes removed, CSV cells quoted and formula-proofed,
/// Markdown and HTML special characters escaped.
public struct RankRenderer {
  let result: RankResult
  let shown: [RankSummary]
  let rankOf: [Int: Int]
  let failures: [RankFailure]
  let style: TerminalStyle
  let width: Int
  let language: Language

  /// A renderer for `shown` (the ranked pages to print, in order) out of `result`, with each
  /// page's place in the whole ranking in `rankOf` (by page index), the pages refused, the
  /// style for terminal text, the width of the terminal table and the language of the HTML
  /// report's words.
  public init(
    result: RankResult, shown: [RankSummary], rankOf: [Int: Int], failures: [RankFailure], style: TerminalStyle,
    width: Int = 120, language: Language = .en
  ) {
    self.result = result
    self.shown = shown
    self.rankOf = rankOf
    self.failures = failures
    self.style = style
    self.width = width
    self.language = language
  }

  /// The shown pages with their full reports, read back one at a time.
  private func entries(_ body: (Int, RankSummary, VetReport) throws -> Void) throws {
    for summary in shown {
      let report = try result.report(summary)
      try body(rankOf[summary.index] ?? 0, summary, report)
    }
  }

  private static func topReason(_ report: VetReport) -> String {
    guard let signals = report.assessment?.signals else { return "" }
    return (signals.first { $0.severity != .info } ?? signals.first)?.message ?? ""
  }

  private static func priceText(_ money: Money?) -> String {
    guard let money else { return "" }
    return money.formatted(localeIdentifier: "en_US")
  }

  private static func ratingText(_ listing: Listing) -> String {
    guard let average = listing.rating.average else { return "" }
    let count = listing.rating.count ?? listing.reviewCount
    return String(format: "%.1f", average) + (count.map { " (\($0))" } ?? "")
  }

  private static func sellerText(_ listing: Listing) -> String {
    var parts: [String] = []
    if let name = listing.seller.name { parts.append(name) }
    if let percent = listing.seller.positiveFeedbackPercent { parts.append(String(format: "%.1f%%", percent)) }
    return parts.joined(separator: " ")
  }

  // MARK: Table

  /// The ranking as a table for a terminal, then duplicates, offer groups and refusals.
  ///
  /// Each listing takes two lines that fit the width (wide characters count as two columns):
  /// its rank, grade and score, price, rating and title (or file name when the page has no
  /// title); then, indented, the seller, the flags and the reason that weighs most.
  public func table(into sink: some ReportSink) throws {
    let words = ReportWords(language)
    let headers = ["#"] + words.tableHeaders
    var rows: [TableRow] = []
    try entries { rank, summary, report in
      let listing = report.listing
      let clean = { (text: String) in TerminalText.sanitize(text, maxLength: 300) }
      let title = listing.title.map(clean) ?? Self.fileName(report.source.file)
      var detail: [String] = [clean(Self.sellerText(listing)).nonEmpty ?? words.sellerNotShown]
      if !summary.flags.isEmpty { detail.append(summary.flags.map(words.flag).joined(separator: ", ")) }
      if let reason = clean(Self.topReason(report)).nonEmpty { detail.append(reason) }
      rows.append(
        TableRow(
          cells: [
            String(rank), report.assessment?.grade ?? "?", String(summary.score), Self.priceText(listing.price),
            Self.ratingText(listing),
          ].map(clean),
          title: title, detail: detail.joined(separator: " · ")))
    }
    // The short columns take what they need (prices at most 16 columns); the title the rest.
    var widths = (0..<5).map { column in
      ([headers[column]] + rows.map { $0.cells[column] }).map(DisplayWidth.of).max() ?? 0
    }
    widths[3] = min(widths[3], 16)
    let fixed = widths.reduce(0, +) + 2 * widths.count
    let titleWidth = max(12, width - fixed)
    func line(_ cells: [String], title: String) -> String {
      let fitted = cells.enumerated().map { column, cell in
        let cut = DisplayWidth.truncate(cell, to: widths[column])
        return column == 0 || column == 2
          ? DisplayWidth.padLeft(cut, to: widths[column]) : DisplayWidth.pad(cut, to: widths[column])
      }
      return (fitted + [DisplayWidth.truncate(title, to: titleWidth)]).joined(separator: "  ")
    }
    let indent = String(repeating: " ", count: widths[0] + 2)
    sink.write(style.bold(line(Array(headers.prefix(5)), title: headers[5])) + "\n")
    for row in rows {
      sink.write(line(row.cells, title: row.title) + "\n")
      // The detail takes at most two lines, so the reason stays readable.
      let detail = DisplayWidth.wrap(row.detail, width: width, first: indent, rest: indent)
      for (index, text) in detail.prefix(2).enumerated() {
        let cut =
          index == 1 && detail.count > 2
          ? indent + DisplayWidth.truncate(String(text.dropFirst(indent.count)) + " …", to: width - indent.count) : text
        sink.write(style.dim(cut) + "\n")
      }
    }
    let room = max(20, width - 2)
    if !result.duplicates.isEmpty {
      sink.write("\n" + style.dim(words.duplicatesHeading + (language == .fr ? " :" : ":")) + "\n")
      for duplicate in result.duplicates {
        let text = TerminalText.sanitize("\(duplicate.file) = \(duplicate.of)", maxLength: 300)
        sink.write("  " + DisplayWidth.truncate(text, to: room) + "\n")
      }
    }
    for group in result.groups {
      let heading =
        words.sameProduct(
          offers: group.files.count, median: String(format: "%.2f", group.medianPrice), currency: group.currency ?? "")
      sink.write("\n" + style.dim(DisplayWidth.truncate(heading, to: width)) + "\n")
      let cheapest = TerminalText.sanitize(group.cheapestTrustworthy ?? "none", maxLength: 300)
      sink.write("  " + DisplayWidth.truncate(words.cheapestTrustworthy + ": " + cheapest, to: room) + "\n")
    }
    for saves in result.saves {
      let line = TerminalText.sanitize(words.saves(files: saves.files), maxLength: 600)
      sink.write("\n")
      for wrapped in DisplayWidth.wrap(line, width: width, first: "", rest: "  ") {
        sink.write(style.dim(wrapped) + "\n")
      }
    }
    if !failures.isEmpty {
      sink.write("\n" + style.dim(words.refusedHeading + (language == .fr ? " :" : ":")) + "\n")
      for failure in failures {
        for wrapped in DisplayWidth.wrap(
          TerminalText.sanitize(failure.message, maxLength: 300), width: width, first: "  ", rest: "    ")
        {
          sink.write(wrapped + "\n")
        }
      }
    }
  }

  /// The last part of a page's path, for a listing with no title.
  static func fileName(_ path: String) -> String {
    TerminalText.sanitize(String(path.split(separator: "/").last ?? Substring(path)), maxLength: 200)
  }

  // MARK: JSON

  /// A ranked page: the vet report plus its rank and group.
  private struct Entry: Encodable {
    let rank: Int
    let group: String?
    let report: VetReport

    enum Keys: String, CodingKey { case rank, group }

    func encode(to encoder: any Encoder) throws {
      try report.encode(to: encoder)
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(rank, forKey: .rank)
      try container.encodeIfPresent(group, forKey: .group)
    }
  }

  private struct Refused: Encodable {
    let file: String
    let error: [String: String]
  }

  private struct Duplicate: Encodable {
    let file: String
    let duplicateOf: String
  }

  private struct Group: Encodable {
    let key: String
    let files: [String]
    let cheapestTrustworthy: String?
    let medianPrice: Double
    let currency: String?
  }

  private struct Saves: Encodable {
    let key: String
    let files: [String]
    let savedAt: [String]
    let savedAtSource: [SaveDateSource]
  }

  private struct Summary: Encodable {
    let ranked: Int
    let refused: Int
    let partial: Int
    let duplicates: Int
  }

  private var summary: Summary {
    Summary(
      ranked: result.ranked.count, refused: failures.count, partial: result.partialCount,
      duplicates: result.duplicates.count)
  }

  private var refused: [Refused] {
    failures.map { Refused(file: $0.file, error: ["code": String($0.code), "message": $0.message]) }
  }

  /// The ranking as one JSON document: summary, items, duplicates, refused, groups.
  ///
  /// The document is written as it is built, one ranked page at a time, so memory stays flat
  /// however many pages there are: the bytes are those of encoding the whole document at once
  /// (pretty-printed, keys sorted), as a test checks.
  public func json(into sink: some ReportSink) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    /// `value` encoded as a member at nesting level one: continuation lines indented by two.
    func member(_ value: some Encodable, indent: String) throws -> String {
      let text = String(decoding: try encoder.encode(value), as: UTF8.self)
      // An empty line (inside an empty array) stays empty, as JSONEncoder writes it.
      return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { index, line in index == 0 || line.isEmpty ? String(line) : indent + line }
        .joined(separator: "\n")
    }
    func array(_ key: String, _ write: (_ element: (String) -> Void) throws -> Void) throws {
      sink.write("  \"\(key)\" : [\n")
      var first = true
      try write { element in
        sink.write((first ? "    " : ",\n    ") + element)
        first = false
      }
      sink.write(first ? "\n  ],\n" : "\n  ],\n")
    }
    // Keys in sorted order: duplicates, groups, items, refused, saves, schemaVersion, summary.
    sink.write("{\n")
    try array("duplicates") { element in
      for duplicate in result.duplicates {
        element(try member(Duplicate(file: duplicate.file, duplicateOf: duplicate.of), indent: "    "))
      }
    }
    try array("groups") { element in
      for group in result.groups {
        element(
          try member(
            Group(
              key: group.key, files: group.files, cheapestTrustworthy: group.cheapestTrustworthy,
              medianPrice: group.medianPrice, currency: group.currency), indent: "    "))
      }
    }
    try array("items") { element in
      try entries { rank, summary, report in
        element(try member(Entry(rank: rank, group: summary.group, report: report), indent: "    "))
      }
    }
    try array("refused") { element in
      for failure in refused { element(try member(failure, indent: "    ")) }
    }
    try array("saves") { element in
      for saves in result.saves {
        element(
          try member(
            Saves(
              key: saves.key, files: saves.files, savedAt: saves.dates.map(\.iso8601),
              savedAtSource: saves.dates.map(\.source)), indent: "    "))
      }
    }
    sink.write("  \"schemaVersion\" : 1,\n")
    sink.write("  \"summary\" : " + (try member(summary, indent: "  ")) + "\n}\n")
  }

  /// The ranking as JSON Lines: one line per ranked page, duplicate and refusal.
  public func jsonl(into sink: some ReportSink) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func line(_ value: some Encodable) throws {
      sink.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
    try entries { rank, summary, report in try line(Entry(rank: rank, group: summary.group, report: report)) }
    for duplicate in result.duplicates { try line(Duplicate(file: duplicate.file, duplicateOf: duplicate.of)) }
    for failure in refused { try line(failure) }
  }

  // MARK: CSV

  /// The ranking as CSV (RFC 4180, CRLF line ends), with formula-proofed cells.
  public func csv(into sink: some ReportSink) throws {
    let header = [
      "rank", "file", "site", "verdict", "grade", "score", "title", "price", "currency", "rating", "ratings",
      "seller", "positive_feedback", "flags", "top_reason",
    ]
    sink.write(header.map(CSVText.cell).joined(separator: ",") + "\r\n")
    try entries { rank, summary, report in
      let listing = report.listing
      let cells: [String] = [
        String(rank), report.source.file, report.site, summary.verdict.rawValue, report.assessment?.grade ?? "",
        String(summary.score), listing.title ?? "", listing.price.map(\.plainAmount) ?? "",
        listing.price?.currency ?? "", listing.rating.average.map { String(format: "%.1f", $0) } ?? "",
        listing.rating.count.map(String.init) ?? "", listing.seller.name ?? "",
        listing.seller.positiveFeedbackPercent.map { String(format: "%.1f", $0) } ?? "",
        summary.flags.joined(separator: " "), Self.topReason(report),
      ]
      sink.write(cells.map(CSVText.cell).joined(separator: ",") + "\r\n")
    }
  }

  // MARK: Markdown

  /// The ranking as a Markdown table with a summary line.
  public func markdown(into sink: some ReportSink) throws {
    sink.write("| # | Grade | Score | Title | Price | Rating | Seller | Flags | Reason |\n")
    sink.write("|---:|:---:|---:|---|---:|---|---|---|---|\n")
    try entries { rank, summary, report in
      let listing = report.listing
      let cells = [
        String(rank), report.assessment?.grade ?? "?", String(summary.score), listing.title ?? "",
        Self.priceText(listing.price),
        Self.ratingText(listing), Self.sellerText(listing), summary.flags.joined(separator: ", "),
        Self.topReason(report),
      ]
      sink.write("| " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |\n")
    }
    sink.write(
      "\n\(result.ranked.count) ranked, \(failures.count) refused, \(result.partialCount) partial, \(result.duplicates.count) duplicates.\n"
    )
    for saves in result.saves {
      sink.write("\n" + MarkdownText.cell(ReportWords(.en).saves(files: saves.files)) + "\n")
    }
  }

  // MARK: HTML

  /// The ranking as one self-contained HTML page, in the renderer's language: the summary
  /// charts, saves of one listing, offer groups, then the ranking.
  public func html(into sink: some ReportSink) throws {
    let page = HTMLReport(language: language, groups: result.groups)
    sink.write(page.head(result: result, shown: shown, failures: failures))
    try entries { rank, summary, report in
      sink.write(page.row(rank: rank, summary: summary, report: report))
    }
    sink.write(page.tail(failures: failures, duplicates: result.duplicates))
  }
}

extension String {
  /// The text, or nil when it is empty.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

/// One listing in the terminal table: the short cells, the title and the detail line.
private struct TableRow {
  var cells: [String]
  var title: String
  var detail: String
}

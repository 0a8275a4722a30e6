import Foundation

/// Where the date of a save came from.
public enum SaveDateSource: String, Sendable, Codable, Hashable {
  /// The save's own date (the `Date:` header of an MHTML file).
  case pageHeader = "page"
  /// The file's modification time, when the page carries no date.
  case fileModified = "file-modified"
}

/// When a page was saved, and how that is known.
public struct SaveDate: Sendable, Codable, Hashable {
  /// The moment.
  public var date: Date
  /// Where it came from.
  public var source: SaveDateSource

  /// A save date.
  public init(date: Date, source: SaveDateSource) {
    self.date = date
    self.source = source
  }

  /// The date as ISO 8601 in UTC, to the second: "2025-03-14T09:30:00Z".
  public var iso8601: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// The date of an MHTML header block (`Date: Fri, 14 Mar 2025 09:30:00 +0100`), if the
  /// file starts with one: a header block (ending at the first empty line) that has a
  /// `MIME-Version` line. The "saved from url" comment of an HTML file is not a date.
  public static func mhtmlHeaderDate(_ head: [UInt8]) -> Date? {
    let text = String(decoding: head.prefix(16_384), as: UTF8.self)
    var isMIME = false
    var value: String?
    // "\r\n" is one Character: both ends of line are separators.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      let trimmed = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
      if trimmed.isEmpty { break }
      let lower = trimmed.lowercased()
      if lower.hasPrefix("mime-version:") { isMIME = true }
      if lower.hasPrefix("date:") { value = trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces) }
    }
    guard isMIME, let value else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z"] {
      formatter.dateFormat = format
      if let date = formatter.date(from: value) { return date }
    }
    return nil
  }
}

/// One compared value of a listing.
public enum DiffValue: Sendable, Hashable, Encodable {
  /// Words.
  case text(String)
  /// A number (an average, a percentage).
  case number(Double)
  /// A count or a number of days.
  case integer(Int)
  /// Yes or no.
  case flag(Bool)
  /// An amount and its currency.
  case money(Money)

  /// As JSON: the natural value (a money value is `{amount, currency}`).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .number(let number): try container.encode(number)
    case .integer(let integer): try container.encode(integer)
    case .flag(let flag): try container.encode(flag)
    case .money(let money): try container.encode(money)
    }
  }

  /// The value as a number, when it is one (amounts included).
  public var numeric: Double? {
    switch self {
    case .number(let number): return number
    case .integer(let integer): return Double(integer)
    case .money(let money): return money.amount
    case .text, .flag: return nil
    }
  }
}

/// A field whose value differs between two saves.
public struct FieldChange: Sendable, Hashable, Encodable {
  /// The field's JSON path in a vet report's listing ("price", "rating.count", "seller.name").
  public var field: String
  /// The value in the older save (nil: not on that page).
  public var old: DiffValue?
  /// The value in the newer save (nil: not on that page).
  public var new: DiffValue?

  /// A change.
  public init(field: String, old: DiffValue?, new: DiffValue?) {
    self.field = field
    self.old = old
    self.new = new
  }

  enum CodingKeys: String, CodingKey { case field, old, new }

  /// `old` and `new` are always present, `null` when the page did not hold the value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(field, forKey: .field)
    try container.encode(old, forKey: .old)
    try container.encode(new, forKey: .new)
  }
}

/// Why a comparison may not be of one listing.
public enum DiffWarning: Sendable, Hashable, Encodable {
  /// Both pages name a product, and not the same one.
  case differentProductIDs(old: String, new: String)
  /// The titles share few words.
  case differentTitles
  /// The pages are from different sites.
  case differentSites(old: String, new: String)
  /// The save dates say the "new" page is the older one.
  case newerIsOlder

  /// A stable code for programs.
  public var code: String {
    switch self {
    case .differentProductIDs: return "different-product-ids"
    case .differentTitles: return "different-titles"
    case .differentSites: return "different-sites"
    case .newerIsOlder: return "new-save-is-older"
    }
  }

  enum CodingKeys: String, CodingKey { case code, old, new }

  /// `{code}` plus the two values where there are some.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    switch self {
    case .differentProductIDs(let old, let new), .differentSites(let old, let new):
      try container.encode(old, forKey: .old)
      try container.encode(new, forKey: .new)
    case .differentTitles, .newerIsOlder: break
    }
  }
}

/// One side of a comparison: which file, when it was saved.
public struct SaveSide: Sendable, Hashable, Encodable {
  /// The file, escaped for display.
  public var file: String
  /// SHA-256 of the file.
  public var sha256: String
  /// The site.
  public var site: String
  /// The listing's title.
  public var title: String?
  /// The product id.
  public var productId: String?
  /// When it was saved, if known.
  public var saved: SaveDate?

  enum CodingKeys: String, CodingKey { case file, sha256, site, title, productId, savedAt, savedAtSource }

  /// The save date as ISO 8601 text and its source.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(sha256, forKey: .sha256)
    try container.encode(site, forKey: .site)
    try container.encode(title, forKey: .title)
    try container.encode(productId, forKey: .productId)
    try container.encode(saved?.iso8601, forKey: .savedAt)
    try container.encode(saved?.source, forKey: .savedAtSource)
  }
}

/// A review as compared between saves: who, when, how many stars, what it said.
public struct ReviewTrace: Sendable, Hashable, Encodable {
  /// The author's name as shown.
  public var author: String?
  /// The review's date.
  public var date: CalendarDate?
  /// Its stars.
  public var stars: Double?
  /// Its text (the first 300 characters).
  public var text: String?

  /// The trace of `review`.
  public init(_ review: Review) {
    author = review.author
    date = review.date
    stars = review.stars
    text = review.text.map { String($0.prefix(300)) }
  }

  /// What identifies a review across saves: author, date and the first 200 letters and digits
  /// of its text, lower case (so a re-rendered page with other spacing matches).
  static func fingerprint(_ review: Review) -> String {
    let text = (review.text ?? "").lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
    return [
      (review.author ?? "").lowercased().trimmingCharacters(in: .whitespaces), review.date?.description ?? "",
      String(String.UnicodeScalarView(text.prefix(200))),
    ].joined(separator: "\u{1F}")
  }
}

/// Two saves of one listing compared: what changed, with both values, and which reviews
/// disappeared or appeared.
public struct ListingDiff: Sendable, Hashable, Encodable {
  /// The version of this JSON shape.
  public var schemaVersion = 1
  /// The older save (as given first).
  public var old: SaveSide
  /// The newer save.
  public var new: SaveSide
  /// Signs that the two pages are not one listing, or not in order.
  public var warnings: [DiffWarning]
  /// Fields whose value differs, in the order of a vet report.
  public var changes: [FieldChange]
  /// Reviews on the older page that the newer one no longer shows.
  public var disappeared: [ReviewTrace]
  /// Reviews on the newer page that the older one did not show.
  public var appeared: [ReviewTrace]
  /// How many disappeared reviews are newer than a review that both pages show: a review
  /// removed while older ones stay is the strongest sign of deletion.
  public var disappearedWhileOlderRemain: Int
  /// How many reviews both pages show.
  public var kept: Int

  /// Compares the report of an older save with that of a newer one.
  public static func compare(
    old: VetReport, new: VetReport, oldSaved: SaveDate? = nil, newSaved: SaveDate? = nil
  ) -> ListingDiff {
    func side(_ report: VetReport, _ saved: SaveDate?) -> SaveSide {
      SaveSide(
        file: report.source.file, sha256: report.source.sha256, site: report.site, title: report.listing.title,
        productId: report.listing.productId, saved: saved)
    }
    var diff = ListingDiff(
      old: side(old, oldSaved), new: side(new, newSaved), warnings: [], changes: [], disappeared: [], appeared: [],
      disappearedWhileOlderRemain: 0, kept: 0)
    diff.warnings = warnings(old, new, oldSaved, newSaved)
    diff.changes = fieldChanges(old, new)
    diff.compareReviews(old.listing.reviews ?? [], new.listing.reviews ?? [])
    return diff
  }

  private static func warnings(_ old: VetReport, _ new: VetReport, _ oldSaved: SaveDate?, _ newSaved: SaveDate?)
    -> [DiffWarning]
  {
    var warnings: [DiffWarning] = []
    if old.site != new.site { warnings.append(.differentSites(old: old.site, new: new.site)) }
    if let a = old.listing.productId, let b = new.listing.productId, a != b {
      warnings.append(.differentProductIDs(old: a, new: b))
    } else if let a = old.listing.title, let b = new.listing.title, titleSimilarity(a, b) < 0.3 {
      warnings.append(.differentTitles)
    }
    if let a = oldSaved?.date, let b = newSaved?.date, b < a { warnings.append(.newerIsOlder) }
    return warnings
  }

  /// Shared words over all words of two titles (Jaccard index), 0 to 1.
  static func titleSimilarity(_ a: String, _ b: String) -> Double {
    func words(_ text: String) -> Set<String> {
      Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
    let x = words(a)
    let y = words(b)
    let union = x.union(y)
    guard !union.isEmpty else { return 1 }
    return Double(x.intersection(y).count) / Double(union.count)
  }

  private static func fieldChanges(_ old: VetReport, _ new: VetReport) -> [FieldChange] {
    var changes: [FieldChange] = []
    func compare(_ field: String, _ value: (VetReport) -> DiffValue?) {
      let a = value(old)
      let b = value(new)
      if a != b { changes.append(FieldChange(field: field, old: a, new: b)) }
    }
    func text(_ value: String?) -> DiffValue? { value.map { .text($0) } }
    func number(_ value: Double?) -> DiffValue? { value.map { .number($0) } }
    func integer(_ value: Int?) -> DiffValue? { value.map { .integer($0) } }
    func money(_ value: Money?) -> DiffValue? { value.map { .money($0) } }
    compare("title") { text($0.listing.title) }
    compare("price") { money($0.listing.price) }
    compare("originalPrice") { money($0.listing.originalPrice) }
    compare("rating.average") { number($0.listing.rating.average) }
    compare("rating.count") { integer($0.listing.rating.count) }
    compare("rating.histogram") { report in
      report.listing.rating.histogram.map { histogram in
        .text(["5", "4", "3", "2", "1"].map { "\($0)★ \(histogram[$0] ?? 0)" }.joined(separator: " · "))
      }
    }
    compare("rating.histogramPercent") { report in
      report.listing.rating.histogramPercent.map { shares in
        .text(
          ["5", "4", "3", "2", "1"].map { "\($0)★ " + String(format: "%.0f%%", shares[$0] ?? 0) }
            .joined(separator: " · "))
      }
    }
    compare("reviewCount") { integer($0.listing.reviewCount) }
    compare("soldCount") { report in
      report.listing.soldCount.map {
        report.listing.soldCountIsLowerBound == true ? .text("\($0)+") : .integer($0)
      }
    }
    compare("seller.name") { text($0.listing.seller.name) }
    compare("seller.id") { text($0.listing.seller.id) }
    compare("seller.positiveFeedbackPercent") { number($0.listing.seller.positiveFeedbackPercent) }
    compare("seller.feedbackCount") { integer($0.listing.seller.feedbackCount) }
    compare("seller.followers") { integer($0.listing.seller.followers) }
    compare("seller.ratings.asDescribed") { number($0.listing.seller.ratings.asDescribed) }
    compare("seller.ratings.communication") { number($0.listing.seller.ratings.communication) }
    compare("seller.ratings.shipping") { number($0.listing.seller.ratings.shipping) }
    compare("terms.freeReturns") { $0.listing.terms.freeReturns.map { .flag($0) } }
    compare("terms.returnWindowDays") { integer($0.listing.terms.returnWindowDays) }
    compare("terms.buyerProtectionDays") { integer($0.listing.terms.buyerProtectionDays) }
    compare("terms.returnShippingPaidBy") { text($0.listing.terms.returnShippingPaidBy?.rawValue) }
    compare("terms.texts") { report in report.listing.terms.texts.map { .text($0.joined(separator: " / ")) } }
    compare("shipping.from") { text($0.listing.shipping.from) }
    compare("shipping.minDays") { integer($0.listing.shipping.minDays) }
    compare("shipping.maxDays") { integer($0.listing.shipping.maxDays) }
    compare("shipping.cost") { money($0.listing.shipping.cost) }
    compare("assessment.verdict") { text($0.assessment?.verdict.rawValue) }
    compare("assessment.score") { integer($0.assessment?.score) }
    return changes
  }

  private mutating func compareReviews(_ oldReviews: [Review], _ newReviews: [Review]) {
    let newKeys = Set(newReviews.map(ReviewTrace.fingerprint))
    let oldKeys = Set(oldReviews.map(ReviewTrace.fingerprint))
    var seen = Set<String>()
    var keptDates: [CalendarDate] = []
    var gone: [Review] = []
    for review in oldReviews {
      let key = ReviewTrace.fingerprint(review)
      guard seen.insert(key).inserted else { continue }
      if newKeys.contains(key) {
        kept += 1
        if let date = review.date { keptDates.append(date) }
      } else {
        gone.append(review)
      }
    }
    disappeared = gone.map(ReviewTrace.init)
    if let oldestKept = keptDates.min() {
      disappearedWhileOlderRemain = gone.filter { review in review.date.map { $0 > oldestKept } ?? false }.count
    }
    seen = []
    appeared = newReviews.filter { review in
      let key = ReviewTrace.fingerprint(review)
      return !oldKeys.contains(key) && seen.insert(key).inserted
    }.map(ReviewTrace.init)
  }

  /// Whether the change of `field` is a warning sign on its own: fewer ratings or written
  /// reviews than before (counts only grow unless reviews are removed).
  public func countWentDown(_ field: String) -> Bool {
    guard field == "rating.count" || field == "reviewCount",
      let change = changes.first(where: { $0.field == field }),
      let a = change.old?.numeric, let b = change.new?.numeric
    else { return false }
    return b < a
  }
}

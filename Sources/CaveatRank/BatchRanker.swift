import CaveatCore
import CaveatExtract
import CaveatScore
import Foundation

/// How to rank a batch.
public struct RankOptions: Sendable {
  /// Pages read at once (default: every core).
  public var jobs: Int
  /// Files larger than this are refused.
  public var maxBytes: Int
  /// Date, language and thresholds for the verdicts; the batch adds its own rating prior and
  /// price medians.
  public var context: AssessmentContext
  /// Extraction options (the fast path by default).
  public var extraction: ExtractionOptions
  /// Whether the ranked reports keep their review lists. Scoring always reads them; a caller
  /// that shows only verdicts, figures and reasons (table, CSV, Markdown, HTML) turns this off,
  /// so a page with 50,000 reviews is not written to and read back from the spill file twice.
  public var keepReviews: Bool

  /// Creates options.
  public init(
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxBytes: Int = PageReader.defaultMaxBytes,
    context: AssessmentContext, extraction: ExtractionOptions = ExtractionOptions(), keepReviews: Bool = true
  ) {
    self.jobs = max(1, jobs)
    self.maxBytes = maxBytes
    self.context = context
    self.extraction = extraction
    self.keepReviews = keepReviews
  }
}

/// What the ranker keeps in memory for one page: the few figures that sort, group and filter,
/// and where its full report waits on disk. Reports themselves are spilled to a temporary file,
/// so memory stays bounded whatever the number of pages.
public struct RankSummary: Sendable, Hashable {
  /// Position in the input order.
  public var index: Int
  /// The file, escaped for display.
  public var file: String
  /// SHA-256 of the file (hex).
  public var sha256: String {
    get { fingerprint.text }
    set { fingerprint = Fingerprint(newValue) }
  }
  /// Site id.
  public var site: String
  /// Product id, if any.
  public var productId: String?
  /// Normalised title, for grouping pages without a product id (empty on pages that have one).
  public var titleKey: String
  /// Seller name.
  public var seller: String?
  /// Price and currency.
  public var price: Money?
  /// Average rating and its count, and the histogram (1★ first), for the batch prior.
  public var ratingAverage: Double?
  /// See ``ratingAverage``.
  public var ratingCount: Int?
  /// See ``ratingAverage``.
  public var histogram: [Int]? {
    get { stars?.counts }
    set { stars = newValue.map(StarCounts.init) }
  }
  /// Whether the page was partial.
  public var partial: Bool
  /// Score and verdict, once assessed.
  public var score: Int = 0
  /// See ``score``.
  public var verdict: Verdict = .insufficientData
  /// See ``score``.
  public var flags: [String] = []
  /// Positive feedback, for sorting by seller.
  public var sellerFeedback: Double?
  /// The group of offers for the same product (several sellers), if any.
  public var group: String?
  /// Where the report is in the spill file.
  var offset: UInt64 = 0
  var length: Int = 0
  /// The digest, kept as 32 bytes rather than 64 characters of text: a batch holds one
  /// summary per page, so every byte here counts ten thousand times.
  private(set) var fingerprint: Fingerprint
  /// The histogram, kept in line.
  private var stars: StarCounts?

  /// Creates a summary.
  init(
    index: Int, file: String, sha256: String, site: String, productId: String?, titleKey: String, seller: String?,
    price: Money?, ratingAverage: Double?, ratingCount: Int?, histogram: [Int]?, partial: Bool,
    sellerFeedback: Double?
  ) {
    self.index = index
    self.file = file
    self.fingerprint = Fingerprint(sha256)
    self.site = site
    self.productId = productId
    self.titleKey = titleKey
    self.seller = seller
    self.price = price
    self.ratingAverage = ratingAverage
    self.ratingCount = ratingCount
    self.stars = histogram.map(StarCounts.init)
    self.partial = partial
    self.sellerFeedback = sellerFeedback
  }

  /// A SHA-256 digest: its 32 bytes when the text is 64 hex digits (always, for a page's own
  /// digest), the text itself otherwise.
  enum Fingerprint: Sendable, Hashable {
    case digest(UInt64, UInt64, UInt64, UInt64)
    case text(String)

    init(_ hex: String) {
      var words: [UInt64] = []
      var word: UInt64 = 0
      var digits = 0
      for byte in hex.utf8 {
        let value: UInt64
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
        default:
          self = .text(hex)
          return
        }
        word = word << 4 | value
        digits += 1
        if digits % 16 == 0 {
          words.append(word)
          word = 0
        }
      }
      guard digits == 64 else {
        self = .text(hex)
        return
      }
      self = .digest(words[0], words[1], words[2], words[3])
    }

    var text: String {
      switch self {
      case .text(let text): return text
      case .digest(let a, let b, let c, let d):
        return SHA256.lowercaseHex([a, b, c, d].flatMap { word in withUnsafeBytes(of: word.bigEndian) { Array($0) } })
      }
    }
  }

  /// Star counts, 1★ first: five in line, or whatever else was given.
  enum StarCounts: Sendable, Hashable {
    case five(Int, Int, Int, Int, Int)
    case other([Int])

    init(_ counts: [Int]) {
      self = counts.count == 5 ? .five(counts[0], counts[1], counts[2], counts[3], counts[4]) : .other(counts)
    }

    var counts: [Int] {
      switch self {
      case .five(let a, let b, let c, let d, let e): return [a, b, c, d, e]
      case .other(let counts): return counts
      }
    }
  }
}

/// A page that could not be ranked.
public struct RankFailure: Sendable, Hashable {
  /// The file.
  public var file: String
  /// The exit-code class (65 not a product page, 66 unreadable).
  public var code: Int32
  /// Why.
  public var message: String

  /// Creates a failure record.
  public init(file: String, code: Int32, message: String) {
    self.file = file
    self.code = code
    self.message = message
  }
}

/// Several offers of one product in the batch.
public struct OfferGroup: Sendable, Hashable {
  /// The group's name (its product id or title).
  public var key: String
  /// The files in it, cheapest first.
  public var files: [String]
  /// The cheapest offer whose verdict is `buy` (or, failing that, `caution`), if any.
  public var cheapestTrustworthy: String?
  /// The median price of the group.
  public var medianPrice: Double
  /// The currency of the prices compared.
  public var currency: String?
}

/// The outcome of a ranking, with the reports left on disk until they are read in order.
public final class RankResult: Sendable {
  /// Ranked pages, best first (by the sort asked for).
  public let ranked: [RankSummary]
  /// Pages that were the same file content or the same offer as an earlier one.
  public let duplicates: [(file: String, of: String)]
  /// Pages that could not be read.
  public let failures: [RankFailure]
  /// Offers of the same product by several sellers.
  public let groups: [OfferGroup]
  private let spill: SpillFile

  init(
    ranked: [RankSummary], duplicates: [(file: String, of: String)], failures: [RankFailure], groups: [OfferGroup],
    spill: SpillFile
  ) {
    self.ranked = ranked
    self.duplicates = duplicates
    self.failures = failures
    self.groups = groups
    self.spill = spill
  }

  /// The full report of a ranked page (read back from the spill file).
  public func report(_ summary: RankSummary) throws -> VetReport {
    let data = try spill.read(offset: summary.offset, length: summary.length)
    return try JSONDecoder().decode(VetReport.self, from: data)
  }

  /// How many pages were partial.
  public var partialCount: Int { ranked.filter(\.partial).count }
}

/// Ranks a batch of saved pages: reads them in parallel, learns from the batch (rating prior,
/// duplicates, offers of the same product), scores each page and sorts them.
public enum BatchRanker {
  /// How to order the ranking.
  public enum Sort: String, Sendable, CaseIterable {
    /// Best score first.
    case score
    /// Cheapest first.
    case price
    /// Best rating (average, then count) first.
    case rating
    /// Best seller feedback first.
    case seller
  }

  /// Ranks the pages at `paths`.
  ///
  /// - Parameters:
  ///   - pages: The pages (from ``PageFinder``).
  ///   - options: Jobs, limits, verdict context.
  ///   - sort: The order.
  ///   - pastClaims: Past claims for a seller (name, id), from the claim store.
  ///   - progress: Called after each page is read, with (done, total).
  /// - Returns: The ranking.
  public static func rank(
    _ pages: [PagePath], options: RankOptions, sort: Sort = .score,
    pastClaims: @Sendable (String?, String?) -> [PastClaim] = { _, _ in [] },
    progress: @Sendable (Int, Int) -> Void = { _, _ in }
  ) async throws -> RankResult {
    let spill = try SpillFile()
    var summaries: [RankSummary] = []
    // One summary per page at most: reserved once, with no doubling slack at 10,000 pages.
    summaries.reserveCapacity(pages.count)
    var failures: [RankFailure] = []
    let encoder = JSONEncoder()

    // Phase 1: read every page, at most `jobs` at once; keep summaries, spill reports.
    // Each task also trims, summarises and encodes its report, so the loop that gathers them
    // (one thread for the whole batch) only appends bytes to the spill file.
    try await withThrowingTaskGroup(of: (Int, Result<(RankSummary, Data), ListingReadError>).self) { group in
      var next = 0
      var done = 0
      let keepReviews = options.keepReviews
      let config = options.context.config
      func launch() {
        guard next < pages.count else { return }
        let index = next
        let path = pages[index]
        let maxBytes = options.maxBytes
        var extraction = options.extraction
        // One job keeps to one core: no hashing beside the parse either.
        if options.jobs == 1 { extraction.hashConcurrently = false }
        next += 1
        group.addTask {
          var report: VetReport
          do throws(ListingReadError) {
            report = try ListingReader.read(path, maxBytes: maxBytes, options: extraction)
          } catch {
            return (index, .failure(error))
          }
          // Only what scoring reads is kept when the caller does not show the reviews.
          if !keepReviews, let reviews = report.listing.reviews {
            report.listing.reviews = Assessor.reviewsRead(from: reviews, config: config)
          }
          return (index, .success((Self.summary(of: report, index: index), try JSONEncoder().encode(report))))
        }
      }
      for _ in 0..<min(options.jobs, pages.count) { launch() }
      while let (index, result) = try await group.next() {
        done += 1
        progress(done, pages.count)
        launch()
        switch result {
        case .success(let (ready, data)):
          var summary = ready
          (summary.offset, summary.length) = try spill.append(data)
          summaries.append(summary)
        case .failure(let error):
          failures.append(RankFailure(file: pages[index].displayString, code: error.exitCode, message: error.message))
        }
      }
    }
    summaries.sort { $0.index < $1.index }
    failures.sort { $0.file < $1.file }

    // Phase 2: what the batch knows that a single page does not.
    var duplicates: [(file: String, of: String)] = []
    var unique: [RankSummary] = []
    unique.reserveCapacity(summaries.count)
    do {
      var firstBySHA: [RankSummary.Fingerprint: String] = [:]
      var firstByOffer: [String: String] = [:]
      for summary in summaries {
        if let original = firstBySHA[summary.fingerprint] {
          duplicates.append((summary.file, original))
          continue
        }
        firstBySHA[summary.fingerprint] = summary.file
        if let productId = summary.productId {
          let offer = [summary.site, productId, summary.seller ?? "", summary.price.map { String($0.amount) } ?? ""]
            .joined(separator: "\u{1F}")
          if let original = firstByOffer[offer] {
            duplicates.append((summary.file, original))
            continue
          }
          firstByOffer[offer] = summary.file
        }
        unique.append(summary)
      }
    }
    summaries = []  // `unique` holds every summary still needed
    let prior = Self.prior(unique, config: options.context.config)
    var members: [String: [Int]] = [:]
    for (position, summary) in unique.enumerated() { members[Self.groupKey(summary), default: []].append(position) }
    var medians: [String: (Double, Int, String?)] = [:]
    for (key, positions) in members where positions.count >= 2 {
      let sellers = Set(positions.map { unique[$0].seller ?? unique[$0].file })
      guard sellers.count >= 2 else { continue }
      let priced = positions.compactMap { unique[$0].price }
      guard let currency = priced.first?.currency, priced.allSatisfy({ $0.currency == currency }), priced.count >= 2
      else { continue }
      let amounts = priced.map(\.amount).sorted()
      let median =
        amounts.count % 2 == 1
        ? amounts[amounts.count / 2] : (amounts[amounts.count / 2 - 1] + amounts[amounts.count / 2]) / 2
      medians[key] = (median, priced.count, currency)
      for position in positions { unique[position].group = key }
    }

    // Phase 3: score each page with the batch's knowledge; spill the scored report.
    let scored = try SpillFile()
    for position in unique.indices {
      var summary = unique[position]
      var report = try JSONDecoder().decode(
        VetReport.self, from: try spill.read(offset: summary.offset, length: summary.length))
      var context = options.context
      context.ratingPrior = prior
      if let key = summary.group, let median = medians[key] { context.batchMedianPrice = (median.0, median.1) }
      context.pastClaims = pastClaims(report.listing.seller.name, report.listing.seller.id)
      let assessment = Assessor.assess(report.listing, site: report.site, context: context)
      report.assessment = assessment
      if !options.keepReviews { report.listing.reviews = nil }
      summary.score = assessment.score
      summary.verdict = assessment.verdict
      summary.flags = assessment.flags
      (summary.offset, summary.length) = try scored.append(try encoder.encode(report))
      unique[position] = summary
    }

    let ranked = unique.sorted(by: Self.order(sort))
    var groups: [OfferGroup] = []
    for (key, positions) in members where medians[key] != nil {
      let offers = positions.map { unique[$0] }.sorted {
        ($0.price?.amount ?? .infinity) < ($1.price?.amount ?? .infinity)
      }
      let trustworthy = offers.first { $0.verdict == .buy } ?? offers.first { $0.verdict == .caution }
      groups.append(
        OfferGroup(
          key: key, files: offers.map(\.file), cheapestTrustworthy: trustworthy?.file,
          medianPrice: medians[key]?.0 ?? 0,
          currency: medians[key]?.2))
    }
    groups.sort { $0.key < $1.key }
    return RankResult(ranked: ranked, duplicates: duplicates, failures: failures, groups: groups, spill: scored)
  }

  static func summary(of report: VetReport, index: Int) -> RankSummary {
    let listing = report.listing
    let histogram = listing.rating.histogram.map { hist in (1...5).map { hist[String($0)] ?? 0 } }
    return RankSummary(
      index: index, file: report.source.file, sha256: report.source.sha256, site: report.site,
      productId: listing.productId, titleKey: listing.productId == nil ? titleKey(listing.title ?? "") : "",
      seller: listing.seller.name,
      price: listing.price, ratingAverage: listing.rating.average, ratingCount: listing.rating.count,
      histogram: histogram, partial: report.partial, sellerFeedback: listing.seller.positiveFeedbackPercent)
  }

  /// Lower-case words of a title, joined: two saves of one product title compare equal.
  static func titleKey(_ title: String) -> String {
    title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
  }

  static func groupKey(_ summary: RankSummary) -> String {
    if let productId = summary.productId { return summary.site + ":" + productId }
    return summary.site + ":" + summary.titleKey
  }

  /// The batch's own rating prior (empirical Bayes): the pooled star shares of the batch's
  /// histograms as pseudo-ratings, and the count-weighted mean of averages for the damped mean.
  /// Needs five rated listings; a smaller batch keeps the defaults.
  static func prior(_ summaries: [RankSummary], config: ScoringConfig) -> RatingPrior? {
    let histograms = summaries.compactMap(\.histogram).filter { $0.reduce(0, +) > 0 }
    let averages = summaries.compactMap { summary -> (Double, Int)? in
      guard let average = summary.ratingAverage, let count = summary.ratingCount, count > 0 else { return nil }
      return (average, count)
    }
    let rated = summaries.filter { summary in
      (summary.histogram?.reduce(0, +) ?? 0) > 0 || (summary.ratingAverage != nil && (summary.ratingCount ?? 0) > 0)
    }
    guard rated.count >= 5 else { return nil }
    var shares = [Double](repeating: 0, count: 5)
    for histogram in histograms {
      let total = Double(histogram.reduce(0, +))
      for star in 0..<5 { shares[star] += Double(histogram[star]) / total }
    }
    let pseudoRatings = 5.0
    let pooled: [Double] =
      histograms.isEmpty
      ? [1, 1, 1, 1, 1] : shares.map { max(0.05, $0 / Double(histograms.count) * pseudoRatings) }
    // Counts are capped so one hugely rated listing does not set the prior alone.
    let weighted = averages.reduce((0.0, 0.0)) { sum, item in
      let weight = Double(min(item.1, 500))
      return (sum.0 + item.0 * weight, sum.1 + weight)
    }
    let mean = weighted.1 > 0 ? weighted.0 / weighted.1 : config.priorMean
    return RatingPrior(histogram: pooled, mean: mean, weight: config.priorWeight)
  }

  static func order(_ sort: Sort) -> (RankSummary, RankSummary) -> Bool {
    { a, b in
      switch sort {
      case .score:
        if a.score != b.score { return a.score > b.score }
      case .price:
        let pa = a.price?.amount ?? .infinity
        let pb = b.price?.amount ?? .infinity
        if pa != pb { return pa < pb }
      case .rating:
        let ra = a.ratingAverage ?? -1
        let rb = b.ratingAverage ?? -1
        if ra != rb { return ra > rb }
        if (a.ratingCount ?? 0) != (b.ratingCount ?? 0) { return (a.ratingCount ?? 0) > (b.ratingCount ?? 0) }
      case .seller:
        let sa = a.sellerFeedback ?? -1
        let sb = b.sellerFeedback ?? -1
        if sa != sb { return sa > sb }
      }
      if a.score != b.score { return a.score > b.score }
      return a.file < b.file
    }
  }
}

/// An append-only temporary file holding encoded reports; removed when released.
final class SpillFile: Sendable {
  private let handle: FileHandle
  private let path: String
  private let size = Locked<UInt64>(0)

  init() throws {
    let directory = NSTemporaryDirectory()
    path = (directory as NSString).appendingPathComponent("caveat-rank-\(UUID().uuidString).jsonl")
    guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
      throw CocoaError(.fileWriteUnknown)
    }
    handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    // Unlinked at once: the data lives as long as the handle, and nothing is left behind.
    unlink(path)
  }

  /// Appends `data`, returning where it went.
  func append(_ data: Data) throws -> (UInt64, Int) {
    try size.withLock { end in
      try handle.seek(toOffset: end)
      try handle.write(contentsOf: data)
      let offset = end
      end += UInt64(data.count)
      return (offset, data.count)
    }
  }

  /// Reads back what ``append(_:)`` wrote.
  func read(offset: UInt64, length: Int) throws -> Data {
    try size.withLock { _ in
      try handle.seek(toOffset: offset)
      return try handle.read(upToCount: length) ?? Data()
    }
  }

  deinit { try? handle.close() }
}

import CaveatCore
import CaveatExtract
import CaveatScore
import Foundation

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
    let (summaries, failures) = try await read(pages, options: options, into: spill, progress: progress)
    let candidates = sameListing(summaries)
    var (unique, duplicates) = deduplicate(summaries)
    let batch = learn(from: &unique, config: options.context.config)
    let assessments = try score(&unique, from: spill, batch: batch, options: options, pastClaims: pastClaims)
    return RankResult(
      ranked: unique.sorted(by: order(sort)), duplicates: duplicates, failures: failures,
      groups: offerGroups(unique, batch: batch), saves: saves(candidates, pages: pages), reports: spill,
      assessments: assessments, keepReviews: options.keepReviews)
  }

  /// Phase 1: reads every page, at most `jobs` at once; keeps summaries (in input order) and
  /// spills the reports. Each task also trims, summarises and encodes its report, so the loop
  /// that gathers them (one thread for the whole batch) only appends bytes to the spill file.
  static func read(
    _ pages: [PagePath], options: RankOptions, into spill: SpillFile, progress: @Sendable (Int, Int) -> Void
  ) async throws -> (summaries: [RankSummary], failures: [RankFailure]) {
    var summaries: [RankSummary] = []
    // One summary per page at most: reserved once, with no doubling slack at 10,000 pages.
    summaries.reserveCapacity(pages.count)
    var failures: [RankFailure] = []
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
        // Reviews dated after the ranking's day are impossible, as they are for `vet`.
        if extraction.today == nil { extraction.today = options.context.today }
        next += 1
        group.addTask {
          var report: VetReport
          do throws(ListingReadError) {
            report = try PagePipeline.read(path, maxBytes: maxBytes, options: extraction)
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
    return (summaries, failures)
  }

  /// The pages that are one listing (same site, product id and seller) in different files, by
  /// listing: input positions and display names only, for the listings saved more than once.
  static func sameListing(_ summaries: [RankSummary]) -> [(key: String, pages: [(index: Int, file: String)])] {
    var byListing: [String: [(index: Int, file: String)]] = [:]
    var seen = Set<RankSummary.Fingerprint>()
    for summary in summaries {
      guard let productId = summary.productId, seen.insert(summary.fingerprint).inserted else { continue }
      let key = [summary.site, productId, summary.seller ?? ""].joined(separator: "\u{1F}")
      byListing[key, default: []].append((summary.index, summary.file))
    }
    return byListing.filter { $0.value.count >= 2 }.map { key, pages in
      (key.split(separator: "\u{1F}", omittingEmptySubsequences: false).prefix(2).joined(separator: ":"), pages)
    }.sorted { $0.key < $1.key }
  }

  /// The listings saved more than once at different times (a minute apart at least), each
  /// oldest first. Only these few files are opened again, for their dates.
  static func saves(_ candidates: [(key: String, pages: [(index: Int, file: String)])], pages: [PagePath])
    -> [ListingSaves]
  {
    var found: [ListingSaves] = []
    for candidate in candidates {
      var dated: [(file: String, saved: SaveDate)] = []
      for page in candidate.pages {
        if let saved = SaveDates.of(pages[page.index]) { dated.append((page.file, saved)) }
      }
      dated.sort { a, b in a.saved.date != b.saved.date ? a.saved.date < b.saved.date : a.file < b.file }
      guard dated.count >= 2, let first = dated.first, let last = dated.last else { continue }
      let span: TimeInterval = last.saved.date.timeIntervalSince(first.saved.date)
      guard span >= 60 else { continue }
      found.append(ListingSaves(key: candidate.key, files: dated.map(\.file), dates: dated.map(\.saved)))
    }
    return found
  }

  /// Phase 2: sets aside the pages that are the same file content, or the same offer (site,
  /// product, seller and price), as an earlier one. Takes the summaries over, so only the
  /// unique ones stay in memory.
  static func deduplicate(
    _ summaries: consuming [RankSummary]
  ) -> (unique: [RankSummary], duplicates: [(file: String, of: String)]) {
    var duplicates: [(file: String, of: String)] = []
    var unique: [RankSummary] = []
    unique.reserveCapacity(summaries.count)
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
    return (unique, duplicates)
  }

  /// Phase 3: what the batch knows that a single page does not: its rating prior, and the
  /// offers of one product by several sellers in one currency, with their median price. Names
  /// the group of each such offer in `unique`.
  static func learn(from unique: inout [RankSummary], config: ScoringConfig) -> BatchKnowledge {
    var batch = BatchKnowledge(prior: prior(unique, config: config))
    for (position, summary) in unique.enumerated() { batch.members[groupKey(summary), default: []].append(position) }
    for (key, positions) in batch.members where positions.count >= 2 {
      let sellers = Set(positions.map { unique[$0].seller ?? unique[$0].file })
      guard sellers.count >= 2 else { continue }
      let priced = positions.compactMap { unique[$0].price }
      guard let currency = priced.first?.currency, priced.allSatisfy({ $0.currency == currency }), priced.count >= 2
      else { continue }
      let amounts = priced.map(\.amount).sorted()
      let median =
        amounts.count % 2 == 1
        ? amounts[amounts.count / 2] : (amounts[amounts.count / 2 - 1] + amounts[amounts.count / 2]) / 2
      batch.medians[key] = (median, priced.count, currency)
      for position in positions { unique[position].group = key }
    }
    return batch
  }

  /// Phase 4: scores each page on its own, exactly as `caveat vet` does, and spills the
  /// assessment (the report as read stays where it is: writing it again would only copy it);
  /// the summaries take the score, verdict and flags, and where the assessment went.
  /// What the batch knows (its rating prior, the other offers of the same product) makes a
  /// separate "in this batch" figure (`batchScore`) that orders ties and never changes the
  /// page's verdict, score or grade.
  static func score(
    _ unique: inout [RankSummary], from spill: SpillFile, batch: BatchKnowledge, options: RankOptions,
    pastClaims: (String?, String?) -> [PastClaim]
  ) throws -> SpillFile {
    let scored = try SpillFile()
    let encoder = JSONEncoder()
    let decoder = JSONDecoder()
    for position in unique.indices {
      var summary = unique[position]
      var report = try decoder.decode(
        VetReport.self, from: try spill.read(offset: summary.offset, length: summary.length))
      var batchContext = options.context
      batchContext.ratingPrior = batch.prior
      if let key = summary.group, let median = batch.medians[key] {
        batchContext.batchMedianPrice = (median.amount, median.offers)
      }
      var assessment: Assessment
      if batchContext.ratingPrior == nil && batchContext.batchMedianPrice == nil {
        assessment = Vetting.assess(&report, context: options.context, pastClaims: pastClaims)
      } else {
        // The page's own assessment (as `vet` gives it) and the one in the batch, whose
        // reviews are read once for both.
        var ownContext = options.context
        ownContext.pastClaims = pastClaims(report.listing.seller.name, report.listing.seller.id)
        batchContext.pastClaims = ownContext.pastClaims
        let (own, inBatch) = Assessor.assess(
          report.listing, site: report.site, context: ownContext, batch: batchContext)
        assessment = own
        assessment.batchScore = inBatch.score
        let added = inBatch.flags.filter { !assessment.flags.contains($0) }
        if !added.isEmpty { assessment.batchFlags = added }
      }
      summary.batchScore = assessment.batchScore
      summary.displayPrice = assessment.displayPrice?.amount
      summary.score = assessment.score
      summary.verdict = assessment.verdict
      summary.flags = assessment.flags + (assessment.batchFlags ?? [])
      (summary.assessmentOffset, summary.assessmentLength) = try scored.append(try encoder.encode(assessment))
      unique[position] = summary
    }
    return scored
  }

  /// The groups of offers of one product, by name, each cheapest first.
  static func offerGroups(_ unique: [RankSummary], batch: BatchKnowledge) -> [OfferGroup] {
    var groups: [OfferGroup] = []
    for (key, positions) in batch.members {
      guard let median = batch.medians[key] else { continue }
      let offers = positions.map { unique[$0] }.sorted {
        ($0.price?.amount ?? .infinity) < ($1.price?.amount ?? .infinity)
      }
      let trustworthy = offers.first { $0.verdict == .buy } ?? offers.first { $0.verdict == .caution }
      groups.append(
        OfferGroup(
          key: key, files: offers.map(\.file), cheapestTrustworthy: trustworthy?.file, medianPrice: median.amount,
          currency: median.currency))
    }
    groups.sort { $0.key < $1.key }
    return groups
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
        // Prices in the display currency; those that could not be converted come last.
        let pa = a.displayPrice ?? .infinity
        let pb = b.displayPrice ?? .infinity
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
      let ba = a.batchScore ?? a.score
      let bb = b.batchScore ?? b.score
      if ba != bb { return ba > bb }
      return a.file < b.file
    }
  }
}

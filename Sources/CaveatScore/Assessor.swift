import CaveatCore
import Foundation

/// Turns a listing into a verdict a shopper can act on, and says why.
///
/// The score is a weighted mean of component qualities (0–1): seller feedback, store age,
/// detailed seller ratings, followers, the product rating judged with its count, the number of
/// ratings, the return terms and what the reviews on the page say. A component the page does
/// not inform counts as neutral (0.5) and lowers the coverage instead; too little coverage
/// gives `insufficient-data` rather than a confident grade. Signals that are not components
/// (a suspicious rating distribution, duplicate reviews, a price far below the rest, past
/// claims) take points off. Every signal carries its evidence; nothing is scored that the page
/// does not show.
public enum Assessor {
  /// Assesses one listing.
  ///
  /// - Parameters:
  ///   - listing: The extracted listing.
  ///   - site: The marketplace ("aliexpress", …), which decides some advice.
  ///   - context: Date, language, thresholds and batch or history knowledge.
  /// - Returns: The assessment.
  public static func assess(_ listing: Listing, site: String, context: AssessmentContext) -> Assessment {
    var work = Work(listing: listing, context: context)
    work.seller()
    work.rating()
    work.reviews()
    work.terms()
    work.item()
    work.history()
    return work.finish(site: site)
  }

  /// Assesses a listing on its own and with what a batch knows (`batch`: the same context with
  /// a rating prior or the median price of the product's offers), reading its reviews once for
  /// both. Each result is the one ``assess(_:site:context:)`` gives for its context.
  public static func assess(
    _ listing: Listing, site: String, context: AssessmentContext, batch: AssessmentContext
  ) -> (own: Assessment, inBatch: Assessment) {
    var own = Work(listing: listing, context: context)
    var inBatch = Work(listing: listing, context: batch)
    own.seller()
    inBatch.seller()
    own.rating()
    inBatch.rating()
    // The reviews are read the same way whatever the batch knows.
    let mark = own.mark
    own.reviews()
    inBatch.append(own, since: mark)
    own.terms()
    inBatch.terms()
    own.item()
    inBatch.item()
    own.history()
    inBatch.history()
    return (own.finish(site: site), inBatch.finish(site: site))
  }

  /// The shortest first part of `reviews` that ``assess(_:site:context:)`` reads exactly as it
  /// reads the whole list: up to the last of the first `config.reviewsRead` written reviews (and
  /// at least one review when there are any). Callers that keep many pages' reports, such as a
  /// batch ranking, store this instead of a page's 50,000 reviews.
  public static func reviewsRead(from reviews: [Review], config: ScoringConfig) -> [Review] {
    var written = 0
    var end = 0
    for review in reviews {
      guard written < config.reviewsRead else { break }
      end += 1
      if !(review.text ?? "").isEmpty { written += 1 }
    }
    return Array(reviews.prefix(max(end, min(1, reviews.count))))
  }
}

/// One assessment in progress.
struct Work {
  let listing: Listing
  let context: AssessmentContext
  var config: ScoringConfig { context.config }
  var language: Language { context.language }
  var components: [(weight: Double, quality: Double?, signal: Int?)] = []
  var signals: [Signal] = []
  var penalty = 0.0
  /// Every change to `penalty`, in order, so a second assessment can replay a phase's.
  var penaltySteps: [Double] = []
  var flags: [String] = []
  var exclusions: [ReturnExclusions.Kind] = []
  var displayPrice: DisplayPrice?
  var afterSale: AfterSaleCounts?

  init(listing: Listing, context: AssessmentContext) {
    self.listing = listing
    self.context = context
  }

  /// How far an assessment has come: counts of its signals, components, penalty steps and flags.
  struct Mark {
    let signals: Int
    let components: Int
    let penaltySteps: Int
    let flags: Int
  }

  var mark: Mark {
    Mark(signals: signals.count, components: components.count, penaltySteps: penaltySteps.count, flags: flags.count)
  }

  /// Adds what `other` found since `mark`, as if this assessment had found it: the phases that
  /// do not depend on what differs between the two contexts are done once.
  mutating func append(_ other: Work, since mark: Mark) {
    let offset = signals.count - mark.signals
    signals += other.signals[mark.signals...]
    components += other.components[mark.components...].map { ($0.weight, $0.quality, $0.signal.map { $0 + offset }) }
    for step in other.penaltySteps[mark.penaltySteps...] { addPenalty(step) }
    flags += other.flags[mark.flags...]
    afterSale = other.afterSale
  }

  private mutating func addPenalty(_ points: Double) {
    penalty += points
    penaltySteps.append(points)
  }

  private func text(_ message: Message, _ arguments: [String]) -> String {
    Messages.text(message, language, arguments)
  }

  private func text(_ code: SignalCode, _ arguments: String...) -> String { text(.signal(code), arguments) }

  private func text(_ part: Message.Part, _ arguments: String...) -> String { text(.part(part), arguments) }

  private func number(_ value: Double, digits: Int = 1) -> String {
    Messages.number(value, language, digits: digits)
  }

  private func integer(_ value: Int) -> String { Messages.integer(value, language) }

  /// Adds a signal; returns its index so a component can credit its points to it.
  @discardableResult
  private mutating func add(
    _ code: SignalCode, _ severity: Severity, _ message: String, _ evidence: [String], parts: [SignalCode]? = nil
  ) -> Int {
    signals.append(Signal(code, severity: severity, message: message, evidence: evidence, parts: parts))
    return signals.count - 1
  }

  private mutating func component(_ weight: Double, _ quality: Double?, signal: Int? = nil) {
    components.append((weight, quality.map { min(1, max(0, $0)) }, signal))
  }

  private mutating func penalize(_ code: SignalCode, _ severity: Severity, _ message: String, _ evidence: [String]) {
    let points = config.penalties[code] ?? 0
    addPenalty(points)
    // A penalty of nothing is 0, not -0 (a warning the configuration weighs at nothing).
    signals.append(Signal(code, severity: severity, message: message, evidence: evidence, points: 0 - points))
  }

  // MARK: Seller

  mutating func seller() {
    let seller = listing.seller
    var known = false
    if let percent = seller.positiveFeedbackPercent {
      known = true
      var judged = percent
      var suffix = ""
      var evidence = [EvidenceWords.fact(.positiveFeedbackPercent, "\(number(percent))%", language)]
      if let count = seller.feedbackCount, count > 0 {
        judged = RatingMath.wilsonLowerBound(share: percent / 100, count: count) * 100
        suffix = text(.feedbackCountSuffix, integer(count), number(judged))
        evidence.append(EvidenceWords.fact(.feedbackCount, String(count), language))
      }
      var quality = RatingMath.interpolate(judged, config.feedbackScale.points)
      let index: Int
      if judged < config.lowFeedbackPercent {
        let severity: Severity = judged < config.veryLowFeedbackPercent ? .danger : .warning
        // Say what was tested: with a count, the lower bound is what fell below the threshold.
        let message =
          if let count = seller.feedbackCount, count > 0 {
            text(
              .lowFeedbackBound, number(percent), integer(count), number(judged),
              number(config.lowFeedbackPercent, digits: 0))
          } else {
            text(.sellerLowPositiveFeedback, number(percent), "", number(config.lowFeedbackPercent, digits: 0))
          }
        index = add(.sellerLowPositiveFeedback, severity, message, evidence)
        // A warning never adds points: below the threshold the store earns no credit.
        quality = min(quality, 0.5)
      } else {
        index = add(.sellerGoodFeedback, .info, text(.sellerGoodFeedback, number(percent), suffix), evidence)
      }
      component(config.weightSellerFeedback, quality, signal: index)
    } else if let average = seller.rating?.average {
      known = true
      shopRating(average: average, count: seller.rating?.count)
    } else {
      component(config.weightSellerFeedback, nil)
    }

    if let opened = seller.openedOn {
      known = true
      let days = max(0, opened.days(until: context.today))
      let months = Double(days) / 30.44
      var quality = RatingMath.interpolate(months, config.storeAgeScale.points)
      let evidence = [EvidenceWords.fact(.openedOn, opened.description, language)]
      let index: Int
      if months < config.newStoreMonths {
        quality = min(quality, 0.5)
        let severity: Severity = months < config.veryNewStoreMonths ? .danger : .warning
        index = add(
          .sellerNewStore, severity,
          text(.sellerNewStore, opened.description, String(Int(months.rounded(.down))), context.today.description),
          evidence)
      } else {
        index = add(
          .sellerEstablished, .info, text(.sellerEstablished, opened.description, number(months / 12)), evidence)
      }
      component(config.weightSellerAge, quality, signal: index)
    } else {
      component(config.weightSellerAge, nil)
    }

    let ratings = seller.ratings
    let named = [
      ("as described", ratings.asDescribed), ("communication", ratings.communication), ("shipping", ratings.shipping),
    ]
    .compactMap { label, value in value.map { (label, $0) } }
    if let lowest = named.map(\.1).min() {
      known = true
      let evidence = named.map { "\($0.0) \(number($0.1))" }
      var quality = RatingMath.interpolate(lowest, config.sellerRatingScale.points)
      if lowest < config.lowSellerRating { quality = min(quality, 0.5) }
      let index =
        lowest < config.lowSellerRating
        ? add(
          .sellerLowDetailedRatings, .warning,
          text(.sellerLowDetailedRatings, evidence.joined(separator: ", ")), evidence)
        : add(
          .sellerDetailedRatings, .info, text(.sellerDetailedRatings, evidence.joined(separator: ", ")), evidence)
      component(config.weightSellerRatings, quality, signal: index)
    } else {
      component(config.weightSellerRatings, nil)
    }

    if let followers = seller.followers {
      component(config.weightSellerFollowers, RatingMath.interpolate(Double(followers), config.followersScale.points))
    } else {
      component(config.weightSellerFollowers, nil)
    }
    if let badges = seller.badges, !badges.isEmpty {
      add(.sellerBadges, .info, text(.sellerBadges, badges.joined(separator: ", ")), badges)
    }
    if !known {
      add(
        .sellerUnknown, .info, text(.sellerUnknown),
        [EvidenceWords.Missing.sellerReputation.sentence(language)])
    }
  }

  /// The shop's star rating where the page gives no positive-feedback share (Etsy, Mercado
  /// Libre): judged like a product rating, pulled toward the usual mean when its count is small,
  /// on the detailed seller ratings' scale; without a count it earns half credit at most.
  private mutating func shopRating(average: Double, count: Int?) {
    let judged =
      count.map {
        RatingMath.dampedMean(
          average: average, count: $0, priorMean: config.priorMean, priorWeight: config.priorWeight)
      } ?? average
    var evidence = [EvidenceWords.fact(.shopAverage, number(average), language)]
    if let count { evidence.append(EvidenceWords.fact(.shopCount, String(count), language)) }
    let suffix = count.map { text(.shopRatingCountSuffix, integer($0), number(judged)) } ?? ""
    var quality = RatingMath.interpolate(judged, config.sellerRatingScale.points)
    if count == nil { quality = min(quality, 0.5) }
    let index: Int
    if judged < config.lowSellerRating {
      quality = min(quality, 0.5)
      index = add(
        .sellerLowShopRating, .warning,
        text(.sellerLowShopRating, number(average), suffix, number(config.lowSellerRating)), evidence)
    } else {
      index = add(.sellerShopRating, .info, text(.sellerShopRating, number(average), suffix), evidence)
    }
    component(config.weightSellerFeedback, quality, signal: index)
  }

  // MARK: Rating

  private var histogram: [Int]? {
    guard let histogram = listing.rating.histogram else { return nil }
    let counts = (1...5).map { histogram[String($0)] ?? 0 }
    return counts.reduce(0, +) > 0 ? counts : nil
  }

  mutating func rating() {
    let rating = listing.rating
    let count = rating.count ?? histogram?.reduce(0, +) ?? listing.reviewCount
    var cautious: Double?
    var evidence: [String] = []
    if let histogram {
      let prior = context.ratingPrior?.histogram ?? [1, 1, 1, 1, 1]
      cautious = RatingMath.bayesianScore(histogram: histogram, prior: prior, z: config.bayesianZ)
      evidence.append(EvidenceWords.fact(.histogram, histogram.map(String.init).joined(separator: "/"), language))
    } else if let average = rating.average {
      let prior = context.ratingPrior
      cautious = RatingMath.dampedMean(
        average: average, count: count ?? 0, priorMean: prior?.mean ?? config.priorMean,
        priorWeight: prior?.weight ?? config.priorWeight)
      evidence.append(EvidenceWords.fact(.average, number(average), language))
    }
    if let count { evidence.append(EvidenceWords.fact(.count, String(count), language)) }
    if let cautious {
      // When the page counts only written reviews, say so rather than calling them ratings.
      let key: Message =
        rating.count == nil && histogram == nil && listing.reviewCount != nil
        ? .part(.ratingFromReviews) : .signal(.ratingScore)
      let index = add(
        .ratingScore, .info,
        text(key, [number(rating.average ?? cautious), count.map { integer($0) } ?? "?", number(cautious)]),
        evidence)
      component(config.weightRatingQuality, RatingMath.interpolate(cautious, config.ratingScale.points), signal: index)
    } else {
      component(config.weightRatingQuality, nil)
    }

    if let count {
      let index: Int?
      if count == 0 {
        index = add(.noRatings, .warning, text(.noRatings), [EvidenceWords.fact(.count, "0", language)])
      } else if count < config.fewRatings {
        index = add(
          .fewRatings, .warning, text(.fewRatings, String(count), rating.average.map { number($0) } ?? "?"),
          [EvidenceWords.fact(.count, String(count), language)])
      } else {
        index = nil
      }
      let volume = RatingMath.interpolate(Double(count), config.ratingVolumeScale.points)
      component(config.weightRatingVolume, index == nil ? volume : min(volume, 0.5), signal: index)
    } else if rating.average == nil, listing.reviews?.isEmpty ?? true {
      component(config.weightRatingVolume, nil)
      add(.noRatings, .warning, text(.noRatings), [EvidenceWords.Missing.rating.sentence(language)])
    } else {
      component(config.weightRatingVolume, nil)
    }

    // A distribution real buyers rarely produce.
    var fiveShare: Double?
    var oneStar: Double?
    if let histogram, let total = Optional(histogram.reduce(0, +)), total > 0 {
      fiveShare = Double(histogram[4]) / Double(total)
      oneStar = Double(histogram[0])
    } else if let percents = rating.histogramPercent, let five = percents["5"], let one = percents["1"] {
      fiveShare = five / 100
      oneStar = one
    }
    if let fiveShare, let oneStar, let count, count > config.anomalyMinimumRatings,
      fiveShare > config.anomalyFiveStarShare, oneStar == 0
    {
      penalize(
        .ratingDistributionAnomaly, .warning,
        text(.ratingDistributionAnomaly, number(fiveShare * 100, digits: 0), integer(count)),
        [
          EvidenceWords.fact(.fiveStarShare, "\(number(fiveShare * 100, digits: 0))%", language),
          EvidenceWords.fact(.oneStar, "0", language), EvidenceWords.fact(.count, String(count), language),
        ])
    }

    if let sold = listing.soldCount, let reviews = listing.reviewCount {
      // "1,000+ sold" is a lower bound: it can show too few reviews, never too many.
      let lowerBound = listing.soldCountIsLowerBound == true
      let shownSold = integer(sold) + (lowerBound ? "+" : "")
      let evidence = [
        EvidenceWords.fact(.reviewCount, String(reviews), language),
        EvidenceWords.fact(.soldCount, String(sold), language) + (lowerBound ? EvidenceWords.lowerBound(language) : ""),
      ]
      if !lowerBound, reviews > 0, Double(reviews) > Double(sold) * config.reviewsPerOrderMaximum {
        penalize(
          .ordersReviewsMismatch, .warning, text(.ordersReviewsMismatch, integer(reviews), shownSold), evidence)
      } else if sold >= config.mismatchMinimumSold, Double(reviews) < Double(sold) * config.minimumReviewShare {
        penalize(
          .ordersReviewsMismatch, .warning, text(.tooFewReviewsForOrders, integer(reviews), shownSold), evidence)
      }
    }
  }

  // MARK: Reviews on the page

  mutating func reviews() {
    // A page shows a few dozen reviews; a page with thousands is judged on its first ones, so
    // the cost of reading them stays bounded.
    let written = Array((listing.reviews ?? []).lazy.filter { !($0.text ?? "").isEmpty }.prefix(config.reviewsRead))
    if let notes = listing.reviewNotes {
      let notices = notes.filter { !Lexicon.otherSellerReviewNotices(in: $0).isEmpty }
      if let first = notices.first {
        penalize(.reviewsFromOtherSellers, .warning, text(.reviewsFromOtherSellers, first), notices)
      }
    }
    guard !written.isEmpty else {
      component(config.weightReviews, nil)
      return
    }
    var defective: [(Review, [LexiconMatch])] = []
    var mismatched: [Review] = []
    var incentivized: [Review] = []
    // Each review is read once; its defects, praise and after-sale classes come from that reading.
    let readings = written.map { Lexicon.read(review: $0.text ?? "") }
    for (review, reading) in zip(written, readings) {
      let text = review.text ?? ""
      let defects = reading.defects
      if !defects.isEmpty { defective.append((review, defects)) }
      if let stars = review.stars {
        if stars >= 4, !defects.isEmpty {
          mismatched.append(review)
        } else if stars <= 2, defects.isEmpty, !reading.praise.isEmpty {
          mismatched.append(review)
        }
      }
      if !Lexicon.incentives(in: text).isEmpty { incentivized.append(review) }
    }
    let share = Double(defective.count) / Double(written.count)
    // A few reviews are a small sample: the share is judged as if a few more clean reviews
    // stood beside them, so one complaint among two reviews is not a verdict on its own.
    let smoothed = Double(defective.count) / Double(written.count + config.defectPriorReviews)
    let quality = 1 - min(1, smoothed / max(0.01, config.defectShareCeiling))
    let index: Int
    if defective.isEmpty {
      index = add(
        .noDefectMentions, .info, text(.noDefectMentions, String(written.count)),
        [EvidenceWords.reviewsRead(written.count, language)])
    } else {
      let severity: Severity = defective.count >= 2 && smoothed >= config.defectShareDanger ? .danger : .warning
      let quotes = defective.prefix(3).map { review, matches in Self.quote(review, around: matches.first?.term) }
      let kinds = Array(Set(defective.flatMap { $0.1.map(\.category) })).sorted()
      index = add(
        .defectMentions, severity,
        text(
          .defectMentions, String(defective.count), String(written.count), number(share * 100, digits: 0),
          kinds.map { Messages.defectKind($0, language) }.joined(separator: ", ")),
        quotes)
    }
    component(config.weightReviews, quality, signal: index)

    if !mismatched.isEmpty {
      let severity: Severity = mismatched.count >= 2 ? .warning : .info
      let quotes = mismatched.prefix(3).map { Self.quote($0, around: nil) }
      if severity == .warning {
        penalize(.starTextMismatch, severity, text(.starTextMismatch, String(mismatched.count)), quotes)
      } else {
        add(.starTextMismatch, severity, text(.starTextMismatch, String(mismatched.count)), quotes)
      }
    }
    if !incentivized.isEmpty {
      penalize(
        .incentivizedReviews, .warning, text(.incentivizedReviews, String(incentivized.count)),
        incentivized.prefix(3).map { Self.quote($0, around: nil) })
    }
    duplicates(written)
    burst(written)
    afterSaleReading(written, readings: readings)
  }

  /// The points each review of an after-sale class weighs: the refusals,
  /// disputes and silences buyers report cost most, broken arrivals less (the defect line
  /// already counts them); quick refunds and good packing earn a little.
  static let afterSaleWeights: [(ReviewClass, Double)] = [
    (.refundRefusedOrDelayed, 2), (.disputeNeeded, 2), (.sellerUnresponsive, 1.5), (.badlyPacked, 1),
    (.arrivedBroken, 1), (.resolvedQuickly, -0.75), (.wellPacked, -0.25),
  ]

  /// `after-sale`: what the reviews say about refunds, disputes, the seller's answers and the
  /// packing. The points are the weighted count of classes among the reviews read (a count,
  /// not a share: one more review never lowers a penalty), within ``ScoringConfig/penalties``[`after-sale`] off
  /// and ``ScoringConfig/afterSaleMaxBonus`` on.
  private mutating func afterSaleReading(_ written: [Review], readings: [ReviewReading]) {
    var counts: [ReviewClass: Int] = [:]
    var quotes: [String] = []
    var quoted = Set<ReviewClass>()
    var involved = 0
    var reporting = 0
    let classes = Set(Self.afterSaleWeights.map(\.0))
    let problems = Set(Self.afterSaleWeights.filter { $0.1 > 0 }.map(\.0))
    for (review, reading) in zip(written, readings) {
      let found = reading.classes.intersection(classes)
      guard !found.isEmpty else { continue }
      involved += 1
      if !found.isDisjoint(with: problems) { reporting += 1 }
      for reviewClass in found { counts[reviewClass, default: 0] += 1 }
      // One quote per class, up to three.
      for (reviewClass, _) in Self.afterSaleWeights where found.contains(reviewClass) && !quoted.contains(reviewClass) {
        guard quotes.count < 3, let term = reading.evidence[reviewClass]?.first?.term else { continue }
        quoted.insert(reviewClass)
        quotes.append(
          Messages.reviewClass(reviewClass, language) + ": " + Self.sentence(review.text ?? "", around: term))
      }
    }
    afterSale = AfterSaleCounts(
      reviewsRead: written.count, counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
    guard involved > 0 else { return }
    let weighted = Self.afterSaleWeights.reduce(0.0) { $0 + $1.1 * Double(counts[$1.0] ?? 0) }
    let scale = 1.0
    let listed = Self.afterSaleWeights.compactMap { reviewClass, _ in
      counts[reviewClass].map { "\(Messages.reviewClass(reviewClass, language)) × \(integer($0))" }
    }
    .joined(separator: ", ")
    // Round to a tenth so the points shown are the points taken.
    let raw = weighted * scale
    if reporting > 0 {
      let points = (min(config.penalties[.afterSale] ?? 10, max(0, raw)) * 10).rounded() / 10
      addPenalty(points)
      signals.append(
        Signal(
          .afterSale, severity: .warning,
          message: text(.afterSale, integer(reporting), integer(written.count), listed), evidence: quotes,
          points: points > 0 ? -points : nil))
    } else {
      let points = (min(config.afterSaleMaxBonus, -raw) * 10).rounded() / 10
      addPenalty(-points)
      signals.append(
        Signal(
          .afterSale, severity: .info,
          message: text(.afterSalePraise, integer(involved), integer(written.count), listed), evidence: quotes,
          points: points > 0 ? points : nil))
    }
  }

  /// The sentence of `text` around `term`, on one line, cut at about 120 characters, quoted.
  static func sentence(_ text: String, around term: String) -> String {
    let flat = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
      .filter { !($0.unicodeScalars.first.map { CharacterSet.controlCharacters.contains($0) } ?? false) }
    var snippet = flat
    if let range = flat.range(of: term, options: [.caseInsensitive, .diacriticInsensitive]) {
      let stops: Set<Character> = [".", "!", "?", "。", "！", "？", "\n"]
      var start = range.lowerBound
      while start > flat.startIndex, !stops.contains(flat[flat.index(before: start)]) {
        start = flat.index(before: start)
      }
      var end = range.upperBound
      while end < flat.endIndex, !stops.contains(flat[end]) { end = flat.index(after: end) }
      if end < flat.endIndex { end = flat.index(after: end) }
      snippet = String(flat[start..<end]).trimmingCharacters(in: .whitespaces)
      if snippet.count > 120 {
        // Keep the matched words in view.
        let offset = flat.distance(from: start, to: range.lowerBound)
        let from = max(0, min(offset - 40, snippet.count - 120))
        let cut = snippet.dropFirst(from).prefix(120)
        snippet = (from > 0 ? "…" : "") + cut + (from + 120 < snippet.count ? "…" : "")
      }
    } else if snippet.count > 120 {
      snippet = snippet.prefix(120) + "…"
    }
    return "“" + snippet + "”"
  }

  private mutating func duplicates(_ reviews: [Review]) {
    let shingles = reviews.map { Self.shingles($0.text ?? "") }
    var involved = Set<Int>()
    var example: (Int, Int)?
    for i in shingles.indices where shingles[i].count >= 3 {
      for j in shingles.indices where j > i && shingles[j].count >= 3 {
        let intersection = shingles[i].intersection(shingles[j]).count
        let union = shingles[i].union(shingles[j]).count
        if union > 0, Double(intersection) / Double(union) >= config.duplicateSimilarity {
          involved.insert(i)
          involved.insert(j)
          if example == nil { example = (i, j) }
        }
      }
    }
    if let (i, j) = example {
      penalize(
        .duplicateReviews, .warning, text(.duplicateReviews, String(involved.count)),
        [Self.quote(reviews[i], around: nil), Self.quote(reviews[j], around: nil)])
    }
  }

  private mutating func burst(_ reviews: [Review]) {
    let dates = reviews.compactMap(\.date)
    guard dates.count >= config.burstMinimumReviews else { return }
    var byDay: [CalendarDate: Int] = [:]
    for date in dates { byDay[date, default: 0] += 1 }
    guard let (day, count) = byDay.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
      return
    }
    if count >= config.burstMinimumReviews, Double(count) / Double(dates.count) >= config.burstShare {
      penalize(
        .reviewBurst, .warning, text(.reviewBurst, String(count), String(dates.count), day.description),
        ["\(count) reviews dated \(day)", "\(dates.count) dated reviews"])
    }
  }

  /// Word 3-grams of a text, for near-duplicate detection.
  private static func shingles(_ text: String) -> Set<String> {
    let words = Lexicon.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    guard words.count >= 3 else { return Set(words) }
    return Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") })
  }

  /// A short quote from a review, around the matched term when there is one.
  static func quote(_ review: Review, around term: String?) -> String {
    let text = review.text ?? ""
    var snippet = text
    if text.count > 140 {
      if let term, let range = text.range(of: term, options: [.caseInsensitive, .diacriticInsensitive]) {
        let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        snippet = (start > text.startIndex ? "…" : "") + String(text[start..<end]) + (end < text.endIndex ? "…" : "")
      } else {
        snippet = String(text.prefix(140)) + "…"
      }
    }
    let stars =
      review.stars.flatMap { $0.isFinite ? $0 : nil }.map {
        String(repeating: "★", count: max(0, min(5, Int($0.rounded())))) + " "
      } ?? ""
    return stars + "“" + snippet + "”"
  }

  // MARK: Terms

  mutating func terms() {
    let terms = listing.terms
    var quality: Double?
    var index: Int?
    var evidence: [String] = []
    if let free = terms.freeReturns {
      evidence.append(EvidenceWords.fact(.freeReturns, EvidenceWords.yesNo(free, language), language))
    }
    if let days = terms.returnWindowDays {
      evidence.append(EvidenceWords.fact(.returnWindowDays, String(days), language))
    }
    if let paid = terms.returnShippingPaidBy {
      evidence.append(EvidenceWords.fact(.returnShippingPaidBy, EvidenceWords.party(paid, language), language))
    }
    evidence += (terms.texts ?? []).prefix(2).map { "“\($0)”" }
    // One returns line: "not free" and "you pay the return shipping" are one fact, and a short
    // window is a part of the same terms, so they make one signal with its parts.
    var parts: [SignalCode] = []
    switch terms.freeReturns {
    case true?:
      quality = RatingMath.interpolate(Double(terms.returnWindowDays ?? 30), config.returnWindowScale.points)
      parts.append(.freeReturns)
    case false?:
      quality = 0.2
      parts.append(.noFreeReturns)
    case nil:
      if terms.returnWindowDays != nil || terms.returnShippingPaidBy != nil { quality = 0.5 }
    }
    if terms.returnShippingPaidBy == .buyer {
      quality = min(quality ?? 0.2, 0.2)
      parts.append(.buyerPaysReturnShipping)
    }
    var shortDays: Int?
    if let days = terms.returnWindowDays, days < config.shortReturnWindowDays {
      quality = (quality ?? 0.5) * 0.7
      shortDays = days
      parts.append(.shortReturnWindow)
    }
    if let first = parts.first {
      var sentences: [String] = []
      let free = parts.contains(.freeReturns)
      let notFree = parts.contains(.noFreeReturns)
      let buyerPays = parts.contains(.buyerPaysReturnShipping)
      if free, let days = shortDays {
        sentences.append(text(.freeReturnsShortWindow, String(days)))
      } else {
        if free {
          sentences.append(text(.freeReturns, terms.returnWindowDays.map { text(.withinDays, String($0)) } ?? ""))
        }
        if notFree && buyerPays {
          sentences.append(text(.notFreeBuyerPays))
        } else if notFree {
          sentences.append(text(.noFreeReturns))
        } else if buyerPays {
          sentences.append(text(.buyerPaysReturnShipping))
        }
        if let days = shortDays { sentences.append(text(.shortReturnWindow, String(days))) }
      }
      // The line is named by its worst part.
      let code =
        parts.contains(.noFreeReturns)
        ? .noFreeReturns : (buyerPays ? .buyerPaysReturnShipping : (shortDays != nil ? .shortReturnWindow : first))
      index = add(
        code, code == .freeReturns ? .info : .warning, sentences.joined(separator: " "), evidence,
        parts: parts.count > 1 ? parts : nil)
    }
    if terms.freeReturns == nil, terms.returnWindowDays == nil, terms.returnShippingPaidBy == nil {
      add(
        .termsUnknown, .warning, text(.termsUnknown),
        [EvidenceWords.Missing.returnTerms.sentence(language)])
    }
    if let days = terms.buyerProtectionDays {
      add(
        .buyerProtection, .info, text(.buyerProtection, String(days)),
        [EvidenceWords.fact(.buyerProtectionDays, String(days), language)])
    }
    component(config.weightTerms, quality, signal: index)
  }

  // MARK: Item

  mutating func item() {
    if let (cue, place) = FragileItems.cue(title: listing.title, category: listing.category) {
      flags.append("fragile")
      add(.fragile, .warning, text(.fragile, cue), ["“\(cue)” in the \(place.rawValue)"])
    }
    for finding in ReturnExclusions.findings(title: listing.title, category: listing.category) {
      exclusions.append(finding.kind)
      add(
        .returnExclusion, .warning,
        text(
          .returnExclusion, Messages.exclusionKind(finding.kind, language), finding.cue,
          text(finding.place == .title ? .inTitle : .inCategory)),
        [
          "“\(finding.cue)” in the \(finding.place.rawValue)", "kind = \(finding.kind.rawValue)",
          "source: \(finding.kind.source)",
        ])
    }
    value()
    promises()
    var tooGood = false
    if let price = listing.price, let original = listing.originalPrice, original.amount > 0,
      original.currency == price.currency || original.currency == nil || price.currency == nil
    {
      let discount = 1 - price.amount / original.amount
      if discount > config.suspiciousDiscount {
        tooGood = true
        penalize(
          .priceTooGood, .warning,
          text(.priceTooGood, number(discount * 100, digits: 0), Self.money(original, language)),
          ["price = \(Self.money(price, language))", "originalPrice = \(Self.money(original, language))"])
      }
    }
    if !tooGood, let price = listing.price, let median = context.batchMedianPrice, median.amount > 0,
      price.amount < median.amount * config.batchPriceShare
    {
      tooGood = true
      let below = 1 - price.amount / median.amount
      penalize(
        .priceTooGood, .warning, text(.belowBatchPrice, number(below * 100, digits: 0), String(median.offers)),
        ["price = \(Self.money(price, language))", "batch median = \(number(median.amount, digits: 2))"])
    }
    if tooGood { flags.append("price-too-good") }
  }

  /// What the listing promises: a missing or vague description is a reason (information only:
  /// the page may hold it where it could not be read).
  private mutating func promises() {
    guard (listing.specs ?? []).isEmpty else { return }
    guard let description = listing.description else {
      add(.noDescription, .info, text(.noDescription), ["description and specs are missing"])
      return
    }
    let words = description.split(whereSeparator: { $0.isWhitespace }).count
    if description.count < 40 || (words < 8 && description.unicodeScalars.allSatisfy { $0.value < 0x2E80 }) {
      add(.vagueDescription, .info, text(.vagueDescription, "“\(description)”"), ["description = “\(description)”"])
    }
  }

  /// The price in the display currency, and the `high-value` flag from it: a price that cannot
  /// be converted is never high-value, and the report says why.
  private mutating func value() {
    guard let price = listing.price else { return }
    let target = context.displayCurrency
    let threshold = highValueThreshold(in: target)
    let shown = Self.money(price, language)
    guard let currency = price.currency, !currency.isEmpty else {
      add(.priceNotConverted, .info, text(.priceWithoutCurrency, shown, target), ["price = \(shown)"])
      return
    }
    guard let converted = context.rates.convert(price, to: target) else {
      add(
        .priceNotConverted, .info, text(.priceNotConverted, shown, target, context.rates.date, currency),
        ["price = \(shown)", "rates: \(context.rates.source), \(context.rates.date)"])
      return
    }
    displayPrice = converted
    guard converted.amount > threshold.amount else { return }
    flags.append("high-value")
    if converted.rateDate == nil {
      add(.highValue, .info, text(.highValue, shown, Self.money(threshold, language)), ["price = \(shown)"])
    } else {
      let about = Self.money(converted.money, language)
      let rate = converted.rateText(language)
      add(
        .highValue, .info,
        text(
          .highValueConverted, shown, about, context.rates.date, "1 \(currency.uppercased()) = \(rate) \(target)",
          Self.money(threshold, language)),
        [
          "price = \(shown)", "≈ \(about)",
          "1 \(currency.uppercased()) = \(rate) \(target), \(converted.rateDate ?? ""), \(converted.rateSource ?? "")",
        ])
    }
  }

  /// The high-value threshold in the display currency: the configured amount converted from
  /// ``ScoringConfig/highValueCurrency`` (100 USD by default), else taken as it is when that
  /// currency has no rate.
  private func highValueThreshold(in target: String) -> Money {
    let amount = config.highValueThreshold
    guard let currency = config.highValueCurrency, currency.uppercased() != target.uppercased(),
      let converted = context.rates.convert(Money(amount: amount, currency: currency), to: target)
    else { return Money(amount: amount, currency: target) }
    return Money(amount: converted.amount, currency: target)
  }

  /// An amount with its currency's minor units and the language's grouping ("¥6,000").
  static func money(_ money: Money, _ language: Language) -> String {
    money.formatted(localeIdentifier: language == .fr ? "fr_FR" : "en_US")
  }

  // MARK: History

  mutating func history() {
    let claims = context.pastClaims
    guard !claims.isEmpty else { return }
    let lost = claims.filter { !$0.outcome.contains("full") }
    let severity: Severity = lost.count >= 2 ? .danger : .warning
    let evidence = claims.map { claim in
      [claim.orderedOn?.description, claim.problem, claim.outcome].compactMap { $0 }.joined(separator: " · ")
    }
    // The sentence names problems in words ("not received"), never as codes ("not-received").
    let described = evidence.map { $0.replacingOccurrences(of: "-", with: " ") }
    let points = min(25, (config.penalties[.sellerPastClaims] ?? 10) * Double(claims.count))
    addPenalty(points)
    signals.append(
      Signal(
        .sellerPastClaims, severity: severity,
        message: text(.sellerPastClaims, String(claims.count), described.joined(separator: "; ")), evidence: evidence,
        points: -points))
  }

  // MARK: Verdict

  mutating func finish(site: String) -> Assessment {
    let totalWeight = components.reduce(0) { $0 + $1.weight }
    var weighted = 0.0
    var knownWeight = 0.0
    for (index, part) in components.enumerated() {
      let quality = part.quality ?? 0.5
      weighted += part.weight * quality
      if part.quality != nil { knownWeight += part.weight }
      if let signal = part.signal, totalWeight > 0 {
        signals[signal].points = ((part.weight * (quality - 0.5) / totalWeight) * 100 * 10).rounded() / 10
      }
      _ = index
    }
    // The mark agrees with the points: what takes points off is a warning or worse, what adds
    // points never is.
    for position in signals.indices {
      guard let points = signals[position].points else { continue }
      if points < 0, signals[position].severity == .info {
        signals[position].severity = .warning
      } else if points > 0, signals[position].severity != .info {
        // "2 of 40 reviews mention a problem" stays a warning; the credit the clean reviews
        // earn is not shown on it.
        signals[position].points = nil
      }
    }
    let base = totalWeight > 0 ? 100 * weighted / totalWeight : 50
    let score = Int(min(100, max(0, base - penalty)).rounded())
    let coverage = totalWeight > 0 ? knownWeight / totalWeight : 0

    let hasRating = listing.rating.average != nil || listing.rating.count != nil || histogram != nil
    let hasSeller = listing.seller.positiveFeedbackPercent != nil || listing.seller.openedOn != nil
    let insufficient = coverage < config.minimumCoverage || (!hasRating && !hasSeller)
    let verdict: Verdict
    if insufficient {
      verdict = .insufficientData
      let missing = components.filter { $0.quality == nil }.count
      add(
        .insufficientData, .info, text(.insufficientData, "\(missing)/\(components.count)"),
        ["coverage = \(number(coverage * 100, digits: 0))%"])
    } else if Double(score) < config.avoidScore || signals.contains(where: { $0.severity == .danger }) {
      verdict = .avoid
    } else if Double(score) >= config.buyScore {
      verdict = .buy
    } else {
      verdict = .caution
    }
    let grade: String? = insufficient ? nil : config.grade(for: score)
    let ordered = signals.enumerated().sorted { a, b in
      if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
      let pa = abs(a.element.points ?? 0)
      let pb = abs(b.element.points ?? 0)
      if pa != pb { return pa > pb }
      return a.offset < b.offset
    }.map(\.element)
    return Assessment(
      score: score, grade: grade, verdict: verdict, flags: flags, signals: ordered,
      advice: advice(for: ordered, verdict: verdict, site: site), coverage: (coverage * 100).rounded() / 100,
      displayPrice: displayPrice, afterSale: afterSale)
  }

  private func advice(for signals: [Signal], verdict: Verdict, site: String) -> [Advice] {
    let codes = Set(signals.compactMap(\.signalCode))
    var chosen: [AdviceCode] = []
    func suggest(_ code: AdviceCode, when condition: Bool) {
      if condition, !chosen.contains(code) { chosen.append(code) }
    }
    suggest(.avoidSellerHistory, when: codes.contains(.sellerPastClaims))
    suggest(
      .chooseReputableSeller,
      when: !codes.isDisjoint(with: [
        .sellerLowPositiveFeedback, .sellerLowShopRating, .sellerNewStore, .sellerLowDetailedRatings,
      ])
    )
    suggest(.chooseFreeReturns, when: !codes.isDisjoint(with: [.noFreeReturns, .buyerPaysReturnShipping]))
    suggest(.readReturnTerms, when: !codes.isDisjoint(with: [.termsUnknown, .shortReturnWindow]))
    suggest(.askAboutReturns, when: codes.contains(.returnExclusion))
    suggest(.compareOffers, when: codes.contains(.priceTooGood))
    suggest(.checkThisSeller, when: codes.contains(.reviewsFromOtherSellers))
    suggest(
      .lookAtReviewPhotos,
      when: !codes.isDisjoint(with: [
        .defectMentions, .fewRatings, .noRatings, .ratingDistributionAnomaly, .duplicateReviews,
        .reviewBurst,
        .starTextMismatch, .incentivizedReviews, .ordersReviewsMismatch,
      ]))
    suggest(.filmUnboxing, when: flags.contains("fragile") || flags.contains("high-value"))
    suggest(.askPackaging, when: flags.contains("fragile"))
    suggest(.payWithProtection, when: flags.contains("high-value") || verdict != .buy)
    suggest(.doNotConfirmEarly, when: ["aliexpress", "taobao", "tmall", "ebay"].contains(site))
    suggest(.saveThePage, when: verdict == .caution || verdict == .avoid)
    return chosen.map { Advice($0, message: Messages.text(.advice($0), language)) }
  }
}

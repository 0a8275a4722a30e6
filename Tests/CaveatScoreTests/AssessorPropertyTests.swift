import CaveatCore
import CaveatTestSupport
import Testing

@testable import CaveatScore

// MARK: - Seeded generation

/// The shared seeded generator (CaveatTestSupport's SplitMix64), with the draws these tests use.
extension SplitMix {
  mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
  /// A value in `range` rounded to `digits` decimals, as pages show them.
  mutating func double(_ range: ClosedRange<Double>, digits: Int = 1) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return min(
      range.upperBound, max(range.lowerBound, (Double.random(in: range, using: &self) * scale).rounded() / scale))
  }
  mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
  /// A value from `lower` up to one of `bounds`, picked first: spreads values over magnitudes.
  mutating func upTo(_ bounds: [Int], from lower: Int = 0) -> Int {
    let bound = pick(bounds)
    return int(lower...max(lower, bound))
  }
  mutating func maybe<T>(_ probability: Double, _ make: (inout SplitMix) -> T) -> T? {
    chance(probability) ? make(&self) : nil
  }
}

/// Random listings and contexts covering every branch of the Assessor.
enum ListingGenerator {
  typealias F = ScoreFixture

  static let titles = [
    "Cotton T-shirt", "Glass teapot 1L", "Vase en céramique", "USB-C cable 2m", "Wireless earbuds with display",
    "Porcelain tea set", "Phone case for iPhone", "LED desk lamp", "Gaming monitor 27 inch", "Kitchen knife set",
    "Spiegel rund 60 cm", "Чехол для телефона", "Crystal clear phone case", "Marble coaster set", "Running shoes",
    "Personalised name necklace", "Gold hoop earrings", "Cookbook: recipes for roots, bulbs and tubers",
  ]
  static let categories = [["Home", "Decor"], ["Electronics", "Audio"], ["Kitchen", "Glassware"], ["Clothing"], []]
  static let defectTexts = [
    "Arrived broken.", "Stopped working after two days.", "The screen arrived cracked in one corner.",
    "Le verre est arrivé cassé.", "Ne fonctionne pas du tout.", "Llegó roto y no funciona.", "Das Gehäuse war kaputt.",
    "Товар пришёл сломанный.", "Missing parts, no screws in the bag.", "Fake, not original at all.",
  ]
  static let otherTexts = [
    "Excellent, I highly recommend this seller.", "Perfect, five stars.",
    "I received this product for free in exchange for an honest review.",
    "Very nice product, arrived quickly and well packed, the seller answered all my questions.",
    "Not broken, no scratches, well packed.", "Très bien, je recommande.", "Sehr gut, schnelle Lieferung.",
  ]
  static let notes = [
    "Customer reviews", "Includes reviews from other sellers", "Reviews for other colors are shown",
    "This seller: 98% positive. Total sales 12,000", "Avis d'autres vendeurs",
  ]
  static let reviewDates = ["2026-11-02", "2026-11-03", "2026-10-15", "2026-09-01", "2026-11-20", "2025-12-31"].map(
    F.day)
  static let openingFrom = F.day("2010-01-01").daysSinceEpoch
  static let openingTo = F.day("2027-06-01").daysSinceEpoch

  static func review(_ r: inout SplitMix) -> Review {
    let text: String? =
      r.chance(0.1) ? r.pick([nil, ""]) : r.pick(F.cleanTexts + F.cleanTexts + defectTexts + otherTexts)
    return Review(
      stars: r.maybe(0.8) { Double($0.int(1...5)) }, text: text, date: r.maybe(0.5) { $0.pick(reviewDates) })
  }

  static func histogram(_ r: inout SplitMix) -> [String: Int] {
    var histogram: [String: Int] = [:]
    for star in 1...5 where r.chance(0.85) {
      histogram[String(star)] = r.upTo([0, 3, 20, 200, 2_000])
    }
    if r.chance(0.2) { histogram["5"] = (histogram["5"] ?? 0) + r.int(50...500) }  // anomaly territory
    return histogram
  }

  static func listing(_ r: inout SplitMix) -> Listing {
    var l = Listing()
    l.title = r.maybe(0.9) { $0.pick(titles) }
    l.category = r.maybe(0.3) { $0.pick(categories) }
    l.description = r.maybe(0.5) {
      $0.pick(["Nice item.", "A sturdy steel frame, 40 cm wide, with four rubber feet and a two-year warranty."])
    }
    let currency = r.pick(["USD", "USD", "EUR", "JPY", "VND", nil])
    l.price = r.maybe(0.7) { Money(amount: $0.double(0.5...600, digits: 2), currency: currency) }
    if let price = l.price, r.chance(0.4) {
      l.originalPrice = Money(
        amount: (price.amount * r.double(1...8, digits: 2) * 100).rounded() / 100, currency: currency)
    }
    l.rating.average = r.maybe(0.7) { $0.double(1...5) }
    l.rating.count = r.maybe(0.6) { $0.chance(0.1) ? 0 : $0.upTo([20, 200, 5_000]) }
    l.rating.histogram = r.maybe(0.35) { histogram(&$0) }
    if r.chance(0.15) {
      let five = r.double(50...100, digits: 0)
      l.rating.histogramPercent = ["5": five, "4": 100 - five, "1": r.chance(0.5) ? 0 : 1]
    }
    l.reviewCount = r.maybe(0.5) { $0.upTo([10, 500, 5_000]) }
    l.soldCount = r.maybe(0.5) { $0.upTo([10, 5_000, 50_000]) }
    l.reviews = r.maybe(0.6) { r in (0..<r.int(0...12)).map { _ in review(&r) } }
    l.reviewNotes = r.maybe(0.2) { r in (0..<r.int(1...2)).map { _ in r.pick(notes) } }
    l.seller.positiveFeedbackPercent = r.maybe(0.7) { $0.double(60...100) }
    l.seller.feedbackCount = r.maybe(0.5) { $0.upTo([30, 20_000]) }
    l.seller.rating = r.maybe(0.4) { r in
      Rating(average: r.double(3...5), count: r.maybe(0.7) { $0.upTo([30, 20_000]) })
    }
    l.seller.followers = r.maybe(0.5) { $0.int(0...200_000) }
    l.seller.openedOn = r.maybe(0.6) { CalendarDate(daysSinceEpoch: $0.int(openingFrom...openingTo)) }
    l.seller.badges = r.maybe(0.2) { $0.pick([["Top Brand"], ["Choice", "Plus"], []]) }
    l.seller.ratings = SellerRatings(
      asDescribed: r.maybe(0.5) { $0.double(3...5) }, communication: r.maybe(0.5) { $0.double(3...5) },
      shipping: r.maybe(0.5) { $0.double(3...5) })
    l.terms.freeReturns = r.maybe(0.6) { $0.chance(0.5) }
    l.terms.returnWindowDays = r.maybe(0.5) { $0.int(0...90) }
    l.terms.buyerProtectionDays = r.maybe(0.4) { $0.pick([15, 60, 75, 90]) }
    l.terms.returnShippingPaidBy = r.maybe(0.4) { $0.pick([Party.buyer, .seller]) }
    l.terms.texts = r.maybe(0.2) { _ in ["Free returns within 15 days", "Buyer pays return shipping"] }
    return l
  }

  static func context(_ r: inout SplitMix) -> AssessmentContext {
    var context = F.context(r.pick(Language.allCases))
    context.batchMedianPrice = r.maybe(0.2) { ($0.double(5...300, digits: 2), $0.int(2...30)) }
    context.pastClaims =
      r.maybe(0.15) { r in
        (0..<r.int(1...3)).map { _ in
          PastClaim(
            problem: r.pick(["damaged", "not received", "wrong item"]),
            outcome: r.pick(["full refund", "partial refund", "no refund", "open"]),
            orderedOn: r.maybe(0.5) { $0.pick(reviewDates) })
        }
      } ?? []
    context.ratingPrior = r.maybe(0.1) { r in
      RatingPrior(
        histogram: (0..<5).map { _ in r.double(0...20) }, mean: r.double(3.5...4.6), weight: r.double(1...30))
    }
    return context
  }
}

// MARK: - Properties

@Suite("Assessor properties")
struct AssessorPropertyTests {
  typealias F = ScoreFixture
  static let runs = 600

  /// Runs `body` on `runs` random listings and contexts from `seed`.
  static func forAll(
    seed: UInt64,
    _ body: (_ index: Int, _ listing: Listing, _ context: AssessmentContext, _ random: inout SplitMix) -> Void
  ) {
    var random = SplitMix(seed: seed)
    for index in 0..<runs {
      let listing = ListingGenerator.listing(&random)
      let context = ListingGenerator.context(&random)
      body(index, listing, context, &random)
    }
  }

  static func assess(_ listing: Listing, _ context: AssessmentContext, site: String = "aliexpress") -> Assessment {
    Assessor.assess(listing, site: site, context: context)
  }

  @Test("assessing on its own and in a batch at once gives what each assessment alone gives")
  func ownAndBatchAtOnce() {
    Self.forAll(seed: 0x0B47_C4ED) { index, listing, context, random in
      var batch = context
      batch.ratingPrior = RatingPrior(
        histogram: (0..<5).map { _ in random.double(0...20) }, mean: random.double(3.5...4.6),
        weight: random.double(1...30))
      batch.batchMedianPrice = random.maybe(0.5) { ($0.double(5...300, digits: 2), $0.int(2...30)) }
      let (own, inBatch) = Assessor.assess(listing, site: "aliexpress", context: context, batch: batch)
      #expect(own == Self.assess(listing, context), "listing \(index): own")
      #expect(inBatch == Self.assess(listing, batch), "listing \(index): in the batch")
    }
  }

  @Test("the generator reaches every signal code and every verdict")
  func generatorCoverage() {
    var codes = Set<SignalCode>()
    var verdicts = Set<Verdict>()
    Self.forAll(seed: 1) { _, listing, context, _ in
      let assessment = Self.assess(listing, context)
      codes.formUnion(assessment.signals.compactMap(\.signalCode))
      verdicts.insert(assessment.verdict)
    }
    #expect(
      Set(SignalCode.allCases).subtracting(codes).isEmpty,
      "never reached: \(Set(SignalCode.allCases).subtracting(codes))")
    #expect(verdicts == Set(Verdict.allCases))
  }

  @Test("determinism: the same input gives an identical assessment")
  func determinism() {
    var previous: (Listing, AssessmentContext, Assessment)?
    Self.forAll(seed: 2) { index, listing, context, _ in
      let first = Self.assess(listing, context)
      let second = Self.assess(listing, context)
      #expect(first == second, "case \(index)")
      // Interleaving another listing does not change the next answer.
      if let (otherListing, otherContext, otherAssessment) = previous {
        #expect(Self.assess(otherListing, otherContext) == otherAssessment, "case \(index - 1) after \(index)")
      }
      previous = (listing, context, first)
    }
  }

  @Test("score within 0…100, coverage within 0…1, grade and verdict consistent")
  func ranges() {
    Self.forAll(seed: 3) { index, listing, context, _ in
      let a = Self.assess(listing, context)
      #expect((0...100).contains(a.score), "case \(index): \(a.score)")
      #expect((0...1).contains(a.coverage), "case \(index): \(a.coverage)")
      if a.verdict == .insufficientData {
        #expect(a.grade == nil, "case \(index)")
      } else {
        #expect(a.grade == documentedGrade(a.score), "case \(index)")
        let danger = a.signals.contains { $0.severity == .danger }
        switch a.verdict {
        case .buy: #expect(a.score >= 75 && !danger, "case \(index)")
        case .avoid: #expect(a.score < 45 || danger, "case \(index)")
        case .caution: #expect((45..<75).contains(a.score) && !danger, "case \(index)")
        case .insufficientData: break
        }
      }
      #expect(a.signals.map(\.severity) == a.signals.map(\.severity).sorted(by: >), "case \(index)")
    }
  }

  @Test("every signal has non-empty evidence and a message that is not its code")
  func evidenceAndMessages() {
    Self.forAll(seed: 4) { index, listing, context, _ in
      let a = Self.assess(listing, context)
      for signal in a.signals {
        #expect(!signal.evidence.isEmpty, "case \(index): \(signal.code)")
        #expect(signal.evidence.allSatisfy { !$0.isEmpty }, "case \(index): \(signal.code)")
        #expect(!signal.message.isEmpty, "case \(index): \(signal.code)")
        #expect(signal.message != signal.code, "case \(index): \(signal.code)")
        #expect(!signal.message.contains("{"), "case \(index): \(signal.message)")
        #expect(signal.signalCode != nil, "case \(index): unknown code \(signal.code)")
      }
      for advice in a.advice {
        #expect(!advice.message.isEmpty && !advice.message.hasPrefix("advice:"), "case \(index): \(advice.code)")
        #expect(advice.adviceCode != nil, "case \(index): unknown advice \(advice.code)")
      }
    }
  }

  @Test("French and English differ in words only")
  func languageIndependence() {
    Self.forAll(seed: 5) { index, listing, context, _ in
      var en = context
      en.language = .en
      var fr = context
      fr.language = .fr
      let english = Self.assess(listing, en)
      let french = Self.assess(listing, fr)
      #expect(english.signals.map(\.code) == french.signals.map(\.code), "case \(index)")
      #expect(english.advice.map(\.code) == french.advice.map(\.code), "case \(index)")
      #expect(english.score == french.score && english.verdict == french.verdict, "case \(index)")
    }
  }

  // MARK: Monotonicity

  /// Checks `after.score >= before.score`, with the listings in the message so a failure can be shrunk.
  static func expectNotLower(
    _ before: Listing, _ after: Listing, _ context: AssessmentContext, _ what: String, _ index: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let b = assess(before, context)
    let a = assess(after, context)
    #expect(
      a.score >= b.score,
      "case \(index): \(what) lowered the score \(b.score) → \(a.score)\nbefore: \(before)\nafter: \(after)",
      sourceLocation: sourceLocation)
  }

  @Test("raising positiveFeedbackPercent never lowers the score")
  func monotoneFeedback() {
    Self.forAll(seed: 10) { index, listing, context, r in
      var before = listing
      let percent = before.seller.positiveFeedbackPercent ?? r.double(60...99)
      before.seller.positiveFeedbackPercent = percent
      var after = before
      after.seller.positiveFeedbackPercent = r.double(percent...100)
      Self.expectNotLower(before, after, context, "positiveFeedbackPercent ↑", index)
    }
  }

  @Test("raising rating.average with the same count never lowers the score")
  func monotoneAverage() {
    Self.forAll(seed: 11) { index, listing, context, r in
      var before = listing
      let average = before.rating.average ?? r.double(1...4.9)
      before.rating.average = average
      var after = before
      after.rating.average = r.double(average...5)
      Self.expectNotLower(before, after, context, "rating.average ↑", index)
    }
  }

  @Test("making openedOn earlier never lowers the score")
  func monotoneOpened() {
    Self.forAll(seed: 12) { index, listing, context, r in
      var before = listing
      let opened =
        before.seller.openedOn
        ?? CalendarDate(daysSinceEpoch: r.int(ListingGenerator.openingFrom...ListingGenerator.openingTo))
      before.seller.openedOn = opened
      var after = before
      after.seller.openedOn = opened.adding(days: -r.int(1...3_000))
      Self.expectNotLower(before, after, context, "openedOn earlier", index)
    }
  }

  @Test("raising any detailed seller rating never lowers the score", arguments: [0, 1, 2])
  func monotoneSellerRatings(which: Int) {
    let path: [WritableKeyPath<SellerRatings, Double?>] = [\.asDescribed, \.communication, \.shipping]
    Self.forAll(seed: 13 + UInt64(which)) { index, listing, context, r in
      var before = listing
      let value = before.seller.ratings[keyPath: path[which]] ?? r.double(3...4.9)
      before.seller.ratings[keyPath: path[which]] = value
      var after = before
      after.seller.ratings[keyPath: path[which]] = r.double(value...5)
      Self.expectNotLower(before, after, context, "seller rating \(which) ↑", index)
    }
  }

  @Test("raising followers never lowers the score")
  func monotoneFollowers() {
    Self.forAll(seed: 16) { index, listing, context, r in
      var before = listing
      let followers = before.seller.followers ?? r.int(0...50_000)
      before.seller.followers = followers
      var after = before
      after.seller.followers = followers + r.upTo([10, 1_000, 100_000], from: 1)
      Self.expectNotLower(before, after, context, "followers ↑", index)
    }
  }

  @Test("moving one rating from 1★ to 5★ never lowers the score (apart from the anomaly penalty)")
  func monotoneHistogram() {
    var anomalyCases: [String] = []
    Self.forAll(seed: 17) { index, listing, context, r in
      var before = listing
      var histogram = before.rating.histogram ?? ListingGenerator.histogram(&r)
      if (histogram["1"] ?? 0) == 0 { histogram["1"] = r.upTo([1, 5, 50], from: 1) }
      before.rating.histogram = histogram
      var after = before
      histogram["1"]! -= 1
      histogram["5"] = (histogram["5"] ?? 0) + 1
      after.rating.histogram = histogram
      let b = Self.assess(before, context)
      let a = Self.assess(after, context)
      guard a.score < b.score else { return }
      let anomaly = { (x: Assessment) in x.signals.contains { $0.signalCode == .ratingDistributionAnomaly } }
      if anomaly(a), !anomaly(b) {
        anomalyCases.append("case \(index): \(b.score) → \(a.score), histogram \(before.rating.histogram!)")
      } else {
        Issue.record(
          "case \(index): 1★→5★ lowered the score \(b.score) → \(a.score)\nbefore: \(before)\nafter: \(after)")
      }
    }
    #expect(anomalyCases.isEmpty, "\(anomalyCases.count) violations, e.g. \(anomalyCases.prefix(3))")
  }

  @Test("shrunk: histogram 1★=1, 5★=50 → 1★=0, 5★=51 is flagged but does not lower the score")
  func monotoneHistogramShrunk() {
    var before = Listing()
    before.rating.histogram = ["1": 1, "5": 50]
    var after = Listing()
    after.rating.histogram = ["1": 0, "5": 51]
    let b = Self.assess(before, F.context())
    let a = Self.assess(after, F.context())
    #expect(!b.signals.contains { $0.signalCode == .ratingDistributionAnomaly })
    #expect(a.signals.contains { $0.signalCode == .ratingDistributionAnomaly })
    #expect(a.score >= b.score, "\(b.score) → \(a.score)")
  }

  @Test("adding a review with a defect (and no date) never raises the score")
  func defectReview() {
    Self.forAll(seed: 18) { index, listing, context, r in
      let text = r.pick(ListingGenerator.defectTexts)
      #expect(!Lexicon.defects(in: text).isEmpty, "\(text)")
      var after = listing
      after.reviews = (listing.reviews ?? []) + [Review(stars: r.maybe(0.7) { Double($0.int(1...5)) }, text: text)]
      let b = Self.assess(listing, context)
      let a = Self.assess(after, context)
      #expect(a.score <= b.score, "case \(index): \(b.score) → \(a.score)\nbefore: \(listing)\nadded: \(text)")
    }
  }

  @Test("the reviews `reviewsRead(from:)` keeps assess exactly as the whole list does")
  func reviewsReadKeepsTheAssessment() {
    Self.forAll(seed: 23) { index, listing, context, r in
      var context = context
      context.config.reviewsRead = r.int(1...6)  // small, so the cut falls inside the list
      var trimmed = listing
      trimmed.reviews = listing.reviews.map { Assessor.reviewsRead(from: $0, config: context.config) }
      #expect((trimmed.reviews?.count ?? 0) <= (listing.reviews?.count ?? 0))
      #expect(Self.assess(trimmed, context) == Self.assess(listing, context), "case \(index)")
    }
  }

  @Test("large pages: duplicates are still found, and reviews past the ones read change nothing")
  func largePage() {
    func unique(_ i: Int) -> Review {
      Review(stars: 5, text: "Order \(i) came with label \(i * 7 + 3) and box \(i * 13 + 1), fine.")
    }
    let copy = "Very nice product, arrived quickly and well packed, the seller answered all my questions."
    var before = Listing()
    before.reviews = [unique(0), Review(stars: 5, text: copy), Review(stars: 5, text: copy)] + (3..<450).map(unique)
    var after = before
    after.reviews!.append(Review(stars: 1, text: "Arrived broken."))
    let b = Self.assess(before, F.context())
    let a = Self.assess(after, F.context())
    #expect(b.signals.contains { $0.signalCode == .duplicateReviews })
    #expect(a.signals.contains { $0.signalCode == .duplicateReviews })
    #expect(a.score <= b.score, "\(b.score) → \(a.score)")
    // Only the first `reviewsRead` written reviews are read.
    #expect(
      b.signals.first { $0.signalCode == .noDefectMentions }?.evidence == [
        "\(ScoringConfig().reviewsRead) reviews read"
      ])
  }

  // MARK: Too little data

  @Test("a listing with only a title (or a title and a price) is insufficient-data with no grade")
  func titleOnly() {
    var random = SplitMix(seed: 20)
    let words = ["Glass", "vase", "Cotton", "shirt", "écran", "cassé", "USB", "Premium", "2026", "Set", "de", "für"]
    for index in 0..<Self.runs {
      var listing = Listing()
      listing.title = (0..<random.int(1...8)).map { _ in random.pick(words) }.joined(separator: " ")
      if index % 2 == 1 {
        listing.price = Money(
          amount: random.double(0.01...5_000, digits: 2), currency: random.pick(["USD", "EUR", nil]))
      }
      let a = Self.assess(listing, ListingGenerator.context(&random))
      #expect(a.verdict == .insufficientData, "case \(index): \(listing.title ?? "")")
      #expect(a.grade == nil, "case \(index)")
      #expect(a.signals.contains { $0.signalCode == .insufficientData }, "case \(index)")
      #expect(a.coverage == 0, "case \(index)")
    }
  }
}

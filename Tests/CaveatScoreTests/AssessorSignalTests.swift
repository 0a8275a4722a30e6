import CaveatCore
import Testing

@testable import CaveatScore

// MARK: - Fixtures shared by the assessor tests

/// Listings, contexts and helpers for the assessor tests (used by AssessorPropertyTests too).
enum ScoreFixture {
  /// The fixed day every assessment is made for.
  static let today = day("2026-11-28")

  static func day(_ iso: String) -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else { preconditionFailure("bad date \(iso)") }
    return date
  }

  static func context(
    _ language: Language = .en, config: ScoringConfig = ScoringConfig(),
    batchMedianPrice: (amount: Double, offers: Int)? = nil, pastClaims: [PastClaim] = []
  ) -> AssessmentContext {
    AssessmentContext(
      today: today, language: language, config: config, batchMedianPrice: batchMedianPrice, pastClaims: pastClaims)
  }

  static func assess(_ listing: Listing, site: String = "amazon", _ context: AssessmentContext = context())
    -> Assessment
  {
    Assessor.assess(listing, site: site, context: context)
  }

  /// Reviews with no defect, praise-free enough to be neutral, distinct words, distinct dates.
  static let cleanTexts = [
    "Fits well and the fabric feels soft, shipping took two weeks.",
    "Exactly as pictured, my son wears it every day.",
    "Nice colour, washed it twice and it still looks new.",
    "Good value for the price, would order again from this store.",
    "Arrived quickly in a sealed bag, size chart was accurate.",
    "The print is sharp and the seams are straight.",
    "Ordered a medium for my husband and it fits him nicely.",
    "Delivery was on time and the tracking number worked.",
    "Thin material, fine for summer evenings on the terrace.",
    "Same shirt my sister bought last year, we both like it.",
  ]

  static func cleanReviews(_ count: Int = 5) -> [Review] {
    (0..<count).map { i in
      Review(stars: 5, text: cleanTexts[i % cleanTexts.count], date: day("2026-10-01").adding(days: i * 3))
    }
  }

  /// A listing every component backs with good facts: verdict `buy`.
  static var good: Listing {
    var listing = Listing()
    listing.title = "Cotton T-shirt, crew neck"
    listing.price = Money(amount: 15, currency: "USD")
    listing.originalPrice = Money(amount: 20, currency: "USD")
    listing.seller.positiveFeedbackPercent = 99.2
    listing.seller.feedbackCount = 12_000
    listing.seller.openedOn = day("2017-03-15")
    listing.seller.ratings = SellerRatings(asDescribed: 4.9, communication: 4.9, shipping: 4.8)
    listing.seller.followers = 40_000
    listing.rating = Rating(average: 4.8, count: 2_400)
    listing.reviewCount = 900
    listing.soldCount = 5_000
    listing.reviews = cleanReviews()
    listing.terms.freeReturns = true
    listing.terms.returnWindowDays = 30
    listing.terms.buyerProtectionDays = 75
    listing.terms.returnShippingPaidBy = .seller
    listing.description =
      "A crew-neck T-shirt in 100% combed cotton, 180 g/m², pre-shrunk, with double-stitched hems and a tagless neck."
    return listing
  }

  static func good(_ edit: (inout Listing) -> Void) -> Listing {
    var listing = good
    edit(&listing)
    return listing
  }

  /// Good clean reviews plus `defective` reviews at the front.
  static func reviews(clean: Int, defective: [String]) -> [Review] {
    defective.map { Review(stars: 2, text: $0) } + cleanReviews(clean)
  }
}

// MARK: - Signal table

/// A signal, a listing that makes it fire, and a listing built against it where it stays silent.
struct SignalCase: Sendable, CustomTestStringConvertible {
  var name: String
  var code: SignalCode
  var severity: Severity
  var fires: Listing
  var firesContext: AssessmentContext = ScoreFixture.context()
  var silent: Listing
  var silentContext: AssessmentContext = ScoreFixture.context()
  /// A piece of text one evidence line must contain.
  var evidence: String?
  /// A piece of text the message must contain.
  var message: String?

  var testDescription: String { name }
}

extension SignalCase {
  typealias F = ScoreFixture

  static let all: [SignalCase] = [
    // Seller feedback
    SignalCase(
      name: "seller-low-positive-feedback (warning band)", code: .sellerLowPositiveFeedback, severity: .warning,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = 92; $0.seller.feedbackCount = nil
      },
      silent: F.good, evidence: "positiveFeedbackPercent = 92.0%"),
    SignalCase(
      name: "seller-low-positive-feedback (danger band)", code: .sellerLowPositiveFeedback, severity: .danger,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = 80; $0.seller.feedbackCount = nil
      },
      silent: F.good {
        $0.seller.positiveFeedbackPercent = 96; $0.seller.feedbackCount = nil
      },
      evidence: "positiveFeedbackPercent = 80.0%"),
    SignalCase(
      name: "seller-low-positive-feedback (96% over 20 ratings, Wilson bound ≈ 77.8%)",
      code: .sellerLowPositiveFeedback, severity: .danger,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = 96; $0.seller.feedbackCount = 20
      },
      silent: F.good {
        $0.seller.positiveFeedbackPercent = 96; $0.seller.feedbackCount = nil
      },
      evidence: "feedbackCount = 20", message: "77.8"),
    SignalCase(
      name: "seller-good-feedback", code: .sellerGoodFeedback, severity: .info,
      fires: F.good, silent: F.good { $0.seller.positiveFeedbackPercent = 92 },
      evidence: "feedbackCount = 12000"),
    // The shop's star rating, where no feedback share is given
    SignalCase(
      name: "seller-shop-rating (4.9 from 8,214)", code: .sellerShopRating, severity: .info,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = nil
        $0.seller.rating = Rating(average: 4.9, count: 8214)
      },
      silent: F.good { $0.seller.rating = Rating(average: 4.9, count: 8214) },
      evidence: "seller.rating.count = 8214", message: "4.9 of 5 from 8,214 ratings"),
    SignalCase(
      name: "seller-low-shop-rating (4.6 from 12: about 4.26 allowing for their number)",
      code: .sellerLowShopRating, severity: .warning,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = nil
        $0.seller.rating = Rating(average: 4.6, count: 12)
      },
      silent: F.good {
        $0.seller.positiveFeedbackPercent = nil
        $0.seller.rating = Rating(average: 4.6, count: 3000)
      },
      evidence: "seller.rating.average = 4.6", message: "below 4.5"),
    // Store age
    SignalCase(
      name: "seller-new-store (warning, 7 months)", code: .sellerNewStore, severity: .warning,
      fires: F.good { $0.seller.openedOn = F.day("2026-04-20") }, silent: F.good,
      evidence: "openedOn = 2026-04-20", message: "2026-11-28"),
    SignalCase(
      name: "seller-new-store (danger, 2 months)", code: .sellerNewStore, severity: .danger,
      fires: F.good { $0.seller.openedOn = F.day("2026-10-01") },
      silent: F.good { $0.seller.openedOn = F.day("2025-06-01") }, evidence: "openedOn = 2026-10-01"),
    SignalCase(
      name: "seller-established", code: .sellerEstablished, severity: .info,
      fires: F.good, silent: F.good { $0.seller.openedOn = nil }, evidence: "openedOn = 2017-03-15"),
    // Detailed seller ratings and badges
    SignalCase(
      name: "seller-low-detailed-ratings", code: .sellerLowDetailedRatings, severity: .warning,
      fires: F.good { $0.seller.ratings.asDescribed = 4.2 }, silent: F.good, evidence: "as described 4.2"),
    SignalCase(
      name: "seller-detailed-ratings", code: .sellerDetailedRatings, severity: .info,
      fires: F.good { $0.seller.ratings = SellerRatings(asDescribed: nil, communication: 4.7, shipping: nil) },
      silent: F.good { $0.seller.ratings = SellerRatings() }, evidence: "communication 4.7"),
    SignalCase(
      name: "seller-badges", code: .sellerBadges, severity: .info,
      fires: F.good { $0.seller.badges = ["Top Brand", "Choice"] }, silent: F.good { $0.seller.badges = [] },
      evidence: "Top Brand"),
    SignalCase(
      name: "seller-unknown", code: .sellerUnknown, severity: .info,
      fires: F.good {
        $0.seller.positiveFeedbackPercent = nil
        $0.seller.openedOn = nil
        $0.seller.ratings = SellerRatings()
      },
      silent: F.good {
        $0.seller.positiveFeedbackPercent = nil
        $0.seller.ratings = SellerRatings()
      }),
    // Product rating
    SignalCase(
      name: "rating-score (histogram path)", code: .ratingScore, severity: .info,
      fires: F.good { $0.rating = Rating(histogram: ["1": 10, "2": 5, "3": 20, "4": 100, "5": 400]) },
      silent: F.good { $0.rating = Rating() }, evidence: "histogram 1★…5★ = 10/5/20/100/400"),
    SignalCase(
      name: "rating-score (average + count path)", code: .ratingScore, severity: .info,
      fires: F.good, silent: F.good { $0.rating = Rating(histogram: ["1": 0, "2": 0, "3": 0, "4": 0, "5": 0]) },
      evidence: "average = 4.8"),
    SignalCase(
      name: "rating-score (average + written-review count)", code: .ratingScore, severity: .info,
      fires: F.good { $0.rating = Rating(average: 4.7) }, silent: F.good { $0.rating = Rating() },
      evidence: "count = 900", message: "900 reviews"),
    SignalCase(
      name: "few-ratings", code: .fewRatings, severity: .warning,
      fires: F.good { $0.rating = Rating(average: 4.9, count: 5) },
      silent: F.good { $0.rating = Rating(average: 4.9, count: 20) }, evidence: "count = 5"),
    SignalCase(
      name: "no-ratings (count 0)", code: .noRatings, severity: .warning,
      fires: F.good { $0.rating = Rating(count: 0) }, silent: F.good, evidence: "count = 0"),
    SignalCase(
      name: "no-ratings (nothing on the page)", code: .noRatings, severity: .warning,
      fires: F.good {
        $0.rating = Rating(); $0.reviewCount = nil; $0.reviews = nil
      },
      silent: F.good {
        $0.rating = Rating(); $0.reviewCount = nil
      }, evidence: "missing"),
    SignalCase(
      name: "rating-distribution-anomaly (histogram)", code: .ratingDistributionAnomaly, severity: .warning,
      fires: F.good { $0.rating = Rating(histogram: ["1": 0, "2": 0, "3": 1, "4": 4, "5": 95]) },
      silent: F.good { $0.rating = Rating(histogram: ["1": 1, "2": 0, "3": 1, "4": 4, "5": 94]) },
      evidence: "five-star share = 95%"),
    SignalCase(
      name: "rating-distribution-anomaly (histogramPercent)", code: .ratingDistributionAnomaly, severity: .warning,
      fires: F.good {
        $0.rating = Rating(average: 4.9, count: 300, histogramPercent: ["1": 0, "2": 0, "3": 1, "4": 3, "5": 96])
      },
      silent: F.good {
        $0.rating = Rating(average: 4.9, count: 50, histogramPercent: ["1": 0, "2": 0, "3": 1, "4": 3, "5": 96])
      },
      evidence: "count = 300"),
    SignalCase(
      name: "orders-reviews-mismatch (more reviews than orders)", code: .ordersReviewsMismatch,
      severity: .warning,
      fires: F.good {
        $0.reviewCount = 200; $0.soldCount = 100
      },
      silent: F.good {
        $0.reviewCount = 120; $0.soldCount = 100
      }, evidence: "soldCount = 100"),
    SignalCase(
      name: "orders-reviews-mismatch (too few reviews for orders)", code: .ordersReviewsMismatch,
      severity: .warning,
      fires: F.good {
        $0.reviewCount = 5; $0.soldCount = 10_000
      },
      silent: F.good {
        $0.reviewCount = 20; $0.soldCount = 10_000
      }, evidence: "reviewCount = 5"),
    // Reviews on the page
    SignalCase(
      name: "defect-mentions (warning, 1 of 10, English)", code: .defectMentions, severity: .warning,
      fires: F.good { $0.reviews = F.reviews(clean: 9, defective: ["The screen arrived cracked in one corner."]) },
      silent: F.good { $0.reviews = F.cleanReviews(10) }, evidence: "cracked"),
    SignalCase(
      name: "defect-mentions (warning, French)", code: .defectMentions, severity: .warning,
      fires: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Le verre est arrivé cassé, dommage."]) },
      silent: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Rien de cassé, bien emballé."]) },
      evidence: "cassé"),
    SignalCase(
      name: "defect-mentions (warning, Spanish)", code: .defectMentions, severity: .warning,
      fires: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Llegó roto y no funciona."]) },
      silent: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Llegó rápido, bien embalado."]) },
      evidence: "roto"),
    SignalCase(
      name: "defect-mentions (warning, German)", code: .defectMentions, severity: .warning,
      fires: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Das Gehäuse war leider kaputt."]) },
      silent: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Keine Mängel, schnelle Lieferung."]) },
      evidence: "kaputt"),
    SignalCase(
      name: "defect-mentions (warning, Russian)", code: .defectMentions, severity: .warning,
      fires: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Товар пришёл сломанный, продавец не отвечает."]) },
      silent: F.good { $0.reviews = F.reviews(clean: 9, defective: ["Без повреждений, доставка быстрая."]) },
      evidence: "сломанный"),
    SignalCase(
      name: "defect-mentions (danger, 3 of 5)", code: .defectMentions, severity: .danger,
      fires: F.good {
        $0.reviews = F.reviews(
          clean: 2, defective: ["Stopped working after two days.", "Arrived broken.", "Missing parts, no screws."])
      },
      silent: F.good, evidence: "Arrived broken", message: "3"),
    SignalCase(
      name: "defect-mentions (a single complaint is a warning, even alone)", code: .defectMentions,
      severity: .warning, fires: F.good { $0.reviews = F.reviews(clean: 0, defective: ["Arrived broken."]) },
      silent: F.good { $0.reviews = F.reviews(clean: 0, defective: ["Arrived quickly."]) }, evidence: "Arrived broken"),
    SignalCase(
      name: "no-defect-mentions", code: .noDefectMentions, severity: .info,
      fires: F.good, silent: F.good { $0.reviews = nil }, evidence: "5 reviews read"),
    SignalCase(
      name: "duplicate-reviews", code: .duplicateReviews, severity: .warning,
      fires: F.good {
        let text = "Very nice product, arrived quickly and well packed, the seller answered all my questions."
        $0.reviews = F.cleanReviews(4) + [Review(stars: 5, text: text), Review(stars: 5, text: text)]
      },
      silent: F.good, evidence: "Very nice product"),
    SignalCase(
      name: "review-burst", code: .reviewBurst, severity: .warning,
      fires: F.good {
        $0.reviews = F.cleanReviews(5).enumerated().map { i, review in
          var review = review
          if i < 3 { review.date = F.day("2026-11-02") }
          return review
        }
      },
      silent: F.good {
        $0.reviews = F.cleanReviews(5).enumerated().map { i, review in
          var review = review
          if i < 2 { review.date = F.day("2026-11-02") }
          return review
        }
      },
      evidence: "3 reviews dated 2026-11-02"),
    SignalCase(
      name: "reviews-from-other-sellers", code: .reviewsFromOtherSellers, severity: .warning,
      fires: F.good { $0.reviewNotes = ["Customer reviews", "Includes reviews from other sellers"] },
      silent: F.good { $0.reviewNotes = ["Customer reviews (120)"] }, evidence: "other sellers"),
    SignalCase(
      name: "star-text-mismatch (one review: info)", code: .starTextMismatch, severity: .info,
      fires: F.good { $0.reviews = F.cleanReviews(4) + [Review(stars: 5, text: "It arrived broken.")] },
      silent: F.good { $0.reviews = F.cleanReviews(4) + [Review(stars: 1, text: "It arrived broken.")] },
      evidence: "arrived broken"),
    SignalCase(
      name: "star-text-mismatch (two reviews: warning)", code: .starTextMismatch, severity: .warning,
      fires: F.good {
        $0.reviews =
          F.cleanReviews(4) + [
            Review(stars: 5, text: "It arrived broken."),
            Review(stars: 1, text: "Excellent, I highly recommend this seller."),
          ]
      },
      silent: F.good {
        $0.reviews =
          F.cleanReviews(4) + [
            Review(stars: 1, text: "It arrived broken."),
            Review(stars: 5, text: "Excellent, I highly recommend this seller."),
          ]
      }),
    SignalCase(
      name: "incentivized-reviews", code: .incentivizedReviews, severity: .warning,
      fires: F.good {
        $0.reviews =
          F.cleanReviews(4) + [
            Review(stars: 5, text: "I received this product for free in exchange for an honest review.")
          ]
      },
      silent: F.good {
        $0.reviews = F.cleanReviews(4) + [Review(stars: 5, text: "I paid full price and this is my honest review.")]
      },
      evidence: "for free"),
    // Terms
    SignalCase(
      name: "free-returns", code: .freeReturns, severity: .info,
      fires: F.good, silent: F.good { $0.terms.freeReturns = false }, evidence: "freeReturns = true",
      message: "30"),
    SignalCase(
      name: "no-free-returns", code: .noFreeReturns, severity: .warning,
      fires: F.good { $0.terms.freeReturns = false }, silent: F.good, evidence: "freeReturns = false"),
    SignalCase(
      name: "buyer-pays-return-shipping", code: .buyerPaysReturnShipping, severity: .warning,
      fires: F.good { $0.terms.returnShippingPaidBy = .buyer }, silent: F.good,
      evidence: "returnShippingPaidBy = buyer"),
    SignalCase(
      name: "short-return-window", code: .shortReturnWindow, severity: .warning,
      fires: F.good { $0.terms.returnWindowDays = 7 }, silent: F.good { $0.terms.returnWindowDays = 15 },
      evidence: "returnWindowDays = 7"),
    SignalCase(
      name: "terms-unknown", code: .termsUnknown, severity: .warning,
      fires: F.good { $0.terms = Terms() },
      silent: F.good {
        $0.terms = Terms(); $0.terms.returnWindowDays = 30
      }),
    SignalCase(
      name: "buyer-protection", code: .buyerProtection, severity: .info,
      fires: F.good, silent: F.good { $0.terms.buyerProtectionDays = nil }, evidence: "buyerProtectionDays = 75"),
    // Item
    SignalCase(
      name: "fragile (English title)", code: .fragile, severity: .warning,
      fires: F.good { $0.title = "Hand painted ceramic flower vase, 25 cm" }, silent: F.good,
      evidence: "“ceramic” in the title"),
    SignalCase(
      name: "fragile (French title)", code: .fragile, severity: .warning,
      fires: F.good { $0.title = "Vase en céramique" },
      silent: F.good { $0.title = "Housse de coussin en coton" },
      evidence: "“Vase” in the title"),
    SignalCase(
      name: "fragile (category only)", code: .fragile, severity: .warning,
      fires: F.good {
        $0.title = "Decorative piece"; $0.category = ["Home", "Glassware"]
      },
      silent: F.good {
        $0.title = "Decorative piece"; $0.category = ["Home", "Textiles"]
      }, evidence: "Glassware"),
    SignalCase(
      name: "price-not-converted (no rate for VND)", code: .priceNotConverted, severity: .info,
      fires: F.good {
        $0.price = Money(amount: 18_990_000, currency: "VND"); $0.originalPrice = nil
      },
      silent: F.good, evidence: "price = ₫18,990,000"),
    SignalCase(
      name: "return-exclusion (personalised)", code: .returnExclusion, severity: .warning,
      fires: F.good { $0.title = "Personalised name necklace, gold" },
      silent: F.good { $0.title = "Gold chain necklace" }, evidence: "“Personalised” in the title"),
    SignalCase(
      name: "high-value", code: .highValue, severity: .info,
      fires: F.good {
        $0.price = Money(amount: 250, currency: "USD"); $0.originalPrice = nil
      },
      silent: F.good { $0.price = Money(amount: 100, currency: "USD") }, evidence: "price = $250.00"),
    SignalCase(
      name: "high-value (threshold lowered in ScoringConfig)", code: .highValue, severity: .info,
      fires: F.good,
      firesContext: F.context(
        config: {
          var c = ScoringConfig(); c.highValueThreshold = 10; return c
        }()),
      silent: F.good {
        $0.price = Money(amount: 250, currency: "USD"); $0.originalPrice = nil
      },
      silentContext: F.context(
        config: {
          var c = ScoringConfig(); c.highValueThreshold = 300; return c
        }()),
      evidence: "price = $15.00", message: "$10.00"),
    SignalCase(
      name: "price-too-good (originalPrice)", code: .priceTooGood, severity: .warning,
      fires: F.good { $0.originalPrice = Money(amount: 100, currency: "USD") },
      silent: F.good { $0.originalPrice = Money(amount: 60, currency: "USD") },  // exactly 75 %: not deeper
      evidence: "originalPrice = $100.00", message: "85"),
    SignalCase(
      name: "price-too-good (batch median)", code: .priceTooGood, severity: .warning,
      fires: F.good, firesContext: F.context(batchMedianPrice: (60, 8)),
      silent: F.good, silentContext: F.context(batchMedianPrice: (30, 8)),  // 15 is exactly half: not below
      evidence: "batch median = 60.00", message: "8"),
    // History
    SignalCase(
      name: "seller-past-claims (one, refunded: warning)", code: .sellerPastClaims, severity: .warning,
      fires: F.good,
      firesContext: F.context(pastClaims: [
        PastClaim(problem: "damaged", outcome: "full refund", orderedOn: F.day("2026-02-03"))
      ]),
      silent: F.good, evidence: "2026-02-03 · damaged · full refund"),
    SignalCase(
      name: "seller-past-claims (two lost: danger)", code: .sellerPastClaims, severity: .danger,
      fires: F.good,
      firesContext: F.context(pastClaims: [
        PastClaim(problem: "not received", outcome: "no refund", orderedOn: nil),
        PastClaim(problem: "damaged", outcome: "partial refund", orderedOn: F.day("2025-12-24")),
      ]),
      silent: F.good, evidence: "not received · no refund"),
    // Verdict
    SignalCase(
      name: "insufficient-data", code: .insufficientData, severity: .info,
      fires: {
        var l = Listing(); l.title = "Cotton T-shirt"; return l
      }(), silent: F.good, evidence: "coverage = 0%"),
    // After-sale and promises
    SignalCase(
      name: "after-sale (trouble)", code: .afterSale, severity: .warning,
      fires: F.good {
        $0.reviews = F.cleanReviews(4) + [Review(stars: 1, text: "The seller never replied to my messages.")]
      },
      silent: F.good, evidence: "seller unresponsive"),
    SignalCase(
      name: "no-description", code: .noDescription, severity: .info, fires: F.good { $0.description = nil },
      silent: F.good, evidence: "description and specs are missing"),
    SignalCase(
      name: "vague-description", code: .vagueDescription, severity: .info,
      fires: F.good { $0.description = "Nice shirt." },
      silent: F.good, evidence: "Nice shirt."),
  ]
}

// MARK: - Tests

@Suite("Assessor signals")
struct AssessorSignalTests {
  typealias F = ScoreFixture

  @Test("the table covers every signal code")
  func tableCoversEveryCode() {
    #expect(Set(SignalCase.all.map(\.code)) == Set(SignalCode.allCases))
  }

  @Test("codes are written as they always were: lower-case words joined by hyphens")
  func codeSpelling() {
    for code in SignalCode.allCases.map(\.rawValue) + AdviceCode.allCases.map(\.rawValue) {
      #expect(code.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression) != nil, "\(code)")
    }
    #expect(SignalCode.sellerLowPositiveFeedback.rawValue == "seller-low-positive-feedback")
    #expect(AdviceCode.doNotConfirmEarly.rawValue == "do-not-confirm-early")
  }

  @Test("the good fixture is quiet: only the informative signals it should have")
  func goodFixture() {
    let assessment = F.assess(F.good)
    #expect(assessment.verdict == .buy)
    #expect(
      Set(assessment.signals.compactMap(\.signalCode)) == [
        .sellerGoodFeedback, .sellerEstablished, .sellerDetailedRatings, .ratingScore, .noDefectMentions, .freeReturns,
        .buyerProtection,
      ])
    #expect(assessment.signals.count == 7)
    #expect(assessment.signals.allSatisfy { $0.severity == .info })
    for text in F.cleanTexts {
      #expect(Lexicon.defects(in: text).isEmpty, "\(text)")
      #expect(Lexicon.incentives(in: text).isEmpty, "\(text)")
    }
  }

  @Test("signal fires with severity, evidence and message", arguments: SignalCase.all)
  func fires(_ c: SignalCase) throws {
    let assessment = F.assess(c.fires, c.firesContext)
    let signal = try #require(
      assessment.signals.first { $0.signalCode == c.code }, "\(c.code) missing; got \(assessment.signals.map(\.code))")
    #expect(signal.severity == c.severity)
    #expect(!signal.evidence.isEmpty)
    #expect(signal.evidence.allSatisfy { !$0.isEmpty })
    #expect(!signal.message.isEmpty)
    #expect(signal.message != c.code.rawValue)
    #expect(!signal.message.contains("{"), "unfilled placeholder: \(signal.message)")
    if let evidence = c.evidence {
      #expect(signal.evidence.contains { $0.contains(evidence) }, "evidence \(signal.evidence) lacks \(evidence)")
    }
    if let message = c.message {
      #expect(signal.message.contains(message), "message “\(signal.message)” lacks \(message)")
    }
    #expect(assessment.signals.filter { $0.signalCode == c.code }.count == 1)
  }

  @Test("signal stays silent on the listing built against it", arguments: SignalCase.all)
  func silent(_ c: SignalCase) {
    let assessment = F.assess(c.silent, c.silentContext)
    #expect(
      !assessment.signals.contains { $0.signalCode == c.code }, "\(c.code) fired: \(assessment.signals.map(\.code))")
  }

  @Test("penalty signals carry negative points; component signals carry their share")
  func points() {
    let penalized = F.assess(
      F.good {
        $0.reviewCount = 200; $0.soldCount = 100
      })
    let mismatch = penalized.signals.first { $0.signalCode == .ordersReviewsMismatch }
    #expect(mismatch?.points == -6)
    #expect(F.assess(F.good).score - penalized.score == 6)
    let low = F.assess(
      F.good {
        $0.seller.positiveFeedbackPercent = 80; $0.seller.feedbackCount = nil
      })
    #expect((low.signals.first { $0.signalCode == .sellerLowPositiveFeedback }?.points ?? 0) < 0)
    let good = F.assess(F.good)
    #expect((good.signals.first { $0.signalCode == .sellerGoodFeedback }?.points ?? 0) > 0)
  }

  @Test("past claims cost 10 points each, at most 25")
  func pastClaimPoints() {
    let base = F.assess(F.good).score
    func score(_ n: Int) -> Int {
      F.assess(
        F.good,
        F.context(
          pastClaims: Array(repeating: PastClaim(problem: "x", outcome: "full refund", orderedOn: nil), count: n))
      ).score
    }
    #expect(base - score(1) == 10)
    #expect(base - score(2) == 20)
    #expect(base - score(3) == 25)
  }

  // MARK: Verdicts and grades

  static let verdictCases: [(String, Listing, AssessmentContext, Verdict)] = [
    ("good listing", F.good, F.context(), .buy),
    (
      "paid returns, few ratings, new store",
      F.good {
        $0.terms.freeReturns = false
        $0.terms.returnShippingPaidBy = .buyer
        $0.rating = Rating(average: 4.6, count: 12)
        $0.seller.openedOn = F.day("2026-03-01")
      }, F.context(), .caution
    ),
    ("danger signal", F.good { $0.seller.positiveFeedbackPercent = 80 }, F.context(), .avoid),
    (
      "low score without danger",
      F.good {
        $0.seller.positiveFeedbackPercent = 91
        $0.seller.feedbackCount = nil
        $0.seller.ratings = SellerRatings(asDescribed: 4.0, communication: 4.1, shipping: 4.0)
        $0.seller.followers = 5
        $0.rating = Rating(average: 3.4, count: 30)
        $0.terms = Terms()
        $0.terms.freeReturns = false
      }, F.context(), .avoid
    ),
    (
      "title only",
      {
        var l = Listing(); l.title = "Cotton T-shirt"; return l
      }(), F.context(), .insufficientData
    ),
  ]

  @Test("each verdict is reached; grade is nil only for insufficient-data", arguments: 0..<5)
  func verdicts(_ index: Int) {
    let (name, listing, context, verdict) = Self.verdictCases[index]
    let assessment = F.assess(listing, context)
    #expect(assessment.verdict == verdict, "\(name): score \(assessment.score), \(assessment.signals.map(\.code))")
    if verdict == .insufficientData {
      #expect(assessment.grade == nil)
      #expect(assessment.signals.contains { $0.signalCode == .insufficientData })
    } else {
      #expect(assessment.grade == documentedGrade(assessment.score))
      #expect(!assessment.signals.contains { $0.signalCode == .insufficientData })
    }
    if verdict == .avoid, !assessment.signals.contains(where: { $0.severity == .danger }) {
      #expect(assessment.score < 45)
    }
    if verdict == .buy { #expect(assessment.score >= 75) }
  }

  @Test("a listing with neither rating nor seller facts is insufficient even with good coverage")
  func noRatingNoSeller() {
    let listing = F.good {
      $0.seller.positiveFeedbackPercent = nil
      $0.seller.openedOn = nil
      $0.rating = Rating()
      $0.reviewCount = nil
    }
    let assessment = F.assess(listing)
    #expect(assessment.coverage >= 0.35)
    #expect(assessment.verdict == .insufficientData)
    #expect(assessment.grade == nil)
  }

  @Test("signals are ordered most severe first")
  func ordering() {
    let assessment = F.assess(
      F.good {
        $0.seller.positiveFeedbackPercent = 80
        $0.terms.freeReturns = false
        $0.title = "Glass vase"
      })
    let ranks = assessment.signals.map(\.severity)
    #expect(ranks == ranks.sorted(by: >))
  }

  // MARK: Language

  @Test("French messages differ from English; codes are identical", arguments: SignalCase.all)
  func french(_ c: SignalCase) {
    var frenchContext = c.firesContext
    frenchContext.language = .fr
    let english = F.assess(c.fires, site: "aliexpress", c.firesContext)
    let french = F.assess(c.fires, site: "aliexpress", frenchContext)
    #expect(english.signals.map(\.code) == french.signals.map(\.code))
    #expect(english.advice.map(\.code) == french.advice.map(\.code))
    #expect(english.score == french.score)
    #expect(english.verdict == french.verdict)
    for (en, fr) in zip(english.signals, french.signals) {
      #expect(en.message != fr.message, "\(en.code): same message in both languages: \(en.message)")
      #expect(fr.message != fr.code)
      #expect(!fr.message.isEmpty)
      #expect(!fr.message.contains("{"), "\(fr.message)")
    }
    for (en, fr) in zip(english.advice, french.advice) {
      #expect(en.message != fr.message, "\(en.code)")
      #expect(!fr.message.isEmpty)
      #expect(fr.message != fr.code && fr.message != "advice:" + fr.code)
    }
  }

  @Test("every message has a text in every language, distinct between languages", arguments: Message.allCases)
  func everyMessageTranslated(_ message: Message) {
    let texts = Language.allCases.map { Messages.text(message, $0) }
    for text in texts {
      #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(message)")
      if case .signal(let code) = message { #expect(text != code.rawValue, "\(message)") }
      if case .advice(let code) = message { #expect(text != code.rawValue, "\(message)") }
    }
    #expect(Set(texts).count == texts.count, "\(message): two languages share a text: \(texts)")
  }

  @Test("every placeholder a message has is filled, in every language", arguments: Message.allCases)
  func placeholdersFilled(_ message: Message) {
    let arguments = (0..<5).map { "<\($0)>" }
    for language in Language.allCases {
      let text = Messages.text(message, language, arguments)
      #expect(!text.contains("{"), "\(message) in \(language): \(text)")
    }
  }

  @Test("messages cover every code and part once")
  func messageCount() {
    #expect(
      Message.allCases.count == SignalCode.allCases.count + AdviceCode.allCases.count + Message.Part.allCases.count)
    #expect(Set(Message.allCases).count == Message.allCases.count)
  }

  @Test("French numbers use a decimal comma")
  func frenchNumbers() {
    let french = F.assess(
      F.good {
        $0.seller.positiveFeedbackPercent = 92.5; $0.seller.feedbackCount = nil
      }, F.context(.fr))
    let signal = french.signals.first { $0.signalCode == .sellerLowPositiveFeedback }
    #expect(signal?.message.contains("92,5") == true)
    #expect(signal?.evidence.contains("avis positifs = 92,5%") == true)
  }

  // MARK: Advice

  static func adviceCodes(_ listing: Listing, site: String = "amazon", _ context: AssessmentContext = F.context())
    -> [AdviceCode]
  {
    F.assess(listing, site: site, context).advice.compactMap(\.adviceCode)
  }

  @Test("fragile → film-unboxing and ask-packaging")
  func adviceFragile() {
    let codes = Self.adviceCodes(F.good { $0.title = "Vase en céramique" })
    #expect(codes.contains(.filmUnboxing))
    #expect(codes.contains(.askPackaging))
    let plain = Self.adviceCodes(F.good)
    #expect(!plain.contains(.filmUnboxing))
    #expect(!plain.contains(.askPackaging))
  }

  @Test("no-free-returns → choose-free-returns; buyer pays return shipping too")
  func adviceReturns() {
    #expect(Self.adviceCodes(F.good { $0.terms.freeReturns = false }).contains(.chooseFreeReturns))
    #expect(Self.adviceCodes(F.good { $0.terms.returnShippingPaidBy = .buyer }).contains(.chooseFreeReturns))
    #expect(!Self.adviceCodes(F.good).contains(.chooseFreeReturns))
  }

  @Test("terms-unknown → read-return-terms; short window too")
  func adviceTerms() {
    #expect(Self.adviceCodes(F.good { $0.terms = Terms() }).contains(.readReturnTerms))
    #expect(Self.adviceCodes(F.good { $0.terms.returnWindowDays = 7 }).contains(.readReturnTerms))
    #expect(!Self.adviceCodes(F.good).contains(.readReturnTerms))
  }

  @Test("high-value → pay-with-protection and film-unboxing, even on a buy")
  func adviceHighValue() {
    let assessment = F.assess(
      F.good {
        $0.price = Money(amount: 250, currency: "USD"); $0.originalPrice = nil
      })
    #expect(assessment.verdict == .buy)
    let codes = assessment.advice.compactMap(\.adviceCode)
    #expect(codes.contains(.payWithProtection))
    #expect(codes.contains(.filmUnboxing))
    #expect(!codes.contains(.askPackaging))
    #expect(!Self.adviceCodes(F.good).contains(.payWithProtection))
  }

  @Test("marketplaces with escrow → do-not-confirm-early", arguments: ["aliexpress", "taobao", "tmall", "ebay"])
  func adviceConfirm(_ site: String) {
    #expect(Self.adviceCodes(F.good, site: site).contains(.doNotConfirmEarly))
  }

  @Test("sites without escrow do not get do-not-confirm-early", arguments: ["amazon", "etsy", "bestbuy", ""])
  func adviceNoConfirm(_ site: String) {
    #expect(!Self.adviceCodes(F.good, site: site).contains(.doNotConfirmEarly))
  }

  @Test("seller-past-claims → avoid-seller-history, first")
  func adviceClaims() {
    let claims = [PastClaim(problem: "damaged", outcome: "no refund", orderedOn: nil)]
    let codes = Self.adviceCodes(F.good, F.context(pastClaims: claims))
    #expect(codes.first == .avoidSellerHistory)
    #expect(!Self.adviceCodes(F.good).contains(.avoidSellerHistory))
  }

  @Test("other advice is tied to its signals")
  func adviceOther() {
    #expect(Self.adviceCodes(F.good { $0.seller.openedOn = F.day("2026-10-01") }).contains(.chooseReputableSeller))
    #expect(
      Self.adviceCodes(F.good { $0.originalPrice = Money(amount: 100, currency: "USD") }).contains(.compareOffers))
    #expect(Self.adviceCodes(F.good { $0.reviewNotes = ["Reviews from other sellers"] }).contains(.checkThisSeller))
    #expect(Self.adviceCodes(F.good { $0.rating = Rating(average: 5, count: 3) }).contains(.lookAtReviewPhotos))
    let good = Self.adviceCodes(F.good)
    #expect(good.isEmpty, "a clean buy on amazon needs no advice: \(good)")
    let (_, listing, context, verdict) = Self.verdictCases[1]
    let caution = F.assess(listing, context)
    #expect(verdict == .caution && caution.verdict == .caution)
    #expect(caution.advice.compactMap(\.adviceCode).contains(.saveThePage))
    #expect(caution.advice.compactMap(\.adviceCode).contains(.payWithProtection))
  }

  @Test("advice messages are never raw keys")
  func adviceMessages() {
    for language in Language.allCases {
      let assessment = F.assess(
        F.good {
          $0.title = "Glass vase"
          $0.terms = Terms()
          $0.price = Money(amount: 500, currency: "USD")
          $0.originalPrice = Money(amount: 5_000, currency: "USD")
          $0.reviewNotes = ["Reviews from other sellers"]
          $0.seller.openedOn = F.day("2026-10-01")
        }, site: "aliexpress",
        F.context(language, pastClaims: [PastClaim(problem: "damaged", outcome: "open", orderedOn: nil)]))
      #expect(assessment.advice.count >= 8)
      for advice in assessment.advice {
        #expect(advice.adviceCode != nil, "\(advice.code)")
        #expect(!advice.message.isEmpty)
        #expect(advice.message != advice.code)
        #expect(!advice.message.hasPrefix("advice:"))
      }
    }
  }
}

/// The grade bands as `Assessment.grade` documents them: "A" (85+), "B" (75+), "C" (60+),
/// "D" (45+), else "F" — aligned with the buy (75) and avoid (45) scores.
func documentedGrade(_ score: Int) -> String {
  switch score {
  case 85...: return "A"
  case 75..<85: return "B"
  case 60..<75: return "C"
  case 45..<60: return "D"
  default: return "F"
  }
}

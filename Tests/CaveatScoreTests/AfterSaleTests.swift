import CaveatCore
import Foundation
import Testing

@testable import CaveatScore

@Suite("After-sale reputation and the high-value default")
struct AfterSaleTests {
  static func listing(with texts: [String]) -> Listing {
    var listing = ScoreFixture.good
    listing.reviews =
      texts.enumerated().map { i, text in
        Review(stars: 3, text: text, date: ScoreFixture.day("2026-09-01").adding(days: i * 5))
      } + ScoreFixture.cleanReviews(5)
    return listing
  }

  @Test("refusals and silences become a warning that takes points off, with quotes naming the class")
  func problemsArePenalised() throws {
    let listing = Self.listing(with: [
      "The seller refused to refund me after I returned it.",
      "I opened a dispute with PayPal to get my money back.",
      "The seller never replied to my messages.",
    ])
    let assessment = ScoreFixture.assess(listing)
    let signal = try #require(assessment.signals.first { $0.code == "after-sale" })
    #expect(signal.severity == .warning)
    #expect((signal.points ?? 0) < 0)
    #expect(!signal.evidence.isEmpty && signal.evidence.count <= 3)
    #expect(signal.evidence.allSatisfy { $0.count < 170 && $0.contains("“") })
    let counts = try #require(assessment.afterSale)
    #expect(counts.reviewsRead == 8)
    #expect(counts.counts.values.reduce(0, +) >= 2)
    // Without those reviews the score is higher.
    var clean = listing
    clean.reviews = ScoreFixture.cleanReviews(8)
    #expect(ScoreFixture.assess(clean).score > assessment.score)
  }

  @Test("quick refunds and good packing are an info line with a small bonus")
  func praiseIsABonus() throws {
    let listing = Self.listing(with: [
      "It was very well packed with plenty of bubble wrap.",
      "One was missing but the seller refunded me immediately, no questions asked.",
    ])
    let assessment = ScoreFixture.assess(listing)
    let signal = try #require(assessment.signals.first { $0.code == "after-sale" })
    #expect(signal.severity == .info)
    #expect((signal.points ?? 0) > 0 && (signal.points ?? 0) <= ScoringConfig().afterSaleMaxBonus)
  }

  @Test("the message is French with --lang fr")
  func french() throws {
    let listing = Self.listing(with: ["The seller never replied to my messages."])
    let signal = try #require(
      ScoreFixture.assess(listing, ScoreFixture.context(.fr)).signals.first { $0.code == "after-sale" })
    #expect(signal.message.contains("avis") && signal.message.contains("vendeur injoignable"))
  }

  @Test("no after-sale words: no signal, counts still say how many reviews were read")
  func nothingSaid() throws {
    var listing = ScoreFixture.good
    listing.reviews = ScoreFixture.cleanReviews(6)
    let assessment = ScoreFixture.assess(listing)
    #expect(!assessment.signals.contains { $0.code == "after-sale" })
    #expect(assessment.afterSale == AfterSaleCounts(reviewsRead: 6, counts: [:]))
  }

  @Test("a long sentence is cut near 120 characters around the phrase")
  func quoteIsShort() {
    let text =
      String(repeating: "word ", count: 60) + "the seller refused to refund me " + String(repeating: "more ", count: 60)
    let quote = Work.sentence(text, around: "refused to refund")
    #expect(quote.count <= 125)
    #expect(quote.contains("refused to refund"))
  }

  @Test("the default high-value threshold is 100 USD in the display currency, a set one is taken as it is")
  func highValueDefault() {
    var listing = ScoreFixture.good
    listing.price = Money(amount: 5000, currency: "JPY")
    listing.originalPrice = nil
    let yen = AssessmentContext(today: ScoreFixture.today, displayCurrency: "JPY")
    // ¥5,000 is well under 100 USD: not high-value in yen either.
    #expect(!Assessor.assess(listing, site: "amazon", context: yen).flags.contains("high-value"))
    listing.price = Money(amount: 40_000, currency: "JPY")
    #expect(Assessor.assess(listing, site: "amazon", context: yen).flags.contains("high-value"))
    var config = ScoringConfig()
    config.highValueThreshold = 100
    config.highValueCurrency = nil
    listing.price = Money(amount: 5000, currency: "JPY")
    let bare = AssessmentContext(today: ScoreFixture.today, config: config, displayCurrency: "JPY")
    #expect(Assessor.assess(listing, site: "amazon", context: bare).flags.contains("high-value"))
  }

  @Test("a configuration that sets the threshold means the display currency")
  func configThreshold() throws {
    let set = try JSONDecoder().decode(ScoringConfig.self, from: Data(#"{"highValueThreshold": 50}"#.utf8))
    #expect(set.highValueThreshold == 50 && set.highValueCurrency == nil)
    let named = try JSONDecoder().decode(
      ScoringConfig.self, from: Data(#"{"highValueThreshold": 50, "highValueCurrency": "EUR"}"#.utf8))
    #expect(named.highValueCurrency == "EUR")
    #expect(ScoringConfig().highValueCurrency == "USD")
  }
}

@Suite("What the listing promises")
struct PromiseTests {
  @Test("no description and no specs is an information reason; specs silence it")
  func missing() {
    var listing = ScoreFixture.good
    listing.description = nil
    let missing = ScoreFixture.assess(listing).signals.first { $0.code == "no-description" }
    #expect(missing?.severity == .info && missing?.points == nil)
    listing.specs = [ListingSpec(name: "Material", value: "cotton", key: "material")]
    #expect(!ScoreFixture.assess(listing).signals.contains { $0.code == "no-description" })
  }

  @Test("a description of a few words is vague; a real one is not")
  func vague() {
    var listing = ScoreFixture.good
    listing.description = "Nice shirt."
    #expect(ScoreFixture.assess(listing).signals.contains { $0.code == "vague-description" })
    listing.description =
      "A crew-neck T-shirt in 100% combed cotton, 180 g/m², pre-shrunk, with double-stitched hems and a tagless neck."
    let codes = ScoreFixture.assess(listing).signals.map(\.code)
    #expect(!codes.contains("vague-description") && !codes.contains("no-description"))
  }
}

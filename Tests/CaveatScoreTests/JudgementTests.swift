import CaveatCore
import Foundation
import Testing

@testable import CaveatScore

/// Money in the shopper's terms, flags that mean the thing, and reasons that agree with their
/// points: properties over seeded random listings, and the cases the issue names.
@Suite("Judgement")
struct JudgementTests {
  typealias F = ScoreFixture

  static func assess(_ listing: Listing, _ context: AssessmentContext) -> Assessment {
    Assessor.assess(listing, site: "aliexpress", context: context)
  }

  static func context(currency: String, language: Language = .en) -> AssessmentContext {
    var context = F.context(language)
    context.displayCurrency = currency
    return context
  }

  // MARK: Properties

  @Test("another display currency never changes a verdict, score or grade; only the value flag may differ")
  func currencyOnlyMovesTheValueFlag() {
    AssessorPropertyTests.forAll(seed: 7) { index, listing, context, _ in
      let base = Self.assess(listing, context)
      for currency in ["EUR", "JPY", "GBP", "CHF", "AED", "VND"] {
        var other = context
        other.displayCurrency = currency
        let converted = Self.assess(listing, other)
        #expect(converted.verdict == base.verdict, "case \(index) in \(currency)")
        #expect(converted.score == base.score, "case \(index) in \(currency)")
        #expect(converted.grade == base.grade, "case \(index) in \(currency)")
        let valueCodes: Set<String> = [SignalCode.highValue.rawValue, SignalCode.priceNotConverted.rawValue]
        #expect(
          base.flags.filter { $0 != "high-value" } == converted.flags.filter { $0 != "high-value" },
          "case \(index) in \(currency)")
        #expect(
          base.signals.map(\.code).filter { !valueCodes.contains($0) }
            == converted.signals.map(\.code).filter { !valueCodes.contains($0) }, "case \(index) in \(currency)")
      }
    }
  }

  @Test("every signal's mark agrees with its points: a penalty is a warning or worse, a bonus never is")
  func marksAgreeWithPoints() {
    AssessorPropertyTests.forAll(seed: 11) { index, listing, context, _ in
      for signal in Self.assess(listing, context).signals {
        guard let points = signal.points else { continue }
        if points < 0 { #expect(signal.severity != .info, "case \(index): \(signal.code) \(points)") }
        if points > 0 { #expect(signal.severity == .info, "case \(index): \(signal.code) \(points)") }
      }
    }
  }

  /// Every code a sentence must not show: signal and advice codes with a hyphen, and the
  /// review lexicon's defect categories.
  static let codes: [String] =
    SignalCode.allCases.map(\.rawValue).filter { $0.contains("-") }
    + AdviceCode.allCases.map(\.rawValue)
    + ["not-working", "missing-parts", "wrong-item", "not-as-described"]

  @Test("no sentence contains a code, an unfilled placeholder or “(s)”")
  func noCodesInSentences() {
    AssessorPropertyTests.forAll(seed: 13) { index, listing, context, _ in
      let assessment = Self.assess(listing, context)
      let sentences = assessment.signals.map(\.message) + assessment.advice.map(\.message)
      for sentence in sentences {
        for code in Self.codes { #expect(!sentence.contains(code), "case \(index): \(sentence)") }
        #expect(!sentence.contains("{") && !sentence.contains("(s)"), "case \(index): \(sentence)")
      }
    }
  }

  @Test("one returns line: not free and buyer-paid shipping are one fact, with its parts")
  func oneReturnsLine() {
    let listing = F.good {
      $0.terms.freeReturns = false
      $0.terms.returnShippingPaidBy = .buyer
      $0.terms.returnWindowDays = 7
    }
    let assessment = Self.assess(listing, F.context())
    let returns = assessment.signals.filter {
      [.noFreeReturns, .buyerPaysReturnShipping, .shortReturnWindow, .freeReturns].contains($0.signalCode)
    }
    #expect(returns.count == 1)
    #expect(returns.first?.parts == ["no-free-returns", "buyer-pays-return-shipping", "short-return-window"])
    #expect(
      returns.first?.message
        == "Returns are not free: you pay the return shipping. Returns are accepted for 7 days only.")
  }

  @Test("plurals follow the count")
  func plurals() {
    #expect(Messages.text(.signal(.fewRatings), .en, ["1", "4.0"]).hasPrefix("Only 1 rating:"))
    #expect(Messages.text(.signal(.fewRatings), .en, ["3", "4.0"]).hasPrefix("Only 3 ratings:"))
    #expect(Messages.text(.signal(.starTextMismatch), .en, ["1"]) == "1 review has stars that contradict its words.")
    #expect(Messages.text(.signal(.noDefectMentions), .en, ["1"]) == "The one review on the page mentions no defect.")
    #expect(
      Messages.text(.signal(.noDefectMentions), .en, ["4"]) == "None of the 4 reviews on the page mentions a defect.")
    #expect(Messages.text(.signal(.sellerPastClaims), .fr, ["1", "x"]).contains("1 réclamation passée "))
  }

  @Test("the feedback bound is printed the way it was tested")
  func boundAsTested() {
    let listing = F.good {
      $0.seller.positiveFeedbackPercent = 95.4
      $0.seller.feedbackCount = 4_896
    }
    let signal = Self.assess(listing, F.context()).signals.first { $0.signalCode == .sellerLowPositiveFeedback }
    #expect(signal?.message.contains("at least 94.8% with 95% confidence: below 95%") == true)
    #expect((signal?.points ?? 0) <= 0)
  }

  @Test("“1,000+ sold” is a lower bound: more reviews than that is no mismatch")
  func lowerBoundSold() {
    var listing = F.good {
      $0.soldCount = 1_000
      $0.reviewCount = 2_387
    }
    listing.soldCountIsLowerBound = true
    #expect(!Self.assess(listing, F.context()).signals.contains { $0.signalCode == .ordersReviewsMismatch })
    listing.soldCountIsLowerBound = false
    #expect(Self.assess(listing, F.context()).signals.contains { $0.signalCode == .ordersReviewsMismatch })
  }

  // MARK: Money

  @Test(
    "prices format with each currency's minor units and grouping",
    arguments: [
      (Money(amount: 6000, currency: "JPY"), "¥6,000"), (Money(amount: 18_990_000, currency: "VND"), "₫18,990,000"),
      (Money(amount: 1.234, currency: "KWD"), "KWD\u{00A0}1.234"),
      (Money(amount: 1234.5, currency: "USD"), "$1,234.50"),
      (Money(amount: 89, currency: "EUR"), "€89.00"),
    ])
  func formatting(_ money: Money, _ expected: String) {
    #expect(money.formatted(localeIdentifier: "en_US") == expected)
  }

  @Test("minor units and plain amounts come from the currency")
  func minorUnits() {
    #expect(Money(amount: 6000, currency: "JPY").minorUnits == 0)
    #expect(Money(amount: 1, currency: "VND").minorUnits == 0)
    #expect(Money(amount: 1, currency: "KWD").minorUnits == 3)
    #expect(Money(amount: 18.99, currency: "EUR").plainAmount == "18.99")
    #expect(Money(amount: 18_990_000, currency: "VND").plainAmount == "18990000")
  }

  @Test("the issue's prices: ¥6,000, ₹499 are not high-value in USD; COP and PKR are not converted")
  func valueAcrossCurrencies() {
    for (amount, currency) in [(6000.0, "JPY"), (499, "INR"), (71_492, "COP"), (1_542, "PKR")] {
      let listing = F.good {
        $0.price = Money(amount: amount, currency: currency); $0.originalPrice = nil
      }
      let assessment = Self.assess(listing, Self.context(currency: "USD"))
      #expect(!assessment.flags.contains("high-value"), "\(currency)")
    }
    let cop = Self.assess(
      F.good {
        $0.price = Money(amount: 71_492, currency: "COP"); $0.originalPrice = nil
      }, Self.context(currency: "USD"))
    #expect(cop.signals.contains { $0.signalCode == .priceNotConverted })
    let yen = Self.assess(
      F.good {
        $0.price = Money(amount: 30_000, currency: "JPY"); $0.originalPrice = nil
      }, Self.context(currency: "EUR"))
    #expect(yen.flags.contains("high-value"))
    let signal = yen.signals.first { $0.signalCode == .highValue }
    #expect(signal?.message.contains("2023-12-29") == true)
    #expect(yen.displayPrice?.currency == "EUR")
    #expect(abs((yen.displayPrice?.amount ?? 0) - 30_000 / 156.33) < 0.01)
  }

  @Test("pegged currencies convert through their anchor")
  func pegs() {
    let table = RateTable.bundled
    let aed = table.convert(Money(amount: 3.6725, currency: "AED"), to: "USD")
    #expect(abs((aed?.amount ?? 0) - 1) < 1e-9)
    #expect(aed?.rateSource?.contains("Central Bank of the UAE") == true)
    #expect(table.convert(Money(amount: 1, currency: "VND"), to: "USD") == nil)
    #expect(table.convert(Money(amount: 5, currency: "EUR"), to: "EUR")?.rate == 1)
  }

  @Test("the display currency follows the locale's region, else USD")
  func currencyFromLocale() {
    #expect(DisplayCurrency.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == "EUR")
    #expect(DisplayCurrency.fromEnvironment(["LANG": "en_GB.UTF-8"]) == "GBP")
    #expect(DisplayCurrency.fromEnvironment(["LANG": "ja_JP.UTF-8"]) == "JPY")
    #expect(DisplayCurrency.fromEnvironment(["LC_MONETARY": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"]) == "USD")
    #expect(DisplayCurrency.fromEnvironment(["LC_ALL": "de_DE", "LC_MONETARY": "en_US"]) == "EUR")
    #expect(DisplayCurrency.fromEnvironment(["LANG": "C.UTF-8"]) == "USD")
    #expect(DisplayCurrency.fromEnvironment([:]) == "USD")
  }

  // MARK: Fragile and exclusions

  @Test(
    "fragile by what the item is",
    arguments: [
      ("Brass Desk Lamp with Glass Shade", [String]?.none, "Glass"),
      ("Hand Thrown Stoneware Mug, Speckled Oatmeal Glaze", nil, "Stoneware"),
      ("Set of 6 Wine Glasses, 350 ml", nil, "Wine Glasses"), ("Vase en céramique", nil, "Vase"),
      ("Espejo de pared redondo", nil, "Espejo"), ("Weingläser 4er Set", nil, "Weingläser"),
      ("Acoustic Guitar with Gig Bag", nil, "Guitar"), ("Decorative piece", ["Home", "Mirrors"], "Mirrors"),
    ])
  func fragile(_ title: String, _ category: [String]?, _ cue: String) {
    let found = FragileItems.cue(title: title, category: category)
    #expect(found?.cue == cue, "\(title)")
  }

  @Test(
    "not fragile: books, clothing, accessories, materials that do not break",
    arguments: [
      ("The Roots Cookbook: recipes for roots, bulbs and tubers", [String]?.none),
      ("Glass Animals T-Shirt", nil), ("iPhone 15 Case with Tempered Glass Screen Protector", nil),
      ("Tempered Glass Screen Protector for Galaxy S23", nil), ("Rock Stock Guitar Flat Patch Cables (Pack of 3)", nil),
      ("Acrylic Mirror Sheet 30 x 30 cm", nil), ("Ceramic Coated Non-Stick Frying Pan", nil),
      ("Fibre de verre tissu 1 m²", nil), ("Coque iPhone avec verre trempé", nil), ("Panzerglas für iPhone 14", nil),
      ("The Art of Avatar", ["Livres", "Arts et photographie"]), ("Glass cleaner spray 500 ml", nil),
      ("Stainless Steel Pour Over Coffee Kettle", nil), ("Mirrorless camera body", nil),
    ])
  func notFragile(_ title: String, _ category: [String]?) {
    #expect(FragileItems.cue(title: title, category: category) == nil, "\(title)")
  }

  @Test(
    "return exclusions are named from the title and category",
    arguments: [
      ("Personalized Name Necklace", ReturnExclusions.Kind.personalised),
      ("Rideaux sur mesure lin", .personalised), ("Lace lingerie set", .hygiene),
      ("Gold hoop earrings", .piercedJewellery),
      ("Matte lipstick, long lasting", .cosmetics), ("Fresh flowers bouquet, 12 roses", .perishable),
      ("Steam gift card 50 EUR", .digital), ("Pendientes de plata", .piercedJewellery),
    ])
  func exclusions(_ title: String, _ kind: ReturnExclusions.Kind) {
    let kinds = ReturnExclusions.findings(title: title, category: nil).map(\.kind)
    #expect(kinds.contains(kind), "\(title)")
  }

  @Test(
    "no exclusion for holders, non-personalised items and plain goods",
    arguments: [
      "Makeup bag, large", "Earring holder stand", "Non-personalised mug", "Gold chain necklace",
      "Cordless Electric Pruning Shears", "Gift card holder wallet",
    ])
  func noExclusion(_ title: String) {
    #expect(ReturnExclusions.findings(title: title, category: nil).isEmpty, "\(title)")
  }

  @Test("an exclusion is a warning with its source, and advice to ask before buying")
  func exclusionSignal() {
    let assessment = Self.assess(F.good { $0.title = "Personalised name necklace" }, F.context())
    let signal = assessment.signals.first { $0.signalCode == .returnExclusion }
    #expect(signal?.severity == .warning)
    #expect(signal?.evidence.contains { $0.contains("2011/83/EU") } == true)
    #expect(assessment.advice.contains { $0.adviceCode == .askAboutReturns })
  }
}

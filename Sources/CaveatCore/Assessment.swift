/// How sure a reason is that something is wrong.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
  /// Worth knowing; not a risk by itself.
  case info
  /// A risk to weigh.
  case warning
  /// A strong reason not to buy as the listing stands.
  case danger

  private var rank: Int {
    switch self {
    case .info: return 0
    case .warning: return 1
    case .danger: return 2
    }
  }

  /// Orders info < warning < danger.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The bottom line for a shopper.
public enum Verdict: String, Sendable, Codable, Hashable, CaseIterable {
  /// Nothing on the page argues against buying.
  case buy
  /// Buy only with the precautions the advice lists.
  case caution
  /// The page gives strong reasons not to buy.
  case avoid
  /// The page holds too little to judge.
  case insufficientData = "insufficient-data"
}

/// One reason behind a verdict, with the page's own words or figures as evidence.
public struct Signal: Sendable, Codable, Hashable {
  /// A stable code (`seller-new-store`, `defect-mentions`, …); messages may change, codes do not.
  public var code: String
  /// How much it weighs.
  public var severity: Severity
  /// A sentence for the shopper, in the chosen language.
  public var message: String
  /// The values or quotes the signal rests on.
  public var evidence: [String]
  /// Points this signal moved the score by (negative lowers it), for the explanation.
  public var points: Double?
  /// The codes of the facts this one line stands for, when it joins several ("no-free-returns",
  /// "buyer-pays-return-shipping", "short-return-window" in one returns line), so one fact is
  /// counted and shown once.
  public var parts: [String]?

  /// Creates a signal.
  public init(
    code: String, severity: Severity, message: String, evidence: [String], points: Double? = nil,
    parts: [String]? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.evidence = evidence
    self.points = points
    self.parts = parts
  }
}

/// A concrete step that lowers the risk a signal names.
public struct Advice: Sendable, Codable, Hashable {
  /// A stable code (`film-unboxing`, `choose-free-returns`, …).
  public var code: String
  /// What to do, in the chosen language.
  public var message: String

  /// Creates advice.
  public init(code: String, message: String) {
    self.code = code
    self.message = message
  }
}

/// The verdict on one listing: a score, a grade, the reasons and what to do about them.
public struct Assessment: Sendable, Codable, Hashable {
  /// 0–100, higher is safer.
  public var score: Int
  /// "A" (85+), "B" (75+), "C" (60+), "D" (45+) or "F"; absent when the verdict is
  /// insufficient data.
  public var grade: String?
  /// The bottom line.
  public var verdict: Verdict
  /// Item flags: `fragile`, `high-value`, `price-too-good`.
  public var flags: [String]
  /// The reasons, most severe first.
  public var signals: [Signal]
  /// What to do, tied to the signals.
  public var advice: [Advice]
  /// Share of the scoring weight backed by facts from the page (0–1); the rest was neutral
  /// because the page did not say.
  public var coverage: Double
  /// The price in the shopper's display currency, with the rate used; absent when the page
  /// shows no price or the price could not be converted.
  public var displayPrice: DisplayPrice?
  /// A ranking's figure for this page "in this batch" (with the batch's rating prior and the
  /// other offers of the same product); it orders ties and never changes ``score``, ``grade``
  /// or ``verdict``, which are the page's own. Absent outside a ranking.
  public var batchScore: Int?
  /// Flags only the batch shows ("price-too-good" against the median of the same product's other
  /// offers), beside the page's own ``flags``. Absent outside a ranking.
  public var batchFlags: [String]?
  /// What the reviews read say about problems and refunds: how many reviews fall in each
  /// after-sale class. Absent when the page has no written review.
  public var afterSale: AfterSaleCounts?

  /// Creates an assessment.
  public init(
    score: Int, grade: String?, verdict: Verdict, flags: [String], signals: [Signal], advice: [Advice],
    coverage: Double, displayPrice: DisplayPrice? = nil, batchScore: Int? = nil, afterSale: AfterSaleCounts? = nil
  ) {
    self.afterSale = afterSale
    self.score = score
    self.grade = grade
    self.verdict = verdict
    self.flags = flags
    self.signals = signals
    self.advice = advice
    self.coverage = coverage
    self.displayPrice = displayPrice
    self.batchScore = batchScore
  }
}

/// A price converted to the shopper's display currency, with the rate and where it comes from.
public struct DisplayPrice: Sendable, Codable, Hashable {
  /// The amount in ``currency``.
  public var amount: Double
  /// The display currency (ISO 4217).
  public var currency: String
  /// Units of ``currency`` for one unit of the page's currency (1 when no conversion was
  /// needed).
  public var rate: Double
  /// The date of the rate (YYYY-MM-DD); absent when no conversion was needed.
  public var rateDate: String?
  /// Where the rate comes from; absent when no conversion was needed.
  public var rateSource: String?

  /// Creates a converted price.
  public init(amount: Double, currency: String, rate: Double, rateDate: String?, rateSource: String?) {
    self.amount = amount
    self.currency = currency
    self.rate = rate
    self.rateDate = rateDate
    self.rateSource = rateSource
  }

  /// The converted amount as ``Money``.
  public var money: Money { Money(amount: amount, currency: currency) }
}

/// How many of the reviews read fall in each after-sale class (refund refused or delayed, seller
/// unresponsive, dispute needed, arrived broken, badly packed, well packed, resolved quickly).
public struct AfterSaleCounts: Sendable, Codable, Hashable {
  /// The written reviews read.
  public var reviewsRead: Int
  /// For each class that occurs (its stable code, "refund-refused-or-delayed", …), the number
  /// of reviews in it; classes no review shows are left out.
  public var counts: [String: Int]

  /// Creates the counts.
  public init(reviewsRead: Int, counts: [String: Int]) {
    self.reviewsRead = reviewsRead
    self.counts = counts
  }
}

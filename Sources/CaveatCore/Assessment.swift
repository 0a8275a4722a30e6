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

  /// Creates a signal.
  public init(code: String, severity: Severity, message: String, evidence: [String], points: Double? = nil) {
    self.code = code
    self.severity = severity
    self.message = message
    self.evidence = evidence
    self.points = points
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

  /// Creates an assessment.
  public init(
    score: Int, grade: String?, verdict: Verdict, flags: [String], signals: [Signal], advice: [Advice],
    coverage: Double
  ) {
    self.score = score
    self.grade = grade
    self.verdict = verdict
    self.flags = flags
    self.signals = signals
    self.advice = advice
    self.coverage = coverage
  }
}

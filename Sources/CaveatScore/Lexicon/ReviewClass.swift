/// What a review says about the item or the after-sale service. The raw values are stable
/// (they appear in labelled data and may appear in reports).
///
/// A review may belong to several classes or to none. A mention only counts when the review
/// states it as a fact about this order: negated ("nothing was missing"), feared or hoped
/// ("I was afraid it would arrive broken"), reported from other reviews, or requested ("I
/// want a refund") mentions do not.
public enum ReviewClass: String, Sendable, CaseIterable, Codable, Comparable {
  /// A problem with the item itself: damaged, faulty, not working, parts missing, wrong item
  /// sent, counterfeit, or not as described. A problem later fixed by a refund or replacement
  /// still counts; damage to the box alone does not (that is `badlyPacked`); opinions on
  /// quality, size or value ("cheap feel", "smaller than I thought") do not.
  case defect
  /// The item was physically damaged when it arrived (broken, cracked, dented, shattered in
  /// transit) or dead on arrival. Always comes with `defect`.
  case arrivedBroken = "arrived-broken"
  /// The packing was inadequate (no padding, a thin envelope, loose in the box, "badly
  /// packed") or the parcel itself arrived crushed or torn.
  case badlyPacked = "badly-packed"
  /// The buyer praises the packing ("well packed", "bubble wrap", "梱包が丁寧").
  case wellPacked = "well-packed"
  /// A refund, return or replacement was refused, or is late: still waiting, only after weeks,
  /// "finally refunded".
  case refundRefusedOrDelayed = "refund-refused-or-delayed"
  /// The seller does not answer messages (no reply, ignored, unreachable).
  case sellerUnresponsive = "seller-unresponsive"
  /// The buyer opened, or had to open, a dispute, claim or chargeback, or escalated to the
  /// platform or payment provider.
  case disputeNeeded = "dispute-needed"
  /// The seller refunded, replaced or resent promptly and without a fight (no dispute, no
  /// refusal, no long wait in the same review).
  case resolvedQuickly = "resolved-quickly"

  /// Declaration order.
  public static func < (lhs: ReviewClass, rhs: ReviewClass) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// The reading of one review by `Lexicon.read(review:)`.
public struct ReviewReading: Sendable, Hashable {
  /// The classes the review belongs to.
  public var classes: Set<ReviewClass> = []
  /// For each class, the phrases that made it (quoted as written).
  public var evidence: [ReviewClass: [LexiconMatch]] = [:]
  /// The defect mentions that count, with their kind as category ("damaged", "defective",
  /// "not-working", "missing-parts", "wrong-item", "counterfeit", "not-as-described").
  public var defects: [LexiconMatch] = []
  /// Strong praise that counts (not negated, not in a sarcastic review).
  public var praise: [LexiconMatch] = []
  /// Whether the review carries an irony marker ("yeah right", "thanks for nothing", "/s");
  /// its positive readings (praise, well packed, resolved quickly) are then dropped.
  public var sarcastic = false

  /// Creates an empty reading.
  public init() {}

  mutating func add(_ reviewClass: ReviewClass, _ match: LexiconMatch) {
    classes.insert(reviewClass)
    evidence[reviewClass, default: []].append(match)
  }

  mutating func remove(_ reviewClass: ReviewClass) {
    classes.remove(reviewClass)
    evidence[reviewClass] = nil
  }
}

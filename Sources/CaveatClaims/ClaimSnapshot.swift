import CaveatCore

/// Everything known about one claim on a given day: its facts, timeline, evidence, every
/// deadline (``Deadlines/compute(for:events:today:)``) and the next step. `claim show` prints it,
/// `claim export` writes it; its JSON is `claim show --format json`.
public struct ClaimSnapshot: Sendable, Hashable, Encodable {
  /// The claim.
  public var claim: Claim
  /// Its events in the order they happened.
  public var events: [ClaimEvent]
  /// Its evidence in the order it was added.
  public var evidence: [Evidence]
  /// Every deadline, earliest first.
  public var deadlines: [Deadline]
  /// What to do next.
  public var nextStep: NextStep

  /// The snapshot of `claim` with its events and evidence, its deadlines measured from `today`.
  public init(claim: Claim, events: [ClaimEvent], evidence: [Evidence], today: CalendarDate) {
    self.claim = claim
    self.events = events
    self.evidence = evidence
    deadlines = Deadlines.compute(for: claim, events: events, today: today)
    nextStep = Deadlines.nextStep(for: claim, events: events, evidence: evidence, today: today)
  }

  private enum CodingKeys: String, CodingKey { case schemaVersion, claim, events, evidence, deadlines, nextStep }

  /// Encodes `{"schemaVersion": 1, "claim", "events", "evidence" (as ``EvidenceView``),
  /// "deadlines", "nextStep"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(1, forKey: .schemaVersion)
    try container.encode(claim, forKey: .claim)
    try container.encode(events, forKey: .events)
    try container.encode(evidence.map(EvidenceView.init), forKey: .evidence)
    try container.encode(deadlines, forKey: .deadlines)
    try container.encode(nextStep, forKey: .nextStep)
  }
}

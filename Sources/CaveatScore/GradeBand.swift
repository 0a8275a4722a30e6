/// A letter grade and the lowest score that earns it (`{"grade": "A", "minimumScore": 85}` in a
/// configuration file).
public struct GradeBand: Sendable, Codable, Equatable {
  /// The letter shown ("A", "B", …).
  public var grade: String
  /// The lowest score (0–100) with this grade.
  public var minimumScore: Double

  /// Creates a band.
  public init(_ grade: String, from minimumScore: Double) {
    self.grade = grade
    self.minimumScore = minimumScore
  }
}

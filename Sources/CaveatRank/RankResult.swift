import CaveatCore
import Foundation

/// The outcome of a ranking, with the reports left on disk until they are read in order.
public final class RankResult: Sendable {
  /// Ranked pages, best first (by the sort asked for).
  public let ranked: [RankSummary]
  /// Pages that were the same file content or the same offer as an earlier one.
  public let duplicates: [(file: String, of: String)]
  /// Pages that could not be read.
  public let failures: [RankFailure]
  /// Offers of the same product by several sellers.
  public let groups: [OfferGroup]
  /// Saves of one listing at different times (each oldest first), for `caveat diff`.
  public let saves: [ListingSaves]
  /// The reports as read, and the assessments the ranking gave them.
  private let reports: SpillFile
  private let assessments: SpillFile
  /// Whether the reports keep their reviews.
  private let keepReviews: Bool

  init(
    ranked: [RankSummary], duplicates: [(file: String, of: String)], failures: [RankFailure], groups: [OfferGroup],
    saves: [ListingSaves] = [], reports: SpillFile, assessments: SpillFile, keepReviews: Bool
  ) {
    self.ranked = ranked
    self.duplicates = duplicates
    self.failures = failures
    self.groups = groups
    self.saves = saves
    self.reports = reports
    self.assessments = assessments
    self.keepReviews = keepReviews
  }

  /// The full report of a ranked page, with its assessment (read back from the spill files).
  public func report(_ summary: RankSummary) throws -> VetReport {
    let decoder = JSONDecoder()
    var report = try decoder.decode(
      VetReport.self, from: try reports.read(offset: summary.offset, length: summary.length))
    report.assessment = try decoder.decode(
      Assessment.self,
      from: try assessments.read(offset: summary.assessmentOffset, length: summary.assessmentLength))
    if !keepReviews { report.listing.reviews = nil }
    return report
  }

  /// How many pages were partial.
  public var partialCount: Int { ranked.filter(\.partial).count }

  /// The ranked pages to show: those `filter` admits (all without one), at most `top` of them.
  public func shown(only filter: RankFilter?, top: Int?) -> [RankSummary] {
    let admitted = filter.map { filter in ranked.filter(filter.admits) } ?? ranked
    return top.map { Array(admitted.prefix($0)) } ?? admitted
  }

  /// Each ranked page's place in the whole ranking (1 for the best), by its input position.
  public func places() -> [Int: Int] {
    Dictionary(uniqueKeysWithValues: ranked.enumerated().map { position, summary in (summary.index, position + 1) })
  }
}

import CaveatExtract
import CaveatScore
import Foundation

/// How to rank a batch.
public struct RankOptions: Sendable {
  /// Pages read at once (default: every core).
  public var jobs: Int
  /// Files larger than this are refused.
  public var maxBytes: Int
  /// Date, language and thresholds for the verdicts; the batch adds its own rating prior and
  /// price medians.
  public var context: AssessmentContext
  /// Extraction options (the fast path by default).
  public var extraction: ExtractionOptions
  /// Whether the ranked reports keep their review lists. Scoring always reads them; a caller
  /// that shows only verdicts, figures and reasons (table, CSV, Markdown, HTML) turns this off,
  /// so a page with 50,000 reviews is not written to and read back from the spill file twice.
  public var keepReviews: Bool

  /// Creates options.
  public init(
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxBytes: Int = PageFileReader.defaultMaxBytes,
    context: AssessmentContext, extraction: ExtractionOptions = ExtractionOptions(), keepReviews: Bool = true
  ) {
    self.jobs = max(1, jobs)
    self.maxBytes = maxBytes
    self.context = context
    self.extraction = extraction
    self.keepReviews = keepReviews
  }
}

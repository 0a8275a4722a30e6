import CaveatCore
import CaveatExtract
import CaveatScore

/// Reading a saved page and assessing it: what `caveat vet` does for each page, and what a
/// batch ranking does once it has learnt from the batch.
public enum Vetting {
  /// Reads the page at `path` and assesses it.
  ///
  /// - Parameters:
  ///   - path: The page.
  ///   - maxBytes: Files larger than this are refused before they are read.
  ///   - extraction: Extraction options; without a day of their own, reviews are checked against
  ///     the context's `today`.
  ///   - context: Date, language and thresholds of the verdict; its past claims are replaced by
  ///     those `pastClaims` gives for the page's seller.
  ///   - pastClaims: The shopper's past claims against a seller, by name and id.
  /// - Returns: The report, with its assessment.
  /// - Throws: ``ListingReadError`` when the page cannot be read or is not a product page.
  public static func vet(
    _ path: PagePath, maxBytes: Int = PageFileReader.defaultMaxBytes,
    extraction: ExtractionOptions = ExtractionOptions(),
    context: AssessmentContext,
    pastClaims: (_ sellerName: String?, _ sellerID: String?) -> [PastClaim] = { _, _ in [] }
  ) throws(ListingReadError) -> VetReport {
    var options = extraction
    if options.today == nil { options.today = context.today }
    var report = try PagePipeline.read(path, maxBytes: maxBytes, options: options)
    assess(&report, context: context, pastClaims: pastClaims)
    return report
  }

  /// Assesses a report already read, with the past claims against its seller, and stores the
  /// assessment in it.
  ///
  /// - Parameters:
  ///   - report: The report; its `assessment` is set.
  ///   - context: Date, language, thresholds and batch knowledge; its past claims are replaced.
  ///   - pastClaims: The shopper's past claims against a seller, by name and id.
  /// - Returns: The assessment.
  @discardableResult
  public static func assess(
    _ report: inout VetReport, context: consuming AssessmentContext,
    pastClaims: (_ sellerName: String?, _ sellerID: String?) -> [PastClaim]
  ) -> Assessment {
    context.pastClaims = pastClaims(report.listing.seller.name, report.listing.seller.id)
    let assessment = Assessor.assess(report.listing, site: report.site, context: context)
    report.assessment = assessment
    return assessment
  }
}

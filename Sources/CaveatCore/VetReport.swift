/// What `caveat vet` reports for one page: the JSON contract of `--format json`.
public struct VetReport: Sendable, Codable, Hashable {
  /// The version of this JSON shape.
  public var schemaVersion: Int = 1
  /// The file the page came from.
  public var source: SourceInfo
  /// The marketplace ("aliexpress", "amazon", …, or "generic").
  public var site: String
  /// The extracted listing.
  public var listing: Listing
  /// For each JSON path with a value, where it came from.
  public var provenance: [String: Provenance]
  /// The JSON paths the page does not hold.
  public var missing: [String]
  /// Things the reader should know: partial parses, ambiguous numbers, rejected values.
  public var warnings: [String]
  /// Whether the page was cut short (by the file or the parser), so a missing value may exist
  /// in the original.
  public var partial: Bool
  /// The verdict, once the listing has been scored.
  public var assessment: Assessment?

  /// Creates a report; `missing` is derived from the listing.
  public init(
    source: SourceInfo, site: String, listing: Listing, provenance: [String: Provenance],
    warnings: [String], partial: Bool = false
  ) {
    self.source = source
    self.site = site
    self.listing = listing
    self.provenance = provenance
    self.missing = listing.missingFields
    self.warnings = warnings
    self.partial = partial
  }
}

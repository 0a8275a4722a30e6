/// Where an extracted value came from.
public enum Provenance: String, Sendable, Codable, Hashable, CaseIterable {
  /// A schema.org object in a `<script type="application/ld+json">` block.
  case jsonLD = "json-ld"
  /// schema.org microdata (`itemscope`/`itemprop`).
  case microdata
  /// OpenGraph and other `<meta>` tags.
  case openGraph = "opengraph"
  /// State a site embeds in a script (AliExpress `window.runParams`, …).
  case pageState = "page-state"
  /// A site rule reading the rendered page.
  case dom
  /// The generic reader, for shops no site rule knows: the page's heading, the price beside
  /// it, labelled text and the shop's own name.
  case generic
}

/// The kind of file a page was read from.
public enum SourceKind: String, Sendable, Codable, Hashable {
  /// An HTML file ("Web page, complete" or "HTML only").
  case html
  /// A MIME multipart archive ("Web page, single file").
  case mhtml
}

/// Facts about the file a report was made from.
public struct SourceInfo: Sendable, Codable, Hashable {
  /// The file as given on the command line ("-" for standard input), escaped for display.
  public var file: String
  /// Its size in bytes.
  public var bytes: Int
  /// SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String
  /// The character encoding the page was read with (WHATWG name).
  public var encoding: String
  /// HTML or MHTML.
  public var kind: SourceKind
  /// How the encoding was decided: "bom", "transport" (an MHTML part's charset),
  /// "declared-early" (a `<meta>` in the first 1,024 bytes), "declared-late" (a `<meta>`
  /// further on in the head), "valid-utf8", "detected" or "default" (windows-1252).
  public var encodingDecidedBy: String?
  /// For a detected encoding, how well the page reads in it (0–100): the share of its
  /// non-ASCII characters that belong to the scripts the encoding is made for.
  public var encodingConfidence: Int?

  /// Creates source facts.
  public init(
    file: String, bytes: Int, sha256: String, encoding: String, kind: SourceKind, encodingDecidedBy: String? = nil,
    encodingConfidence: Int? = nil
  ) {
    self.file = file
    self.bytes = bytes
    self.sha256 = sha256
    self.encoding = encoding
    self.kind = kind
    self.encodingDecidedBy = encodingDecidedBy
    self.encodingConfidence = encodingConfidence
  }
}

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

import CaveatCore
import CaveatHTML
import Foundation

/// The listing read from one page, before any file facts are attached.
public struct ExtractedPage: Sendable {
  /// The site id ("aliexpress", …, "generic").
  public var site: String
  /// The listing.
  public var listing: Listing
  /// Where each present field came from.
  public var provenance: [String: Provenance]
  /// Warnings for the reader.
  public var warnings: [String]
  /// Whether the page was cut short (by the file or by the parser), so absent values may
  /// exist in the original page.
  public var isPartial: Bool
}

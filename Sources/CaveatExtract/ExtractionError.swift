import CaveatCore
import CaveatHTML
import Foundation

/// Why a page yields no listing.
public enum ExtractionError: Error, Equatable, Sendable {
  /// The page parsed, but holds nothing that describes a product.
  case noProductData(detail: String?)
  /// The page is a marketplace's robot check or captcha, saved instead of the product.
  case antiBotPage(detail: String)
}

import CaveatCore
import Dispatch

/// Why a page could not be read into a listing.
public enum ListingReadError: Error, Equatable, Sendable {
  /// The file could not be read, or is not an HTML page.
  case input(PageInputError)
  /// The page was read but yields no listing.
  case extraction(PagePath, ExtractionError)

  /// The sysexits code: 66 for a missing or unreadable input, 65 for data that is not a
  /// product page.
  public var exitCode: Int32 {
    switch self {
    case .input(let error): return error.exitCode
    case .extraction: return 65
    }
  }

  /// A lowercase message that names the file.
  public var message: String {
    switch self {
    case .input(let error):
      return error.errorDescription ?? "cannot read the page"
    case .extraction(let path, .noProductData(let detail)):
      let reason = detail.map { " (\($0))" } ?? ""
      return "no product data found in \(path.displayString)\(reason)"
    case .extraction(let path, .antiBotPage(let detail)):
      return
        "\(path.displayString) is a saved robot check, not a product page: \(detail). Open the product in a browser, pass the check, and save the page again"
    }
  }
}

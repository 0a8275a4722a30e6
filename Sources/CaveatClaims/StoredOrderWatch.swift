import CaveatCore
import Foundation
import GRDB

/// A row of the `order_watches` table (migration v3).
struct StoredOrderWatch: Codable, FetchableRecord, PersistableRecord, TableRecord {
  static let databaseTableName = "order_watches"

  var id: Int64?
  var createdOn: String
  var platform: String
  var orderNumber: String
  var orderDate: String
  var priceAmount: Double
  var priceCurrency: String?
  var paymentMethod: String
  var shippedOn: String?
  var expectedOn: String?
  var buyerCountry: String?
  var listingTitle: String?
  var listingURL: String?
  var sellerName: String?
  var sellerID: String?
  var freeReturns: Bool?
  var returnWindowDays: Int?
  var buyerProtectionDays: Int?
  var listingPagePath: Data?
  var listingPageSize: Int64?
  var listingPageSHA256: String?
  var claimID: Int64?

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case id, platform
    case createdOn = "created_on", orderNumber = "order_number", orderDate = "order_date"
    case priceAmount = "price_amount", priceCurrency = "price_currency", paymentMethod = "payment_method"
    case shippedOn = "shipped_on", expectedOn = "expected_on", buyerCountry = "buyer_country"
    case listingTitle = "listing_title", listingURL = "listing_url", sellerName = "seller_name"
    case sellerID = "seller_id", freeReturns = "free_returns", returnWindowDays = "return_window_days"
    case buyerProtectionDays = "buyer_protection_days", listingPagePath = "listing_page_path"
    case listingPageSize = "listing_page_size", listingPageSHA256 = "listing_page_sha256", claimID = "claim_id"
  }

  /// The row for `watch`.
  init(_ watch: OrderWatch) {
    let terms = watch.listing.terms
    id = watch.id
    createdOn = watch.createdOn.description
    platform = watch.platform
    orderNumber = watch.orderNumber
    orderDate = watch.orderDate.description
    priceAmount = watch.pricePaid.amount
    priceCurrency = watch.pricePaid.currency
    paymentMethod = watch.paymentMethod.rawValue
    shippedOn = watch.shippedOn?.description
    expectedOn = watch.expectedOn?.description
    buyerCountry = watch.buyerCountry
    listingTitle = watch.listing.title
    listingURL = watch.listing.url
    sellerName = watch.listing.sellerName
    sellerID = watch.listing.sellerID
    freeReturns = terms.freeReturns
    returnWindowDays = terms.returnWindowDays
    buyerProtectionDays = terms.buyerProtectionDays
    listingPagePath = watch.listing.savedPage.map { Data($0.pathBytes) }
    listingPageSize = watch.listing.savedPage?.size
    listingPageSHA256 = watch.listing.savedPage?.sha256
    claimID = watch.claimID
  }

  /// The watch this row holds.
  func watch() throws(ClaimError) -> OrderWatch {
    let column = ColumnReader(table: Self.databaseTableName, id: id ?? 0)
    var savedPage: SavedPage?
    if let listingPagePath, let listingPageSize, let listingPageSHA256 {
      let bytes = [UInt8](listingPagePath)
      savedPage = SavedPage(
        pathBytes: bytes, displayPath: String(decoding: bytes, as: UTF8.self), size: listingPageSize,
        sha256: listingPageSHA256)
    }
    return OrderWatch(
      id: id ?? 0,
      createdOn: try column.date(createdOn, CodingKeys.createdOn),
      platform: platform,
      orderNumber: orderNumber,
      orderDate: try column.date(orderDate, CodingKeys.orderDate),
      pricePaid: Money(amount: priceAmount, currency: priceCurrency),
      paymentMethod: try column.value(paymentMethod, CodingKeys.paymentMethod),
      shippedOn: try column.optionalDate(shippedOn, CodingKeys.shippedOn),
      expectedOn: try column.optionalDate(expectedOn, CodingKeys.expectedOn),
      buyerCountry: buyerCountry,
      listing: ClaimListing(
        title: listingTitle, url: listingURL, sellerName: sellerName, sellerID: sellerID,
        terms: ClaimTerms(
          freeReturns: freeReturns, returnWindowDays: returnWindowDays, buyerProtectionDays: buyerProtectionDays),
        savedPage: savedPage),
      claimID: claimID)
  }
}

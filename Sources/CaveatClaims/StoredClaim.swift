import CaveatCore
import Foundation
import GRDB

/// A row of the `claims` table, its columns named as the v1 schema names them.
///
/// Dates are kept as `YYYY-MM-DD` text and enumerations as their raw values, so that a value
/// this version cannot read is reported as ``ClaimError/corruptRecord(table:id:field:)`` naming
/// its column.
struct StoredClaim: Codable, FetchableRecord, PersistableRecord, TableRecord {
  static let databaseTableName = "claims"

  var id: Int64?
  var createdOn: String
  var platform: String
  var orderNumber: String
  var orderDate: String
  var priceAmount: Double
  var priceCurrency: String?
  var paymentMethod: String
  var trackingNumber: String?
  var shippedOn: String?
  var receivedOn: String?
  var problem: String
  var description: String
  var listingTitle: String?
  var listingURL: String?
  var sellerName: String?
  var sellerKey: String?
  var sellerID: String?
  var freeReturns: Bool?
  var returnWindowDays: Int?
  var buyerProtectionDays: Int?
  var disputeDeadline: String?
  var buyerCountry: String?
  var state: String
  var outcomeKind: String?
  var outcomeAmount: Double?
  var outcomeCurrency: String?
  var resolvedOn: String?
  var listingPagePath: Data?
  var listingPageSize: Int64?
  var listingPageSHA256: String?
  /// The listing's specifications "as sold", as JSON.
  var listingAsSold: String?
  var withdrawalInfoMissing: Bool?

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case id, platform, problem, description, state
    case createdOn = "created_on", orderNumber = "order_number", orderDate = "order_date"
    case priceAmount = "price_amount", priceCurrency = "price_currency", paymentMethod = "payment_method"
    case trackingNumber = "tracking_number", shippedOn = "shipped_on", receivedOn = "received_on"
    case listingTitle = "listing_title", listingURL = "listing_url", sellerName = "seller_name"
    case sellerKey = "seller_key", sellerID = "seller_id", freeReturns = "free_returns"
    case returnWindowDays = "return_window_days", buyerProtectionDays = "buyer_protection_days"
    case disputeDeadline = "dispute_deadline", buyerCountry = "buyer_country", outcomeKind = "outcome_kind"
    case outcomeAmount = "outcome_amount", outcomeCurrency = "outcome_currency", resolvedOn = "resolved_on"
    case listingPagePath = "listing_page_path", listingPageSize = "listing_page_size"
    case listingPageSHA256 = "listing_page_sha256"
    case listingAsSold = "listing_as_sold"
    case withdrawalInfoMissing = "withdrawal_info_missing"
  }

  /// The row for `claim`; `seller_key` is the seller's name normalised for matching.
  init(_ claim: Claim) {
    let terms = claim.listing.terms
    id = claim.id
    createdOn = claim.createdOn.description
    platform = claim.platform
    orderNumber = claim.orderNumber
    orderDate = claim.orderDate.description
    priceAmount = claim.pricePaid.amount
    priceCurrency = claim.pricePaid.currency
    paymentMethod = claim.paymentMethod.rawValue
    trackingNumber = claim.trackingNumber
    shippedOn = claim.shippedOn?.description
    receivedOn = claim.receivedOn?.description
    problem = claim.problem.rawValue
    description = claim.description
    listingTitle = claim.listing.title
    listingURL = claim.listing.url
    sellerName = claim.listing.sellerName
    sellerKey = claim.listing.sellerName.map(Self.sellerKey)
    sellerID = claim.listing.sellerID
    freeReturns = terms.freeReturns
    returnWindowDays = terms.returnWindowDays
    buyerProtectionDays = terms.buyerProtectionDays
    disputeDeadline = claim.disputeDeadline?.description
    buyerCountry = claim.buyerCountry
    state = claim.state.rawValue
    listingPagePath = claim.listing.savedPage.map { Data($0.pathBytes) }
    listingPageSize = claim.listing.savedPage?.size
    listingPageSHA256 = claim.listing.savedPage?.sha256
    listingAsSold = claim.listing.asSold.flatMap { try? JSONEncoder().encode($0) }.map {
      String(decoding: $0, as: UTF8.self)
    }
    withdrawalInfoMissing = claim.withdrawalInfoMissing
    set(outcome: claim.outcome, resolvedOn: claim.resolvedOn)
  }

  /// Records an outcome (or clears it with `nil`).
  mutating func set(outcome: ClaimOutcome?, resolvedOn date: CalendarDate?) {
    outcomeKind = outcome?.kind
    outcomeAmount = outcome?.amount?.amount
    outcomeCurrency = outcome?.amount?.currency
    resolvedOn = date?.description
  }

  /// The claim this row holds.
  func claim() throws(ClaimError) -> Claim {
    let column = ColumnReader(table: Self.databaseTableName, id: id ?? 0)
    var outcome: ClaimOutcome?
    if let outcomeKind {
      let money = outcomeAmount.map { Money(amount: $0, currency: outcomeCurrency) }
      guard let parsed = ClaimOutcome(kind: outcomeKind, amount: money) else {
        throw column.corrupt(CodingKeys.outcomeKind)
      }
      outcome = parsed
    }
    var asSold: [ListingSpec]?
    if let listingAsSold {
      guard let specs = try? JSONDecoder().decode([ListingSpec].self, from: Data(listingAsSold.utf8)) else {
        throw column.corrupt(CodingKeys.listingAsSold)
      }
      asSold = specs
    }
    var listing = ClaimListing(
      title: listingTitle, url: listingURL, sellerName: sellerName, sellerID: sellerID,
      terms: ClaimTerms(
        freeReturns: freeReturns, returnWindowDays: returnWindowDays, buyerProtectionDays: buyerProtectionDays),
      savedPage: savedPage)
    listing.asSold = asSold
    return Claim(
      id: id ?? 0,
      createdOn: try column.date(createdOn, CodingKeys.createdOn),
      platform: platform,
      orderNumber: orderNumber,
      orderDate: try column.date(orderDate, CodingKeys.orderDate),
      pricePaid: Money(amount: priceAmount, currency: priceCurrency),
      paymentMethod: try column.value(paymentMethod, CodingKeys.paymentMethod),
      trackingNumber: trackingNumber,
      shippedOn: try column.optionalDate(shippedOn, CodingKeys.shippedOn),
      receivedOn: try column.optionalDate(receivedOn, CodingKeys.receivedOn),
      problem: try column.value(problem, CodingKeys.problem),
      description: description,
      listing: listing,
      disputeDeadline: try column.optionalDate(disputeDeadline, CodingKeys.disputeDeadline),
      buyerCountry: buyerCountry,
      withdrawalInfoMissing: withdrawalInfoMissing,
      state: try column.value(state, CodingKeys.state),
      outcome: outcome,
      resolvedOn: try column.optionalDate(resolvedOn, CodingKeys.resolvedOn))
  }

  /// The saved page, when the row records one whole.
  private var savedPage: SavedPage? {
    guard let listingPagePath, let listingPageSize, let listingPageSHA256 else { return nil }
    let bytes = [UInt8](listingPagePath)
    return SavedPage(
      pathBytes: bytes, displayPath: String(decoding: bytes, as: UTF8.self), size: listingPageSize,
      sha256: listingPageSHA256)
  }

  /// A seller's name as matched: lowercase, runs of spaces as one.
  static func sellerKey(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

import CaveatCore

/// A claim about to be opened: what the saved listing page showed (site, title, address,
/// seller, return terms, price), which the shopper's own values override.
public struct NewClaim: Sendable, Hashable {
  /// The marketplace, as the page's site or the shopper names it.
  public var platform: String?
  /// The listing snapshot the claim keeps.
  public var listing: ClaimListing
  /// The price the page showed.
  public var pagePrice: Money?

  /// A claim typed by hand, with nothing from a page.
  public init(platform: String? = nil, listing: ClaimListing = ClaimListing(), pagePrice: Money? = nil) {
    self.platform = platform
    self.listing = listing
    self.pagePrice = pagePrice
  }

  /// A claim from a vetted listing page: its site, title, address, seller, terms and price.
  public init(report: VetReport) {
    let page = report.listing
    self.init(
      platform: report.site,
      listing: ClaimListing(
        title: page.title, url: page.url, sellerName: page.seller.name, sellerID: page.seller.id,
        terms: ClaimTerms(
          freeReturns: page.terms.freeReturns, returnWindowDays: page.terms.returnWindowDays,
          buyerProtectionDays: page.terms.buyerProtectionDays)),
      pagePrice: page.price)
    listing.asSold = page.specs
  }

  /// The page's price when it shows one (more than zero).
  public var shownAmount: Double? {
    guard let pagePrice, pagePrice.amount > 0 else { return nil }
    return pagePrice.amount
  }

  /// Replaces the page's values with those the shopper gave.
  public mutating func override(platform: String?, title: String?, sellerName: String?, sellerID: String?) {
    if let platform { self.platform = platform }
    if let title { listing.title = title }
    if let sellerName { listing.sellerName = sellerName }
    if let sellerID { listing.sellerID = sellerID }
  }

  /// The open claim, its platform lowercased; the currency is the page's unless given.
  public func claim(
    createdOn: CalendarDate, orderNumber: String, orderDate: CalendarDate, amountPaid: Double, currency: String?,
    paymentMethod: PaymentMethod, trackingNumber: String?, shippedOn: CalendarDate?, receivedOn: CalendarDate?,
    problem: ProblemKind, description: String, disputeDeadline: CalendarDate?, buyerCountry: String?
  ) -> Claim {
    Claim(
      createdOn: createdOn, platform: (platform ?? "").lowercased(), orderNumber: orderNumber,
      orderDate: orderDate, pricePaid: Money(amount: amountPaid, currency: currency ?? pagePrice?.currency),
      paymentMethod: paymentMethod, trackingNumber: trackingNumber, shippedOn: shippedOn, receivedOn: receivedOn,
      problem: problem, description: description, listing: listing, disputeDeadline: disputeDeadline,
      buyerCountry: buyerCountry)
  }
}

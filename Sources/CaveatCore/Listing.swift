/// Everything a saved product page says about one listing.
///
/// Every leaf is optional: a value the page does not hold stays `nil` and its JSON path is
/// reported as missing by ``ListingField``. Nested groups (`rating`, `seller`, `terms`,
/// `shipping`) are always present so that their fields can be filled one by one from
/// different extractors.
public struct Listing: Sendable, Codable, Hashable {
  /// The product title as the page shows it.
  public var title: String?
  /// The canonical product URL.
  public var url: String?
  /// The marketplace's product identifier (AliExpress item id, Amazon ASIN, eBay item number).
  public var productId: String?
  /// The breadcrumb trail, broadest first.
  public var category: [String]?
  /// The price a shopper pays for the cheapest variant shown.
  public var price: Money?
  /// The list or "was" price the page compares the price with.
  public var originalPrice: Money?
  /// Prices the page shows beside ``price`` that not every shopper pays, or that are only part
  /// of it: a discount for paying by Pix, a first-order price for new shoppers, one instalment
  /// of a card payment. Kept here, never in ``price``; absent when the page shows none.
  public var alternatePrices: [AlternatePrice]?
  /// The product's rating.
  public var rating: Rating
  /// The number of written reviews, where the page states it.
  public var reviewCount: Int?
  /// Units sold, as the page states it (a lower bound for "10,000+ sold").
  public var soldCount: Int?
  /// Whether ``soldCount`` is a lower bound ("10,000+ sold").
  public var soldCountIsLowerBound: Bool?
  /// The review texts shown on the page itself.
  public var reviews: [Review]?
  /// Short notices the page shows about its reviews (section headings, "reviews from other
  /// sellers", "ratings for all variants"), kept so the scorer can tell whose reviews they are.
  public var reviewNotes: [String]?
  /// The seller or store.
  public var seller: Seller
  /// Returns and buyer protection.
  public var terms: Terms
  /// Shipping origin, delay and cost.
  public var shipping: Shipping
  /// What the listing promises: its specifications (size, material, contents, power, …) as the
  /// page lists them, in page order; absent when the page shows none.
  public var specs: [ListingSpec]?
  /// The listing's own description text, on one line, cut at 1,000 characters; absent when the
  /// page shows none that could be read.
  public var description: String?

  /// Creates an empty listing.
  public init() {
    rating = Rating()
    seller = Seller()
    terms = Terms()
    shipping = Shipping()
  }
}

/// An amount of money in an ISO 4217 currency.
public struct Money: Sendable, Codable, Hashable {
  /// The amount, in the currency's main unit (dollars, not cents).
  public var amount: Double
  /// The ISO 4217 code, or `nil` when the page's symbol is ambiguous.
  public var currency: String?

  /// Creates an amount of money.
  public init(amount: Double, currency: String?) {
    self.amount = amount
    self.currency = currency
  }
}

/// A price the page shows for the listing under a condition (see ``Listing/alternatePrices``).
public struct AlternatePrice: Sendable, Codable, Hashable {
  /// What the condition is.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// Paying by Pix, the Brazilian instant transfer ("R$ 1.172,83 no Pix").
    case pix
    /// One payment of several ("10x de R$ 123,46 sem juros"); see ``AlternatePrice/instalments``.
    case instalment
    /// A first-order or new-account price ("Welcome deal", "新人价").
    case newShopper
  }

  /// What the condition is.
  public var kind: Kind
  /// The amount shown.
  public var price: Money
  /// For an instalment: how many payments of ``price`` the page names, when it does.
  public var instalments: Int?

  /// Creates a conditional price.
  public init(kind: Kind, price: Money, instalments: Int? = nil) {
    self.kind = kind
    self.price = price
    self.instalments = instalments
  }
}

/// A product's star rating.
public struct Rating: Sendable, Codable, Hashable {
  /// The average, in stars out of 5.
  public var average: Double?
  /// The number of ratings the average stands on.
  public var count: Int?
  /// Ratings per star, keyed "1" to "5", where the page gives counts.
  public var histogram: [String: Int]?
  /// Share of ratings per star in percent, keyed "1" to "5", where the page gives only
  /// percentages (Amazon): counts derived from them would be estimates, so they stay here.
  public var histogramPercent: [String: Double]?

  /// Creates an empty rating.
  public init(
    average: Double? = nil, count: Int? = nil, histogram: [String: Int]? = nil,
    histogramPercent: [String: Double]? = nil
  ) {
    self.average = average
    self.count = count
    self.histogram = histogram
    self.histogramPercent = histogramPercent
  }
}

/// One review as the page shows it.
public struct Review: Sendable, Codable, Hashable {
  /// Stars given, 1 to 5.
  public var stars: Double?
  /// The review text.
  public var text: String?
  /// The date of the review.
  public var date: CalendarDate?
  /// The reviewer's display name.
  public var author: String?
  /// The reviewer's country, as shown.
  public var country: String?
  /// The number of photos attached.
  public var photos: Int?
  /// The variant bought ("Color: Black, Size: M").
  public var variant: String?

  /// Creates a review.
  public init(
    stars: Double? = nil, text: String? = nil, date: CalendarDate? = nil, author: String? = nil,
    country: String? = nil, photos: Int? = nil, variant: String? = nil
  ) {
    self.stars = stars
    self.text = text
    self.date = date
    self.author = author
    self.country = country
    self.photos = photos
    self.variant = variant
  }
}

/// The seller or store behind a listing.
public struct Seller: Sendable, Codable, Hashable {
  /// The store's name.
  public var name: String?
  /// The marketplace's identifier for the store.
  public var id: String?
  /// The store's page.
  public var url: String?
  /// The store's share of positive feedback, in percent (never a product's figure).
  public var positiveFeedbackPercent: Double?
  /// How many ratings the positive-feedback share stands on, where the page says.
  public var feedbackCount: Int?
  /// Followers of the store.
  public var followers: Int?
  /// The day the store opened.
  public var openedOn: CalendarDate?
  /// Where the seller is based.
  public var country: String?
  /// Badges the page shows ("Top Brand", "Choice", …).
  public var badges: [String]?
  /// Detailed seller ratings.
  public var ratings: SellerRatings
  /// The store's own star rating and the number of ratings it stands on, where the page shows
  /// one for the whole store (an Etsy shop's reviews); never the item's rating.
  public var rating: Rating?

  /// Creates an empty seller.
  public init() { ratings = SellerRatings() }
}

/// Detailed seller ratings, out of 5.
public struct SellerRatings: Sendable, Codable, Hashable {
  /// "Item as described".
  public var asDescribed: Double?
  /// "Communication".
  public var communication: Double?
  /// "Shipping speed".
  public var shipping: Double?

  /// Creates empty ratings.
  public init(asDescribed: Double? = nil, communication: Double? = nil, shipping: Double? = nil) {
    self.asDescribed = asDescribed
    self.communication = communication
    self.shipping = shipping
  }
}

/// Return and buyer-protection terms.
public struct Terms: Sendable, Codable, Hashable {
  /// Whether returns are free; `nil` when the page does not say.
  public var freeReturns: Bool?
  /// Days after delivery in which a return is accepted.
  public var returnWindowDays: Int?
  /// Days of the platform's buyer protection.
  public var buyerProtectionDays: Int?
  /// Who pays return shipping.
  public var returnShippingPaidBy: Party?
  /// The page's own sentences about returns and protection.
  public var texts: [String]?

  /// Creates empty terms.
  public init() {}
}

/// A party to a sale.
public enum Party: String, Sendable, Codable, Hashable {
  /// The shopper.
  case buyer
  /// The seller.
  case seller
}

/// Shipping facts.
public struct Shipping: Sendable, Codable, Hashable {
  /// Where the item ships from.
  public var from: String?
  /// Fewest days to delivery.
  public var minDays: Int?
  /// Most days to delivery.
  public var maxDays: Int?
  /// Shipping cost (0 when free).
  public var cost: Money?

  /// Creates empty shipping facts.
  public init() {}
}

/// One line of a listing's specifications ("Material: stainless steel").
public struct ListingSpec: Sendable, Codable, Hashable {
  /// The name as the page writes it ("Matière", "Abmessungen").
  public var name: String
  /// The value as the page writes it.
  public var value: String
  /// The normalised key when the name is recognised: `material`, `size`, `weight`, `power` or
  /// `contents`.
  public var key: String?

  /// Creates a spec line.
  public init(name: String, value: String, key: String? = nil) {
    self.name = name
    self.value = value
    self.key = key
  }
}

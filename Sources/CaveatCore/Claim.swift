/// A shopper's claim about one damaged, defective or missing order.
///
/// Dates are calendar dates in the shopper's time zone. The listing fields are a snapshot taken
/// when the claim is opened, so that later changes to the page do not change the record.
public struct Claim: Sendable, Codable, Hashable {
  /// The store's identifier; `nil` until the claim is stored.
  public var id: Int64?
  /// The day the claim was opened.
  public var createdOn: CalendarDate
  /// The marketplace ("aliexpress", "amazon", …), lowercase.
  public var platform: String
  /// The order number as the marketplace shows it.
  public var orderNumber: String
  /// The day the order was placed and paid.
  public var orderDate: CalendarDate
  /// What was paid for the order, shipping included.
  public var pricePaid: Money
  /// How the order was paid.
  public var paymentMethod: PaymentMethod
  /// The carrier's tracking number, if any.
  public var trackingNumber: String?
  /// The day the seller shipped, if known (buyer protection counts from it).
  public var shippedOn: CalendarDate?
  /// The day the parcel was received; `nil` when it never arrived.
  public var receivedOn: CalendarDate?
  /// What is wrong.
  public var problem: ProblemKind
  /// The shopper's own description of the problem.
  public var description: String
  /// The listing as it was when bought.
  public var listing: ClaimListing
  /// A dispute deadline read by the shopper from the order page's countdown; it overrides the
  /// platform's default window.
  public var disputeDeadline: CalendarDate?
  /// The shopper's country (ISO 3166-1 alpha-2, "FR"), which decides whether EU or French
  /// consumer law may apply.
  public var buyerCountry: String?
  /// Whether the buyer records that the trader never gave the information on the right of
  /// withdrawal; in the EU it extends the 14-day withdrawal period by 12 months. `nil`: not said.
  public var withdrawalInfoMissing: Bool?
  /// Where the claim stands.
  public var state: ClaimState
  /// How the claim ended; `nil` while it is open.
  public var outcome: ClaimOutcome?
  /// The day the outcome was recorded.
  public var resolvedOn: CalendarDate?

  /// Creates an open claim.
  public init(
    id: Int64? = nil, createdOn: CalendarDate, platform: String, orderNumber: String,
    orderDate: CalendarDate, pricePaid: Money, paymentMethod: PaymentMethod,
    trackingNumber: String? = nil, shippedOn: CalendarDate? = nil, receivedOn: CalendarDate? = nil,
    problem: ProblemKind, description: String, listing: ClaimListing = ClaimListing(),
    disputeDeadline: CalendarDate? = nil, buyerCountry: String? = nil, withdrawalInfoMissing: Bool? = nil,
    state: ClaimState = .open, outcome: ClaimOutcome? = nil, resolvedOn: CalendarDate? = nil
  ) {
    self.id = id
    self.createdOn = createdOn
    self.platform = platform
    self.orderNumber = orderNumber
    self.orderDate = orderDate
    self.pricePaid = pricePaid
    self.paymentMethod = paymentMethod
    self.trackingNumber = trackingNumber
    self.shippedOn = shippedOn
    self.receivedOn = receivedOn
    self.problem = problem
    self.description = description
    self.listing = listing
    self.disputeDeadline = disputeDeadline
    self.buyerCountry = buyerCountry
    self.withdrawalInfoMissing = withdrawalInfoMissing
    self.state = state
    self.outcome = outcome
    self.resolvedOn = resolvedOn
  }
}

/// The listing facts a claim keeps from the page the order was placed on.
public struct ClaimListing: Sendable, Codable, Hashable {
  /// The product title.
  public var title: String?
  /// The product page's address.
  public var url: String?
  /// The store's name.
  public var sellerName: String?
  /// The marketplace's identifier for the store.
  public var sellerID: String?
  /// The return and protection terms the page showed.
  public var terms: ClaimTerms
  /// The saved page file the claim was opened from, with its fingerprint, so that an export can
  /// include it as it was.
  public var savedPage: SavedPage?
  /// What the page promised, "as sold": its specifications (size, material, contents, power,
  /// …), kept for a not-as-described claim; absent when the page listed none.
  public var asSold: [ListingSpec]?

  /// Creates a listing snapshot.
  public init(
    title: String? = nil, url: String? = nil, sellerName: String? = nil, sellerID: String? = nil,
    terms: ClaimTerms = ClaimTerms(), savedPage: SavedPage? = nil
  ) {
    self.title = title
    self.url = url
    self.sellerName = sellerName
    self.sellerID = sellerID
    self.terms = terms
    self.savedPage = savedPage
  }
}

/// A saved product page as it was when the claim was opened: where it is and its fingerprint.
public struct SavedPage: Sendable, Codable, Hashable {
  /// The absolute path exactly as the file system knows it (not necessarily UTF-8).
  public var pathBytes: [UInt8]
  /// The path for display (invalid UTF-8 replaced).
  public var displayPath: String
  /// Its size in bytes.
  public var size: Int64
  /// Lowercase hex SHA-256 of its content.
  public var sha256: String

  /// Creates a saved-page record.
  public init(pathBytes: [UInt8], displayPath: String, size: Int64, sha256: String) {
    self.pathBytes = pathBytes
    self.displayPath = displayPath
    self.size = size
    self.sha256 = sha256
  }
}

/// The page's own return and protection terms; each overrides the platform default it names.
public struct ClaimTerms: Sendable, Codable, Hashable {
  /// Whether the page promised free returns.
  public var freeReturns: Bool?
  /// Days after delivery in which the page accepts a return.
  public var returnWindowDays: Int?
  /// Days of buyer protection the page promised, counted from shipment.
  public var buyerProtectionDays: Int?

  /// Creates terms.
  public init(freeReturns: Bool? = nil, returnWindowDays: Int? = nil, buyerProtectionDays: Int? = nil) {
    self.freeReturns = freeReturns
    self.returnWindowDays = returnWindowDays
    self.buyerProtectionDays = buyerProtectionDays
  }
}

/// How an order was paid; it decides refund delays and the payment provider's own deadlines.
public enum PaymentMethod: String, Sendable, Codable, Hashable, CaseIterable {
  /// A credit or debit card (chargeback rights).
  case card
  /// PayPal (PayPal Buyer Protection).
  case paypal
  /// The marketplace's own balance or bonus account.
  case platformBalance
  /// Anything else.
  case other
}

/// What is wrong with an order.
public enum ProblemKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// Broken or damaged in transit.
  case damaged
  /// Does not work.
  case defective
  /// Differs from the listing.
  case notAsDescribed
  /// Differs from the listing in size.
  case wrongSize
  /// Parts or accessories are missing.
  case missingParts
  /// Another item was sent.
  case wrongItem
  /// Never arrived.
  case notReceived
}

/// Where a claim stands, in the order a claim normally moves through.
public enum ClaimState: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
  /// Opened, nobody contacted yet.
  case open
  /// The seller has been written to.
  case sellerContacted
  /// Platform support has been asked to step in.
  case escalated
  /// A formal dispute is open.
  case disputeOpened
  /// The item is on its way back to the seller.
  case returnShipped
  /// Settled; see the outcome.
  case resolved

  /// The position of the state in the normal progression.
  public var rank: Int {
    switch self {
    case .open: 0
    case .sellerContacted: 1
    case .escalated: 2
    case .disputeOpened: 3
    case .returnShipped: 4
    case .resolved: 5
    }
  }

  /// Orders states by their progression.
  public static func < (lhs: ClaimState, rhs: ClaimState) -> Bool { lhs.rank < rhs.rank }
}

/// How a claim ended.
public enum ClaimOutcome: Sendable, Hashable, Codable {
  /// The whole price came back.
  case fullRefund
  /// Part of the price came back and the shopper kept the item.
  case partialRefund(Money)
  /// The item was replaced.
  case exchange
  /// The claim was refused.
  case noRefund
  /// The shopper dropped the claim.
  case withdrawn

  /// A stable name for the kind of outcome ("partialRefund").
  public var kind: String {
    switch self {
    case .fullRefund: "fullRefund"
    case .partialRefund: "partialRefund"
    case .exchange: "exchange"
    case .noRefund: "noRefund"
    case .withdrawn: "withdrawn"
    }
  }

  /// The amount of a partial refund.
  public var amount: Money? {
    if case .partialRefund(let money) = self { return money }
    return nil
  }

  /// Rebuilds an outcome from its kind and, for a partial refund, its amount; `nil` otherwise.
  public init?(kind: String, amount: Money?) {
    switch kind {
    case "fullRefund": self = .fullRefund
    case "exchange": self = .exchange
    case "noRefund": self = .noRefund
    case "withdrawn": self = .withdrawn
    case "partialRefund":
      guard let amount else { return nil }
      self = .partialRefund(amount)
    default: return nil
    }
  }

  private enum CodingKeys: String, CodingKey { case kind, amount }

  /// Decodes `{"kind": "partialRefund", "amount": {…}}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    let amount = try container.decodeIfPresent(Money.self, forKey: .amount)
    guard let outcome = ClaimOutcome(kind: kind, amount: amount) else {
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: "Unknown outcome '\(kind)' or missing amount")
    }
    self = outcome
  }

  /// Encodes as `{"kind": …, "amount": …}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(amount, forKey: .amount)
  }
}

/// One thing that happened in a claim.
public struct ClaimEvent: Sendable, Codable, Hashable {
  /// The store's identifier; `nil` until stored.
  public var id: Int64?
  /// The claim it belongs to.
  public var claimID: Int64
  /// What happened.
  public var kind: ClaimEventKind
  /// When it happened.
  public var date: CalendarDate
  /// Free text: what was said, offered or agreed.
  public var note: String
  /// An amount offered or received, where the event has one.
  public var amount: Money?

  /// Creates an event.
  public init(
    id: Int64? = nil, claimID: Int64, kind: ClaimEventKind, date: CalendarDate, note: String = "",
    amount: Money? = nil
  ) {
    self.id = id
    self.claimID = claimID
    self.kind = kind
    self.date = date
    self.note = note
    self.amount = amount
  }
}

/// The kinds of claim events.
public enum ClaimEventKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// The shopper wrote to the seller.
  case sellerContacted
  /// The seller answered.
  case sellerReplied
  /// The seller or platform offered a settlement.
  case offerReceived
  /// A return was agreed (the return shipment clock starts).
  case returnAgreed
  /// Platform support was asked to step in.
  case escalated
  /// A dispute was opened on the platform.
  case disputeOpened
  /// A dispute or chargeback was opened with PayPal or the card issuer.
  case paymentDisputeOpened
  /// A PayPal dispute was escalated to a claim.
  case paymentDisputeEscalated
  /// The item was sent back.
  case returnShipped
  /// Money arrived.
  case refundReceived
  /// The claim was settled (recorded by resolve).
  case resolved
  /// Anything else worth keeping.
  case note
}

/// A file kept as evidence for a claim.
public struct Evidence: Sendable, Codable, Hashable {
  /// The store's identifier; `nil` until stored.
  public var id: Int64?
  /// The claim it belongs to.
  public var claimID: Int64
  /// The path exactly as the file system knows it (not necessarily UTF-8).
  public var pathBytes: [UInt8]
  /// The path for display (invalid UTF-8 replaced).
  public var displayPath: String
  /// Size in bytes when added.
  public var size: Int64
  /// The type sniffed from the content.
  public var kind: EvidenceKind
  /// Lowercase hex SHA-256 of the content when added.
  public var sha256: String
  /// The day it was added.
  public var addedOn: CalendarDate
  /// What it shows.
  public var note: String

  /// Creates an evidence record.
  public init(
    id: Int64? = nil, claimID: Int64, pathBytes: [UInt8], displayPath: String, size: Int64,
    kind: EvidenceKind, sha256: String, addedOn: CalendarDate, note: String = ""
  ) {
    self.id = id
    self.claimID = claimID
    self.pathBytes = pathBytes
    self.displayPath = displayPath
    self.size = size
    self.kind = kind
    self.sha256 = sha256
    self.addedOn = addedOn
    self.note = note
  }
}

/// The type of an evidence file, as its first bytes say.
public enum EvidenceKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// JPEG image.
  case jpeg
  /// PNG image.
  case png
  /// GIF image.
  case gif
  /// WebP image.
  case webp
  /// HEIC/HEIF image.
  case heic
  /// MPEG-4 video.
  case mp4
  /// QuickTime video.
  case mov
  /// PDF document.
  case pdf
  /// ZIP archive.
  case zip
  /// Plain text (UTF-8).
  case text
  /// Anything else, including an empty file.
  case other

  /// Whether the file is a photo.
  public var isImage: Bool { [.jpeg, .png, .gif, .webp, .heic].contains(self) }
  /// Whether the file is a video.
  public var isVideo: Bool { self == .mp4 || self == .mov }
}

import CaveatCore
import Foundation

/// What the ranker keeps in memory for one page: the few figures that sort, group and filter,
/// and where its full report waits on disk. Reports themselves are spilled to a temporary file,
/// so memory stays bounded whatever the number of pages.
public struct RankSummary: Sendable, Hashable {
  /// Position in the input order.
  public var index: Int
  /// The file, escaped for display.
  public var file: String
  /// SHA-256 of the file (hex).
  public var sha256: String {
    get { fingerprint.text }
    set { fingerprint = Fingerprint(newValue) }
  }
  /// Site id.
  public var site: String
  /// Product id, if any.
  public var productId: String?
  /// Normalised title, for grouping pages without a product id (empty on pages that have one).
  public var titleKey: String
  /// Seller name.
  public var seller: String?
  /// Price and currency.
  public var price: Money?
  /// Average rating and its count, and the histogram (1★ first), for the batch prior.
  public var ratingAverage: Double?
  /// See ``ratingAverage``.
  public var ratingCount: Int?
  /// See ``ratingAverage``.
  public var histogram: [Int]? {
    get { stars?.counts }
    set { stars = newValue.map(StarCounts.init) }
  }
  /// Whether the page was partial.
  public var partial: Bool
  /// Score and verdict, once assessed.
  public var score: Int = 0
  /// See ``score``.
  public var verdict: Verdict = .insufficientData
  /// The page's flags, then those only the batch shows (`price-too-good` against the other
  /// offers of the same product), which `--only` filters on.
  public var flags: [String] = []
  /// The figure "in this batch" (with the batch's rating prior and offers), which orders ties.
  public var batchScore: Int?
  /// The price in the display currency, when it could be converted.
  public var displayPrice: Double?
  /// Positive feedback, for sorting by seller.
  public var sellerFeedback: Double?
  /// The group of offers for the same product (several sellers), if any.
  public var group: String?
  /// Where the report (as read, without its assessment) is in the spill file.
  var offset: UInt64 = 0
  var length: Int = 0
  /// Where the report's assessment is in the spill file of assessments.
  var assessmentOffset: UInt64 = 0
  var assessmentLength: Int = 0
  /// The digest, kept as 32 bytes rather than 64 characters of text: a batch holds one
  /// summary per page, so every byte here counts ten thousand times.
  private(set) var fingerprint: Fingerprint
  /// The histogram, kept in line.
  private var stars: StarCounts?

  /// Creates a summary.
  init(
    index: Int, file: String, sha256: String, site: String, productId: String?, titleKey: String, seller: String?,
    price: Money?, ratingAverage: Double?, ratingCount: Int?, histogram: [Int]?, partial: Bool,
    sellerFeedback: Double?
  ) {
    self.index = index
    self.file = file
    self.fingerprint = Fingerprint(sha256)
    self.site = site
    self.productId = productId
    self.titleKey = titleKey
    self.seller = seller
    self.price = price
    self.ratingAverage = ratingAverage
    self.ratingCount = ratingCount
    self.stars = histogram.map(StarCounts.init)
    self.partial = partial
    self.sellerFeedback = sellerFeedback
  }

  /// A SHA-256 digest: its 32 bytes when the text is 64 hex digits (always, for a page's own
  /// digest), the text itself otherwise.
  enum Fingerprint: Sendable, Hashable {
    case digest(UInt64, UInt64, UInt64, UInt64)
    case text(String)

    init(_ hex: String) {
      var words: [UInt64] = []
      var word: UInt64 = 0
      var digits = 0
      for byte in hex.utf8 {
        let value: UInt64
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
        default:
          self = .text(hex)
          return
        }
        word = word << 4 | value
        digits += 1
        if digits % 16 == 0 {
          words.append(word)
          word = 0
        }
      }
      guard digits == 64 else {
        self = .text(hex)
        return
      }
      self = .digest(words[0], words[1], words[2], words[3])
    }

    var text: String {
      switch self {
      case .text(let text): return text
      case .digest(let a, let b, let c, let d):
        return SHA256.lowercaseHex([a, b, c, d].flatMap { word in withUnsafeBytes(of: word.bigEndian) { Array($0) } })
      }
    }
  }

  /// Star counts, 1★ first: five in line, or whatever else was given.
  enum StarCounts: Sendable, Hashable {
    case five(Int, Int, Int, Int, Int)
    case other([Int])

    init(_ counts: [Int]) {
      self = counts.count == 5 ? .five(counts[0], counts[1], counts[2], counts[3], counts[4]) : .other(counts)
    }

    var counts: [Int] {
      switch self {
      case .five(let a, let b, let c, let d, let e): return [a, b, c, d, e]
      case .other(let counts): return counts
      }
    }
  }
}

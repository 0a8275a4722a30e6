import CaveatCore
import CaveatHTML

/// One marketplace's knowledge: how to recognise its pages and read what generic
/// structured data misses. Each site keeps its rules in one file under `Sites/`; adding a site
/// is adding a type here and to ``SiteRegistry/all``.
protocol SiteRules: Sendable {
  /// The report's `site` value.
  var id: String { get }
  /// Host names (or their suffixes) that belong to the site: "aliexpress.com".
  var hosts: [String] { get }
  /// Substrings of script bodies the site's page-state reader needs.
  var scriptMarkers: [String] { get }
  /// Whether the page is this site's, when no URL names it.
  func recognizes(_ page: PageContext) -> Bool
  /// The ISO code a bare "$" (or "¥") means on this host.
  func currencyHints(host: String?) -> CurrencyHints
  /// Site-specific candidates, best first.
  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate]
  /// A chance to tidy the merged listing (strip a site suffix from titles, …).
  func finish(_ listing: inout Listing, page: PageContext)
}

/// What bare currency symbols mean on one site.
struct CurrencyHints: Sendable {
  var dollar: String?
  var yen: String?
  static let none = CurrencyHints(dollar: nil, yen: nil)
}

extension SiteRules {
  func currencyHints(host: String?) -> CurrencyHints { .none }
  func finish(_ listing: inout Listing, page: PageContext) {}
}

/// The known sites, and how a page is matched to one.
enum SiteRegistry {
  static let all: [any SiteRules] = [
    AliExpressRules(), AmazonRules(), EbayRules(), BestBuyRules(), TaobaoRules.taobao, TaobaoRules.tmall, EtsyRules(),
  ]

  /// Every script marker any site needs.
  static var scriptInterest: ScriptInterest {
    ScriptInterest(
      types: ["ld+json"],
      markers: all.flatMap(\.scriptMarkers) + AntiBotDetector.scriptMarkers)
  }

  /// The host part of a URL, lowercased.
  static func host(of url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    let rest = url[schemeEnd.upperBound...]
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let hostPort = authority.split(separator: "@").last ?? authority
    let host = hostPort.split(separator: ":").first.map { $0.lowercased() }
    return host?.isEmpty == false ? host : nil
  }

  /// The site a page belongs to: by the first URL naming a known host, else by page markers.
  static func site(for page: PageContext) -> (rules: (any SiteRules)?, host: String?) {
    for url in page.urls {
      guard let host = host(of: url) else { continue }
      for rules in all
      where rules.hosts.contains(where: {
        host == $0 || host.hasSuffix("." + $0) || host.contains("." + $0 + ".") || host.hasPrefix($0 + ".")
      }) {
        return (rules, host)
      }
    }
    for rules in all where rules.recognizes(page) { return (rules, nil) }
    return (nil, page.urls.lazy.compactMap(host(of:)).first)
  }
}

import CaveatCore
import CaveatHTML

/// What every extractor sees of one parsed page.
///
/// Not `Sendable`: it holds the live document. It exists only inside the call that parsed the
/// page.
final class PageContext {
  let document: HTMLDocument
  let scripts: [PageScript]
  /// URLs the page names for itself: MHTML location, "saved from" comment, canonical link,
  /// og:url, in that order.
  var urls: [String]
  var warnings: [String] = []
  /// Whether common queries are answered from the element index (the default) rather than by
  /// libxml2's XPath; both give the same answers.
  var useIndex = true

  init(document: HTMLDocument, scripts: [PageScript], urls: [String]) {
    self.document = document
    self.scripts = scripts
    self.urls = urls
  }

  /// Nodes matching `expression`; a malformed expression is a bug in a rule, reported as a
  /// warning rather than a crash so one bad rule never loses the rest of the page.
  func select(_ expression: String, in node: HTMLNode? = nil) -> [HTMLNode] {
    do {
      if useIndex {
        if let plan = IndexedQuery.plan(expression), let nodes = try plan.run(index: index, context: node) {
          return nodes
        }
        let parts = IndexedQuery.unionParts(expression)
        if parts.count > 1, let merged = union(parts, in: node) { return merged }
      }
      return try node.map { try $0.select(expression) } ?? document.select(expression)
    } catch {
      warnings.append("internal: invalid XPath \(expression)")
      return []
    }
  }

  /// A union answered part by part and merged in document order; nil when a part yields a
  /// node the index does not order (text, comments).
  private func union(_ parts: [String], in node: HTMLNode?) -> [HTMLNode]? {
    _ = index
    var seen = Set<Int>()
    var merged: [(Int, HTMLNode)] = []
    for part in parts {
      for match in select(part, in: node) {
        guard let order = match.documentOrder else { return nil }
        if seen.insert(order).inserted { merged.append((order, match)) }
      }
    }
    return merged.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// The first node matching `expression`.
  func first(_ expression: String, in node: HTMLNode? = nil) -> HTMLNode? {
    select(expression, in: node).first
  }

  /// The first element after `node` and outside it whose tag is one of `tags` (lower case): XPath
  /// `following::*[self::a or self::b][1]`, answered from the element index.
  func firstFollowing(_ node: HTMLNode, tags: [String]) -> HTMLNode? {
    if useIndex, index.holds(node) { return index.firstFollowing(node, tags: tags) }
    let test = tags.map { "self::\($0)" }.joined(separator: " or ")
    return first("following::*[\(test)][1]", in: node)
  }

  /// The collapsed text of the first node matching `expression`, or nil when empty.
  func text(_ expression: String, in node: HTMLNode? = nil) -> String? {
    guard let text = first(expression, in: node)?.text, !text.isEmpty else { return nil }
    return text
  }

  /// The walks ``GenericReader/isChrome(_:in:)`` has made, by the document order of the
  /// element each started from.
  var chromeWalks: [Int: ChromeWalk] = [:]
  /// For ``GenericSocialProof``, by document order: how many steps up from an element the first
  /// block of other products or reviews lies (-1: none below the body), each element's
  /// statement block, and element texts already gathered.
  var foreignDistances: [Int: Int] = [:]
  var statementBlocks: [Int: HTMLNode] = [:]
  var elementTexts: [Int: String] = [:]
  /// Whether each element (by document order) is a short line a statement block may grow to.
  var shortLines: [Int: Bool] = [:]

  /// Elements by id, class and attribute, built on first use.
  lazy var index = ElementIndex(document: document)

  /// How many of the body's texts the generic readers look at: a shop page has a few thousand;
  /// a page of 50,000 reviews is read as far as a very large ordinary page goes, so its cost
  /// stays bounded.
  static let bodyTextLimit = 20_000

  /// The body's non-blank text nodes in document order (at most ``bodyTextLimit``, the first),
  /// each with its collapsed text: found once and shared by the readers that scan the page's
  /// words (seller labels, return terms, star histograms, review cards, social proof).
  lazy var bodyTexts: [(node: HTMLNode, text: String)] = {
    // One body, walked natively; anything else (no body, or several) as XPath has it.
    let bodies = select("//body")
    if useIndex, bodies.count == 1 { return bodies[0].nonBlankTexts(limit: Self.bodyTextLimit) }
    return select("//body//text()[normalize-space(.) != '']")
      .prefix(Self.bodyTextLimit).map { ($0, TextNormalizer.collapse($0.text)) }
  }()

  /// The collapsed non-blank texts under `node`, in document order (at most `limit`): XPath
  /// `.//text()[normalize-space(.) != '']`, walked natively on the fast path.
  func nonBlankTexts(in node: HTMLNode, limit: Int = .max) -> [String] {
    if useIndex { return node.nonBlankTexts(limit: limit).map(\.text) }
    return select(".//text()[normalize-space(.) != '']", in: node).prefix(limit).map {
      TextNormalizer.collapse($0.text)
    }
  }

  /// Elements with a class token starting with `prefix` (hashed CSS-module names such as
  /// `price-default--current--3KfnxCpY`: pass the prefix with its trailing `--`).
  func elements(classPrefix prefix: String, in root: HTMLNode? = nil) -> [HTMLNode] {
    let all = index.elements(classPrefix: prefix)
    guard let root else { return all }
    return all.filter { $0.isInside(root) }
  }

  /// Parses a price shown on the page; a reading that was a judgement call (an ambiguous
  /// separator, a bare "$") is reported as a warning instead of passing silently.
  func parsePrice(_ text: String, dollar: String?, yen: String? = nil) -> PriceText? {
    guard let price = CurrencyDetector.parsePrice(text, defaultDollar: dollar, defaultYen: yen) else { return nil }
    if let warning = price.warning {
      let line = "price \"\(text.prefix(40))\": \(warning)"
      if !warnings.contains(line) { warnings.append(line) }
    }
    return price
  }

  /// The JSON of every JSON-LD block that parses; a block that does not is reported.
  lazy var jsonLD: [JSONValue] = {
    var values: [JSONValue] = []
    for script in scripts where script.isJSONLD {
      let body = script.text.trimmingSpaces
      guard !body.isEmpty else { continue }
      do {
        values.append(try JSONReader.parse(body, keepBadNumbers: true))
      } catch {
        warnings.append("a JSON-LD block could not be read (\(error)); it was skipped")
      }
    }
    return values
  }()
}

/// An XPath test for an element whose class list holds `name` as a whole token.
func hasClass(_ name: String) -> String {
  "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
}

/// An XPath test for an element with a class token starting with `prefix` (hashed CSS-module
/// names such as `price-default--current--3KfnxCpY`).
func hasClassPrefix(_ prefix: String) -> String {
  "contains(concat(' ', normalize-space(@class)), ' \(prefix)')"
}

/// What the walk from an element up to the page's body finds: whether a `main` or `article`
/// element comes first (the product's own content), whether an element on the way is page
/// chrome, and how many elements the walk passes.
struct ChromeWalk {
  var insideContent: Bool
  var chrome: Bool
  var steps: Int
}

import CLibXML2
import CaveatCore
import Foundation

/// Answers the common shapes of site-rule XPath from the ``ElementIndex`` in Swift instead of
/// a libxml2 tree walk.
///
/// The first step of an expression, `//tag[predicate]` or `.//tag[predicate]`, is matched here
/// when its predicate is built from attribute tests (`@a='v'`, `@a`, `contains(@a, 'v')`,
/// `starts-with(@a, 'v')`, the class tests of ``hasClass(_:)`` and ``hasClassPrefix(_:)``,
/// `not(…)`, `and`, `or`); the rest of the path runs as XPath from each match, and a `(…)[n]`
/// wrapper picks the n-th result. Unions and positional predicates on the first step are left to
/// libxml2. Rules stay plain XPath, and the answers are the same either way: a test compares
/// both on every corpus page and fixture.
package struct IndexedQuery: Sendable {
  indirect enum Test: Sendable {
    case equals(attribute: [CChar], values: [[CChar]])
    case present(attribute: [CChar])
    case contains(attribute: [CChar], value: [CChar])
    case startsWith(attribute: [CChar], value: [CChar])
    case classToken(String)
    case classPrefix(String)
    case not(Test)
    case any([Test])
    case all([Test])
  }

  var relative: Bool
  var tag: String?
  var test: Test?
  /// The path after the first step ("" when none), run from each match as `self::*…`.
  var rest: String
  /// 1-based position from a `(…)[n]` wrapper.
  var position: Int?

  private static let classTokenLead = "contains(concat(' ', normalize-space(@class), ' '), ' "
  private static let classPrefixLead = "contains(concat(' ', normalize-space(@class)), ' "

  // MARK: Planning

  /// Plans already made: rules ask the same few dozen questions of every page.
  private static let plans = Locked<[String: IndexedQuery?]>([:])
  private static let unions = Locked<[String: [String]]>([:])

  /// A plan for `expression` (cached), or nil when libxml2 should evaluate it.
  package static func plan(_ expression: String) -> IndexedQuery? {
    if let cached = plans.withLock({ $0[expression] }) { return cached }
    let made = makePlan(expression)
    plans.withLock { $0[expression] = made }
    return made
  }

  /// The parts of a top-level union (one part when there is none), cached.
  package static func unionParts(_ expression: String) -> [String] {
    if let cached = unions.withLock({ $0[expression] }) { return cached }
    let parts = splitTopLevel(expression, "|").map { $0.trimmingCharacters(in: .whitespaces) }
    unions.withLock { $0[expression] = parts }
    return parts
  }

  private static func makePlan(_ expression: String) -> IndexedQuery? {
    var text = Substring(expression)
    var position: Int?
    if text.hasPrefix("(") {
      guard let close = matching(text, from: text.startIndex, "(", ")") else { return nil }
      let tail = text[text.index(after: close)...]
      guard tail.hasPrefix("["), tail.hasSuffix("]"), let value = Int(tail.dropFirst().dropLast()), value >= 1 else {
        return nil
      }
      position = value
      text = text[text.index(after: text.startIndex)..<close]
    }
    var relative = false
    if text.hasPrefix(".//") {
      relative = true
      text = text.dropFirst(3)
    } else if text.hasPrefix("//") {
      text = text.dropFirst(2)
    } else {
      return nil
    }
    let tagText = text.prefix { $0 == "*" || $0.isLetter || $0.isNumber || $0 == "-" }
    guard !tagText.isEmpty else { return nil }
    text = text.dropFirst(tagText.count)
    var tests: [Test] = []
    while text.hasPrefix("[") {
      guard let close = matching(text, from: text.startIndex, "[", "]") else { return nil }
      let predicate = String(text[text.index(after: text.startIndex)..<close])
      guard let test = parse(predicate) else { return nil }
      tests.append(test)
      text = text[text.index(after: close)...]
    }
    let rest = String(text)
    if tagText == "*" && tests.isEmpty { return nil }
    if containsTopLevelBar(rest) { return nil }
    if !rest.isEmpty, !rest.hasPrefix("/") { return nil }
    return IndexedQuery(
      relative: relative, tag: tagText == "*" ? nil : String(tagText),
      test: tests.isEmpty ? nil : (tests.count == 1 ? tests[0] : .all(tests)), rest: rest, position: position)
  }

  private static func parse(_ raw: String) -> Test? {
    let predicate = raw.trimmingCharacters(in: .whitespaces)
    if let first = predicate.first, first.isNumber { return nil }  // positional
    let ors = splitTopLevel(predicate, " or ")
    if ors.count > 1 {
      let parts = ors.compactMap(parse)
      return parts.count == ors.count ? .any(parts) : nil
    }
    let ands = splitTopLevel(predicate, " and ")
    if ands.count > 1 {
      let parts = ands.compactMap(parse)
      return parts.count == ands.count ? .all(parts) : nil
    }
    if predicate.hasPrefix(classTokenLead), predicate.hasSuffix(" ')") {
      let token = predicate.dropFirst(classTokenLead.count).dropLast(3)
      return token.isEmpty || token.contains("'") || token.contains(" ") ? nil : .classToken(String(token))
    }
    if predicate.hasPrefix(classPrefixLead), predicate.hasSuffix("')") {
      let prefix = predicate.dropFirst(classPrefixLead.count).dropLast(2)
      return prefix.isEmpty || prefix.contains("'") || prefix.contains(" ") ? nil : .classPrefix(String(prefix))
    }
    if predicate.hasPrefix("not("), predicate.hasSuffix(")"),
      let close = matching(Substring(predicate), from: predicate.index(predicate.startIndex, offsetBy: 3), "(", ")"),
      close == predicate.index(before: predicate.endIndex)
    {
      return parse(String(predicate.dropFirst(4).dropLast())).map { .not($0) }
    }
    for (function, make) in [
      ("contains(@", { (name: [CChar], value: [CChar]) in Test.contains(attribute: name, value: value) }),
      ("starts-with(@", { (name: [CChar], value: [CChar]) in Test.startsWith(attribute: name, value: value) }),
    ] where predicate.hasPrefix(function) && predicate.hasSuffix("')") {
      let inner = predicate.dropFirst(function.count).dropLast(2)
      guard let comma = inner.range(of: ", '") else { return nil }
      let name = inner[..<comma.lowerBound]
      let value = inner[comma.upperBound...]
      guard isName(name), !value.contains("'") else { return nil }
      return make(cString(name), cString(value))
    }
    if predicate.hasPrefix("@") {
      let body = predicate.dropFirst()
      if isName(body) { return .present(attribute: cString(body)) }
      guard let equals = body.range(of: "='"), body.hasSuffix("'") else { return nil }
      let name = body[..<equals.lowerBound]
      let value = body[equals.upperBound..<body.index(before: body.endIndex)]
      guard isName(name), !value.contains("'") else { return nil }
      return .equals(attribute: cString(name), values: [cString(value)])
    }
    return nil
  }

  private static func cString(_ text: Substring) -> [CChar] {
    Array(String(text).utf8CString)
  }

  private static func isName(_ text: Substring) -> Bool {
    !text.isEmpty
      && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":") }
  }

  static func splitTopLevel(_ text: String, _ separator: String) -> [String] {
    var parts: [String] = []
    var depth = 0
    var quote: Character?
    var current = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if quote == nil, depth == 0, text[index...].hasPrefix(separator) {
        parts.append(current)
        current = ""
        index = text.index(index, offsetBy: separator.count)
        continue
      }
      if let q = quote {
        if character == q { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "(" || character == "[" {
        depth += 1
      } else if character == ")" || character == "]" {
        depth -= 1
      }
      current.append(character)
      index = text.index(after: index)
    }
    parts.append(current)
    return parts
  }

  private static func matching(_ text: Substring, from open: Substring.Index, _ left: Character, _ right: Character)
    -> Substring.Index?
  {
    var depth = 0
    var quote: Character?
    var index = open
    while index < text.endIndex {
      let character = text[index]
      if let q = quote {
        if character == q { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == left {
        depth += 1
      } else if character == right {
        depth -= 1
        if depth == 0 { return index }
      }
      index = text.index(after: index)
    }
    return nil
  }

  private static func containsTopLevelBar(_ text: String) -> Bool {
    splitTopLevel(text, "|").count > 1
  }

  // MARK: Running

  /// Runs the plan; nil when libxml2 should answer (a relative query from a node the index
  /// does not hold).
  package func run(index: ElementIndex, context: HTMLNode?) throws(HTMLExtractionError) -> [HTMLNode]? {
    let (list, isIndexed) = candidates(index)
    // A tag's list (or every element) serves a relative query too: the context's subtree is one
    // slice of it. A context the index does not hold (no slice) is left to libxml2.
    if relative, let context, !isIndexed, index.descendantOrders(of: context) == nil { return nil }
    var entries = ArraySlice(list)
    // Candidates are in document order and a subtree's elements are consecutive orders, so the
    // ones inside the context are one slice, found by binary search.
    let inside = relative ? context.flatMap { index.descendantOrders(of: $0) } : nil
    if let inside { entries = Self.slice(list, orders: inside) }
    if let tag { entries = entries.filter { Self.hasName($0.node, tag) }[...] }
    if let test { entries = entries.filter { Self.matches($0.node, test) }[...] }
    var matches = entries.map { HTMLNode(document: index.document, pointer: $0.node) }
    if relative, inside == nil, let context {
      matches = matches.filter { !$0.isSame(as: context) && $0.isInside(context) }
    }
    var results: [HTMLNode]
    if rest.isEmpty || matches.isEmpty {
      results = matches
    } else {
      results = try XPathQuery.nodes("self::*" + rest, in: index.document, contexts: matches.map(\.pointer))
      // Matches can nest, so their results interleave: restore document order as XPath gives it.
      let orders = results.map(\.documentOrder)
      if orders.allSatisfy({ $0 != nil }) {
        results = zip(orders, results).sorted { ($0.0 ?? 0) < ($1.0 ?? 0) }.map(\.1)
      }
    }
    if let position {
      return results.count >= position ? [results[position - 1]] : []
    }
    return results
  }

  /// The entries of `list` (in document order) whose orders fall in `orders`.
  static func slice(_ list: [ElementIndex.Entry], orders: Range<Int>) -> ArraySlice<ElementIndex.Entry> {
    func firstPosition(notBelow order: Int) -> Int {
      var low = 0
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if list[middle].order < order { low = middle + 1 } else { high = middle }
      }
      return low
    }
    let start = firstPosition(notBelow: orders.lowerBound)
    return list[start..<max(start, firstPosition(notBelow: orders.upperBound))]
  }

  /// The smallest indexed list that must hold every match, and whether it came from the id or
  /// class index (rather than a tag list or every element).
  private func candidates(_ index: ElementIndex) -> ([ElementIndex.Entry], Bool) {
    func name(_ attribute: [CChar]) -> String {
      String(decoding: attribute.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    let tagList = tag.map { index.entries(tag: $0) }
    // A rare tag (`//meta[…]`, `//h1`, `//link[…]`) is the short list already: asking the
    // attribute index would build it, a pass over every attribute of the page, for nothing.
    if let tagList, tagList.count <= 64 { return (tagList, false) }
    func indexed(_ test: Test) -> [ElementIndex.Entry]? {
      switch test {
      case .equals(let attribute, let values) where attribute == Array("id".utf8CString):
        return index.entries(ids: values.map { name($0) })
      case .classToken(let token): return index.entries(class: token)
      case .classPrefix(let prefix): return index.entries(classPrefix: prefix)
      // Elements carrying the attribute at all: usually a small share of the page.
      case .equals(let attribute, _), .present(let attribute): return index.entries(withAttribute: name(attribute))
      case .contains(let attribute, let value) where value.count > 1 && attribute == Array("class".utf8CString):
        // A substring of the class attribute: scanned over the class values in C.
        return index.entries(classContaining: name(value))
      case .contains(let attribute, let value) where value.count > 1:
        return index.entries(withAttribute: name(attribute))
      case .startsWith(let attribute, let value) where value.count > 1:
        return index.entries(withAttribute: name(attribute))
      case .all(let tests): return tests.lazy.compactMap(indexed).first
      case .any(let tests):
        // Every alternative indexed: their union, in document order.
        var lists: [[ElementIndex.Entry]] = []
        for test in tests {
          guard let list = indexed(test) else { return nil }
          lists.append(list)
        }
        // Merging is the costly part: not worth it when the tag's own list is shorter.
        if let tagList, lists.reduce(0, { $0 + $1.count }) > tagList.count { return nil }
        var seen = Set<Int>()
        return lists.joined().filter { seen.insert($0.order).inserted }.sorted { $0.order < $1.order }
      default: return nil
      }
    }
    if let test, let list = indexed(test) {
      // `//meta[@itemprop]` on a page of 50,000 microdata reviews: the few meta elements are
      // the shorter list to filter.
      if let tagList, tagList.count < list.count { return (tagList, false) }
      return (list, true)
    }
    if let tagList { return (tagList, false) }
    return (index.all, false)
  }

  private static func hasName(_ node: xmlNodePtr, _ tag: String) -> Bool {
    guard let name = node.pointee.name else { return false }
    return tag.withCString { strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), $0) == 0 }
  }

  private static func matches(_ node: xmlNodePtr, _ test: Test) -> Bool {
    switch test {
    case .equals(let attribute, let values):
      guard let value = ElementIndex.attribute(node, attribute) else { return false }
      return values.contains { strcmp(value, $0) == 0 }
    case .present(let attribute):
      return ElementIndex.property(node, attribute) != nil
    case .contains(let attribute, let needle):
      // contains(x, '') is true for every node, even without the attribute (XPath 1.0).
      if needle.count <= 1 { return true }
      guard let value = ElementIndex.attribute(node, attribute) else { return false }
      return strstr(value, needle) != nil
    case .startsWith(let attribute, let prefix):
      if prefix.count <= 1 { return true }
      guard let value = ElementIndex.attribute(node, attribute) else { return false }
      return strncmp(value, prefix, prefix.count - 1) == 0
    case .classToken(let token):
      return classTokens(node).contains { $0 == token }
    case .classPrefix(let prefix):
      return classTokens(node).contains { $0.hasPrefix(prefix) }
    case .not(let inner):
      return !matches(node, inner)
    case .any(let tests):
      return tests.contains { matches(node, $0) }
    case .all(let tests):
      return tests.allSatisfy { matches(node, $0) }
    }
  }

  private static func classTokens(_ node: xmlNodePtr) -> [Substring] {
    guard let value = ElementIndex.attribute(node, "class") else { return [] }
    return String(cString: value).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
  }
}

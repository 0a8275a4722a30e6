import CLibXML2
import CaveatCore

/// An element (or other node) of an ``HTMLDocument``.
///
/// A node holds a strong reference to its document, so the tree it points into stays alive as
/// long as the node does. Like the document, it never leaves the task that parsed the page.
public struct HTMLNode {
  /// The document this node belongs to.
  public let document: HTMLDocument
  let pointer: xmlNodePtr

  init(document: HTMLDocument, pointer: xmlNodePtr) {
    self.document = document
    self.pointer = pointer
  }

  /// Whether this is an element (rather than text, a comment, …).
  public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

  /// The element's tag name, lowercase (libxml2's HTML parser lowercases names).
  public var name: String {
    guard let name = pointer.pointee.name else { return "" }
    return String(cString: name)
  }

  /// The value of attribute `name`, if present.
  public func attribute(_ name: String) -> String? {
    guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
    defer { clibxml2_free(value) }
    return String(cString: value)
  }

  /// The class attribute split into tokens.
  public var classes: [Substring] {
    guard let value = attribute("class") else { return [] }
    return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
  }

  /// The parent element, if any.
  public var parent: HTMLNode? {
    guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
      return nil
    }
    return HTMLNode(document: document, pointer: parent)
  }

  /// The element children, in document order.
  public var children: [HTMLNode] {
    var result: [HTMLNode] = []
    var child = pointer.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        result.append(HTMLNode(document: document, pointer: current))
      }
      child = current.pointee.next
    }
    return result
  }

  /// The text a reader sees: descendant text with whitespace collapsed, without script, style
  /// or template bodies.
  public var text: String { TextCollector.collect(from: pointer, raw: false) }

  /// The descendant text as stored, without collapsing whitespace (script bodies included when
  /// this node is itself a script).
  public var rawText: String { TextCollector.collect(from: pointer, raw: true) }

  /// Evaluates an XPath expression with this node as the context node.
  ///
  /// - Throws: ``HTMLExtractionError/invalidXPath(expression:code:)`` for a malformed
  ///   expression (a programming error in a site rule).
  public func select(_ expression: String) throws(HTMLExtractionError) -> [HTMLNode] {
    try XPathQuery.nodes(expression, in: document, context: pointer)
  }

  /// The first match of `expression` under this node.
  public func first(_ expression: String) throws(HTMLExtractionError) -> HTMLNode? {
    try select(expression).first
  }
}

extension HTMLDocument {
  /// Evaluates an XPath expression against the whole document.
  ///
  /// - Throws: ``HTMLExtractionError/invalidXPath(expression:code:)`` for a malformed
  ///   expression.
  public func select(_ expression: String) throws(HTMLExtractionError) -> [HTMLNode] {
    try XPathQuery.nodes(expression, in: self, context: nil)
  }

  /// The first match of `expression`.
  public func first(_ expression: String) throws(HTMLExtractionError) -> HTMLNode? {
    try select(expression).first
  }
}

/// Errors in reading a parsed document.
public enum HTMLExtractionError: Error, Equatable, Sendable {
  /// An XPath expression did not compile or evaluate (libxml2 error code attached).
  case invalidXPath(expression: String, code: Int32)
}

enum XPathQuery {
  static func nodes(
    _ expression: String, in document: HTMLDocument, context: xmlNodePtr?
  ) throws(HTMLExtractionError) -> [HTMLNode] {
    try nodes(expression, in: document, contexts: [context])
  }

  /// Evaluates one expression from each of `contexts` (compiled once), concatenating results
  /// without repeats.
  static func nodes(
    _ expression: String, in document: HTMLDocument, contexts: [xmlNodePtr?]
  ) throws(HTMLExtractionError) -> [HTMLNode] {
    guard let xpath = xmlXPathNewContext(document.pointer) else { return [] }
    defer { xmlXPathFreeContext(xpath) }
    // A per-context handler keeps XPath errors off stderr; the code is read back below.
    xpath.pointee.error = { _, _ in }
    guard let compiled = xmlXPathCtxtCompile(xpath, XPathRewriter.fastDescendants(expression)) else {
      throw .invalidXPath(expression: expression, code: xpath.pointee.lastError.code)
    }
    defer { xmlXPathFreeCompExpr(compiled) }
    var nodes: [HTMLNode] = []
    var seen = Set<UnsafeMutableRawPointer>()
    // With no context node, relative paths start at the document, as for an absolute path.
    let documentNode = UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)
    for context in contexts {
      xpath.pointee.node = context ?? documentNode
      guard let result = xmlXPathCompiledEval(compiled, xpath) else {
        throw .invalidXPath(expression: expression, code: xpath.pointee.lastError.code)
      }
      defer { xmlXPathFreeObject(result) }
      guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { continue }
      let count = Int(set.pointee.nodeNr)
      guard count > 0, let table = set.pointee.nodeTab else { continue }
      nodes.reserveCapacity(nodes.count + count)
      for index in 0..<count {
        guard let node = table[index] else { continue }
        if contexts.count > 1, !seen.insert(UnsafeMutableRawPointer(node)).inserted { continue }
        nodes.append(HTMLNode(document: document, pointer: node))
      }
    }
    return nodes
  }
}

/// libxml2 2.9 evaluates `//x[predicate]` as `descendant-or-self::node()/child::x[predicate]`,
/// building a node set of the whole tree first; `descendant::x[predicate]` walks it once. The two
/// select the same nodes when the predicate does not use position, as in every rule here, and
/// the rewrite makes a typical page's queries several times faster.
enum XPathRewriter {
  /// Rewrites already made: rules ask the same few dozen questions of every page, often once
  /// per review, and the rewrite walks the expression character by character.
  private static let rewritten = Locked<[String: String]>([:])

  /// ``rewrite(_:)``, remembered.
  static func fastDescendants(_ expression: String) -> String {
    if let cached = rewritten.withLock({ $0[expression] }) { return cached }
    let made = rewrite(expression)
    // Rules' expressions are literals; the bound only guards against a caller that builds them.
    rewritten.withLock { if $0.count < 4096 { $0[expression] = made } }
    return made
  }

  /// `expression` with each `//name` and `//*` step as `/descendant::`, when no predicate
  /// uses position.
  static func rewrite(_ expression: String) -> String {
    guard expression.contains("//"), !usesPosition(expression) else { return expression }
    var result = ""
    var quote: Character?
    var index = expression.startIndex
    while index < expression.endIndex {
      let character = expression[index]
      if let open = quote {
        if character == open { quote = nil }
        result.append(character)
        index = expression.index(after: index)
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        result.append(character)
        index = expression.index(after: index)
        continue
      }
      let next = expression.index(after: index)
      if character == "/", next < expression.endIndex, expression[next] == "/" {
        let after = expression.index(after: next)
        let following = after < expression.endIndex ? expression[after] : " "
        if following == "*" || following.isLetter {
          result += "/descendant::"
          index = after
          continue
        }
      }
      result.append(character)
      index = next
    }
    return result
  }
}

extension XPathRewriter {
  /// Whether any predicate is positional (`[2]`, `last()`, `position()`), where the rewrite
  /// would change the answer.
  static func usesPosition(_ expression: String) -> Bool {
    if expression.contains("last()") || expression.contains("position()") { return true }
    var previous: Character = " "
    for character in expression {
      if previous == "[", character.isNumber { return true }
      if !character.isWhitespace { previous = character }
    }
    return false
  }
}

/// Gathers descendant text iteratively (pages nest deeply; recursion could overflow).
enum TextCollector {
  static func collect(from start: xmlNodePtr, raw: Bool) -> String {
    var bytes: [UInt8] = []
    var node: xmlNodePtr? = start
    while let current = node {
      var descend = true
      switch current.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          var cursor = content
          while cursor.pointee != 0 {
            bytes.append(cursor.pointee)
            cursor += 1
          }
        }
      case XML_ELEMENT_NODE:
        if !raw {
          if isSkipped(current) { descend = false }
          // Block boundaries become spaces so "<p>a</p><p>b</p>" reads "a b", while inline
          // elements join ("<span>$</span><span>25</span>" reads "$25").
          if isBlock(current) { bytes.append(0x20) }
        }
      case XML_COMMENT_NODE:
        descend = false
      default:
        break
      }
      if descend, let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
        node = child
        continue
      }
      // Next sibling, or climb until one exists (never above `start`); leaving a block element
      // ends a word as entering one does.
      var climb: xmlNodePtr? = current
      node = nil
      while let up = climb, up != start {
        if !raw, up.pointee.type == XML_ELEMENT_NODE, isBlock(up) { bytes.append(0x20) }
        if let next = up.pointee.next {
          node = next
          break
        }
        climb = up.pointee.parent
      }
    }
    if raw { return String(decoding: bytes, as: UTF8.self) }
    return bytes.withUnsafeBufferPointer { TextNormalizer.collapse(utf8: $0) }
  }

  private static let blockNames: Set<String> = [
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "option", "select", "button", "img",
  ]

  private static func isBlock(_ node: xmlNodePtr) -> Bool {
    guard let name = node.pointee.name else { return false }
    return blockNames.contains(String(cString: name))
  }

  private static func isSkipped(_ node: xmlNodePtr) -> Bool {
    guard let name = node.pointee.name else { return false }
    // "script", "style", "template", "noscript"
    let first = name.pointee
    guard first == 0x73 || first == 0x74 || first == 0x6E else { return false }
    let tag = String(cString: name)
    return tag == "script" || tag == "style" || tag == "template" || tag == "noscript"
  }
}

/// Whitespace normalisation shared by every extractor.
public enum TextNormalizer {
  /// Collapses runs of whitespace (including no-break and other Unicode spaces) to one space
  /// and trims both ends.
  public static func collapse(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { collapse(utf8: $0) }
  }

  /// ``collapse(_:)`` over UTF-8 bytes, without decoding scalars one by one.
  static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      let spaceLength: Int
      if byte < 0x80 {
        spaceLength = (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) ? 1 : 0
      } else {
        spaceLength = Self.multiByteSpaceLength(bytes, at: index)
      }
      if spaceLength > 0 {
        pendingSpace = !output.isEmpty
        index += spaceLength
        continue
      }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      output.append(byte)
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The length of the white-space character starting at `index` (0 when there is none):
  /// U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
  private static func multiByteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    let count = bytes.count
    if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 { return 2 }
    guard index + 2 < count else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    switch byte {
    case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
    case 0xE2:
      if second == 0x80, (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
      if second == 0x81, third == 0x9F { return 3 }
      return 0
    case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0
    case 0xEF: return second == 0xBB && third == 0xBF ? 3 : 0
    default: return 0
    }
  }

  /// Whether `scalar` counts as white space in page text.
  public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }
}

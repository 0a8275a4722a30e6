import CLibXML2
import Foundation

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

  /// The children that carry content, in document order: elements, and text nodes with their
  /// text; comments and other nodes are left out.
  public var contentChildren: [HTMLChild] {
    var result: [HTMLChild] = []
    var child = pointer.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE: result.append(.element(HTMLNode(document: document, pointer: current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: result.append(.text(TextCollector.collect(from: current, raw: false)))
      default: break
      }
      child = current.pointee.next
    }
    return result
  }

  /// The text a reader sees: descendant text with whitespace collapsed, without script, style
  /// or template bodies.
  public var text: String { TextCollector.collect(from: pointer, raw: false) }

  /// ``text``, or nil when the descendant text holds more than `limit` bytes besides white
  /// space: a cheap test for "is this a short line" on elements that may hold a whole page.
  package func text(upTo limit: Int) -> String? { TextCollector.collect(from: pointer, raw: false, limit: limit) }

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

  /// The value of attribute `name` as it lies in the tree, without copying it: `nil` when the
  /// node is not an element, lacks the attribute, or holds a value that is not plain text.
  /// The pointer is valid while the document lives.
  package func attributeValue(_ name: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
    ElementIndex.attribute(pointer, name)
  }

  /// ``attribute(_:)`` for a name given as C text: the value read where it lies when it is
  /// plain text (no copy through libxml2), and libxml2's reading otherwise.
  package func attribute(cName name: UnsafePointer<CChar>) -> String? {
    guard isElement, let property = ElementIndex.property(pointer, name) else { return nil }
    if let value = ElementIndex.textValue(property) { return String(cString: value) }
    return attribute(String(cString: name))
  }

  /// Whether the element carries attribute `name`, whatever its value.
  package func hasAttribute(_ name: UnsafePointer<CChar>) -> Bool {
    isElement && ElementIndex.property(pointer, name) != nil
  }

  /// Whether the node's name is `name` (tag names are lowercase), compared where it lies.
  package func hasName(_ name: UnsafePointer<CChar>) -> Bool {
    guard let own = pointer.pointee.name else { return false }
    return strcmp(UnsafeRawPointer(own).assumingMemoryBound(to: CChar.self), name) == 0
  }

  /// Visits the elements under this node in document order, this node first when
  /// `includingSelf`; `visit` returns whether to go into the element's children. Iterative, so
  /// deep pages cannot overflow the stack.
  package func visitElements(includingSelf: Bool, _ visit: (HTMLNode) -> Bool) {
    let start = pointer
    var node: xmlNodePtr? = includingSelf ? start : start.pointee.children
    while let current = node {
      var descend = false
      if current.pointee.type == XML_ELEMENT_NODE { descend = visit(HTMLNode(document: document, pointer: current)) }
      if descend, let child = current.pointee.children {
        node = child
        continue
      }
      node = nextNode(after: current, within: start)
    }
  }

  /// The text nodes under this node that hold more than XML white space, in document order,
  /// at most `limit`, each with its collapsed text: XPath `.//text()[normalize-space(.) != '']`
  /// (script and style bodies included, as XPath has them), in one walk of the tree.
  package func nonBlankTexts(limit: Int) -> [(node: HTMLNode, text: String)] {
    var found: [(node: HTMLNode, text: String)] = []
    let start = pointer
    var node: xmlNodePtr? = start.pointee.children
    while let current = node, found.count < limit {
      let type = current.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        // normalize-space strips XML's four white-space characters only.
        if bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
          found.append((HTMLNode(document: document, pointer: current), TextNormalizer.collapse(utf8: bytes)))
        }
      }
      if type == XML_ELEMENT_NODE, let child = current.pointee.children {
        node = child
        continue
      }
      node = nextNode(after: current, within: start)
    }
    return found
  }

  /// The element's position in document order once the page is indexed.
  package var documentOrder: Int? { ElementIndex.order(of: pointer) }

  /// Whether `ancestor` contains this node (or is it).
  package func isInside(_ ancestor: HTMLNode) -> Bool {
    var node: xmlNodePtr? = pointer
    while let current = node {
      if current == ancestor.pointer { return true }
      node = current.pointee.parent
    }
    return false
  }

  /// Whether two values name the same node.
  func isSame(as other: HTMLNode) -> Bool { pointer == other.pointer }
}

/// The node after `current` in document order once its subtree is done: its next sibling, or
/// the next sibling of the nearest ancestor that has one, never leaving `start`'s subtree. The
/// step every iterative walk of the tree takes (deep pages would overflow a recursive one).
@inline(__always)
func nextNode(after current: xmlNodePtr, within start: xmlNodePtr) -> xmlNodePtr? {
  var climb: xmlNodePtr? = current
  while let up = climb, up != start {
    if let next = up.pointee.next { return next }
    climb = up.pointee.parent
  }
  return nil
}

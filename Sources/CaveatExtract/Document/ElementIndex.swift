import CLibXML2
import Foundation

/// Every element in document order, with lookups by `id`, class token and tag name, built in
/// one walk of the tree.
///
/// libxml2's XPath answers `//*[@id='x']` or a class test by visiting every element and building
/// node sets as it goes (milliseconds on a large page, each time); site rules ask dozens of such
/// questions, so one walk that indexes the answers serves them all.
final class ElementIndex {
  struct Entry {
    let order: Int
    let node: xmlNodePtr
  }

  /// Every element, in document order.
  private(set) var all: [Entry] = []
  private lazy var ids: [String: [Entry]] = {
    var ids: [String: [Entry]] = [:]
    for entry in all {
      if let id = Self.attribute(entry.node, "id") { ids[String(cString: id), default: []].append(entry) }
    }
    return ids
  }()
  /// The elements with a class attribute, grouped by the attribute's whole value (one pass,
  /// on first use): pages repeat a few class lists thousands of times, so token lookups scan
  /// the distinct values only.
  private lazy var classGroups: [(value: [CChar], entries: [Entry])] = {
    var groups: [[CChar]: Int] = [:]
    var result: [(value: [CChar], entries: [Entry])] = []
    for entry in all {
      guard let pointer = Self.attribute(entry.node, "class") else { continue }
      let value = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer) + 1))
      if let position = groups[value] {
        result[position].entries.append(entry)
      } else {
        groups[value] = result.count
        result.append((value, [entry]))
      }
    }
    return result
  }()

  /// The entries of every class group whose value passes `test`, in document order.
  private func classEntries(_ test: (UnsafePointer<CChar>) -> Bool) -> [Entry] {
    var lists: [[Entry]] = []
    for group in classGroups where group.value.withUnsafeBufferPointer({ test($0.baseAddress.unsafelyUnwrapped) }) {
      lists.append(group.entries)
    }
    if lists.count <= 1 { return lists.first ?? [] }
    return lists.joined().sorted { $0.order < $1.order }
  }

  private var byClassToken: [String: [Entry]] = [:]
  private var byClassPrefix: [String: [Entry]] = [:]

  /// Whether the class list `value` holds a token equal to `token` (or, with `prefix`, starting
  /// with it). Tokens are separated by ASCII white space, as in HTML.
  private static func classList(
    _ value: UnsafePointer<CChar>, has token: UnsafePointer<CChar>, length: Int, prefix: Bool
  )
    -> Bool
  {
    var cursor = value
    while let hit = strstr(cursor, token) {
      let before = hit == value ? 0x20 : hit.advanced(by: -1).pointee
      let after = hit.advanced(by: length).pointee
      let startsToken = before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D || before == 0x0C
      let endsToken =
        prefix || after == 0 || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D || after == 0x0C
      if startsToken && endsToken { return true }
      cursor = UnsafePointer(hit.advanced(by: 1))
    }
    return false
  }

  /// Tag names are short, so their `String` keys stay inline (no allocation per element).
  private lazy var tags: [String: [Entry]] = {
    var tags: [String: [Entry]] = [:]
    for entry in all {
      if let name = entry.node.pointee.name { tags[String(cString: name), default: []].append(entry) }
    }
    return tags
  }()
  let document: HTMLDocument

  init(document: HTMLDocument) {
    self.document = document
    guard let root = xmlDocGetRootElement(document.pointer) else { return }
    var node: xmlNodePtr? = root
    while let current = node {
      if current.pointee.type == XML_ELEMENT_NODE {
        let entry = Entry(order: all.count, node: current)
        all.append(entry)
        // Document order, for merging the parts of a union; libxml2 leaves `_private` to the
        // application.
        current.pointee._private = UnsafeMutableRawPointer(bitPattern: entry.order + 1)
        if let child = current.pointee.children {
          node = child
          continue
        }
      }
      // Next sibling, or climb until one exists.
      var climb: xmlNodePtr? = current
      node = nil
      while let up = climb, up != root {
        if let next = up.pointee.next {
          node = next
          break
        }
        climb = up.pointee.parent
      }
    }
  }

  /// The value of attribute `name` without copying it, when it is plain text (the usual case).
  static func attribute(_ node: xmlNodePtr, _ name: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
    var property = node.pointee.properties
    while let current = property {
      if let propertyName = current.pointee.name,
        strcmp(UnsafeRawPointer(propertyName).assumingMemoryBound(to: CChar.self), name) == 0
      {
        guard let text = current.pointee.children else {
          let empty: StaticString = ""
          return UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
        }
        guard text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil, let content = text.pointee.content else {
          return nil
        }
        return UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)
      }
      property = current.pointee.next
    }
    return nil
  }

  private func nodes(_ entries: [Entry]) -> [HTMLNode] {
    entries.map { HTMLNode(document: document, pointer: $0.node) }
  }

  /// Entries with `id` in any of `ids`, in document order.
  func entries(ids: [String]) -> [Entry] {
    ids.count == 1 ? self.ids[ids[0]] ?? [] : ids.flatMap { self.ids[$0] ?? [] }.sorted { $0.order < $1.order }
  }

  /// Entries with the class token `token`.
  func entries(class token: String) -> [Entry] {
    if let cached = byClassToken[token] { return cached }
    let list = token.withCString { needle in
      classEntries { Self.classList($0, has: needle, length: strlen(needle), prefix: false) }
    }
    byClassToken[token] = list
    return list
  }

  /// Entries whose class attribute contains `fragment` anywhere (XPath `contains(@class, …)`).
  func entries(classContaining fragment: String) -> [Entry] {
    fragment.withCString { needle in classEntries { strstr($0, needle) != nil } }
  }

  /// Entries with a class token starting with `prefix`, in document order.
  func entries(classPrefix prefix: String) -> [Entry] {
    if let cached = byClassPrefix[prefix] { return cached }
    let list = prefix.withCString { needle in
      classEntries { Self.classList($0, has: needle, length: strlen(needle), prefix: true) }
    }
    byClassPrefix[prefix] = list
    return list
  }

  /// Every attribute name, with the elements that carry it (one pass, on first use).
  private lazy var byAttribute: [String: [Entry]] = {
    var byAttribute: [String: [Entry]] = [:]
    for entry in all {
      var property = entry.node.pointee.properties
      while let current = property {
        if let name = current.pointee.name { byAttribute[String(cString: name), default: []].append(entry) }
        property = current.pointee.next
      }
    }
    return byAttribute
  }()

  /// Entries that carry attribute `name`.
  func entries(withAttribute name: String) -> [Entry] { byAttribute[name] ?? [] }

  /// Entries with tag name `tag`.
  func entries(tag: String) -> [Entry] { tags[tag] ?? [] }

  /// Elements with a class token that starts with `prefix`, in document order.
  func elements(classPrefix prefix: String) -> [HTMLNode] { nodes(entries(classPrefix: prefix)) }
}

extension HTMLNode {
  /// The element's position in document order once the page is indexed.
  var documentOrder: Int? {
    guard pointer.pointee.type == XML_ELEMENT_NODE, let mark = pointer.pointee._private else { return nil }
    return Int(bitPattern: mark) - 1
  }

  /// Whether `ancestor` contains this node (or is it).
  func isInside(_ ancestor: HTMLNode) -> Bool {
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

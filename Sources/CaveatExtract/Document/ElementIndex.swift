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
  /// The elements with a class attribute, grouped by the attribute's whole value (one pass,
  /// on first use): pages repeat a few class lists thousands of times, so token lookups scan
  /// the distinct values only.
  private var classGroups: [(key: CStringKey, entries: [Entry])] { attributes.classes.lists }

  /// What one pass over every attribute of every element yields (on first use).
  private struct AttributeMaps {
    /// Elements by `id` value.
    var ids = Groups()
    /// Elements with a class attribute, grouped by its whole value.
    var classes = Groups()
    /// Elements by the names of the attributes they carry.
    var names = Groups()
  }

  private lazy var attributes: AttributeMaps = {
    var maps = AttributeMaps()
    for entry in all {
      var property = entry.node.pointee.properties
      while let current = property {
        property = current.pointee.next
        guard let rawName = current.pointee.name else { continue }
        let name = UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self)
        maps.names.add(entry, toName: name)
        // "id" and "class" by their bytes: a strcmp stops at the first differing byte.
        guard name[0] == 0x69 || name[0] == 0x63, let value = Self.textValue(current) else { continue }
        if strcmp(name, "id") == 0 {
          maps.ids.add(entry, to: CStringKey(value))
        } else if strcmp(name, "class") == 0 {
          maps.classes.add(entry, to: CStringKey(value))
        }
      }
    }
    return maps
  }()

  /// A NUL-terminated string inside the tree (or a caller's buffer), compared by its bytes
  /// without copying them (the tree outlives the index).
  struct CStringKey {
    let pointer: UnsafePointer<CChar>
    let length: Int

    init(_ pointer: UnsafePointer<CChar>) {
      self.pointer = pointer
      self.length = strlen(pointer)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.length == rhs.length && memcmp(lhs.pointer, rhs.pointer, lhs.length) == 0
    }

    /// A hash of the bytes, eight at a time, mixed with a per-process random seed so that a
    /// hostile page cannot choose values that all land in one slot.
    func hash(seed: UInt64) -> UInt64 {
      let raw = UnsafeRawPointer(pointer)
      var hash = seed ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
      var offset = 0
      while offset + 8 <= length {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        offset += 8
      }
      var tail: UInt64 = 0
      while offset < length {
        tail = tail << 8 | UInt64(raw.load(fromByteOffset: offset, as: UInt8.self))
        offset += 1
      }
      hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
      return hash ^ (hash >> 29)
    }
  }

  /// Entries grouped by a string in the tree, in order of first appearance, in an
  /// open-addressing table: keys are hashed where they lie, so no `String` is made per
  /// element, and one pass over a page's 100,000 attributes costs a few hashes each.
  struct Groups {
    private static let seed = UInt64.random(in: .min ... .max)
    /// Each slot holds a position in `lists` plus one, or 0 when empty.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private(set) var lists: [(key: CStringKey, entries: [Entry])] = []
    /// Positions in `lists` by the address of a key's bytes, for names: a tree shares one copy
    /// of each tag and attribute name (libxml2's dictionary, the direct builder's table), so
    /// most names are found here without hashing their bytes. A miss only costs the full lookup.
    private var byAddress = [(address: UnsafeRawPointer?, position: Int)](repeating: (nil, 0), count: 64)

    @discardableResult
    mutating func add(_ entry: Entry, to key: CStringKey) -> Int {
      let hash = key.hash(seed: Self.seed)
      if let position = find(key, hash: hash) {
        lists[position].entries.append(entry)
        return position
      }
      if (lists.count + 1) * 4 > slots.count * 3 { grow() }
      insert(position: lists.count, hash: hash)
      lists.append((key, [entry]))
      hashes.append(hash)
      return lists.count - 1
    }

    /// ``add(_:to:)`` for a name the tree shares between elements (a tag or attribute name).
    mutating func add(_ entry: Entry, toName name: UnsafePointer<CChar>) {
      let address = UnsafeRawPointer(name)
      let bits = UInt(bitPattern: address)
      let slot = Int(truncatingIfNeeded: (bits >> 3) ^ (bits >> 11)) & (byAddress.count - 1)
      if byAddress[slot].address == address {
        lists[byAddress[slot].position].entries.append(entry)
        return
      }
      byAddress[slot] = (address, add(entry, to: CStringKey(name)))
    }

    /// The entries stored under `key`, if any.
    func entries(_ key: CStringKey) -> [Entry]? {
      find(key, hash: key.hash(seed: Self.seed)).map { lists[$0].entries }
    }

    /// The entries stored under `text`, if any.
    func entries(_ text: String) -> [Entry]? {
      text.withCString { entries(CStringKey($0)) }
    }

    private func find(_ key: CStringKey, hash: UInt64) -> Int? {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let stored = Int(slots[slot])
        if stored == 0 { return nil }
        if hashes[stored - 1] == hash, lists[stored - 1].key == key { return stored - 1 }
        slot = (slot + 1) & mask
      }
    }

    private mutating func insert(position: Int, hash: UInt64) {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(position + 1)
    }

    private mutating func grow() {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      for (position, hash) in hashes.enumerated() { insert(position: position, hash: hash) }
    }
  }

  /// The entries of every class group whose value passes `test`, in document order.
  private func classEntries(_ test: (UnsafePointer<CChar>) -> Bool) -> [Entry] {
    var lists: [[Entry]] = []
    for group in classGroups where test(group.key.pointer) {
      lists.append(group.entries)
    }
    if lists.count <= 1 { return lists.first ?? [] }
    return lists.joined().sorted { $0.order < $1.order }
  }

  /// How a class query matches: a whole token, a token prefix, or any substring.
  private enum ClassMatch: Hashable {
    case token, prefix, fragment
  }

  /// Class queries already answered: rules ask the same ones again for every review.
  private var classAnswers: [ClassMatch: [String: [Entry]]] = [:]

  /// The entries whose class attribute matches `text` the way `match` says, remembered.
  private func classEntries(_ match: ClassMatch, _ text: String) -> [Entry] {
    if let cached = classAnswers[match]?[text] { return cached }
    let list = text.withCString { needle in
      let length = strlen(needle)
      return classEntries { value in
        switch match {
        case .token: return Self.classList(value, has: needle, length: length, prefix: false)
        case .prefix: return Self.classList(value, has: needle, length: length, prefix: true)
        case .fragment: return strstr(value, needle) != nil
        }
      }
    }
    classAnswers[match, default: [:]][text] = list
    return list
  }

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

  /// For each element (by document order), the order of the last element inside it: its
  /// descendants are exactly the orders after its own, up to this one. Worked out on first use,
  /// children before parents, from the orders the walk wrote into `_private`.
  private lazy var subtreeEnds: [Int] = {
    var ends = all.map(\.order)
    for entry in all.reversed() {
      guard let parent = entry.node.pointee.parent, let order = Self.order(of: parent) else { continue }
      if ends[order] < ends[entry.order] { ends[order] = ends[entry.order] }
    }
    return ends
  }()

  /// The orders of the elements inside `node` (not `node` itself; empty when it has none), or
  /// nil when `node` is not an element of this index.
  func descendantOrders(of node: HTMLNode) -> Range<Int>? {
    guard node.document === document, let order = node.documentOrder, order < all.count, all[order].node == node.pointer
    else { return nil }
    return (order + 1)..<(subtreeEnds[order] + 1)
  }

  /// Elements by tag name.
  private lazy var tags: Groups = {
    var tags = Groups()
    for entry in all {
      if let name = entry.node.pointee.name {
        tags.add(entry, toName: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
      }
    }
    return tags
  }()
  let document: HTMLDocument

  init(document: HTMLDocument) {
    self.document = document
    for root in document.topLevelElements { add(root) }
  }

  /// The document order the walk wrote into an element's `_private`, if it is an indexed
  /// element.
  static func order(of node: xmlNodePtr) -> Int? {
    guard node.pointee.type == XML_ELEMENT_NODE, let mark = node.pointee._private else { return nil }
    return Int(bitPattern: mark) - 1
  }

  /// Appends `root` and its descendant elements in document order.
  private func add(_ root: xmlNodePtr) {
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
        return textValue(current)
      }
      property = current.pointee.next
    }
    return nil
  }

  /// An attribute's value when it is plain text (the usual case), without copying it.
  private static func textValue(_ attribute: xmlAttrPtr) -> UnsafePointer<CChar>? {
    guard let text = attribute.pointee.children else {
      let empty: StaticString = ""
      return UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
    }
    guard text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil, let content = text.pointee.content else {
      return nil
    }
    return UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)
  }

  private func nodes(_ entries: [Entry]) -> [HTMLNode] {
    entries.map { HTMLNode(document: document, pointer: $0.node) }
  }

  /// Entries with `id` in any of `ids`, in document order.
  func entries(ids: [String]) -> [Entry] {
    let byId = attributes.ids
    return ids.count == 1
      ? byId.entries(ids[0]) ?? [] : ids.flatMap { byId.entries($0) ?? [] }.sorted { $0.order < $1.order }
  }

  /// Entries with the class token `token`.
  func entries(class token: String) -> [Entry] { classEntries(.token, token) }

  /// Entries whose class attribute contains `fragment` anywhere (XPath `contains(@class, …)`).
  func entries(classContaining fragment: String) -> [Entry] { classEntries(.fragment, fragment) }

  /// Entries with a class token starting with `prefix`, in document order.
  func entries(classPrefix prefix: String) -> [Entry] { classEntries(.prefix, prefix) }

  /// Entries that carry attribute `name` (from the one pass over every attribute, on first use).
  func entries(withAttribute name: String) -> [Entry] { attributes.names.entries(name) ?? [] }

  /// Entries with tag name `tag`.
  func entries(tag: String) -> [Entry] { tags.entries(tag) ?? [] }

  /// Elements with a class token that starts with `prefix`, in document order.
  func elements(classPrefix prefix: String) -> [HTMLNode] { nodes(entries(classPrefix: prefix)) }
}

extension HTMLNode {
  /// The element's position in document order once the page is indexed.
  var documentOrder: Int? { ElementIndex.order(of: pointer) }

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

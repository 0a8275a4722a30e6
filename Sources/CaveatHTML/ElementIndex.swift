import CLibXML2
import CTreeBuilder
import Foundation

/// Every element in document order, with lookups by `id`, class token and tag name, built in
/// one walk of the tree.
///
/// libxml2's XPath answers `//*[@id='x']` or a class test by visiting every element and building
/// node sets as it goes (milliseconds on a large page, each time); site rules ask dozens of such
/// questions, so one walk that indexes the answers serves them all.
package final class ElementIndex {
  struct Entry {
    let order: Int
    let node: xmlNodePtr
  }

  /// Every element, in document order.
  private(set) var all: [Entry] = []
  /// The elements with a class attribute, grouped by the attribute's whole value: pages repeat
  /// a few class lists thousands of times, so token lookups scan the distinct values only.
  private var classGroups: [(key: CStringKey, entries: [Entry])] { classes.lists }

  /// What the walk over every attribute of every element gathers, beside the elements.
  private struct AttributeMaps {
    /// Elements by `id` value.
    var ids = Groups()
    /// Elements with a class attribute, grouped by its whole value.
    var classes = Groups()
    /// Elements by the names of the attributes they carry.
    var names = Groups()
  }

  /// The direct builder's records of the tree, when the index was made from them.
  private var records: CaveatTreeIndex?

  // The attribute maps: set by the walk, which reads each element's attributes while they are
  // in cache; from the builder's records, each built on first use (a sequential pass over the
  // records; many pages never ask for a class or an attribute name).

  /// Elements by `id` value.
  private lazy var ids: Groups = groups(ofValues: "id")
  /// Elements with a class attribute, grouped by its whole value.
  private lazy var classes: Groups = groups(ofValues: "class")
  /// Elements by the names of the attributes they carry.
  private lazy var names: Groups = {
    var names = Groups()
    guard let records else { return names }
    for position in 0..<records.attribute_count {
      let record = records.attributes[position]
      if let name = record.name { names.add(all[record.element], toName: name) }
    }
    return names
  }()

  /// The elements whose attribute `name` has a plain-text value, grouped by it, from the
  /// builder's records.
  private func groups(ofValues name: StaticString) -> Groups {
    var groups = Groups()
    guard let records else { return groups }
    let wanted = UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
    for position in 0..<records.attribute_count {
      let record = records.attributes[position]
      guard let own = record.name, own[0] == wanted[0], strcmp(own, wanted) == 0, let value = record.value else {
        continue
      }
      groups.add(all[record.element], to: CStringKey(value, length: record.length))
    }
    return groups
  }

  /// Adds the attributes of `entry`'s element to the maps.
  @inline(__always)
  private static func addAttributes(of entry: Entry, to maps: inout AttributeMaps) {
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

  /// The distinct class values laid end to end, each followed by a NUL, and where each starts
  /// (built on first use): a query searches them in one pass rather than calling `strstr` once
  /// per value, and a hit never spans two values (a needle holds no NUL).
  private lazy var classBlob: (bytes: [UInt8], starts: [Int]) = {
    var bytes: [UInt8] = []
    var starts: [Int] = []
    for group in classGroups {
      starts.append(bytes.count)
      let raw = UnsafeRawPointer(group.key.pointer).assumingMemoryBound(to: UInt8.self)
      bytes.append(contentsOf: UnsafeBufferPointer(start: raw, count: group.key.length))
      bytes.append(0)
    }
    return (bytes, starts)
  }()

  /// The positions (in ``classGroups``) of the class values that hold the `length` bytes of
  /// `needle`, in order.
  private func classGroups(holding needle: UnsafePointer<CChar>, length: Int) -> [Int] {
    let (bytes, starts) = classBlob
    var found: [Int] = []
    bytes.withUnsafeBufferPointer { blob in
      guard let base = blob.baseAddress else { return }
      let pin = UnsafeRawPointer(needle).assumingMemoryBound(to: UInt8.self)
      var offset = 0
      while offset < blob.count, let hit = searchBytes(base + offset, blob.count - offset, pin, length) {
        let at = base.distance(to: hit)
        // The value holding the hit: the last one starting at or before it.
        var low = 0
        var high = starts.count
        while low < high {
          let middle = (low + high) / 2
          if starts[middle] <= at { low = middle + 1 } else { high = middle }
        }
        found.append(low - 1)
        offset = low < starts.count ? starts[low] : blob.count
      }
    }
    return found
  }

  /// The entries whose class attribute matches `text` the way `match` says, remembered.
  private func classEntries(_ match: ClassMatch, _ text: String) -> [Entry] {
    if let cached = classAnswers[match]?[text] { return cached }
    let list = text.withCString { needle in
      let length = strlen(needle)
      if length > 0 {
        // Only the values holding the needle's bytes can match; the token tests run on those.
        var lists: [[Entry]] = []
        for position in classGroups(holding: needle, length: length) {
          let group = classGroups[position]
          switch match {
          case .fragment: break
          case .token, .prefix:
            guard Self.classList(group.key.pointer, has: needle, length: length, prefix: match == .prefix) else {
              continue
            }
          }
          lists.append(group.entries)
        }
        if lists.count <= 1 { return lists.first ?? [] }
        return lists.joined().sorted { $0.order < $1.order }
      }
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
    // From the builder's records: each element's parent by position, with no node to visit.
    if let records {
      for position in stride(from: records.element_count - 1, through: 0, by: -1) {
        let parent = records.elements[position].parent
        guard parent >= 0, parent < ends.count else { continue }
        if ends[parent] < ends[position] { ends[parent] = ends[position] }
      }
      return ends
    }
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

  /// The elements whose document order is in `orders` (clamped to the page), in order.
  package func elements(inOrders orders: Range<Int>) -> [HTMLNode] {
    let lower = max(0, orders.lowerBound)
    let upper = min(all.count, orders.upperBound)
    guard lower < upper else { return [] }
    return all[lower..<upper].map { HTMLNode(document: document, pointer: $0.node) }
  }

  /// Whether `node` is an element of this index.
  package func holds(_ node: HTMLNode) -> Bool { descendantOrders(of: node) != nil }

  /// The first element after `node` in document order and outside it whose tag is one of
  /// `names` (XPath `following::*[self::a or self::b][1]`); nil when there is none or `node` is
  /// not an element of this index.
  package func firstFollowing(_ node: HTMLNode, tags names: [String]) -> HTMLNode? {
    guard let inside = descendantOrders(of: node) else { return nil }
    // Orders past the subtree: never an ancestor (those come before) nor a descendant.
    let past = inside.upperBound
    var first: Entry?
    for name in names {
      let list = entries(tag: name)
      var low = 0
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if list[middle].order < past { low = middle + 1 } else { high = middle }
      }
      if low < list.count, list[low].order < first?.order ?? Int.max { first = list[low] }
    }
    return first.map { HTMLNode(document: document, pointer: $0.node) }
  }

  /// Elements by tag name (gathered with the elements).
  private var tags = Groups()
  let document: HTMLDocument

  /// Indexes every element of `document`, by tag, id, class and attribute name.
  ///
  /// A tree the direct builder made comes with its elements and attributes recorded in
  /// document order, and is indexed from those records; any other is walked once. `walk`
  /// forces the walk (the tests compare both).
  package init(document: HTMLDocument, walk: Bool = false) {
    self.document = document
    // Local until the index is built: stored properties of a class are checked for exclusive
    // access at every touch.
    var all: [Entry] = []
    var tags = Groups()
    if !walk, let records = document.builderIndex?.pointee {
      Self.add(records, to: &all, &tags)
      self.records = records
      self.all = all
    } else {
      var maps = AttributeMaps()
      for root in document.topLevelElements { Self.add(root, to: &all, &maps, &tags) }
      self.all = all
      ids = maps.ids
      classes = maps.classes
      names = maps.names
    }
    self.tags = tags
  }

  /// Indexes the direct builder's records of the elements: the same entries, tag groups and
  /// orders as the walk (whose `_private` marks the builder wrote already). The attribute
  /// maps are built from its attribute records on first use.
  private static func add(_ records: CaveatTreeIndex, to all: inout [Entry], _ tags: inout Groups) {
    all.reserveCapacity(records.element_count)
    for position in 0..<records.element_count {
      let record = records.elements[position]
      let entry = Entry(order: position, node: record.node.assumingMemoryBound(to: xmlNode.self))
      all.append(entry)
      if let name = record.name { tags.add(entry, toName: name) }
    }
  }

  /// The document order the walk wrote into an element's `_private`, if it is an indexed
  /// element.
  static func order(of node: xmlNodePtr) -> Int? {
    guard node.pointee.type == XML_ELEMENT_NODE, let mark = node.pointee._private else { return nil }
    return Int(bitPattern: mark) - 1
  }

  /// Appends `root` and its descendant elements in document order.
  private static func add(
    _ root: xmlNodePtr, to all: inout [Entry], _ maps: inout AttributeMaps, _ tags: inout Groups
  ) {
    var node: xmlNodePtr? = root
    while let current = node {
      if current.pointee.type == XML_ELEMENT_NODE {
        let entry = Entry(order: all.count, node: current)
        all.append(entry)
        if let name = current.pointee.name {
          tags.add(entry, toName: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        }
        addAttributes(of: entry, to: &maps)
        // Document order, for merging the parts of a union; libxml2 leaves `_private` to the
        // application.
        current.pointee._private = UnsafeMutableRawPointer(bitPattern: entry.order + 1)
        if let child = current.pointee.children {
          node = child
          continue
        }
      }
      node = nextNode(after: current, within: root)
    }
  }

  /// The value of attribute `name` without copying it, when it is plain text (the usual case).
  static func attribute(_ node: xmlNodePtr, _ name: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
    property(node, name).flatMap(textValue)
  }

  /// The attribute `name` of `node`, whatever its value, if it has one.
  static func property(_ node: xmlNodePtr, _ name: UnsafePointer<CChar>) -> xmlAttrPtr? {
    var property = node.pointee.properties
    let first = UInt8(bitPattern: name[0])
    while let current = property {
      // The first byte before a call: most attributes of an element differ there.
      if let propertyName = current.pointee.name, propertyName[0] == first,
        strcmp(UnsafeRawPointer(propertyName).assumingMemoryBound(to: CChar.self), name) == 0
      {
        return current
      }
      property = current.pointee.next
    }
    return nil
  }

  /// An attribute's value when it is plain text (the usual case), without copying it.
  static func textValue(_ attribute: xmlAttrPtr) -> UnsafePointer<CChar>? {
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
    let byId = self.ids
    return ids.count == 1
      ? byId.entries(ids[0]) ?? [] : ids.flatMap { byId.entries($0) ?? [] }.sorted { $0.order < $1.order }
  }

  /// Entries with the class token `token`.
  func entries(class token: String) -> [Entry] { classEntries(.token, token) }

  /// Entries whose class attribute contains `fragment` anywhere (XPath `contains(@class, …)`).
  func entries(classContaining fragment: String) -> [Entry] { classEntries(.fragment, fragment) }

  /// Entries with a class token starting with `prefix`, in document order.
  func entries(classPrefix prefix: String) -> [Entry] { classEntries(.prefix, prefix) }

  /// Entries that carry attribute `name`.
  func entries(withAttribute name: String) -> [Entry] { names.entries(name) ?? [] }

  /// Entries with tag name `tag`.
  func entries(tag: String) -> [Entry] { tags.entries(tag) ?? [] }

  /// Every lookup of the index as text (each group's key and its entries' orders), and every
  /// entry's order and node: what the tests compare between an index built from the builder's
  /// records and one built by the walk.
  func contents() -> [String] {
    func lines(_ kind: String, _ groups: Groups) -> [String] {
      groups.lists.map { group in
        kind + " " + String(cString: group.key.pointer) + ": "
          + group.entries.map { String($0.order) }.joined(separator: ",")
      }
    }
    let entries = all.map { entry in
      let inside = descendantOrders(of: HTMLNode(document: document, pointer: entry.node))
      return
        "\(entry.order) \(UInt(bitPattern: entry.node)) \(Self.order(of: entry.node) ?? -1) \(String(describing: inside))"
    }
    return entries + lines("id", ids) + lines("class", classes) + lines("name", names) + lines("tag", tags)
  }

  /// Elements with a class token that starts with `prefix`, in document order.
  package func elements(classPrefix prefix: String) -> [HTMLNode] { nodes(entries(classPrefix: prefix)) }
}

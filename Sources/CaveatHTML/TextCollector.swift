import CLibXML2

/// Gathers descendant text iteratively (pages nest deeply; recursion could overflow).
enum TextCollector {
  static func collect(from start: xmlNodePtr, raw: Bool) -> String {
    collect(from: start, raw: raw, limit: nil) ?? ""
  }

  /// The text, or nil as soon as it holds more than `limit` bytes that are not ASCII white
  /// space (nil limit: no limit).
  static func collect(from start: xmlNodePtr, raw: Bool, limit: Int?) -> String? {
    var counted = 0
    var bytes: [UInt8] = []
    var node: xmlNodePtr? = start
    while let current = node {
      var descend = true
      switch current.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          let run = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
          if let limit {
            // Counted a node at a time: the answer (nil past the limit) is the same as byte by
            // byte, without a test per byte appended.
            for byte in run where byte != 0x20 && (byte > 0x0D || byte < 0x09) { counted += 1 }
            if counted > limit { return nil }
          }
          bytes.append(contentsOf: run)
        }
      case XML_ELEMENT_NODE:
        if !raw, let name = current.pointee.name {
          let key = packed(name)
          if let key, skippedNames.contains(key) { descend = false }
          // Block boundaries become spaces so "<p>a</p><p>b</p>" reads "a b", while inline
          // elements join ("<span>$</span><span>25</span>" reads "$25").
          if isBlock(name, packed: key) { bytes.append(0x20) }
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
        if !raw, up.pointee.type == XML_ELEMENT_NODE, let name = up.pointee.name, isBlock(name, packed: packed(name)) {
          bytes.append(0x20)
        }
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

  /// ``blockNames`` of up to eight bytes, packed as ``packed(_:)`` packs them, sorted for a
  /// binary search (no hashing per element).
  private static let packedBlockNames: [UInt64] = blockNames.filter { $0.utf8.count <= 8 }.map(pack).sorted()

  /// Elements whose content is no text a reader sees: script, style, template and noscript.
  private static let skippedNames: [UInt64] = ["script", "style", "template", "noscript"].map(pack)

  private static func pack(_ name: String) -> UInt64 {
    name.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }

  /// The bytes of a name of up to eight bytes in one integer, without making a string; nil for
  /// a longer name.
  private static func packed(_ name: UnsafePointer<UInt8>) -> UInt64? {
    var value: UInt64 = 0
    for offset in 0..<9 {
      let byte = name[offset]
      if byte == 0 { return value }
      if offset == 8 { return nil }
      value |= UInt64(byte) << (8 * UInt64(offset))
    }
    return nil
  }

  private static func isBlock(_ name: UnsafePointer<UInt8>, packed key: UInt64?) -> Bool {
    guard let key else { return blockNames.contains(String(cString: name)) }
    return packedBlockNames.withUnsafeBufferPointer { names in
      var low = 0
      var high = names.count
      while low < high {
        let middle = (low + high) / 2
        if names[middle] < key { low = middle + 1 } else { high = middle }
      }
      return low < names.count && names[low] == key
    }
  }
}

import CLibXML2

/// Gathers descendant text iteratively (pages nest deeply; recursion could overflow).
enum TextCollector {
  static func collect(from start: xmlNodePtr, raw: Bool) -> String {
    collect(from: start, raw: raw, limit: nil) ?? ""
  }

  /// The text, or nil as soon as it holds more than `limit` bytes that are not ASCII white
  /// space (nil limit: no limit).
  static func collect(from start: xmlNodePtr, raw: Bool, limit: Int?) -> String? {
    let limit = limit ?? Int.max
    var counted = 0
    var bytes: [UInt8] = []
    var node: xmlNodePtr? = start
    while let current = node {
      var descend = true
      switch current.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          var cursor = content
          while cursor.pointee != 0 {
            let byte = cursor.pointee
            bytes.append(byte)
            if byte != 0x20, byte > 0x0D || byte < 0x09 {
              counted += 1
              if counted > limit { return nil }
            }
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

  /// ``blockNames`` of up to eight bytes, packed as ``packed(_:)`` packs them.
  private static let packedBlockNames: Set<UInt64> = Set(
    blockNames.filter { $0.utf8.count <= 8 }.map { name in
      name.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    })

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

  private static func isBlock(_ node: xmlNodePtr) -> Bool {
    guard let name = node.pointee.name else { return false }
    if let key = packed(name) { return packedBlockNames.contains(key) }
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

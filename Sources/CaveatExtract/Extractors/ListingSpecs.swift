import CaveatCore
import CaveatHTML

/// What the listing promises: its specifications and description.
///
/// Specifications come from schema.org (`additionalProperty`, `material`, `size`, `weight` of a
/// JSON-LD product) and from the tables, definition lists and bullet lists under a heading such
/// as "Specifications", "Product details", "Technische Details", "Caractéristiques",
/// "Especificaciones", "仕様" or "规格参数". The description comes from the JSON-LD product, else
/// from an element marked as the description.
enum ListingSpecs {
  /// The most spec lines kept, and the longest name and value.
  static let maximumLines = 40
  static let maximumName = 80
  static let maximumValue = 200

  /// Headings that introduce a spec list, folded to lower case.
  static let headings = [
    "specifications", "specification", "specs", "technical details", "product details", "product information",
    "item specifics", "details", "technische details", "produktinformation", "produktdetails", "caractéristiques",
    "caractéristiques techniques", "détails du produit", "fiche technique", "especificaciones",
    "detalles del producto", "características", "specifiche", "dettagli prodotto", "仕様", "商品の情報", "製品仕様",
    "规格参数", "规格", "产品参数", "商品参数",
  ]

  /// ``headings`` as a set, for the per-heading lookup.
  private static let headingSet = Set(headings)

  /// Fills `listing.specs` and `listing.description` from the page, leaving what it cannot read
  /// absent.
  static func fill(_ listing: inout Listing, _ page: PageContext) {
    var lines: [ListingSpec] = []
    var description: String?
    for product in products(in: page.jsonLD) {
      if description == nil, let text = product["description"].string { description = clean(text, 1000) }
      for key in ["material", "size", "weight"] {
        let value = product[key]
        let text =
          value.string
          ?? [value["value"].string, value["unitText"].string ?? value["unitCode"].string].compactMap { $0 }
          .joined(separator: " ")
        add(ListingSpec(name: key, value: text, key: key), to: &lines)
      }
      for property in product["additionalProperty"].list {
        if let name = property["name"].string, let value = property["value"].string {
          add(ListingSpec(name: name, value: value, key: normalisedKey(name)), to: &lines)
        }
      }
    }
    for list in specLists(page) { for line in read(list) { add(line, to: &lines) } }
    if description == nil {
      let node =
        page.first("//*[@itemprop='description']") ?? page.first("//*[@id='productDescription']")
        ?? page.first("//*[@id='feature-bullets']")
      if let text = node?.text { description = clean(text, 1000) }
    }
    if !lines.isEmpty { listing.specs = lines }
    if let description, !description.isEmpty { listing.description = description }
  }

  private static func add(_ line: ListingSpec, to lines: inout [ListingSpec]) {
    let name = clean(line.name, maximumName).trimmingLabelMarks
    let value = clean(line.value, maximumValue)
    guard lines.count < maximumLines, !name.isEmpty, value.contains(where: { $0.isLetter || $0.isNumber }),
      name != value,
      !lines.contains(where: { $0.name.lowercased() == name.lowercased() })
    else { return }
    lines.append(ListingSpec(name: name, value: value, key: line.key ?? normalisedKey(name)))
  }

  /// The JSON-LD objects typed Product (in `@graph` too).
  private static func products(in values: [JSONValue]) -> [JSONValue] {
    var found: [JSONValue] = []
    func visit(_ value: JSONValue, depth: Int) {
      guard depth < 6 else { return }
      if let members = value.object {
        let types = members["@type"].map { $0.list.compactMap(\.string) + [$0.string].compactMap { $0 } } ?? []
        if types.contains(where: { $0.hasSuffix("Product") || $0 == "IndividualProduct" }) { found.append(value) }
        for key in ["@graph", "mainEntity", "itemOffered"] {
          if let child = members[key] { visit(child, depth: depth + 1) }
        }
      } else {
        for element in value.list { visit(element, depth: depth + 1) }
      }
    }
    for value in values { visit(value, depth: 0) }
    return found
  }

  /// The first table, definition list or bullet list after each spec heading.
  private static func specLists(_ page: PageContext) -> [HTMLNode] {
    var lists: [HTMLNode] = []
    for heading in page.select("//h1|//h2|//h3|//h4|//h5|//h6|//summary|//legend") {
      // A spec heading is a few words: longer headings are not cleaned at all.
      let text = heading.text
      guard text.utf8.count <= 120 else { continue }
      let title = clean(text, 60).lowercased().trimmingLabelMarks
      guard headingSet.contains(title), let list = page.firstFollowing(heading, tags: ["table", "dl", "ul"]) else {
        continue
      }
      lists.append(list)
    }
    return lists
  }

  /// The name–value lines of a table (th/td or two cells), a `<dl>` or a list of "Name: value".
  private static func read(_ list: HTMLNode) -> [ListingSpec] {
    var lines: [ListingSpec] = []
    switch list.name.lowercased() {
    case "table":
      for row in (try? list.select(".//tr")) ?? [] {
        let cells = row.children.filter { ["th", "td"].contains($0.name.lowercased()) }
        if cells.count == 2 { lines.append(ListingSpec(name: cells[0].text, value: cells[1].text)) }
      }
    case "dl":
      let terms = ((try? list.select("./dt")) ?? []).map(\.text)
      let values = ((try? list.select("./dd")) ?? []).map(\.text)
      for (name, value) in zip(terms, values) { lines.append(ListingSpec(name: name, value: value)) }
    default:
      for item in (try? list.select("./li")) ?? [] {
        let text = clean(item.text, 300)
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
        lines.append(
          ListingSpec(name: String(text[..<colon]), value: String(text[text.index(after: colon)...])))
      }
    }
    return lines
  }

  /// `material`, `size`, `weight`, `power` or `contents` for a name that says so.
  static func normalisedKey(_ name: String) -> String? {
    let folded = name.lowercased()
    let keys: [(String, [String])] = [
      ("material", ["material", "matière", "matériau", "materiale", "素材", "材质", "材料", "fabric"]),
      ("weight", ["weight", "poids", "gewicht", "peso", "重量", "重さ", "净重"]),
      (
        "size",
        ["size", "dimension", "taille", "abmessung", "größe", "tamaño", "medidas", "サイズ", "尺寸", "寸法", "length"]
      ),
      ("power", ["power", "watt", "puissance", "leistung", "potencia", "voltage", "tension", "電源", "功率", "电压"]),
      (
        "contents",
        ["contents", "included", "in the box", "contenu", "lieferumfang", "contenido", "付属品", "内容", "包装清单"]
      ),
    ]
    return keys.first { _, words in words.contains { folded.containsLiteral($0) } }?.0
  }

  /// Direction marks and zero-width spaces (Amazon's detail lists carry them) are not text.
  private static let marks: Set<Character> = ["\u{200E}", "\u{200F}", "\u{200B}", "\u{FEFF}", "\u{202A}", "\u{202C}"]

  /// `text` without marks, its blanks collapsed to single spaces, cut to `length` characters
  /// with "…" when longer; in one pass that stops once the cut is known.
  private static func clean(_ text: String, _ length: Int) -> String {
    if let ascii = cleanASCII(text, length) { return ascii }
    var out = ""
    var count = 0
    var pendingSpace = false
    for character in text where !marks.contains(character) {
      if character.isWhitespace || character.isNewline {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        out.append(" ")
        count += 1
        pendingSpace = false
      }
      out.append(character)
      count += 1
      if count > length { return String(out.prefix(length)) + "…" }
    }
    return out
  }

  /// ``clean(_:_:)`` for text that is all ASCII (most spec tables), on bytes: there are no marks,
  /// each byte is one character, and the blanks are tab, the line breaks and space. Nil when the
  /// text is not ASCII.
  private static func cleanASCII(_ text: String, _ length: Int) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(min(bytes.count, length + 1))
      var pendingSpace = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          pendingSpace = !out.isEmpty
          continue
        }
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        out.append(byte)
        if out.count > length {
          // Rest must still be ASCII for the byte count to be the character count.
          return String(decoding: out.prefix(length), as: UTF8.self) + "…"
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}

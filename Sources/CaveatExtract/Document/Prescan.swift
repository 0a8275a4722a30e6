import CLibXML2
import Foundation

/// The text of a `<script>` element an extractor asked for.
public struct PageScript: Sendable, Hashable {
  /// The `type` attribute, lowercased (nil when absent).
  public var type: String?
  /// The `id` attribute.
  public var id: String?
  /// The body, as libxml2 would store it (no entity decoding inside scripts).
  public var text: String

  /// Creates a script record.
  public init(type: String?, id: String?, text: String) {
    self.type = type
    self.id = id
    self.text = text
  }

  /// Whether this is a JSON-LD block.
  public var isJSONLD: Bool { type?.contains("ld+json") ?? false }
}

/// Which scripts the extractors read; everything else is dropped.
public struct ScriptInterest: Sendable {
  /// `type` attribute values (lowercased, substring match) that are always kept.
  public var types: [String]
  /// Byte strings whose presence in a body keeps the script.
  public var markers: [String]

  /// Creates an interest filter.
  public init(types: [String], markers: [String]) {
    self.types = types
    self.markers = markers
  }

  func wants(type: String?, body: UnsafeBufferPointer<UInt8>) -> Bool {
    if let type, types.contains(where: { type.contains($0) }) { return true }
    guard body.count > 0, let base = body.baseAddress else { return false }
    for marker in markers {
      let found = marker.utf8.withContiguousStorageIfAvailable { needle -> Bool in
        guard let needleBase = needle.baseAddress else { return false }
        return searchBytes(base, body.count, needleBase, needle.count) != nil
      }
      if found == true { return true }
    }
    return false
  }
}

/// A byte-level pass over the page before libxml2 sees it.
///
/// It finds the scripts the extractors need, and (in the fast mode) removes every `<script>`
/// and `<style>` body from what libxml2 parses: those bodies are most of a saved page's bytes
/// and no DOM rule reads them. It also defuses inputs that would make libxml2 slow or silent:
/// tags with thousands of attributes (the 2.9 parser checks duplicates quadratically) are cut
/// to ``maxAttributes``, and an unterminated comment is reported.
///
/// Tag boundaries follow libxml2 2.9's HTML tokenizer: comments end at `-->`, a script or style
/// body ends at the first case-insensitive `</script` (or `</style`), `<script/>` has no body.
public struct PrescannedPage: Sendable {
  /// The bytes to hand to libxml2.
  public var html: [UInt8]
  /// The scripts that matched the interest filter, in document order.
  public var scripts: [PageScript]
  /// The URL from a browser's `<!-- saved from url=(NNNN)… -->` comment, if any.
  public var savedFromURL: String?
  /// Warnings about the input.
  public var warnings: [String]
  /// Whether the page seems cut short (no `</html>` or `</body>`).
  public var looksTruncated: Bool
  /// Whether an unterminated comment swallows the rest of the page.
  public var unterminatedComment: Bool
  /// Whether anything but the comment (or nothing) precedes an unterminated comment.
  public var contentBeforeUnterminatedComment: Bool
  /// Whether script and style bodies were dropped from ``html``: false when not asked for, and
  /// when a body starts with another element's end tag (`<script></div>`). libxml2 reads such an
  /// end tag as markup and may resume script text somewhere the scan cannot predict, so the
  /// page is kept whole and its scripts are read from the tree, as on the full path.
  public var bodiesStripped: Bool

  /// Attributes kept per tag.
  public static let maxAttributes = 1_000

  /// Scans `bytes` (UTF-8).
  ///
  /// - Parameters:
  ///   - bytes: The page.
  ///   - interest: Which scripts to keep.
  ///   - stripBodies: Whether to drop script and style bodies from ``html``.
  public init(bytes: [UInt8], interest: ScriptInterest, stripBodies: Bool) {
    // NUL bytes go first, on every path: libxml2 treats one inside a tag unpredictably (the
    // rest of the tag, or of the page, can be lost), so neither it nor the scan ever sees them.
    // The scan still counts them for the warning.
    var scanner = Scanner(interest: interest, strip: stripBodies)
    let nuls = bytes.withUnsafeBufferPointer { scanner.countNULs($0) }
    let input = nuls > 0 ? bytes.filter { $0 != 0 } : bytes
    input.withUnsafeBufferPointer { scanner.run($0) }
    bodiesStripped = stripBodies
    if stripBodies && scanner.ambiguousBody {
      scanner = Scanner(interest: interest, strip: false)
      _ = bytes.withUnsafeBufferPointer { scanner.countNULs($0) }
      input.withUnsafeBufferPointer { scanner.run($0) }
      bodiesStripped = false
    }
    html = scanner.modified ? scanner.output : input
    scripts = scanner.scripts
    savedFromURL = scanner.savedFromURL
    warnings = scanner.warnings
    looksTruncated = !scanner.sawBodyOrHTMLEnd
    unterminatedComment = scanner.unterminatedComment
    contentBeforeUnterminatedComment = scanner.contentBeforeComment
  }
}

private struct Scanner {
  let interest: ScriptInterest
  let strip: Bool
  var output: [UInt8] = []
  var modified = false
  var scripts: [PageScript] = []
  var savedFromURL: String?
  var warnings: [String] = []
  var sawBodyOrHTMLEnd = false
  var unterminatedComment = false
  /// A script or style body that starts with an end tag other than its own.
  var ambiguousBody = false
  var contentBeforeComment = false
  var copiedUpTo = 0

  init(interest: ScriptInterest, strip: Bool) {
    self.interest = interest
    self.strip = strip
  }

  /// Counts the NUL bytes in `page`, warning when there are any.
  mutating func countNULs(_ page: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = page.baseAddress else { return 0 }
    let end = page.count
    var nuls = 0
    var scan = 0
    while scan < end, let hit = memchr(base + scan, 0, end - scan) {
      nuls += 1
      scan = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
    }
    if nuls > 0 {
      warnings.append("the page contains \(nuls) NUL byte\(nuls == 1 ? "" : "s"); they were skipped")
    }
    return nuls
  }

  mutating func run(_ page: UnsafeBufferPointer<UInt8>) {
    guard let base = page.baseAddress else { return }
    let end = page.count
    if strip { output.reserveCapacity(end / 2) }
    var index = 0
    var cutAttributesWarned = false
    while index < end {
      guard let hit = memchr(base + index, 0x3C, end - index) else { break }
      let lt = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard lt + 1 < end else { break }
      let next = page[lt + 1]
      if next == 0x21 {  // "<!"
        if lt + 3 < end, page[lt + 2] == 0x2D, page[lt + 3] == 0x2D {
          guard let close = find(page, "-->", from: lt + 4) else {
            unterminatedComment = true
            contentBeforeComment = containsMarkup(page, before: lt)
            warnings.append(
              "an unterminated comment (<!-- without -->) swallows the rest of the page; it was not read")
            break
          }
          if savedFromURL == nil, lt < 4096 {
            savedFromURL = Self.savedFrom(page, from: lt + 4, to: close)
          }
          index = close + 3
        } else if matchesName(page, at: lt + 2, "doctype") {
          index = findByte(page, 0x3E, from: lt + 2).map { $0 + 1 } ?? end
        } else {
          // libxml2 2.9 reads any other "<!" as text: what follows may be markup.
          index = lt + 1
        }
        continue
      }
      if next == 0x2F, lt + 2 < end, !isNameStart(page[lt + 2]) {
        // "</" without a name: libxml2 drops the two bytes and reads on.
        index = lt + 2
        continue
      }
      if next == 0x2F {  // end tag
        if matchesName(page, at: lt + 2, "body") || matchesName(page, at: lt + 2, "html") {
          sawBodyOrHTMLEnd = true
        }
        index = findByte(page, 0x3E, from: lt + 2).map { $0 + 1 } ?? end
        continue
      }
      guard isLetter(next) else {
        index = lt + 1
        continue
      }
      var cursor = lt + 1
      while cursor < end, isNameByte(page[cursor]) { cursor += 1 }
      let isScript = cursor - lt - 1 == 6 && matchesName(page, at: lt + 1, "script")
      let isStyle = cursor - lt - 1 == 5 && matchesName(page, at: lt + 1, "style")
      // Attributes.
      var attributes = 0
      var type: String?
      var id: String?
      var selfClosed = false
      var tagEnd: Int?
      var cutAt: Int?
      // Attributes are read as libxml2 2.9 reads them (htmlParseStartTag): a name is a run of
      // letters, digits and ":-_." starting with a letter or ":_."; anything else is a bogus
      // attribute, skipped up to the next blank or the end of the tag, quotes and all. Reading
      // `a"b<c` as the start of a quoted value instead would put the tag's end, and every
      // comment and script after it, somewhere libxml2 does not.
      func endsTag(_ index: Int) -> Bool {
        page[index] == 0x3E || (page[index] == 0x2F && index + 1 < end && page[index + 1] == 0x3E)
      }
      while cursor < end {
        let byte = page[cursor]
        if isBlank(byte) {
          cursor += 1
          continue
        }
        if byte == 0x3E {
          tagEnd = cursor
          break
        }
        if byte == 0x2F, cursor + 1 < end, page[cursor + 1] == 0x3E {
          selfClosed = true
          tagEnd = cursor + 1
          break
        }
        guard isNameStart(byte) else {
          while cursor < end, !isBlank(page[cursor]), !endsTag(cursor) { cursor += 1 }
          continue
        }
        let nameStart = cursor
        while cursor < end, isNameByte(page[cursor]) { cursor += 1 }
        let nameEnd = cursor
        var valueRange: Range<Int>?
        var probe = cursor
        while probe < end, isBlank(page[probe]) { probe += 1 }
        if probe < end, page[probe] == 0x3D {
          probe += 1
          while probe < end, isBlank(page[probe]) { probe += 1 }
          guard probe < end else {
            cursor = end
            break
          }
          let quote = page[probe]
          if quote == 0x22 || quote == 0x27 {
            guard let close = findByte(page, quote, from: probe + 1) else {
              // An unclosed quote: libxml2's recovery here is hard to mirror, so stop
              // rewriting and hand the rest of the page over untouched.
              finish(page, end: end)
              return
            }
            valueRange = (probe + 1)..<close
            cursor = close + 1
          } else {
            let start = probe
            while probe < end, !isBlank(page[probe]), page[probe] != 0x3E { probe += 1 }
            valueRange = start..<probe
            cursor = probe
          }
        }
        attributes += 1
        if attributes == PrescannedPage.maxAttributes { cutAt = cursor }
        if isScript, let valueRange {
          if nameEnd - nameStart == 4, matchesName(page, at: nameStart, "type") {
            type = String(decoding: page[valueRange], as: UTF8.self).lowercased()
          } else if nameEnd - nameStart == 2, matchesName(page, at: nameStart, "id") {
            id = String(decoding: page[valueRange], as: UTF8.self)
          }
        }
      }
      guard let tagEnd else {
        break
      }
      if let cutAt, attributes > PrescannedPage.maxAttributes {
        copy(page, upTo: cutAt)
        copiedUpTo = selfClosed ? tagEnd - 1 : tagEnd
        modified = true
        if !cutAttributesWarned {
          cutAttributesWarned = true
          warnings.append(
            "a tag with \(attributes) attributes was cut to the first \(PrescannedPage.maxAttributes)")
        }
      }
      index = tagEnd + 1
      guard (isScript || isStyle), !selfClosed else { continue }
      let bodyStart = tagEnd + 1
      let endTag: StaticString = isScript ? "</script" : "</style"
      let bodyEnd = findEndTag(page, endTag, from: bodyStart) ?? end
      // libxml2 checks for an end tag before it reads a body as text: `<script></div>` closes
      // the div (and the script) there.
      if bodyEnd != bodyStart, bodyStart + 1 < end, page[bodyStart] == 0x3C, page[bodyStart + 1] == 0x2F {
        ambiguousBody = true
      }
      // libxml2 stops the body's text at `</scriptx` too, but only an end tag named exactly
      // `script` closes the element: after `</scriptmin …>` the body goes on to the next one.
      let afterName = bodyEnd + endTag.utf8CodeUnitCount
      if afterName < end, isNameByte(page[afterName]) {
        ambiguousBody = true
      }
      if isScript {
        let body = UnsafeBufferPointer(rebasing: page[bodyStart..<bodyEnd])
        if interest.wants(type: type, body: body) {
          scripts.append(PageScript(type: type, id: id, text: Self.scriptText(body)))
        }
      }
      if strip, bodyEnd > bodyStart {
        copy(page, upTo: bodyStart)
        copiedUpTo = bodyEnd
        modified = true
      }
      index = bodyEnd
    }
    finish(page, end: end)
  }

  private mutating func finish(_ page: UnsafeBufferPointer<UInt8>, end: Int) {
    if modified { copy(page, upTo: end) }
    if !sawBodyOrHTMLEnd {
      let tail = max(0, end - 4096)
      if find(page, "</html", from: tail, caseInsensitive: true) != nil
        || find(page, "</body", from: tail, caseInsensitive: true) != nil
      {
        sawBodyOrHTMLEnd = true
      }
    }
  }

  private mutating func copy(_ page: UnsafeBufferPointer<UInt8>, upTo limit: Int) {
    guard limit > copiedUpTo else { return }
    output.append(contentsOf: page[copiedUpTo..<limit])
    copiedUpTo = limit
  }

  private func containsMarkup(_ page: UnsafeBufferPointer<UInt8>, before limit: Int) -> Bool {
    var index = 0
    while index < limit {
      if page[index] == 0x3C, index + 1 < limit, isLetter(page[index + 1]) { return true }
      index += 1
    }
    return false
  }

  /// A script body as libxml2 stores it: characters XML does not allow (C0 controls other than
  /// tab, line feed and carriage return; U+FFFE and U+FFFF) are dropped, so the text read here
  /// and the text of the parsed tree are the same.
  static func scriptText(_ body: UnsafeBufferPointer<UInt8>) -> String {
    var clean = true
    var index = 0
    while index < body.count {
      let byte = body[index]
      if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        || (byte == 0xEF && index + 2 < body.count && body[index + 1] == 0xBF && body[index + 2] >= 0xBE)
      {
        clean = false
        break
      }
      index += 1
    }
    if clean { return String(decoding: body, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(body.count)
    index = 0
    while index < body.count {
      let byte = body[index]
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
        index += 1
        continue
      }
      if byte == 0xEF, index + 2 < body.count, body[index + 1] == 0xBF, body[index + 2] >= 0xBE {
        index += 3
        continue
      }
      bytes.append(byte)
      index += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func savedFrom(_ page: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String? {
    let text = String(decoding: page[from..<to], as: UTF8.self)
    guard let range = text.range(of: "saved from url=") else { return nil }
    var rest = text[range.upperBound...]
    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
      rest = rest[rest.index(after: close)...]
    }
    let url = rest.prefix { !$0.isWhitespace }
    return url.isEmpty ? nil : String(url)
  }
}

private func isLetter(_ byte: UInt8) -> Bool {
  (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
}

private func isNameByte(_ byte: UInt8) -> Bool {
  isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x3A
    || byte == 0x2E
}

/// Whether a tag or attribute name may start with `byte` (libxml2's htmlParseHTMLName).
private func isNameStart(_ byte: UInt8) -> Bool {
  isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
}

/// libxml2's blank (IS_BLANK_CH): no form feed, unlike HTML's white space.
private func isBlank(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

private func lower(_ byte: UInt8) -> UInt8 {
  (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
}

private func matchesName(_ page: UnsafeBufferPointer<UInt8>, at index: Int, _ name: StaticString)
  -> Bool
{
  let count = name.utf8CodeUnitCount
  guard index + count <= page.count else { return false }
  let start = name.utf8Start
  for offset in 0..<count where lower(page[index + offset]) != start[offset] { return false }
  return true
}

private func findByte(_ page: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int) -> Int? {
  guard from < page.count, let base = page.baseAddress,
    let hit = memchr(base + from, Int32(byte), page.count - from)
  else { return nil }
  return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
}

private func find(
  _ page: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int,
  caseInsensitive: Bool = false
) -> Int? {
  guard from < page.count, let base = page.baseAddress else { return nil }
  if !caseInsensitive {
    guard
      let hit = searchBytes(base + from, page.count - from, needle.utf8Start, needle.utf8CodeUnitCount)
    else { return nil }
    return base.distance(to: hit)
  }
  var index = from
  while let lt = findByte(page, needle.utf8Start[0], from: index) {
    if matchesName(page, at: lt, needle) { return lt }
    index = lt + 1
  }
  return nil
}

/// The start of the first `</name` (case-insensitive) at or after `from`.
private func findEndTag(_ page: UnsafeBufferPointer<UInt8>, _ tag: StaticString, from: Int) -> Int? {
  var index = from
  while let lt = findByte(page, 0x3C, from: index) {
    if lt + 1 < page.count, page[lt + 1] == 0x2F, matchesName(page, at: lt, tag) { return lt }
    index = lt + 1
  }
  return nil
}

/// The first occurrence of `needle` in `haystack`.
///
/// Long haystacks (script bodies) go to glibc's `memmem`, which skips ahead on pairs of bytes:
/// a first-byte `memchr` stops at every "u" or "_" of a script, and the script markers start
/// with such bytes. Short ones (phrases in a line of text, searched thousands of times per
/// page) take `memchr` on the first byte and `memcmp`, with no set-up cost per call.
func searchBytes(
  _ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafePointer<UInt8>, _ needleCount: Int
) -> UnsafePointer<UInt8>? {
  guard needleCount > 0, count >= needleCount else { return nil }
  if count >= 4096 {
    guard let hit = caveat_memmem(haystack, count, needle, needleCount) else { return nil }
    return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
  }
  let first = Int32(needle.pointee)
  var offset = 0
  let last = count - needleCount
  while offset <= last {
    guard let raw = memchr(haystack + offset, first, last - offset + 1) else { return nil }
    let hit = raw.assumingMemoryBound(to: UInt8.self)
    if memcmp(hit, needle, needleCount) == 0 { return UnsafePointer(hit) }
    offset = haystack.distance(to: hit) + 1
  }
  return nil
}

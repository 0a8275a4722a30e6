import Foundation

/// The byte scan behind ``PrescannedPage``: one pass from `<` to `<`, reading tags as libxml2
/// 2.9's HTML tokenizer does.
struct PrescanScanner {
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
  /// Whether the warning about a tag cut to its first attributes was given.
  var cutAttributesWarned = false

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

  /// Scans the page tag by tag: each `<` is handed to the reader of what it starts (a comment,
  /// a doctype or other `<!`, an end tag, a start tag with its attributes and, for script and
  /// style, its raw-text body), which says where the scan goes on.
  mutating func run(_ page: UnsafeBufferPointer<UInt8>) {
    guard let base = page.baseAddress else { return }
    let end = page.count
    if strip { output.reserveCapacity(end / 2) }
    var index = 0
    scan: while index < end {
      guard let hit = memchr(base + index, 0x3C, end - index) else { break }
      let lt = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard lt + 1 < end else { break }
      let next = page[lt + 1]
      let step: Step
      if next == 0x21 {  // "<!"
        step = markupDeclaration(page, at: lt)
      } else if next == 0x2F {  // "</"
        step = endTag(page, at: lt)
      } else if isLetter(next) {
        step = startTag(page, at: lt)
      } else {
        step = .resume(lt + 1)
      }
      switch step {
      case .resume(let resume): index = resume
      case .stop: break scan
      case .finished: return
      }
    }
    finish(page, end: end)
  }

  /// Where the scan goes after one piece of markup.
  enum Step {
    /// On from this offset.
    case resume(Int)
    /// Nothing more to scan: finish the page.
    case stop
    /// The page was finished already (the rest was handed over untouched).
    case finished
  }

  /// `<!`: a comment, a doctype, or (in libxml2 2.9) text.
  @inline(__always)
  private mutating func markupDeclaration(_ page: UnsafeBufferPointer<UInt8>, at lt: Int) -> Step {
    let end = page.count
    if lt + 3 < end, page[lt + 2] == 0x2D, page[lt + 3] == 0x2D { return comment(page, at: lt) }
    if matchesName(page, at: lt + 2, "doctype") {
      return .resume(findByte(page, 0x3E, from: lt + 2).map { $0 + 1 } ?? end)
    }
    // libxml2 2.9 reads any other "<!" as text: what follows may be markup.
    return .resume(lt + 1)
  }

  /// `<!--`: skipped to its `-->`; an unterminated one swallows the rest of the page. The first
  /// comment near the top may carry the browser's "saved from" URL.
  @inline(__always)
  private mutating func comment(_ page: UnsafeBufferPointer<UInt8>, at lt: Int) -> Step {
    guard let close = find(page, "-->", from: lt + 4) else {
      unterminatedComment = true
      contentBeforeComment = containsMarkup(page, before: lt)
      warnings.append(
        "an unterminated comment (<!-- without -->) swallows the rest of the page; it was not read")
      return .stop
    }
    if savedFromURL == nil, lt < 4096 {
      savedFromURL = Self.savedFrom(page, from: lt + 4, to: close)
    }
    return .resume(close + 3)
  }

  /// `</`: an end tag, skipped to its `>` (noting `</body>` and `</html>`); `</` without a
  /// name is dropped by libxml2, which reads on.
  @inline(__always)
  private mutating func endTag(_ page: UnsafeBufferPointer<UInt8>, at lt: Int) -> Step {
    let end = page.count
    if lt + 2 < end, !isNameStart(page[lt + 2]) { return .resume(lt + 2) }
    if matchesName(page, at: lt + 2, "body") || matchesName(page, at: lt + 2, "html") {
      sawBodyOrHTMLEnd = true
    }
    return .resume(findByte(page, 0x3E, from: lt + 2).map { $0 + 1 } ?? end)
  }

  /// A start tag: its attributes (a tag with too many is cut), then, for `<script>` and
  /// `<style>`, the raw-text body.
  @inline(__always)
  private mutating func startTag(_ page: UnsafeBufferPointer<UInt8>, at lt: Int) -> Step {
    let end = page.count
    var cursor = lt + 1
    while cursor < end, isNameByte(page[cursor]) { cursor += 1 }
    let isScript = cursor - lt - 1 == 6 && matchesName(page, at: lt + 1, "script")
    let isStyle = cursor - lt - 1 == 5 && matchesName(page, at: lt + 1, "style")
    var tag = TagAttributes()
    readAttributes(page, from: cursor, isScript: isScript, into: &tag)
    if tag.unclosedQuote {
      // libxml2's recovery here is hard to mirror, so stop rewriting and hand the rest of the
      // page over untouched.
      finish(page, end: end)
      return .finished
    }
    guard let tagEnd = tag.end else { return .stop }
    if let cutAt = tag.cutAt, tag.count > PrescannedPage.maxAttributes {
      cutAttributes(page, at: cutAt, tagEnd: tagEnd, selfClosed: tag.selfClosed, count: tag.count)
    }
    guard isScript || isStyle, !tag.selfClosed else { return .resume(tagEnd + 1) }
    return .resume(rawTextBody(page, from: tagEnd + 1, isScript: isScript, type: tag.type, id: tag.id))
  }

  /// What a start tag's attributes hold, as far as the scan cares.
  struct TagAttributes {
    /// How many attributes the tag has.
    var count = 0
    /// A script's `type` (lowercased) and `id`.
    var type: String?
    var id: String?
    /// Whether the tag ends with `/>`.
    var selfClosed = false
    /// The offset of the tag's `>`, or nil when the page ends first.
    var end: Int?
    /// Where the attribute past ``PrescannedPage/maxAttributes`` would start.
    var cutAt: Int?
    /// Whether a quoted value runs to the end of the page.
    var unclosedQuote = false
  }

  /// Reads the attributes from `cursor` (just after the tag name) to the end of the tag.
  ///
  /// Attributes are read as libxml2 2.9 reads them (htmlParseStartTag): a name is a run of
  /// letters, digits and ":-_." starting with a letter or ":_."; anything else is a bogus
  /// attribute, skipped up to the next blank or the end of the tag, quotes and all. Reading
  /// `a"b<c` as the start of a quoted value instead would put the tag's end, and every comment
  /// and script after it, somewhere libxml2 does not.
  @inline(__always)
  private func readAttributes(
    _ page: UnsafeBufferPointer<UInt8>, from start: Int, isScript: Bool, into tag: inout TagAttributes
  ) {
    let end = page.count
    var cursor = start
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
        tag.end = cursor
        return
      }
      if byte == 0x2F, cursor + 1 < end, page[cursor + 1] == 0x3E {
        tag.selfClosed = true
        tag.end = cursor + 1
        return
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
        guard probe < end else { return }
        let quote = page[probe]
        if quote == 0x22 || quote == 0x27 {
          guard let close = findByte(page, quote, from: probe + 1) else {
            tag.unclosedQuote = true
            return
          }
          valueRange = (probe + 1)..<close
          cursor = close + 1
        } else {
          let valueStart = probe
          while probe < end, !isBlank(page[probe]), page[probe] != 0x3E { probe += 1 }
          valueRange = valueStart..<probe
          cursor = probe
        }
      }
      tag.count += 1
      if tag.count == PrescannedPage.maxAttributes { tag.cutAt = cursor }
      if isScript, let valueRange {
        if nameEnd - nameStart == 4, matchesName(page, at: nameStart, "type") {
          tag.type = String(decoding: page[valueRange], as: UTF8.self).lowercased()
        } else if nameEnd - nameStart == 2, matchesName(page, at: nameStart, "id") {
          tag.id = String(decoding: page[valueRange], as: UTF8.self)
        }
      }
    }
  }

  /// Drops the attributes past ``PrescannedPage/maxAttributes`` (from `cutAt` to the tag's end,
  /// keeping a `/>`), warning once per page.
  private mutating func cutAttributes(
    _ page: UnsafeBufferPointer<UInt8>, at cutAt: Int, tagEnd: Int, selfClosed: Bool, count: Int
  ) {
    copy(page, upTo: cutAt)
    copiedUpTo = selfClosed ? tagEnd - 1 : tagEnd
    modified = true
    if !cutAttributesWarned {
      cutAttributesWarned = true
      warnings.append("a tag with \(count) attributes was cut to the first \(PrescannedPage.maxAttributes)")
    }
  }

  /// A script or style body from `bodyStart` to its end tag (or the end of the page): kept when
  /// the interest filter wants the script, dropped from the output when stripping. Returns
  /// where the scan goes on (the end tag).
  @inline(__always)
  private mutating func rawTextBody(
    _ page: UnsafeBufferPointer<UInt8>, from bodyStart: Int, isScript: Bool, type: String?, id: String?
  ) -> Int {
    let end = page.count
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
    return bodyEnd
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

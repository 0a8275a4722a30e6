import Glibc

extension EncodingSniffer {
  /// Start tags the head may hold; any other start tag (or `<body>`) begins the body.
  private static let headTags: Set<[UInt8]> = Set(
    [
      "html", "head", "base", "basefont", "bgsound", "link", "meta", "title", "noscript", "noframes", "style",
      "script", "template",
    ].map { Array($0.utf8) })

  /// Head elements whose content the tokenizer reads as text up to their end tag (`noscript`
  /// too: a browser runs scripts; `template` content is not the document's head).
  private static let rawTextTags: Set<[UInt8]> = Set(
    ["title", "noscript", "noframes", "style", "script", "template"].map { Array($0.utf8) })

  /// Looks for a `<meta charset>` or `<meta http-equiv=content-type>` anywhere in the head,
  /// where a browser's parser meets it and changes the encoding (the HTML standard's "change
  /// the encoding"): comments, doctypes and the text of `script`, `style`, `title`,
  /// `noscript`, `noframes` and `template` are skipped, and the search stops at `<body>`, at
  /// any other start tag that begins the body, or at text that is not whitespace. Linear:
  /// `memchr` finds each "<", and raw text is skipped to its end tag.
  static func lateDeclaration(_ bytes: [UInt8]) -> PrescanResult {
    let commentOpen = Array("<!--".utf8)
    let meta = Array("meta".utf8)
    var firstUnknown: String?
    let end = bytes.count
    var position = 0
    return bytes.withUnsafeBufferPointer { buffer -> PrescanResult in
      guard let base = buffer.baseAddress else { return .none }
      /// The index of the next `byte` at or after `from`, or nil.
      func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < end, let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
      }
      /// Whether the bytes at `offset` are `pattern`, ASCII case-insensitively (pattern lowercase).
      func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= end else { return false }
        for index in 0..<pattern.count where lower(buffer[offset + index]) != pattern[index] { return false }
        return true
      }
      while position < end {
        guard let open = find(0x3C, from: position) else { break }
        // Text before the tag: anything but whitespace begins the body.
        var index = position
        while index < open {
          let byte = buffer[index]
          guard byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C else {
            return firstUnknown.map { .unknown(label: $0) } ?? .none
          }
          index += 1
        }
        guard open + 1 < end else { break }
        let next = buffer[open + 1]
        if matches(commentOpen, at: open) {
          // A comment ends at the first "-->" (its "--" may overlap the opening "<!--").
          var probe = open + 2
          var closed: Int?
          while let dash = find(0x2D, from: probe), dash + 2 < end {
            if buffer[dash + 1] == 0x2D && buffer[dash + 2] == 0x3E {
              closed = dash + 3
              break
            }
            probe = dash + 1
          }
          guard let closed else { break }
          position = closed
        } else if next == 0x21 || next == 0x3F || next == 0x2F {
          // A doctype, a processing instruction or an end tag: skipped to its ">".
          guard let close = find(0x3E, from: open + 1) else { break }
          position = close + 1
        } else if isLetter(next) {
          var nameEnd = open + 1
          var name: [UInt8] = []
          while nameEnd < end, !isSpace(buffer[nameEnd]), buffer[nameEnd] != 0x2F, buffer[nameEnd] != 0x3E {
            name.append(lower(buffer[nameEnd]))
            nameEnd += 1
          }
          guard headTags.contains(name) else { break }
          if name == meta {
            position = nameEnd
            let tag = readMeta(bytes, &position)
            guard tag.complete else { break }
            position += 1
            if let charset = tag.charset {
              if let resolved = resolve(charset.name) {
                return .found(name: resolved, label: charset.label)
              }
              if firstUnknown == nil { firstUnknown = charset.label }
            }
            continue
          }
          // Other head tags: past their attributes (quoted values may hold ">").
          position = nameEnd
          guard skipAttributes(bytes, &position) else { break }
          if rawTextTags.contains(name) {
            // Raw text runs to "</name" followed by a space, "/" or ">".
            let closing = [0x3C, 0x2F] + name
            var probe = position
            var found: Int?
            while let candidate = find(0x3C, from: probe) {
              let after = candidate + closing.count
              if matches(closing, at: candidate), after < end,
                isSpace(buffer[after]) || buffer[after] == 0x2F
                  || buffer[after] == 0x3E
              {
                found = after
                break
              }
              probe = candidate + 1
            }
            guard let found, let close = find(0x3E, from: found) else { break }
            position = close + 1
          }
        } else {
          // A "<" that opens no tag is text: the body has begun.
          break
        }
      }
      return firstUnknown.map { .unknown(label: $0) } ?? .none
    }
  }

  /// Moves `position` past a start tag's attributes and its ">"; false at the end of input.
  private static func skipAttributes(_ bytes: [UInt8], _ position: inout Int) -> Bool {
    while getAttribute(bytes, &position) != nil {}
    guard position < bytes.count else { return false }
    position += 1
    return true
  }
}

private func lower(_ byte: UInt8) -> UInt8 {
  (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
}

private func isLetter(_ byte: UInt8) -> Bool {
  (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
}

private func isSpace(_ byte: UInt8) -> Bool {
  byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
}

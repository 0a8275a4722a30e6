/// Parsed MIME header fields (names lowercased, folded lines joined) and a helper to
/// split a header value into its main value and parameters.
struct MIMEHeaders: Sendable {
  /// Fields in order of appearance as (lowercased name, unfolded value).
  var fields: [(name: String, value: String)] = []

  /// The first value of the field named `name` (case-insensitive).
  func value(_ name: String) -> String? {
    let key = name.lowercased()
    return fields.first { $0.name == key }?.value
  }

  /// Parses a header block in `start..<end` (default: to the end of `bytes`); returns the
  /// headers and the offset of the body (just after the blank line), or nil when `strict`
  /// and a line is not a header line.
  static func parse(_ bytes: [UInt8], from start: Int, to end: Int? = nil, strict: Bool) -> (MIMEHeaders, body: Int)? {
    let limit = min(end ?? bytes.count, bytes.count)
    var headers = MIMEHeaders()
    var index = start
    var current: (name: String, value: String)?
    while index < limit {
      var lineEnd = index
      while lineEnd < limit && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let next = lineEnd < limit ? lineEnd + 1 : lineEnd
      var contentEnd = lineEnd
      if contentEnd > index && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let line = bytes[index..<contentEnd]
      if line.isEmpty {
        if let field = current { headers.fields.append(field) }
        return (headers, next)
      }
      if line.first == 0x20 || line.first == 0x09 {
        guard current != nil else {
          if strict { return nil }
          index = next
          continue
        }
        current?.value += " " + latin1(line).trimmingMIMESpace()
      } else if let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
        line[line.startIndex..<colon].allSatisfy(isTokenByte)
      {
        if let field = current { headers.fields.append(field) }
        let name = latin1(line[line.startIndex..<colon]).lowercased()
        current = (name, latin1(line[(colon + 1)...]).trimmingMIMESpace())
      } else if strict {
        return nil
      }
      index = next
    }
    if let field = current { headers.fields.append(field) }
    return (headers, limit)
  }

  private static func isTokenByte(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F && byte != 0x3A
  }

  /// Decodes bytes as ISO-8859-1, so any byte sequence gives a string.
  static func latin1<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
  }

  /// Splits `type/subtype; key=value; key="quoted value"` into the lowercased main value
  /// and a dictionary of lowercased parameter names to values.
  static func splitParameters(_ value: String) -> (main: String, parameters: [String: String]) {
    var pieces: [String] = []
    var current = ""
    var inQuotes = false
    var escaped = false
    for character in value {
      if escaped {
        current.append(character)
        escaped = false
      } else if inQuotes && character == "\\" {
        current.append(character)
        escaped = true
      } else if character == "\"" {
        inQuotes.toggle()
        current.append(character)
      } else if character == ";" && !inQuotes {
        pieces.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    pieces.append(current)
    let main = (pieces.first ?? "").trimmingMIMESpace().lowercased()
    var parameters: [String: String] = [:]
    for piece in pieces.dropFirst() {
      guard let equals = piece.firstIndex(of: "=") else { continue }
      let key = String(piece[..<equals]).trimmingMIMESpace().lowercased()
      var raw = String(piece[piece.index(after: equals)...]).trimmingMIMESpace()
      if raw.count >= 2 && raw.hasPrefix("\"") && raw.hasSuffix("\"") {
        raw = String(raw.dropFirst().dropLast())
        var unescaped = ""
        var pending = false
        for character in raw {
          if pending {
            unescaped.append(character)
            pending = false
          } else if character == "\\" {
            pending = true
          } else {
            unescaped.append(character)
          }
        }
        raw = unescaped
      }
      if !key.isEmpty && parameters[key] == nil { parameters[key] = raw }
    }
    return (main, parameters)
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs, CR and LF.
  func trimmingMIMESpace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}

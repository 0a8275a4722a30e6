/// Detection and decoding of MHTML files (a web page saved as a single MIME message,
/// as written by Chrome's "Web page, single file" and similar tools).
public enum MHTML {
  /// How much of the file to examine when looking for the leading MIME headers.
  private static let headerScanLimit = 64 * 1024

  /// True when the bytes start (after an optional BOM and whitespace) with a MIME header
  /// block whose Content-Type is multipart/* or, together with MIME-Version, text/html.
  /// Decided from content, not from the file name.
  public static func looksLikeMHTML(_ bytes: [UInt8]) -> Bool {
    let start = contentStart(bytes)
    let end = min(bytes.count, start + headerScanLimit)
    guard let (headers, _) = MIMEHeaders.parse(bytes, from: start, to: end, strict: true),
      !headers.fields.isEmpty,
      let contentType = headers.value("content-type")
    else {
      return false
    }
    let main = MIMEHeaders.splitParameters(contentType).main
    if main.hasPrefix("multipart/") { return true }
    return main == "text/html" && headers.value("mime-version") != nil
  }

  /// Extracts the main HTML document: the text/html part whose Content-Location equals
  /// the message's Snapshot-Content-Location, else the first text/html part (searching
  /// nested multiparts too), or the body of a single-part text/html message. Decodes
  /// quoted-printable and base64 transfer encodings.
  /// - Throws: ``PageInputError/malformedMHTML(_:reason:)`` naming `path` when there is no
  ///   boundary or no HTML part.
  public static func extractHTML(_ bytes: [UInt8], path: PagePath) throws(PageInputError) -> MHTMLPart {
    let start = contentStart(bytes)
    guard let (headers, bodyStart) = MIMEHeaders.parse(bytes, from: start, strict: false),
      !headers.fields.isEmpty
    else {
      throw .malformedMHTML(path, reason: "no MIME headers")
    }
    let snapshot = headers.value("snapshot-content-location")
    guard let contentType = headers.value("content-type") else {
      throw .malformedMHTML(path, reason: "no Content-Type header")
    }
    let (main, parameters) = MIMEHeaders.splitParameters(contentType)
    if main == "text/html" {
      let part = Part(headers: headers, body: bodyStart..<bytes.count)
      return makeResult(part, bytes: bytes, snapshot: snapshot)
    }
    guard main.hasPrefix("multipart/") else {
      throw .malformedMHTML(path, reason: "the content type is \(main), not multipart or text/html")
    }
    guard let boundary = parameters["boundary"], !boundary.isEmpty else {
      throw .malformedMHTML(path, reason: "the multipart message has no boundary")
    }
    let leaves = leafParts(bytes, range: bodyStart..<bytes.count, boundary: Array(boundary.utf8), depth: 0)
    if leaves.isEmpty {
      throw .malformedMHTML(path, reason: "no part starts with the boundary \"\(boundary)\"")
    }
    let htmlParts = leaves.filter { $0.mainType == "text/html" }
    let chosen =
      htmlParts.first { part in
        snapshot != nil && part.headers.value("content-location") == snapshot
      } ?? htmlParts.first
    guard let part = chosen else {
      throw .malformedMHTML(path, reason: "no text/html part")
    }
    return makeResult(part, bytes: bytes, snapshot: snapshot)
  }

  /// One MIME body part: its headers and the byte range of its (still encoded) body.
  private struct Part {
    var headers: MIMEHeaders
    var body: Range<Int>

    var mainType: String {
      MIMEHeaders.splitParameters(headers.value("content-type") ?? "text/plain").main
    }
  }

  private static func makeResult(_ part: Part, bytes: [UInt8], snapshot: String?) -> MHTMLPart {
    let encoding = (part.headers.value("content-transfer-encoding") ?? "").trimmingMIMESpace().lowercased()
    let raw = bytes[part.body]
    let html: [UInt8]
    switch encoding {
    // Chrome writes every line end of the serialized DOM (where the parser had already made
    // each one a lone LF) as a CRLF hard line break: read them back as LF, as they were.
    case "quoted-printable": html = decodeQuotedPrintable(raw, hardLineBreak: [0x0A])
    case "base64": html = decodeBase64(raw)
    default: html = Array(raw)
    }
    let parameters = MIMEHeaders.splitParameters(part.headers.value("content-type") ?? "").parameters
    let charset = parameters["charset"].map { $0.trimmingMIMESpace() }.flatMap { $0.isEmpty ? nil : $0 }
    let location = [part.headers.value("content-location"), snapshot].lazy.compactMap { $0 }.first(where: isWebAddress)
    return MHTMLPart(html: html, charset: charset, contentLocation: location)
  }

  /// Whether a Content-Location is the address of a page on the web (http or https): a page
  /// saved from disk (file:), an about: or cid: location says nothing about the shop, and
  /// links resolved against it would point nowhere.
  static func isWebAddress(_ location: String) -> Bool {
    let lowered = location.trimmingMIMESpace().lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
  }

  /// Skips a UTF-8 BOM and leading ASCII whitespace.
  private static func contentStart(_ bytes: [UInt8]) -> Int {
    var index = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    while index < bytes.count && [0x20, 0x09, 0x0D, 0x0A].contains(bytes[index]) { index += 1 }
    return index
  }

  /// Splits a multipart body into leaf parts, descending into nested multiparts.
  private static func leafParts(_ bytes: [UInt8], range: Range<Int>, boundary: [UInt8], depth: Int) -> [Part] {
    var leaves: [Part] = []
    for bodyRange in splitMultipart(bytes, range: range, boundary: boundary) {
      guard
        let (headers, bodyStart) = MIMEHeaders.parse(
          bytes, from: bodyRange.lowerBound, to: bodyRange.upperBound, strict: false)
      else {
        continue
      }
      let part = Part(headers: headers, body: bodyStart..<bodyRange.upperBound)
      let (main, parameters) = MIMEHeaders.splitParameters(headers.value("content-type") ?? "text/plain")
      if main.hasPrefix("multipart/"), depth < 8, let inner = parameters["boundary"], !inner.isEmpty {
        leaves += leafParts(bytes, range: part.body, boundary: Array(inner.utf8), depth: depth + 1)
      } else {
        leaves.append(part)
      }
    }
    return leaves
  }

  /// The byte ranges between delimiter lines "--boundary" (up to "--boundary--" or the end).
  private static func splitMultipart(_ bytes: [UInt8], range: Range<Int>, boundary: [UInt8]) -> [Range<Int>] {
    let delimiter: [UInt8] = [0x2D, 0x2D] + boundary
    var parts: [Range<Int>] = []
    var partStart: Int?
    var lineStart = range.lowerBound
    while lineStart < range.upperBound {
      var lineEnd = lineStart
      while lineEnd < range.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let nextLine = min(lineEnd + 1, range.upperBound)
      if bytes[lineStart] == 0x2D, lineEnd - lineStart >= delimiter.count,
        bytes[lineStart..<(lineStart + delimiter.count)].elementsEqual(delimiter)
      {
        var rest = lineStart + delimiter.count
        let isClose = rest + 1 < lineEnd && bytes[rest] == 0x2D && bytes[rest + 1] == 0x2D
        if isClose { rest += 2 }
        if bytes[rest..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
          if let begin = partStart {
            var end = lineStart
            if end > begin && bytes[end - 1] == 0x0A { end -= 1 }
            if end > begin && bytes[end - 1] == 0x0D { end -= 1 }
            parts.append(begin..<end)
          }
          if isClose { return parts }
          partStart = nextLine
        }
      }
      lineStart = nextLine
    }
    if let begin = partStart, begin < range.upperBound {
      parts.append(begin..<range.upperBound)
    }
    return parts
  }

  /// Decodes quoted-printable: "=XX" escapes and soft line breaks; malformed escapes are
  /// kept literally. A hard line break (CRLF, or a lone LF) becomes `hardLineBreak` when one
  /// is given, else stays as it is.
  static func decodeQuotedPrintable<C: Collection>(_ input: C, hardLineBreak: [UInt8]? = nil) -> [UInt8]
  where C.Element == UInt8, C.Index == Int {
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var index = input.startIndex
    let end = input.endIndex
    while index < end {
      let byte = input[index]
      if let hardLineBreak, byte == 0x0D || byte == 0x0A {
        if byte == 0x0D && index + 1 < end && input[index + 1] == 0x0A {
          output += hardLineBreak
          index += 2
          continue
        }
        if byte == 0x0A {
          output += hardLineBreak
          index += 1
          continue
        }
      }
      guard byte == 0x3D else {
        output.append(byte)
        index += 1
        continue
      }
      // Soft line break: "=" followed by optional spaces/tabs and a line ending (or the end).
      var probe = index + 1
      while probe < end && (input[probe] == 0x20 || input[probe] == 0x09) { probe += 1 }
      if probe >= end {
        index = end
        continue
      }
      if input[probe] == 0x0A {
        index = probe + 1
        continue
      }
      if input[probe] == 0x0D {
        index = probe + 1
        if index < end && input[index] == 0x0A { index += 1 }
        continue
      }
      if index + 2 < end, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
        output.append(high << 4 | low)
        index += 3
        continue
      }
      output.append(byte)
      index += 1
    }
    return output
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }

  /// Decodes base64, ignoring whitespace and other non-alphabet bytes, stopping at "=",
  /// and tolerating missing padding.
  static func decodeBase64<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
    var output: [UInt8] = []
    output.reserveCapacity(input.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits = 0
    for byte in input {
      let value: UInt32
      switch byte {
      case 0x41...0x5A: value = UInt32(byte - 0x41)
      case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
      case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
      case 0x2B, 0x2D: value = 62
      case 0x2F, 0x5F: value = 63
      case 0x3D: return output
      default: continue
      }
      accumulator = (accumulator << 6) | value
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
        accumulator &= (1 << UInt32(bits)) - 1
      }
    }
    return output
  }
}

/// Chooses the character encoding of an HTML byte stream, following the WHATWG
/// "determine the character encoding" steps: BOM, transport charset, `<meta>` prescan,
/// then UTF-8 validity, then windows-1252.
public enum EncodingSniffer {
  /// How many leading bytes the `<meta>` prescan examines.
  static let prescanLimit = 1024

  /// Determines the encoding of `bytes`; `transportCharset` is a charset from outside the
  /// document, such as an MHTML part's Content-Type.
  public static func sniff(_ bytes: [UInt8], transportCharset: String? = nil) -> SniffedEncoding {
    sniffNotingValidity(bytes, transportCharset: transportCharset).encoding
  }

  /// ``sniff(_:transportCharset:)``, also telling whether every byte was checked and is
  /// complete, valid UTF-8: such a page needs no conversion when it is read as UTF-8.
  static func sniffNotingValidity(_ bytes: [UInt8], transportCharset: String? = nil)
    -> (encoding: SniffedEncoding, cleanUTF8: Bool)
  {
    let decision = decide(bytes, transportCharset: transportCharset)
    return (decision.encoding, decision.cleanUTF8)
  }

  /// What ``decide(_:transportCharset:)`` found.
  struct Decided {
    /// The encoding and how it was decided.
    var encoding: SniffedEncoding
    /// Every byte was checked and is complete, valid UTF-8.
    var cleanUTF8: Bool
    /// The page already decoded to UTF-8 when deciding needed that (a detector's guess is
    /// checked by reading the page with it), with the replacements made.
    var decoded: (bytes: [UInt8], replacements: Int)?
  }

  /// Decides the encoding of `bytes` as a browser would: BOM, transport charset, a `<meta>`
  /// in the first 1,024 bytes, valid UTF-8, a `<meta>` later in the head, UTF-16 by its NULs,
  /// then a charset detector, then windows-1252.
  static func decide(_ bytes: [UInt8], transportCharset: String? = nil) -> Decided {
    if let bom = byteOrderMark(bytes) {
      return Decided(encoding: SniffedEncoding(name: bom.name, source: .byteOrderMark), cleanUTF8: false)
    }
    var warnings: [String] = []
    if let label = transportCharset, !label.trimmingMIMESpace().isEmpty {
      if let name = canonicalName(forLabel: label), name != "replacement" {
        return Decided(encoding: SniffedEncoding(name: name, source: .transport), cleanUTF8: false)
      }
      warnings.append("ignoring the unknown transport charset \"\(printable(label))\"")
    }
    let validity = UTF8Scanner.validate(bytes)
    let clean = validity.valid && !validity.truncated
    return decideAfterValidity(bytes, validity: validity, warnings: warnings, clean: clean)
  }

  private static func decideAfterValidity(
    _ bytes: [UInt8], validity: (valid: Bool, multiByte: Int, truncated: Bool), warnings: [String], clean: Bool
  ) -> Decided {
    var warnings = warnings
    func decided(_ encoding: SniffedEncoding) -> Decided { Decided(encoding: encoding, cleanUTF8: clean) }
    var declaration = prescan(bytes)
    var decision = SniffedEncoding.Decision.declaredEarly
    // A browser's parser changes the encoding when it meets a <meta> further on in the head.
    // Looked for only when it can matter: the bytes are not valid UTF-8, or are ASCII with an
    // escape byte (ISO-2022-JP). Valid UTF-8 stays UTF-8, as it does against an early
    // declaration of a legacy encoding.
    if declaration == .none || isUnknown(declaration),
      !validity.valid || (validity.multiByte == 0 && bytes.contains(0x1B))
    {
      let late = lateDeclaration(bytes)
      if case .found = late {
        declaration = late
        decision = .declaredLate
      } else if declaration == .none {
        declaration = late
      }
    }
    switch declaration {
    case .found(let name, let label):
      if validity.valid && validity.multiByte > 0 && name != "UTF-8"
        && isLikelyMislabel(name, multiByte: validity.multiByte)
      {
        warnings.append(
          "the page declares \(printable(label.lowercased())) but its bytes are valid UTF-8; read as UTF-8")
        return decided(SniffedEncoding(name: "UTF-8", source: .utf8Validity, warnings: warnings))
      }
      if name == "UTF-8" && !validity.valid {
        warnings.append("the page declares UTF-8 but contains invalid UTF-8 bytes; they are replaced with U+FFFD")
      }
      return decided(SniffedEncoding(name: name, source: .meta, warnings: warnings, decidedBy: decision))
    case .unknown(let label):
      warnings.append("ignoring the unknown charset \"\(printable(label))\" declared by the page")
    case .none:
      break
    }
    if let wide = utf16WithoutBOM(bytes) {
      warnings.append("no byte order mark, but the NUL byte pattern suggests \(wide.name); read as \(wide.name)")
      return decided(
        SniffedEncoding(
          name: wide.name, source: .fallback, warnings: warnings, decidedBy: .detected(confidence: wide.confidence)))
    }
    if validity.valid {
      return decided(SniffedEncoding(name: "UTF-8", source: .utf8Validity, warnings: warnings))
    }
    return detect(bytes, warnings: warnings)
  }

  /// Below this share of fitting characters (see ``ScriptFit``) a detector's guess is not used.
  static let minimumConfidence = 50

  /// Asks the charset detector, and keeps its guess only when the page, read with it, is
  /// mostly text in the scripts that encoding is made for.
  private static func detect(_ bytes: [UInt8], warnings: [String]) -> Decided {
    var warnings = warnings
    if var guess = CharsetDetector.guess(bytes) {
      var converted = Transcoder.toUTF8(bytes, encoding: guess)
      // On a few accented letters uchardet may name another Latin code page (windows-1250
      // for "Café"); when windows-1252 reads the page the same, the common one is named.
      if guess != "windows-1252" && ScriptFit.isLatin(guess) {
        let western = Transcoder.toUTF8(bytes, encoding: "windows-1252")
        if western.bytes == converted.bytes {
          guess = "windows-1252"
          converted = western
        }
      }
      let confidence = ScriptFit.confidence(converted.bytes, encoding: guess)
      if converted.warning == nil && confidence >= minimumConfidence {
        warnings.append(
          "no charset is declared and the bytes are not valid UTF-8; detected \(guess) (confidence \(confidence))")
        let encoding = SniffedEncoding(
          name: guess, source: .detected, warnings: warnings, decidedBy: .detected(confidence: confidence))
        return Decided(encoding: encoding, cleanUTF8: false, decoded: (converted.bytes, converted.replacements))
      }
    }
    warnings.append("no charset is declared and the bytes are not valid UTF-8; read as windows-1252")
    return Decided(
      encoding: SniffedEncoding(name: "windows-1252", source: .fallback, warnings: warnings), cleanUTF8: false)
  }

  private static func isUnknown(_ result: PrescanResult) -> Bool {
    if case .unknown = result { return true }
    return false
  }

  /// The canonical WHATWG encoding name for `label` ("latin1" -> "windows-1252",
  /// "gb2312" -> "GBK"), or nil when the label is unknown.
  public static func canonicalName(forLabel label: String) -> String? {
    EncodingLabels.canonicalName(label)
  }

  /// The encoding named by a leading byte order mark, with the BOM length.
  static func byteOrderMark(_ bytes: [UInt8]) -> (name: String, length: Int)? {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return ("UTF-8", 3) }
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return ("UTF-16LE", 2) }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return ("UTF-16BE", 2) }
    return nil
  }

  /// A declared legacy encoding is overridden by valid UTF-8 when it is single-byte (any
  /// multi-byte sequence suffices) or a CJK multi-byte encoding (several sequences needed,
  /// since short legacy CJK text can be valid UTF-8 by accident).
  private static func isLikelyMislabel(_ name: String, multiByte: Int) -> Bool {
    if EncodingLabels.singleByte.contains(name) { return true }
    switch name {
    case "GBK", "gb18030", "Big5", "EUC-JP", "Shift_JIS", "EUC-KR": return multiByte >= 8
    default: return false
    }
  }

  /// Guesses UTF-16 without a BOM from NULs in alternating positions of the first 1024 bytes;
  /// the confidence is the share (in percent) of code units there with a NUL high byte.
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
    let count = min(bytes.count, prescanLimit) & ~1
    guard count >= 16 else { return nil }
    var evenNuls = 0
    var oddNuls = 0
    var index = 0
    while index < count {
      if bytes[index] == 0 { evenNuls += 1 }
      if bytes[index + 1] == 0 { oddNuls += 1 }
      index += 2
    }
    let pairs = count / 2
    // Eight-bit text has no NULs; UTF-16 has one in the high byte of every ASCII code unit
    // (markup), and seldom a low one (U+4E00, U+3000): Chinese or Russian text with a little
    // markup has them in a third of the high bytes or more.
    if oddNuls * 10 >= pairs * 3 && evenNuls * 20 <= pairs { return ("UTF-16LE", oddNuls * 100 / pairs) }
    if evenNuls * 10 >= pairs * 3 && oddNuls * 20 <= pairs { return ("UTF-16BE", evenNuls * 100 / pairs) }
    return nil
  }

  /// Makes a label from the document safe to show in a message.
  private static func printable(_ label: String) -> String {
    let clipped = label.count > 40 ? String(label.prefix(40)) + "…" : label
    return PagePath.escapeForDisplay(Array(clipped.utf8))
  }

  // MARK: - Prescan

  /// Outcome of the `<meta>` prescan.
  enum PrescanResult: Equatable {
    /// A recognised declaration: canonical name and the label as written.
    case found(name: String, label: String)
    /// A declaration with a label that is not in the table.
    case unknown(label: String)
    /// No declaration.
    case none
  }

  /// The WHATWG "prescan a byte stream to determine its encoding" over the first 1024 bytes.
  static func prescan(_ input: [UInt8]) -> PrescanResult {
    let bytes = Array(input.prefix(prescanLimit))
    let end = bytes.count
    var position = 0
    var firstUnknown: String?
    func matches(_ text: String, at offset: Int) -> Bool {
      let pattern = Array(text.utf8)
      guard offset + pattern.count <= end else { return false }
      for (index, expected) in pattern.enumerated() where lowercase(bytes[offset + index]) != expected {
        return false
      }
      return true
    }
    while position < end {
      if matches("<!--", at: position) {
        // Advance to the ">" ending "-->" (the "--" may overlap the opening "<!--").
        var probe = position + 2
        var found = false
        while probe + 2 < end {
          if bytes[probe] == 0x2D && bytes[probe + 1] == 0x2D && bytes[probe + 2] == 0x3E {
            position = probe + 2
            found = true
            break
          }
          probe += 1
        }
        if !found { break }
      } else if matches("<meta", at: position), position + 5 < end, isSpaceOrSlash(bytes[position + 5]) {
        position += 6
        let meta = readMeta(bytes, &position)
        if !meta.complete { break }
        if let charset = meta.charset {
          if let resolved = resolve(charset.name) { return .found(name: resolved, label: charset.label) }
          if firstUnknown == nil { firstUnknown = charset.label }
        }
      } else if position + 1 < end && bytes[position] == 0x3C
        && (isASCIILetter(bytes[position + 1])
          || (bytes[position + 1] == 0x2F && position + 2 < end && isASCIILetter(bytes[position + 2])))
      {
        // A start or end tag: skip its name, then its attributes.
        while position < end && !isSpace(bytes[position]) && bytes[position] != 0x3E { position += 1 }
        while getAttribute(bytes, &position) != nil {}
        if position >= end { break }
      } else if position + 1 < end && bytes[position] == 0x3C
        && (bytes[position + 1] == 0x21 || bytes[position + 1] == 0x2F || bytes[position + 1] == 0x3F)
      {
        var probe = position + 1
        while probe < end && bytes[probe] != 0x3E { probe += 1 }
        if probe >= end { break }
        position = probe
      }
      position += 1
    }
    if let label = firstUnknown { return .unknown(label: label) }
    return .none
  }

  /// Reads the attributes of a `<meta>` tag from `position` (just past "<meta" and the space
  /// or slash after it) to its ">", as the prescan does. `charset` is the declared label and
  /// its canonical name (nil when unknown) when the tag declares one (a `content` charset
  /// counts only with `http-equiv=content-type`); `complete` is false when the input ends
  /// inside the tag.
  static func readMeta(_ bytes: [UInt8], _ position: inout Int) -> (
    charset: (name: String?, label: String)?, complete: Bool
  ) {
    var seen: Set<[UInt8]> = []
    var gotPragma = false
    var needPragma: Bool?
    var charset: (name: String?, label: String)?
    while true {
      guard let attribute = getAttribute(bytes, &position) else {
        if position >= bytes.count { return (nil, false) }
        break
      }
      if seen.contains(attribute.name) { continue }
      seen.insert(attribute.name)
      let name = String(decoding: attribute.name, as: UTF8.self)
      switch name {
      case "http-equiv":
        if attribute.value == Array("content-type".utf8) { gotPragma = true }
      case "content":
        if charset == nil, let label = extractCharset(fromContent: attribute.value) {
          charset = (canonicalName(forLabel: label), label)
          needPragma = true
        }
      case "charset":
        let label = String(decoding: attribute.value, as: UTF8.self)
        charset = (canonicalName(forLabel: label), label)
        needPragma = false
      default:
        break
      }
    }
    guard let needPragma, let charset, !(needPragma && !gotPragma) else { return (nil, true) }
    return (charset, true)
  }

  /// The encoding a declared canonical name asks for (UTF-16 means UTF-8, x-user-defined
  /// means windows-1252), or nil for an unknown label or the replacement encoding.
  static func resolve(_ name: String?) -> String? {
    guard let name, name != "replacement" else { return nil }
    switch name {
    case "UTF-16LE", "UTF-16BE": return "UTF-8"
    case "x-user-defined": return "windows-1252"
    default: return name
    }
  }

  /// The WHATWG "get an attribute" step. Returns nil when there are no more attributes
  /// (at ">" or at the end of the input).
  static func getAttribute(_ bytes: [UInt8], _ position: inout Int) -> (name: [UInt8], value: [UInt8])? {
    let end = bytes.count
    while position < end && (isSpace(bytes[position]) || bytes[position] == 0x2F) { position += 1 }
    guard position < end, bytes[position] != 0x3E else { return nil }
    var name: [UInt8] = []
    var value: [UInt8] = []
    // Attribute name.
    while true {
      guard position < end else { return nil }
      let byte = bytes[position]
      if byte == 0x3D && !name.isEmpty {
        position += 1
        break
      }
      if isSpace(byte) {
        while position < end && isSpace(bytes[position]) { position += 1 }
        guard position < end else { return nil }
        if bytes[position] != 0x3D { return (name, []) }
        position += 1
        break
      }
      if byte == 0x2F || byte == 0x3E { return (name, []) }
      name.append(lowercase(byte))
      position += 1
    }
    // Attribute value.
    while position < end && isSpace(bytes[position]) { position += 1 }
    guard position < end else { return nil }
    let first = bytes[position]
    if first == 0x22 || first == 0x27 {
      position += 1
      while position < end {
        if bytes[position] == first {
          position += 1
          return (name, value)
        }
        value.append(lowercase(bytes[position]))
        position += 1
      }
      return nil
    }
    if first == 0x3E { return (name, []) }
    while position < end {
      let byte = bytes[position]
      if isSpace(byte) || byte == 0x3E { return (name, value) }
      value.append(lowercase(byte))
      position += 1
    }
    return nil
  }

  /// The WHATWG "extract a character encoding from a meta element" algorithm; returns the
  /// raw label, or nil.
  static func extractCharset(fromContent content: [UInt8]) -> String? {
    let pattern = Array("charset".utf8)
    var position = 0
    let end = content.count
    while true {
      // Find "charset" (the content value is already lowercased).
      var found: Int?
      var probe = position
      while probe + pattern.count <= end {
        if content[probe..<(probe + pattern.count)].elementsEqual(pattern) {
          found = probe
          break
        }
        probe += 1
      }
      guard let start = found else { return nil }
      position = start + pattern.count
      while position < end && isSpace(content[position]) { position += 1 }
      guard position < end else { return nil }
      if content[position] != 0x3D { continue }
      position += 1
      while position < end && isSpace(content[position]) { position += 1 }
      guard position < end else { return nil }
      let quote = content[position]
      if quote == 0x22 || quote == 0x27 {
        guard let close = content[(position + 1)...].firstIndex(of: quote) else { return nil }
        return String(decoding: content[(position + 1)..<close], as: UTF8.self)
      }
      var stop = position
      while stop < end && !isSpace(content[stop]) && content[stop] != 0x3B { stop += 1 }
      return String(decoding: content[position..<stop], as: UTF8.self)
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
  }

  private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == 0x2F
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private static func lowercase(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }
}

/// The whole input pipeline: read safely, refuse binary content, unwrap MHTML, sniff the
/// encoding and transcode to UTF-8.
public enum PageDecoder {
  /// Reads `path` (or standard input for "-") and decodes it; see ``decode(_:path:)``.
  public static func load(_ path: PagePath, maxBytes: Int = PageFileReader.defaultMaxBytes) throws(PageInputError)
    -> LoadedPage
  {
    let bytes = try PageFileReader.read(path, maxBytes: maxBytes)
    return try decode(bytes, path: path)
  }

  /// Decodes already-read bytes: throws ``PageInputError/notHTML(_:detected:)`` for known
  /// binary formats, unwraps MHTML, then sniffs and transcodes to UTF-8.
  public static func decode(_ bytes: [UInt8], path: PagePath) throws(PageInputError) -> LoadedPage {
    guard !bytes.isEmpty else { throw .empty(path) }
    if let kind = ContentSniffer.binaryKind(of: bytes) {
      throw .notHTML(path, detected: kind)
    }
    var html = bytes
    var transport: String?
    var location: String?
    let isMHTML = MHTML.looksLikeMHTML(bytes)
    if isMHTML {
      let part = try MHTML.extractHTML(bytes, path: path)
      guard !part.html.isEmpty else {
        throw .malformedMHTML(path, reason: "the HTML part is empty")
      }
      if let kind = ContentSniffer.binaryKind(of: part.html) {
        throw .notHTML(path, detected: kind)
      }
      html = part.html
      transport = part.charset
      location = part.contentLocation
    }
    let decision = EncodingSniffer.decide(html, transportCharset: transport)
    let encoding = decision.encoding
    // The sniffer checked every byte: complete, valid UTF-8 read as UTF-8 has nothing to convert;
    // a detected encoding was checked by decoding the page with it.
    let converted: (bytes: [UInt8], replacements: Int, warning: String?)
    if decision.cleanUTF8 && encoding.name == "UTF-8" {
      converted = (html, 0, nil)
    } else if let decoded = decision.decoded {
      converted = (decoded.bytes, decoded.replacements, nil)
    } else {
      converted = Transcoder.toUTF8(html, encoding: encoding.name)
    }
    var warnings = encoding.warnings
    if let warning = converted.warning { warnings.append(warning) }
    if converted.replacements > 0 {
      let noun = converted.replacements == 1 ? "sequence was" : "sequences were"
      warnings.append("\(converted.replacements) undecodable byte \(noun) replaced with U+FFFD")
    }
    return LoadedPage(
      path: path, utf8: converted.bytes, encoding: encoding, replacements: converted.replacements, warnings: warnings,
      isMHTML: isMHTML, contentLocation: location)
  }
}

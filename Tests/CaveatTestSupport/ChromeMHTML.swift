import Foundation

/// Wraps an HTML page the way Chrome's "Save as… Webpage, Single File" writes it, so tests can
/// check that a page reads the same as MHTML as it does as HTML.
///
/// What is modelled, from Chromium's `MHTMLArchive::GenerateMHTMLHeader`/`GenerateMHTMLPart`
/// (third_party/blink/renderer/platform/mhtml/mhtml_archive.cc) and its `FrameSerializer`
/// (third_party/blink/renderer/core/frame/frame_serializer.cc):
/// - the message header (`From: <Saved by Blink>`, `Snapshot-Content-Location`, an RFC 2047
///   `Subject`, `Date`, `MIME-Version`, a folded `multipart/related` Content-Type);
/// - each part opened by CRLF and the boundary line; `Content-Type` is the bare MIME type
///   (Chrome names no charset), then `Content-ID` for frames, the transfer encoding
///   (quoted-printable for text, base64 for images) and `Content-Location` (left out for
///   about: URLs);
/// - Chrome's quoted-printable: every byte outside printable ASCII and "=" escaped, a space
///   or tab escaped only before a line end, every line end written as CRLF, soft breaks
///   ("=" CRLF) so no line passes 76 columns, wherever they fall (inside a UTF-8 sequence,
///   between "=3D" and the value);
/// - base64 in lines of 76 columns;
/// - the main frame first, then its resources (a style sheet and an image), then a subframe.
///
/// The frame's HTML is either the page's bytes as they are (``Body/asSaved``), re-encoded
/// by the caller (``Body/transcoded(_:charset:)``, with a charset in the part header, as
/// some other savers write), or passed through ``BlinkDOMFilter`` (``Body/blinkDOM(characterSet:)``),
/// which drops what Chrome's serializer drops.
public enum ChromeMHTML {
  /// What goes into the main frame's part.
  public enum Body: Sendable {
    /// The page's bytes unchanged; the part header names no charset, as Chrome's never does.
    case asSaved
    /// Bytes the caller re-encoded (for example to UTF-8); the part header names `charset`.
    case transcoded([UInt8], charset: String)
    /// The page through ``BlinkDOMFilter`` with the document's character set name: scripts,
    /// noscript, charset meta tags, hidden elements and event attributes dropped, style
    /// elements replaced by links, and the `<meta http-equiv="Content-Type">` Chrome writes
    /// first in the head. The bytes stay in the document's encoding.
    case blinkDOM(characterSet: String)
  }

  /// The advertisement in the subframe: a different product that must never be read.
  public static let subframeTitle = "Sponsored: Cordless Hair Dryer Pro 3000 (Ad)"
  /// The advertised price in the subframe.
  public static let subframePrice = "9,999.99"

  /// The whole message.
  ///
  /// - Parameters:
  ///   - html: The page as saved.
  ///   - url: The page's address: `Snapshot-Content-Location` and the main part's
  ///     `Content-Location`.
  ///   - title: The page's title, for `Subject`.
  ///   - body: What the main frame's part holds.
  ///   - seed: Varies the boundary and the content IDs.
  /// - Returns: The MHTML bytes.
  public static func wrap(html: [UInt8], url: String, title: String, body: Body = .asSaved, seed: UInt64 = 1)
    -> [UInt8]
  {
    var random = SplitMix(seed: seed)
    let boundary = "----MultipartBoundary--" + token(&random, count: 42) + "----"
    let frameID = "<frame-" + hexToken(&random, count: 32) + "@mhtml.blink>"
    let subframeID = "<frame-" + hexToken(&random, count: 32) + "@mhtml.blink>"
    let cssLocation = "cid:css-" + uuid(&random) + "@mhtml.blink"
    let imageLocation = "https://img.cdn.example/static/pixel-" + hexToken(&random, count: 8) + ".png"
    let subframeLocation = "https://ads.adnetwork.example/serve?slot=" + hexToken(&random, count: 12)

    let frameHTML: [UInt8]
    var contentType = "text/html"
    switch body {
    case .asSaved:
      frameHTML = html
    case .transcoded(let bytes, let charset):
      frameHTML = bytes
      contentType += "; charset=\"\(charset)\""
    case .blinkDOM(let characterSet):
      frameHTML = BlinkDOMFilter.filter(html, characterSet: characterSet, cssLocation: cssLocation)
    }
    let withFrame = insertingSubframe(into: frameHTML, cid: "cid:" + subframeID.dropFirst().dropLast())

    var out: [UInt8] = []
    out += ascii("From: <Saved by Blink>\r\n")
    out += ascii("Snapshot-Content-Location: \(url)\r\n")
    out += ascii("Subject: \(headerText(title))\r\n")
    out += ascii("Date: Tue, 14 Oct 2025 09:12:44 +0000\r\n")
    out += ascii("MIME-Version: 1.0\r\n")
    out += ascii("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"\(boundary)\"\r\n\r\n")
    out += part(
      boundary: boundary, type: contentType, id: frameID, encoding: "quoted-printable", location: url,
      data: withFrame)
    let css = "@charset \"utf-8\";\n\n.price { color: rgb(177, 39, 4); }\n\n.title::after { content: \"★ = top\"; }"
    out += part(
      boundary: boundary, type: "text/css", id: nil, encoding: "quoted-printable", location: cssLocation,
      data: Array(css.utf8))
    out += part(
      boundary: boundary, type: "image/png", id: nil, encoding: "base64", location: imageLocation, data: pixelPNG)
    out += part(
      boundary: boundary, type: "text/html", id: subframeID, encoding: "quoted-printable",
      location: subframeLocation, data: Array(subframeHTML.utf8))
    out += ascii("\r\n--\(boundary)--\r\n")
    return out
  }

  /// The advertisement frame: a complete product page of its own (title, Open Graph,
  /// microdata and JSON-LD), so a reader that picks it reads the wrong product.
  public static let subframeHTML = """
    <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\
    <title>\(subframeTitle)</title>
    <meta property="og:type" content="product">
    <meta property="og:title" content="\(subframeTitle)">
    <meta property="product:price:amount" content="9999.99"><meta property="product:price:currency" content="USD">
    <link rel="canonical" href="https://www.amazon.com/dp/B0ADADADAD">
    </head><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">\(subframeTitle)</h1>
    <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">\(subframePrice)</span>\
    <meta itemprop="priceCurrency" content="USD"></div>
    <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">\
    <span itemprop="ratingValue">1.1</span> out of 5, <span itemprop="reviewCount">77777</span> ratings</div></div>
    </body></html>
    """

  /// One part, opened by CRLF and the boundary line as Chrome writes it.
  static func part(boundary: String, type: String, id: String?, encoding: String, location: String?, data: [UInt8])
    -> [UInt8]
  {
    var header = "\r\n--\(boundary)\r\nContent-Type: \(type)\r\n"
    if let id { header += "Content-ID: \(id)\r\n" }
    header += "Content-Transfer-Encoding: \(encoding)\r\n"
    if let location, !location.hasPrefix("about:") { header += "Content-Location: \(location)\r\n" }
    header += "\r\n"
    let encoded = encoding == "base64" ? base64Lines(data) : quotedPrintable(data, header: false)
    return ascii(header) + encoded
  }

  /// Chrome's quoted-printable (RFC 2045 for bodies, the RFC 2047 "Q" form for headers),
  /// written from the rules listed on ``ChromeMHTML``.
  public static func quotedPrintable(_ input: [UInt8], header: Bool) -> [UInt8] {
    let prefix = ascii("=?utf-8?Q?")
    let suffix = ascii("?=")
    let limit = header ? 76 - prefix.count - suffix.count : 76
    var out: [UInt8] = header ? prefix : []
    var column = 0
    var index = 0
    func lineEnd(at position: Int) -> Int {
      guard position < input.count else { return 0 }
      if input[position] == 0x0A { return 1 }
      if input[position] == 0x0D { return position + 1 < input.count && input[position + 1] == 0x0A ? 2 : 1 }
      return 0
    }
    while index < input.count {
      let byte = input[index]
      let isLast = index == input.count - 1
      var escape = (byte < 0x20 || byte > 0x7E || byte == 0x3D) && byte != 0x09
      if !escape && (byte == 0x20 || byte == 0x09) {
        escape = header || isLast || lineEnd(at: index + 1) > 0
      }
      if !isLast, lineEnd(at: index) > 0 {
        out += [0x0D, 0x0A]
        column = 0
        index += lineEnd(at: index)
        continue
      }
      let width = (escape ? 3 : 1) + (isLast ? 0 : 1)
      if column + width > limit {
        out += header ? suffix + [0x0D, 0x0A, 0x20] + prefix : [0x3D, 0x0D, 0x0A]
        column = 0
      }
      if escape {
        let digits = Array("0123456789ABCDEF".utf8)
        out += [0x3D, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
        column += 3
      } else {
        out.append(byte)
        column += 1
      }
      index += 1
    }
    if header { out += suffix }
    return out
  }

  /// A `Subject` value: as it is when all printable ASCII, else RFC 2047 encoded UTF-8.
  static func headerText(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) { return text }
    return String(decoding: quotedPrintable(Array(text.utf8), header: true), as: UTF8.self)
  }

  /// Base64 in lines of 76 characters ended by CRLF (the last line has no line end).
  static func base64Lines(_ data: [UInt8]) -> [UInt8] {
    let text = Array(Data(data).base64EncodedString().utf8)
    var out: [UInt8] = []
    var start = 0
    while start < text.count {
      if start > 0 { out += [0x0D, 0x0A] }
      out += text[start..<min(start + 76, text.count)]
      start += 76
    }
    return out
  }

  /// Puts the advertisement's `<iframe>` (its `src` rewritten to the `cid:` of its part, as
  /// Chrome rewrites frame links) just before `</body>`, or at the end.
  static func insertingSubframe(into html: [UInt8], cid: Substring) -> [UInt8] {
    let tag = ascii("<iframe src=\"\(cid)\" width=\"300\" height=\"250\" title=\"Advertisement\"></iframe>")
    let lowered = html.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let close = ascii("</body")
    if let at = lastRange(of: close, in: lowered) {
      return Array(html[..<at]) + tag + Array(html[at...])
    }
    return html + tag
  }

  static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var start = haystack.count - needle.count
    while start >= 0 {
      if haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start -= 1
    }
    return nil
  }

  static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

  private static func token(_ random: inout SplitMix, count: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return String((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
  }

  private static func hexToken(_ random: inout SplitMix, count: Int) -> String {
    let alphabet = Array("0123456789ABCDEF")
    return String((0..<count).map { _ in alphabet[Int(random.next() % 16)] })
  }

  private static func uuid(_ random: inout SplitMix) -> String {
    let hex = hexToken(&random, count: 32).lowercased()
    let characters = Array(hex)
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
  }

  /// A 1×1 transparent PNG.
  static let pixelPNG: [UInt8] = Array(
    Data(
      base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    ) ?? Data())
}

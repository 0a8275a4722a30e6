import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// Every corpus and fixture page, saved "as Chrome would" in MHTML (``ChromeMHTML``), must
/// read exactly as the page itself does, given the address the MHTML records.
///
/// The reference is the page read as HTML by the same steps as `PagePipeline` (decode, then
/// extract) with the page's address as the known URL, since an MHTML file carries it and the
/// extractor rightly uses it (a protocol-relative canonical link becomes https, a relative
/// seller link gets resolved); the test also reports where that address alone changes the
/// plain HTML reading.
///
/// The reports are compared as JSON, the whole report but `source`: its fields describe the
/// input, not the listing — `file` (another file name), `bytes` and `sha256` (other bytes),
/// `kind` (mhtml), `encoding`, `encodingDecidedBy` and `encodingConfidence` (the transcoded
/// variant is UTF-8 by its part header, whatever the page was). In the transcoded variant
/// alone, the decoder's own warnings (declared charset, undecodable bytes replaced) are left
/// out on both sides too: re-encoding the page already replaced those bytes. Nothing else is
/// left out: site, listing, provenance, missing fields, the extractor's warnings and the
/// partial flag must be equal. The assessment is not in `PagePipeline`'s report;
/// `Vetting.assess` computes it from the listing and site alone, so equal listings give
/// equal assessments.
///
/// Set `CAVEAT_MHTML_EXPORT` to a folder to also write the MHTML copies there, under the
/// corpus's own file names (for `grade_extraction.py`).
@Suite struct ChromeMHTMLEquivalenceTests {
  /// The pages: both corpora (read in place) and the fixture pages that are not MHTML already.
  static var pages: [(group: String, root: URL, file: URL)] {
    TestPaths.corpusPageFiles.map { ("corpus", TestPaths.corpus, $0) }
      + TestPaths.corpusNextPageFiles.map { ("corpus-next", TestPaths.corpusNext, $0) }
      + TestPaths.fixturePageFiles.filter { $0.pathExtension == "html" }.map {
        ("fixtures", TestPaths.fixturePages, $0)
      }
  }

  @Test(
    "A page saved as Chrome MHTML, as it is or re-encoded to UTF-8 with the charset in the part header, reads as the page does"
  )
  func mhtmlReadsAsHTML() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-mhtml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = ProcessInfo.processInfo.environment["CAVEAT_MHTML_EXPORT"].map(URL.init(fileURLWithPath:))
    var compared = 0
    var differences: [String] = []
    var blinkChanged: [String] = []
    var addressEffects: [String] = []
    for (group, root, page) in Self.pages {
      let name = String(page.path.dropFirst(root.path.count + 1))
      let bytes = try [UInt8](Data(contentsOf: page))
      let plain = try? PagePipeline.read(bytes: bytes, path: PagePath(page.path))
      let decoded = try? PageDecoder.decode(bytes, path: PagePath(page.path))
      let url = Self.address(of: bytes, name: name) ?? "file://" + page.path
      let html = Self.reference(bytes, path: PagePath(page.path), knownURL: url)
      if Self.comparable(plain) != Self.comparable(html) {
        addressEffects.append("\(group)/\(name): \(Self.difference(plain, html))")
      }
      let title = plain?.listing.title ?? ""
      var variants: [(String, ChromeMHTML.Body)] = [("as-saved", .asSaved)]
      if let decoded { variants.append(("utf8", .transcoded(decoded.utf8, charset: "utf-8"))) }
      variants.append(("blink", .blinkDOM(characterSet: decoded?.encoding.name ?? "UTF-8")))
      for (index, (variant, body)) in variants.enumerated() {
        let mhtml = ChromeMHTML.wrap(html: bytes, url: url, title: title, body: body, seed: UInt64(compared + index))
        let file = folder.appendingPathComponent("\(compared)-\(variant).mhtml")
        try Data(mhtml).write(to: file)
        if let export {
          let target = export.appendingPathComponent(variant).appendingPathComponent(group).appendingPathComponent(name)
          try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(mhtml).write(to: target)
        }
        let saved = try? PagePipeline.read(PagePath(file.path))
        // The advertisement in the subframe is never the product, whatever the variant.
        #expect(saved?.listing.title != ChromeMHTML.subframeTitle, "\(name) \(variant): the ad frame was read")
        #expect(saved?.listing.price?.amount != 9999.99, "\(name) \(variant): the ad's price was read")
        var same = Self.comparable(html) == Self.comparable(saved)
        if variant == "utf8" {
          let mhtmlDecoder = (try? PageDecoder.decode(mhtml, path: PagePath(file.path)))?.warnings ?? []
          same =
            Self.comparable(html, without: decoded?.warnings ?? [])
            == Self.comparable(saved, without: mhtmlDecoder)
        }
        if variant == "blink" {
          // Chrome drops scripts (JSON-LD, embedded state) and hidden elements: a page whose
          // values live there legitimately reads differently; this is measured, not required.
          if !same { blinkChanged.append("\(group)/\(name)") }
        } else if !same {
          differences.append("\(group)/\(name) \(variant): \(Self.difference(html, saved))")
        }
      }
      compared += 1
    }
    for line in addressEffects { print("mhtml: the address alone changes", line) }
    for line in differences { print("mhtml:", line) }
    print("mhtml: the Blink serialization changes the report of \(blinkChanged.count) of \(compared) pages")
    for line in blinkChanged { print("mhtml: blink changes", line) }
    #expect(compared >= 40, "the pages were not found")
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
  }

  @Test("The generator writes Chrome's quoted-printable: 76 columns, breaks inside UTF-8 and =3D, CRLF line ends")
  func generatorQuotedPrintable() throws {
    // Line 1: 70 columns, then "é" is =C3=A9 and the break falls between its two bytes.
    // Line 2: 72 columns, then "=" (=3D) fills it to 75, and the break falls before the quote.
    let text =
      String(repeating: "a", count: 70) + "é\n" + String(repeating: "b", count: 72) + "=\"v\"\r\n"
      + String(repeating: "<a title=\"Café €5\">深圳 tea</a> \n", count: 20) + "end "
    let encoded = ChromeMHTML.quotedPrintable(Array(text.utf8), header: false)
    let lines = String(decoding: encoded, as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.utf8.count <= 76 })
    #expect(lines[0] == String(repeating: "a", count: 70) + "=C3=")
    #expect(lines[1] == "=A9")
    #expect(lines[2] == String(repeating: "b", count: 72) + "=3D=")
    #expect(lines[3] == "\"v\"")
    // A space before a line end and at the very end is escaped; every line end is CRLF and
    // reads back as LF.
    #expect(lines.contains { $0.hasSuffix("=20") })
    #expect(lines.last == "end=20")
    let expected = text.replacingOccurrences(of: "\r\n", with: "\n")
    #expect(MHTML.decodeQuotedPrintable(encoded, hardLineBreak: [0x0A]) == Array(expected.utf8))
    #expect(ChromeMHTML.quotedPrintable(Array("Lumière".utf8), header: true) == Array("=?utf-8?Q?Lumi=C3=A8re?=".utf8))
  }

  @Test("The Blink filter drops what Chrome's serializer drops and names the charset first in the head")
  func blinkFilter() {
    let page = """
      <!DOCTYPE html><html><HEAD><meta charset="gbk"><style>p{}</style>\
      <script type="application/ld+json">{"name":"</p>"}</script><iframe src="x"></iframe></HEAD>\
      <body onload="go()"><div hidden><div>secret</div></div><input type=hidden name=sku value=1>\
      <img src="a.png" srcset="b.png 2x"><noscript><p>no js</p></noscript><p>kept</p></body></html>
      """
    let out = String(
      decoding: BlinkDOMFilter.filter(Array(page.utf8), characterSet: "GBK", cssLocation: "cid:css-1@mhtml.blink"),
      as: UTF8.self)
    #expect(
      out == """
        <!DOCTYPE html><html><HEAD><meta http-equiv="Content-Type" content="text/html; charset=GBK">\
        <link rel="stylesheet" type="text/css" href="cid:css-1@mhtml.blink" /></HEAD><body>\
        <img src="a.png"><p>kept</p></body></html>
        """)
  }

  /// The page read as `PagePipeline` reads it, but with `knownURL` as the page's address.
  static func reference(_ bytes: [UInt8], path: PagePath, knownURL: String) -> VetReport? {
    guard let loaded = try? PageDecoder.decode(bytes, path: path),
      let page = try? ListingExtractor.extract(utf8: loaded.utf8, knownURL: knownURL)
    else { return nil }
    return VetReport(
      source: SourceInfo(file: "", bytes: 0, sha256: "", encoding: "", kind: .html), site: page.site,
      listing: page.listing, provenance: page.provenance,
      warnings: loaded.warnings + page.warnings + Mojibake.warnings(title: page.listing.title),
      partial: page.isPartial)
  }

  /// The report as sorted JSON without its `source` (nor the warnings in `without`), or
  /// "refused" when there is none.
  static func comparable(_ report: VetReport?, without: [String] = []) -> String {
    guard var report else { return "refused" }
    report.source = SourceInfo(file: "", bytes: 0, sha256: "", encoding: "", kind: .html)
    report.warnings.removeAll { without.contains($0) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "unencodable"
  }

  /// The first lines where the two reports differ.
  static func difference(_ html: VetReport?, _ saved: VetReport?) -> String {
    let left = comparable(html).split(separator: "\n", omittingEmptySubsequences: false)
    let right = comparable(saved).split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(left.count, right.count) where lines.count < 6 {
      let a = index < left.count ? String(left[index]) : "∅"
      let b = index < right.count ? String(right[index]) : "∅"
      if a != b {
        lines.append("html \(a.trimmingCharacters(in: .whitespaces)) | mhtml \(b.trimmingCharacters(in: .whitespaces))")
      }
    }
    return lines.joined(separator: "; ")
  }

  /// The address Chrome would have recorded: the page's "saved from" note, canonical link or
  /// og:url; for the few corpus pages that name none, the product's address on its site.
  static func address(of bytes: [UInt8], name: String) -> String? {
    let text = String(decoding: bytes.prefix(1_500_000), as: UTF8.self)
    let patterns = [
      #"saved from url=\(\d+\)(\S+)"#,
      #"<link[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']"#,
      #"<link[^>]*href=["']([^"']+)["'][^>]*rel=["']?canonical"#,
      #"<meta[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']"#,
    ]
    for pattern in patterns {
      guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
        let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
        let range = Range(match.range(at: 1), in: text)
      else { continue }
      var url = String(text[range]).replacingOccurrences(of: "&amp;", with: "&")
      if url.hasPrefix("//") { url = "https:" + url }
      if url.hasPrefix("http") { return url }
    }
    let known = [
      "hypo69-he-32995535623": "https://he.aliexpress.com/item/32995535623.html",
      "techdrop-pt-1005008715596777": "https://pt.aliexpress.com/item/1005008715596777.html",
      "yhara-jp-4839927847": "https://www.amazon.co.jp/dp/4839927847",
      "zalandoie-mustang": "https://www.zalando.ie/mustang-winter-boots-graphit-mu312m00l-c11.html",
      "kakakuscr-surugaya": "https://www.suruga-ya.jp/product/detail/109102234",
    ]
    return known.first { name.contains($0.key) }?.value
  }
}

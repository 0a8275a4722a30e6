import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// ASCII script of about `kilobytes` KB, as store pages inline before their head metadata.
private func scriptPadding(kilobytes: Int) -> String {
  var script = "<script>\n"
  var index = 0
  while script.utf8.count < kilobytes * 1024 {
    script += "TShop.modules.push({id: \(index), url: '//g.alicdn.com/tm/detail/\(index % 97).js'});\n"
    index += 1
  }
  return script + "</script>\n"
}

/// "日本語の本" in Shift_JIS.
private let japaneseSJIS: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x96, 0x7B]
/// "深圳市优品电子有限公司" in GBK.
private let shenzhenGBK: [UInt8] = [
  0xC9, 0xEE, 0xDB, 0xDA, 0xCA, 0xD0, 0xD3, 0xC5, 0xC6, 0xB7, 0xB5, 0xE7, 0xD7, 0xD3, 0xD3, 0xD0, 0xCF, 0xDE, 0xB9,
  0xAB, 0xCB, 0xBE,
]

/// A page generic extraction reads: `title` in the title and in a JSON-LD Product.
private func productPage(title: [UInt8], head: String = "") -> [UInt8] {
  Array("<!DOCTYPE html><html><head>\(head)<title>".utf8) + title
    + Array("</title><script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"".utf8) + title
    + Array(
      "\",\"offers\":{\"@type\":\"Offer\",\"price\":\"12.50\",\"priceCurrency\":\"EUR\"}}</script></head><body><h1>"
        .utf8)
    + title + Array("</h1></body></html>".utf8)
}

@Suite("Encoding decisions")
struct EncodingDecisionTests {
  @Test func tmallPageWithGBKMetaAfter150KBOfScriptsReadsAsGBK() throws {
    let path = PagePath(TestPaths.fixturePages.appendingPathComponent("tmall-gbk-late-meta.html").path)
    let report = try PagePipeline.read(path)
    #expect(report.source.encoding == "GBK")
    #expect(report.source.encodingDecidedBy == "declared-late")
    #expect(report.source.encodingConfidence == nil)
    #expect(report.listing.title == "天猫精选 恒温电热水壶 家用大容量304不锈钢 自动断电")
    #expect(report.listing.seller.name == "天猫精选家电旗舰店")
    #expect(!report.warnings.contains { $0.contains("charset") || $0.contains("garbled") }, "\(report.warnings)")
  }

  @Test func amazonJapan2008PageDeclaresShiftJISAfter13KB() throws {
    // Real page (../shared/corpus-next): Shift_JIS bytes from byte 340, its only declaration
    // an http-equiv at byte 13,074, after a style and a script.
    let file = TestPaths.shared.appendingPathComponent(
      "corpus-next/amazon/yhara-jp-4839927847-esolang-book-sjis-2008.html")
    let bytes = try [UInt8](Data(contentsOf: file))
    let loaded = try PageDecoder.decode(bytes, path: PagePath(file.path))
    #expect(loaded.encoding.name == "Shift_JIS")
    #expect(loaded.encoding.decidedBy == .declaredLate)
    #expect(loaded.replacements == 0)
  }

  @Test func lateHTTPEquivIsHonoured() {
    let head = "<!DOCTYPE html><html><head>" + scriptPadding(kilobytes: 4)
    let bytes =
      Array((head + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\"></head><body><p>").utf8)
      + japaneseSJIS
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "Shift_JIS")
    #expect(sniffed.decidedBy == .declaredLate)
    #expect(String(decoding: Transcoder.toUTF8(bytes, encoding: sniffed.name).bytes, as: UTF8.self).hasSuffix("日本語の本"))
  }

  @Test func metaInsideAScriptStringIsNotHonoured() {
    let head =
      "<html><head>" + scriptPadding(kilobytes: 2)
      + "<script>document.write('<meta charset=\"koi8-r\">');</script>"
      + "<style>p { content: '<meta charset=big5>'; }</style><title><meta charset=euc-kr></title>"
      + "<!-- <meta charset=iso-8859-5> -->"
    let decoys = EncodingSniffer.lateDeclaration(Array((head + "</head><body>").utf8))
    #expect(decoys == .none)
    let bytes = Array((head + "<meta charset=gbk></head><body>").utf8) + shenzhenGBK
    #expect(EncodingSniffer.lateDeclaration(bytes) == .found(name: "GBK", label: "gbk"))
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "GBK")
    #expect(sniffed.decidedBy == .declaredLate)
  }

  @Test func theLateScanStopsWhereTheBodyBegins() {
    let head = "<html><head>" + scriptPadding(kilobytes: 2)
    for start in ["<body>", "<div class=x>", "Welcome!"] {
      let bytes = Array((head + start + "<meta charset=koi8-r>").utf8) + shenzhenGBK
      #expect(EncodingSniffer.lateDeclaration(bytes) == .none, "\(start)")
    }
    // After </head> and before <body> a <meta> still goes into the head.
    let afterHead = Array((head + "</head>\n<meta charset=gbk><body>").utf8) + shenzhenGBK
    #expect(EncodingSniffer.lateDeclaration(afterHead) == .found(name: "GBK", label: "gbk"))
  }

  @Test func validUTF8OutranksALateLegacyDeclaration() {
    let bytes = Array(("<html><head>" + scriptPadding(kilobytes: 2) + "<meta charset=gbk></head><p>深圳市</p>").utf8)
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "UTF-8")
    #expect(sniffed.decidedBy == .validUTF8)
  }

  @Test func everyLabelledEncodingIsDetected() throws {
    let folder = TestPaths.fixtures.appendingPathComponent("encodings")
    let labels = try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8)
    var checked = 0
    var perEncoding: [String: Int] = [:]
    for line in labels.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t").map(String.init)
      let file = fields[0]
      let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
      let expected = try String(
        contentsOf: folder.appendingPathComponent(String(file.dropLast(".html".count)) + ".txt"), encoding: .utf8)
      // The sniffer itself: the loader refuses BOM-less UTF-16 Chinese as binary data before.
      let decided = EncodingSniffer.decide(bytes)
      let converted = Transcoder.toUTF8(bytes, encoding: decided.encoding.name)
      let decoded = decided.decoded ?? (converted.bytes, converted.replacements)
      #expect(String(decoding: decoded.bytes, as: UTF8.self) == expected, "\(file) read as \(decided.encoding.name)")
      #expect(decided.encoding.decidedBy.name == "detected", "\(file): \(decided.encoding.decidedBy)")
      // UTF-16 is told by its NUL bytes (the confidence is their share), the rest by uchardet.
      let floor = decided.encoding.source == .detected ? EncodingSniffer.minimumConfidence : 30
      #expect((decided.encoding.decidedBy.confidence ?? 0) >= floor, "\(file)")
      #expect(decoded.replacements == 0, "\(file)")
      perEncoding[fields[1], default: 0] += 1
      checked += 1
    }
    #expect(checked >= 40)
    let all = ["GBK", "gb18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-1251", "windows-1252", "ISO-8859-2"]
    for name in all + ["UTF-16LE", "UTF-16BE"] { #expect((perEncoding[name] ?? 0) >= 2, "\(name)") }
  }

  @Test func theReportSaysHowTheEncodingWasDecided() throws {
    let early = try PagePipeline.read(PagePath(TestPaths.fixturePages.appendingPathComponent("taobao-gbk.html").path))
    #expect(early.source.encodingDecidedBy == "declared-early")
    let utf8 = try PagePipeline.read(bytes: productPage(title: Array("Ceramic mug".utf8)), path: PagePath("mug.html"))
    #expect(utf8.source.encodingDecidedBy == "valid-utf8")
    let bom = try PagePipeline.read(
      bytes: [0xEF, 0xBB, 0xBF] + productPage(title: Array("Ceramic mug".utf8)), path: PagePath("mug.html"))
    #expect(bom.source.encodingDecidedBy == "bom")
    let detected = try PagePipeline.read(
      bytes: productPage(title: shenzhenGBK + Array(" ".utf8) + shenzhenGBK), path: PagePath("gbk.html"))
    #expect(detected.source.encodingDecidedBy == "detected")
    #expect(["GBK", "gb18030"].contains(detected.source.encoding))
    #expect(detected.listing.title == "深圳市优品电子有限公司 深圳市优品电子有限公司")
    let confidence = try #require(detected.source.encodingConfidence)
    #expect(confidence >= 90)
    // The new fields sit beside "encoding" in the JSON; a nil confidence is left out.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(detected.source), as: UTF8.self)
    #expect(json.contains("\"encodingConfidence\":\(confidence)"))
    #expect(json.contains("\"encodingDecidedBy\":\"detected\""))
    #expect(!String(decoding: try encoder.encode(utf8.source), as: UTF8.self).contains("encodingConfidence"))
  }

  @Test func undecodableGuessesFallBackToWindows1252() {
    // Bytes no encoding reads as text: whatever the detector says, windows-1252 by default.
    let bytes: [UInt8] = Array("<p>".utf8) + [0xFF, 0xFF, 0xFF, 0xFF] + Array("</p>".utf8)
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "windows-1252")
    #expect(sniffed.decidedBy == .defaulted || sniffed.decidedBy.name == "detected")
  }

  @Test(arguments: [
    "CafÃ© crÃ¨me", "Itâ€™s new", "ä¸­æ–‡æ ‡é¢˜", "Ð¡ÑƒÐ¿ÐµÑ€", "Price \u{FFFD}\u{FFFD}", "Mug\u{81}",
    "¸´¹Å»ÆÍ­Ì¨µÆ ÎÔÊÒ´²Í·µÆ",
  ])
  func mojibakeIsRecognised(_ title: String) {
    #expect(Mojibake.pattern(in: title) != nil, "\(title)")
    #expect(Mojibake.warnings(title: title).count == 1)
  }

  @Test(arguments: [
    "Café crème – 5 €", "NÃO PERCA", "Äpfel, Öl & Über", "Größe: XL", "Ça va", "深圳市优品电子有限公司", "Сушилка для рук",
    "PRÉ-VENDA «Édition»", "日本語の本", "½ price – ¾ off ©", "Ærø Øl Å",
  ])
  func cleanTitlesAreNotFlagged(_ title: String) {
    #expect(Mojibake.pattern(in: title) == nil, "\(title)")
  }

  @Test func aGarbledTitleRaisesAWarning() throws {
    let report = try PagePipeline.read(bytes: productPage(title: Array("CafÃ© Mug".utf8)), path: PagePath("m.html"))
    #expect(report.warnings.contains { $0.hasPrefix("the title looks garbled") }, "\(report.warnings)")
    let clean = try PagePipeline.read(bytes: productPage(title: Array("Café Mug".utf8)), path: PagePath("m.html"))
    #expect(!clean.warnings.contains { $0.contains("garbled") })
  }
}

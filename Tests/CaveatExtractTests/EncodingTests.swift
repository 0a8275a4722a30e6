import Testing

@testable import CaveatExtract

/// Bytes of "深圳市优品电子有限公司" in GBK (identical in GB18030).
private let shenzhenGBK: [UInt8] = [
  0xC9, 0xEE, 0xDB, 0xDA, 0xCA, 0xD0, 0xD3, 0xC5, 0xC6, 0xB7, 0xB5, 0xE7, 0xD7, 0xD3, 0xD3, 0xD0, 0xCF, 0xDE, 0xB9,
  0xAB, 0xCB, 0xBE,
]

/// Encodes a string as UTF-16 with an optional BOM.
private func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
  var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
  for unit in text.utf16 {
    let high = UInt8(unit >> 8)
    let low = UInt8(unit & 0xFF)
    bytes += bigEndian ? [high, low] : [low, high]
  }
  return bytes
}

private func text(_ bytes: [UInt8]) -> String {
  String(decoding: bytes, as: UTF8.self)
}

@Suite("Encoding sniffing")
struct EncodingSnifferTests {
  @Test(arguments: [false, true])
  func utf16ByteOrderMarkBeatsALyingMeta(bigEndian: Bool) {
    let page = "<meta charset=\"utf-8\"><p>Grüße 深圳</p>"
    let bytes = utf16(page, bigEndian: bigEndian)
    let sniffed = EncodingSniffer.sniff(bytes, transportCharset: "iso-8859-1")
    #expect(sniffed == SniffedEncoding(name: bigEndian ? "UTF-16BE" : "UTF-16LE", source: .byteOrderMark))
    let converted = Transcoder.toUTF8(bytes, encoding: sniffed.name)
    #expect(text(converted.bytes) == page)
    #expect(converted.replacements == 0)
  }

  @Test func utf8ByteOrderMarkBeatsMetaAndIsStripped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=gbk><p>é</p>".utf8)
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "UTF-8")
    #expect(sniffed.source == .byteOrderMark)
    #expect(text(Transcoder.toUTF8(bytes, encoding: "UTF-8").bytes) == "<meta charset=gbk><p>é</p>")
  }

  @Test func metaGBKTranscodesChineseCompanyName() {
    let bytes = Array("<html><head><meta charset=\"gb2312\"></head><body>".utf8) + shenzhenGBK + Array("</body>".utf8)
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed == SniffedEncoding(name: "GBK", source: .meta))
    let converted = Transcoder.toUTF8(bytes, encoding: sniffed.name)
    #expect(text(converted.bytes) == "<html><head><meta charset=\"gb2312\"></head><body>深圳市优品电子有限公司</body>")
    #expect(converted.replacements == 0)
    #expect(converted.warning == nil)
    #expect(text(Transcoder.toUTF8(shenzhenGBK, encoding: "gb18030").bytes) == "深圳市优品电子有限公司")
  }

  @Test func undeclaredWindows1252IsDetectedAndUsesTheWHATWGTable() {
    let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x80, 0x20, 0x35, 0x20, 0x92, 0x20, 0x96]
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "windows-1252")
    #expect(sniffed.source == .detected)
    let converted = Transcoder.toUTF8(bytes, encoding: sniffed.name)
    let decoded = text(converted.bytes)
    #expect(decoded == "Café € 5 ’ –")
    #expect(!decoded.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    #expect(text(Transcoder.toUTF8([0x81, 0x9F], encoding: "windows-1252").bytes) == "\u{81}Ÿ")
  }

  @Test func lyingLatin1MetaOnUTF8BytesIsOverridden() {
    let bytes = Array("<meta charset=ISO-8859-1><p>Café – 5 €</p>".utf8)
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "UTF-8")
    #expect(sniffed.warnings.contains("the page declares iso-8859-1 but its bytes are valid UTF-8; read as UTF-8"))
    let asciiOnly = EncodingSniffer.sniff(Array("<meta charset=ISO-8859-1><p>Cafe</p>".utf8))
    #expect(asciiOnly == SniffedEncoding(name: "windows-1252", source: .meta))
  }

  @Test func httpEquivFormInAnyAttributeOrder() {
    let forms = [
      "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">",
      "<meta content='text/html;charset=sjis' http-equiv='content-type'/>",
      "<meta\tcontent=\"text/html; charset = 'x-sjis'\" http-equiv=content-type>",
    ]
    for form in forms {
      let bytes = Array("<!doctype html><html><head>\(form)</head><body>".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA]
      let sniffed = EncodingSniffer.sniff(bytes)
      #expect(sniffed == SniffedEncoding(name: "Shift_JIS", source: .meta), "\(form)")
      #expect(text(Transcoder.toUTF8(bytes, encoding: sniffed.name).bytes).hasSuffix("<body>日本語"))
    }
  }

  @Test func contentWithoutHTTPEquivIsIgnored() {
    let bytes = Array("<meta name=x content=\"text/html; charset=koi8-r\"><p>".utf8) + [0xE9, 0x3C]
    #expect(EncodingSniffer.sniff(bytes).name == "windows-1252")
  }

  @Test func metaInsideCommentsOrAttributesIsIgnored() {
    let commented = Array("<!-- <meta charset=gbk> --><p title='<meta charset=big5>'>".utf8) + [0xE9, 0x3C]
    #expect(EncodingSniffer.sniff(commented).name == "windows-1252")
    let afterComment = Array("<!--> <meta charset=koi8-r>".utf8)
    #expect(EncodingSniffer.sniff(afterComment).name == "KOI8-R")
  }

  @Test func metaBeyondTheFirst1024BytesIsHonouredAsDeclaredLate() {
    let padding = "<!-- " + String(repeating: "x", count: 1100) + " -->"
    let late = Array("<html>\(padding)<meta charset=gbk><p>".utf8) + shenzhenGBK
    let sniffed = EncodingSniffer.sniff(late)
    #expect(sniffed.name == "GBK")
    #expect(sniffed.source == .meta)
    #expect(sniffed.decidedBy == .declaredLate)
    let early = EncodingSniffer.sniff(Array("<html><meta charset=gbk>\(padding)<p>".utf8) + shenzhenGBK)
    #expect(early.name == "GBK")
    #expect(early.decidedBy == .declaredEarly)
  }

  @Test func invalidUTF8WithUTF8MetaIsReplaced() {
    let bytes = Array("<meta charset=utf-8><p>a".utf8) + [0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC3, 0xA9]
    let sniffed = EncodingSniffer.sniff(bytes)
    #expect(sniffed.name == "UTF-8")
    #expect(sniffed.source == .meta)
    let converted = Transcoder.toUTF8(bytes, encoding: sniffed.name)
    #expect(text(converted.bytes) == "<meta charset=utf-8><p>a\u{FFFD}b\u{FFFD}cé")
    #expect(converted.replacements == 2)
  }

  @Test func validityDecidesWithoutDeclarations() {
    #expect(
      EncodingSniffer.sniff(Array("<p>plain ascii</p>".utf8)) == SniffedEncoding(name: "UTF-8", source: .utf8Validity))
    let truncated = Array("<p>深".utf8) + [0xE5, 0x9C]
    #expect(EncodingSniffer.sniff(truncated).name == "UTF-8")
    #expect(Transcoder.toUTF8(truncated, encoding: "UTF-8").replacements == 1)
  }

  @Test func metaUTF16MeansUTF8AndUnknownLabelsWarn() {
    #expect(EncodingSniffer.sniff(Array("<meta charset=utf-16><p>x".utf8)).name == "UTF-8")
    let unknown = EncodingSniffer.sniff(Array("<meta charset=klingon><p>x".utf8))
    #expect(unknown.name == "UTF-8")
    #expect(unknown.source == .utf8Validity)
    #expect(unknown.warnings.contains { $0.contains("klingon") })
  }

  @Test func transportCharsetBeatsMetaButNotBOM() {
    let bytes = Array("<meta charset=gbk><p>".utf8) + [0xF0, 0xD2]
    #expect(
      EncodingSniffer.sniff(bytes, transportCharset: "KOI8-R") == SniffedEncoding(name: "KOI8-R", source: .transport))
    let ignored = EncodingSniffer.sniff(bytes, transportCharset: "bogus-charset")
    #expect(ignored.name == "GBK")
    #expect(ignored.warnings.count == 1)
  }

  @Test func utf16WithoutBOMIsRecognisedByNULPattern() {
    let bytes = utf16("<html><body><p>hello world</p></body></html>", bigEndian: false, bom: false)
    #expect(EncodingSniffer.sniff(bytes).name == "UTF-16LE")
    let big = utf16("<html><body><p>hello world</p></body></html>", bigEndian: true, bom: false)
    #expect(EncodingSniffer.sniff(big).name == "UTF-16BE")
  }

  @Test(arguments: [
    ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("iso8859-1", "windows-1252"), ("l1", "windows-1252"),
    ("US-ASCII", "windows-1252"), ("ascii", "windows-1252"), ("cp1252", "windows-1252"), ("x-cp1252", "windows-1252"),
    ("gb2312", "GBK"), ("GBK", "GBK"), ("x-gbk", "GBK"), ("chinese", "GBK"), ("csgb2312", "GBK"), ("iso-ir-58", "GBK"),
    ("gb18030", "gb18030"), ("utf8", "UTF-8"), ("unicode-1-1-utf-8", "UTF-8"), (" UTF-8\t", "UTF-8"),
    ("utf-16", "UTF-16LE"), ("big5-hkscs", "Big5"), ("sjis", "Shift_JIS"), ("windows-31j", "Shift_JIS"),
    ("ks_c_5601-1987", "EUC-KR"), ("iso-8859-9", "windows-1254"), ("iso-8859-11", "windows-874"),
    ("koi8_r", "KOI8-R"), ("x-mac-ukrainian", "x-mac-cyrillic"), ("latin2", "ISO-8859-2"), ("l9", "ISO-8859-15"),
  ])
  func labelTable(label: String, name: String) {
    #expect(EncodingSniffer.canonicalName(forLabel: label) == name)
  }

  @Test func unknownLabels() {
    #expect(EncodingSniffer.canonicalName(forLabel: "utf-7") == nil)
    #expect(EncodingSniffer.canonicalName(forLabel: "") == nil)
    #expect(EncodingSniffer.canonicalName(forLabel: "latın1") == nil)
  }
}

@Suite("Transcoding")
struct TranscoderTests {
  @Test func iconvEncodings() {
    #expect(
      text(Transcoder.toUTF8([0xC1, 0x63, 0xC5, 0xE9, 0xA4, 0xA4, 0xA4, 0xE5], encoding: "Big5").bytes) == "繁體中文")
    #expect(text(Transcoder.toUTF8([0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE], encoding: "EUC-KR").bytes) == "한국어")
    #expect(text(Transcoder.toUTF8([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], encoding: "windows-1251").bytes) == "Привет")
    #expect(text(Transcoder.toUTF8([0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA], encoding: "Shift_JIS").bytes) == "日本語")
  }

  @Test func invalidLegacyBytesBecomeReplacementCharacters() {
    let bytes: [UInt8] = [0x61, 0xFF, 0x62] + Array(shenzhenGBK.prefix(4)) + [0xC9]
    let converted = Transcoder.toUTF8(bytes, encoding: "GBK")
    #expect(text(converted.bytes) == "a\u{FFFD}b深圳\u{FFFD}")
    #expect(converted.replacements == 2)
  }

  @Test func unpairedSurrogatesBecomeReplacementCharacters() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x00, 0xDC, 0x3D, 0xD8, 0x00, 0xDE, 0x63]
    let converted = Transcoder.toUTF8(bytes, encoding: "UTF-16LE")
    #expect(text(converted.bytes) == "a\u{FFFD}b\u{FFFD}😀\u{FFFD}")
    #expect(converted.replacements == 3)
  }

  @Test func unknownEncodingFallsBackToWindows1252() {
    let converted = Transcoder.toUTF8([0x43, 0x61, 0x66, 0xE9, 0x80], encoding: "x-klingon")
    #expect(text(converted.bytes) == "Café€")
    #expect(converted.warning?.contains("x-klingon") == true)
  }
}

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  @Test func skipASCIIStopsAtTheFirstHighByteAtEveryAlignment() {
    for length in 0..<40 {
      for position in 0...length {
        var bytes = [UInt8](repeating: 0x61, count: length)
        if position < length { bytes[position] = 0xC3 }
        for start in 0...position {
          #expect(UTF8Scanner.skipASCII(bytes, from: start) == position)
        }
      }
    }
  }

  @Test func validateTellsValidInvalidAndTruncatedApart() {
    let long = [UInt8](repeating: 0x61, count: 37)
    #expect(UTF8Scanner.validate(long + Array("é深😀".utf8) + long) == (true, 3, false))
    #expect(UTF8Scanner.validate(long + [0xE6, 0xB7]) == (true, 0, true))
    #expect(UTF8Scanner.validate(long + [0xE6, 0x41] + long) == (false, 0, false))
    #expect(UTF8Scanner.validate(long + [0xED, 0xA0, 0x80]) == (false, 0, false))  // a surrogate
  }

  @Test func aDeclaredUTF8PageCutMidCharacterIsRepairedAndReported() throws {
    let page = Array("<meta charset=\"utf-8\"><p>Grüße 深".utf8).dropLast()
    let loaded = try PageDecoder.decode(Array(page), path: PagePath("cut.html"))
    #expect(loaded.utf8 == Array("<meta charset=\"utf-8\"><p>Grüße \u{FFFD}".utf8))
    #expect(loaded.replacements == 1)
    #expect(loaded.warnings.contains { $0.contains("replaced with U+FFFD") })
  }

  @Test func aCompleteUTF8PageIsPassedOnUnchanged() throws {
    for page in ["<meta charset=\"utf-8\"><p>Grüße 深圳</p>", "<p>Grüße 深圳</p>", "<p>plain</p>"] {
      let loaded = try PageDecoder.decode(Array(page.utf8), path: PagePath("page.html"))
      #expect(loaded.utf8 == Array(page.utf8))
      #expect(loaded.replacements == 0)
      #expect(loaded.warnings.isEmpty)
    }
  }
}

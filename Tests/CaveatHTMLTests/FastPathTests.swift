import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// The byte-level shortcuts the readers take must answer exactly as the slow forms they
/// replace: phrase sets as a search per phrase, the native text walk as XPath, attributes read
/// in place as libxml2's copy.
@Suite("Fast paths answer as the slow forms")
struct FastPathTests {
  private static let words = [
    "return", "retour", "rück", "返品", "退货", "a", "é", "ab", "zz", "devolução", "возврат", " i ", "★", "x",
  ]

  @Test("A phrase set matches a text exactly when one of its phrases occurs in it")
  func phraseSet() {
    var random = SplitMix(seed: 0xFA57)
    let pieces = Self.words + ["Return", "RÜCK", " ", "-", "7", "days", "über", "ret", "retu", "返", "b", "zza"]
    for round in 0..<4000 {
      let phrases = (0..<(1 + Int(random.next() % 6))).map { _ in
        Self.words[Int(random.next() % UInt64(Self.words.count))]
      }
      let text = (0..<Int(random.next() % 9)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let expected = phrases.contains(where: text.containsLiteral)
      #expect(PhraseSet(phrases).matches(text) == expected, "round \(round): \(phrases) in \"\(text)\"")
      // Folding ASCII as it reads answers as matching the lowercased text, or leaves it open.
      let lowered = text.lowercased()
      let folded = PhraseSet(phrases).matchesLowercasingASCII(text)
      #expect(folded ?? PhraseSet(phrases).matches(lowered) == PhraseSet(phrases).matches(lowered), "round \(round)")
      if text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(folded != nil, "round \(round): ASCII is decided") }
    }
    #expect(PhraseSet(["rück"]).matchesLowercasingASCII("RÜCK") == nil, "past ASCII, the text is lowercased")
    #expect(PhraseSet(["return"]).matchesLowercasingASCII("Free RETURNS") == true)
    #expect(PhraseSet(["i̇ade"]).matchesLowercasingASCII("İADE") == nil)
    #expect(PhraseSet([String]()).matches("anything") == false)
    #expect(PhraseSet([""]).matches("") == true)
    #expect(PhraseSet(["free returns"]).matches("Free returns") == false, "phrases are matched as given")
  }

  @Test("A literal range is where the phrase's bytes first occur")
  func literalRange() {
    let text = "4,5 von 5 Sternen und 12 Rezensionen, und mehr"
    let range = text.rangeOfLiteral(" und ")
    #expect(range.map { text[$0] } == " und ")
    #expect(range.map { text[..<$0.lowerBound] } == "4,5 von 5 Sternen")
    #expect("5つ星のうち4.2".rangeOfLiteral("つ星のうち").map { "5つ星のうち4.2"[$0.upperBound...] } == "4.2")
    #expect(text.rangeOfLiteral("absent") == nil)
    #expect(text.rangeOfLiteral("") == nil)
  }

  @Test("The native walk of the body finds the texts XPath finds, and attributes read in place equal libxml2's")
  func bodyTextsAndAttributes() throws {
    var pages = 0
    for file in TestPaths.corpusPageFiles + TestPaths.corpusNextPageFiles + TestPaths.fixturePageFiles {
      guard let raw = try? PageFileReader.read(PagePath(file.path)),
        let loaded = try? PageDecoder.decode(raw, path: PagePath(file.path)),
        let document = HTMLDocument.parse(utf8: loaded.utf8, direct: true),
        let body = try document.select("//body").first
      else { continue }
      pages += 1
      let expected = try body.select(".//text()[normalize-space(.) != '']").map { TextNormalizer.collapse($0.text) }
      let found = body.nonBlankTexts(limit: .max).map(\.text)
      #expect(found == expected, "\(file.lastPathComponent)")
      #expect(body.nonBlankTexts(limit: 3).map(\.text) == Array(expected.prefix(3)))
      for element in try document.select("//*[@class or @id or @itemprop]").prefix(400) {
        for name in ["class", "id", "itemprop", "absent"] {
          #expect(element.attribute(cName: name) == element.attribute(name), "\(file.lastPathComponent): @\(name)")
        }
      }
    }
    #expect(pages >= 4)
  }

  @Test("The element index and the outermost elements made from the builder's records equal what walks find")
  func indexFromRecords() throws {
    var pages = 0
    for file in TestPaths.corpusPageFiles + TestPaths.corpusNextPageFiles + TestPaths.fixturePageFiles {
      guard let raw = try? PageFileReader.read(PagePath(file.path)),
        let loaded = try? PageDecoder.decode(raw, path: PagePath(file.path))
      else { continue }
      for strip in [true, false] {
        let page = PrescannedPage(bytes: loaded.utf8, interest: SiteRegistry.scriptInterest, stripBodies: strip)
        guard let document = HTMLDocument.parse(utf8: page.html, direct: true), document.builtDirectly else {
          continue
        }
        pages += 1
        #expect(document.builderIndex != nil)
        let recorded = ElementIndex(document: document).contents()
        let walked = ElementIndex(document: document, walk: true).contents()
        #expect(recorded == walked, "\(file.lastPathComponent) (strip \(strip))")
        // The outermost elements with an attribute, from the records and by a walk that stops
        // going down at each.
        for name in ["itemscope", "itemprop", "class", "data-hook", "absent"] {
          var visited: [HTMLNode] = []
          for root in document.topLevelNodes {
            root.visitElements(includingSelf: true) { element in
              guard element.attributeValue(name) != nil else { return true }
              visited.append(element)
              return false
            }
          }
          let found = try #require(document.outermostElements(withAttribute: name))
          #expect(found.map(\.pointer) == visited.map(\.pointer), "\(file.lastPathComponent): \(name)")
        }
      }
    }
    #expect(pages >= 100)
  }

  @Test("Lowercasing ASCII with caseless CJK, kana and Hangul only folds ASCII, as lowercased() does")
  func lowercasing() {
    // Every scalar the shortcut keeps as it is has no lower-case mapping of its own.
    for range in [0x3000..<0xA000, 0xAC00..<0xD7B0] {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        #expect(scalar.properties.lowercaseMapping == String(scalar), "U+\(String(value, radix: 16))")
      }
    }
    for text in [
      "华为 HONOR Play7 全网通", "ＡＢＣ 全角", "Ünïcödé ÉTÉ", "ВОЗВРАТ 30 дней", "İstanbul", "ΣΟΦΙΑ", "返品 OK", "plain",
    ] {
      #expect(text.lowercasedText == text.lowercased(), "\(text)")
      #expect(text[...].lowercasedText == text.lowercased())
    }
  }

  @Test("Text with a numeral, four digits in a row, or a label's first letter is never skipped")
  func textGates() {
    #expect("½ sold".holdsNumeral)
    #expect("五".holdsNumeral)
    #expect("٣ تقييمات".holdsNumeral)
    #expect(!"no figures here".holdsNumeral)
    #expect(!"没有数字".holdsNumeral)
    #expect(DateText.parse("２０２３年１２月１１日") != nil, "full-width digits make a year")
    #expect(DateText.parse("12.3.45") == nil)
    #expect(DateText.parse("Reviewed on 4 Sept. 2025") != nil)
    #expect(DateText.parse("售价 4999.00") == nil)
  }
}

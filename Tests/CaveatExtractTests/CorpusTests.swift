import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// The hand-checked corpus in `../shared/corpus`, graded like `grade_extraction.py`.
@Suite struct CorpusTests {
  @Test(
    "Extraction accuracy on ../shared/corpus is at least 98 % with nothing invented",
    .enabled(if: TestPaths.hasCorpus, "../shared/corpus is absent: corpus grading NOT run (clone next to ../shared)"))
  func corpusAccuracy() throws {
    var check = ExpectationCheck()
    let text = try String(contentsOf: TestPaths.corpusExpectations, encoding: .utf8)
    for line in text.split(separator: "\n") {
      let case_ = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let file = try #require(case_["file"] as? String)
      let expect = try #require(case_["expect"] as? [String: Any])
      let path = TestPaths.corpus.appendingPathComponent(file).path
      do {
        let report = try PagePipeline.read(PagePath(path))
        try check.check(report, against: expect, page: file)
      } catch {
        Issue.record("\(file): no report (\(error))")
      }
    }
    for failure in check.failures { print("corpus:", failure) }
    print(
      String(
        format: "corpus: accuracy %.1f%% (%d/%d), invented %.1f%% (%d/%d)", check.accuracy, check.right,
        check.labelled, check.inventedShare, check.invented, check.unlabelled))
    #expect(check.labelled > 100, "the corpus expectations were not read")
    #expect(check.accuracy >= 98, "\(check.failures)")
    #expect(check.invented == 0, "\(check.failures)")
  }

  @Test(
    "The fast path (scripts stripped, element index, and the large-page threads) reads every page exactly as the full parse does",
    .enabled(if: TestPaths.hasCorpus || !TestPaths.fixturePageFiles.isEmpty))
  func fastPathMatchesFullParse() throws {
    let pages = TestPaths.corpusPageFiles + TestPaths.fixturePageFiles
    var compared = 0
    for page in pages {
      let path = PagePath(page.path)
      let fast: VetReport
      do {
        fast = try PagePipeline.read(path)
      } catch {
        // A refusal must be a refusal both ways.
        #expect(throws: ListingReadError.self) {
          try PagePipeline.read(
            path, options: ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false))
        }
        continue
      }
      let full = try PagePipeline.read(
        path, options: ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false))
      #expect(fast.listing == full.listing, "\(page.lastPathComponent): listings differ")
      #expect(fast.provenance == full.provenance, "\(page.lastPathComponent): provenance differs")
      #expect(fast.site == full.site)
      // Every page through the large-page path too: microdata on a second thread, the tree
      // freed in the background.
      let concurrent = try PagePipeline.read(path, options: ExtractionOptions(concurrentFromBytes: 0))
      #expect(concurrent.listing == fast.listing, "\(page.lastPathComponent): concurrent listing differs")
      #expect(concurrent.provenance == fast.provenance, "\(page.lastPathComponent): concurrent provenance differs")
      #expect(concurrent.warnings == fast.warnings, "\(page.lastPathComponent): concurrent warnings differ")
      compared += 1
    }
    #expect(compared >= 2)
  }
}

/// Every fixture page against its hand-written expectations in `Fixtures/expected/`.
@Suite struct FixtureTests {
  static var expectationFiles: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtureExpectations.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test("Each fixture reads as its expectations say", arguments: expectationFiles)
  func fixture(_ name: String) throws {
    let data = try Data(contentsOf: TestPaths.fixtureExpectations.appendingPathComponent(name))
    let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let stem = String(name.dropLast(".json".count))
    let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixturePages.path)) ?? []
    let file = try #require(names.first { ($0 as NSString).deletingPathExtension == stem }, "no page for \(name)")
    let path = PagePath(TestPaths.fixturePages.appendingPathComponent(file).path)
    if let refuse = spec["refuse"] as? [String: Any] {
      do {
        _ = try PagePipeline.read(path)
        Issue.record("\(file) was read, but it must be refused")
      } catch {
        #expect(Int(error.exitCode) == refuse["exitCode"] as? Int, "\(error.message)")
        if let fragment = refuse["stderrContains"] as? String {
          #expect(error.message.lowercased().contains(fragment.lowercased()), "\(error.message)")
        }
        #expect(error.message.contains(file), "the message names the file: \(error.message)")
      }
      return
    }
    let expect = try #require(spec["expect"] as? [String: Any])
    let report = try PagePipeline.read(path)
    var check = ExpectationCheck()
    try check.check(report, against: expect, page: file)
    #expect(check.failures.isEmpty, "\(check.failures)")
    #expect(check.labelled > 0)
  }
}

import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// The 16 newer pages in `../shared/corpus-next`, read in place and graded like
/// `grade_extraction.py`.
///
/// Three of them are not UTF-8 (two JD pages in GBK, a 2008 amazon.co.jp page in Shift_JIS,
/// declared late): they are read like the others. No page may be refused.
@Suite struct CorpusNextTests {
  @Test(
    "corpus-next: no page is refused, accuracy holds at 99 %, nothing is invented",
    .enabled(if: TestPaths.hasCorpusNext, "../shared/corpus-next is absent: grading NOT run"))
  func corpusNextAccuracy() throws {
    var all = ExpectationCheck()
    let text = try String(contentsOf: TestPaths.corpusNextExpectations, encoding: .utf8)
    for line in text.split(separator: "\n") {
      let case_ = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let file = try #require(case_["file"] as? String)
      let expect = try #require(case_["expect"] as? [String: Any])
      let path = TestPaths.corpusNext.appendingPathComponent(file).path
      do {
        let report = try PagePipeline.read(PagePath(path))
        try all.check(report, against: expect, page: file)
      } catch let error as ListingReadError {
        Issue.record("\(file) was refused: \(error.message)")
        all.labelled += expect.values.filter { !($0 is NSNull) }.count
      }
    }
    for failure in all.failures { print("corpus-next:", failure) }
    print(
      String(
        format: "corpus-next: accuracy %.1f%% (%d/%d), invented %.1f%% (%d/%d)", all.accuracy, all.right,
        all.labelled, all.inventedShare, all.invented, all.unlabelled))
    #expect(all.labelled >= 100, "the corpus-next expectations were not read")
    #expect(all.accuracy >= 99, "\(all.failures)")
    #expect(all.invented == 0, "\(all.failures)")
  }
}

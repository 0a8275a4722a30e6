import CaveatCore
import CaveatTestSupport
import Foundation
import Synchronization
import Testing

@testable import CaveatExtract

/// The reader's handling of the page hash it computes alongside the parse.
@Suite struct PagePipelineTests {
  /// A refused page must not leave the hash running: the CLI exits on the error, and a hash
  /// still inside libcrypto when the process tears it down crashed `caveat vet` at exit.
  @Test func aRefusedPageWaitsForTheHashBeforeThrowing() throws {
    let page = TestPaths.fixturePages.appendingPathComponent("amazon-robot-check.html")
    let bytes = [UInt8](try Data(contentsOf: page))
    let finished = Atomic<Bool>(false)
    let slowHash: @Sendable ([UInt8]) -> String = { bytes in
      Thread.sleep(forTimeInterval: 0.2)
      finished.store(true, ordering: .sequentiallyConsistent)
      return SHA256.hex(bytes)
    }
    #expect(throws: ListingReadError.self) {
      try PagePipeline.read(
        bytes: bytes, path: PagePath(page.path), options: ExtractionOptions(), hash: slowHash)
    }
    let hashDone = finished.load(ordering: .sequentiallyConsistent)
    #expect(hashDone)
  }

  @Test func aReadPageCarriesTheHash() throws {
    let page = TestPaths.fixturePages.appendingPathComponent("etsy-jsonld.html")
    let bytes = [UInt8](try Data(contentsOf: page))
    let report = try PagePipeline.read(
      bytes: bytes, path: PagePath(page.path), options: ExtractionOptions(), hash: { _ in "feed" })
    #expect(report.source.sha256 == "feed")
  }
}

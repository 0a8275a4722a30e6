import CTreeBuilder
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// The engine's decision about the direct builder, and the path a page takes when it is off.
///
/// Tests never call `HTMLEngine.installProcessTuning()`: the test process is a library user
/// that keeps libxml2's own allocator (the CLI, which installs it, is checked end to end).
@Suite("HTML engine")
struct EngineTests {
  /// Pages whose trees the builder makes, for the fallback comparison.
  private static let pages = [
    "<!DOCTYPE html><html><head><title>t</title></head><body><p>a<p>b &amp; c</body></html>",
    "text first<div class=x><ul><li>1<li>2</ul></div></html><p>after",
    "<table><tr><td>a<td>b</table><!-- c --><script>if (a < b) {}</script>",
  ]

  @Test("The builder is on with libxml2 2.9.14 and off, saying why, with any other")
  func statusFollowsTheLibXML2Version() {
    let status = HTMLEngine.directBuilder
    if HTMLEngine.libxml2Version == "20914" {
      #expect(status == .enabled(libxml2: "2.9.14"))
      #expect(status.description == "direct (libxml2 2.9.14)")
    } else {
      #expect(!status.isEnabled)
      #expect(status.description.contains("libxml2 parses every page"))
    }
  }

  @Test("Another libxml2 version turns the builder off before any probe runs")
  func anotherVersionIsRefused() {
    for version in ["20912", "20913", "21004", "20000", "garbage", ""] {
      var probed = false
      let status = DirectBuilderCheck.status(
        libxml2Version: version, tables: { true },
        probes: {
          probed = true
          return nil
        })
      #expect(!status.isEnabled, "\(version)")
      #expect(!probed, "\(version)")
    }
    let status = DirectBuilderCheck.status(libxml2Version: "20912", tables: { true }, probes: { nil })
    #expect(status == .disabled(reason: "libxml2 2.9.12 is not the version it reproduces (2.9.14)"))
    #expect(
      status.description
        == "off, libxml2 2.9.12 is not the version it reproduces (2.9.14); libxml2 parses every page")
  }

  @Test("Missing parser tables or a probe page built differently turn the builder off")
  func tablesAndProbesDecide() {
    let noTables = DirectBuilderCheck.status(libxml2Version: "20914", tables: { false }, probes: { nil })
    #expect(noTables == .disabled(reason: "libxml2 2.9.14 lacks the parser tables it reads"))
    let mismatch = DirectBuilderCheck.status(
      libxml2Version: "20914", tables: { true }, probes: { "its tree of probe page 2 is not libxml2's" })
    #expect(mismatch == .disabled(reason: "its tree of probe page 2 is not libxml2's"))
    let fine = DirectBuilderCheck.status(libxml2Version: "20914", tables: { true }, probes: { nil })
    #expect(fine == .enabled(libxml2: "2.9.14"))
  }

  @Test("The probe pages come out the same both ways with this libxml2")
  func probesPass() {
    _ = HTMLEngine.directBuilder  // sets libxml2 and the builder's tables up
    guard HTMLEngine.libxml2Version == "20914" else { return }
    #expect(DirectBuilderCheck.probeMismatch(regionAllocator: HTMLEngine.setUp.regionAllocator) == nil)
    #expect(DirectBuilderCheck.dotted("20914") == "2.9.14")
    #expect(DirectBuilderCheck.dotted("21203") == "2.12.3")
  }

  /// A status decided for another libxml2: asked for the direct builder, every page goes to
  /// libxml2, and its trees are the ones the builder makes here.
  @Test("With the builder off, pages are parsed by libxml2 into the same trees")
  func fallbackParsesIdentically() throws {
    let off = DirectBuilderCheck.status(libxml2Version: "20912", probes: { nil })
    var pages = Self.pages.map { Array($0.utf8) }
    for file in TestPaths.fixturePageFiles where file.pathExtension == "html" {
      guard let raw = try? PageFileReader.read(PagePath(file.path)),
        let loaded = try? PageDecoder.decode(raw, path: PagePath(file.path))
      else { continue }
      pages.append(PrescannedPage(bytes: loaded.utf8, interest: SiteRegistry.scriptInterest, stripBodies: true).html)
    }
    #expect(pages.count > 5)
    var built = 0
    for bytes in pages where !bytes.isEmpty {
      let fallback = try #require(HTMLDocument.parse(utf8: bytes, direct: true, builder: off))
      #expect(!fallback.builtDirectly)
      let plain = try #require(HTMLDocument.parse(utf8: bytes))
      #expect(fallback.canonicalTree == plain.canonicalTree)
      if let direct = HTMLDocument.parse(utf8: bytes, direct: true), direct.builtDirectly {
        built += 1
        #expect(direct.canonicalTree == fallback.canonicalTree)
      }
    }
    if HTMLEngine.directBuilder.isEnabled { #expect(built >= 3) }
  }

  /// With libxml2's own allocator the builder's tree has its document node outside the region:
  /// freeing must hand each part to its owner, and a give-up must leave nothing behind. Many
  /// rounds on several threads, so a wrong free shows up as a crash (or under the sanitizers).
  @Test("Trees are freed by their owner whichever way they were made, on many threads")
  func treesFreeUnderEitherAllocator() async throws {
    let giveUp = "<div>&#0;x</div>"  // the builder starts, then gives up
    try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<4 {
        group.addTask {
          var count = 0
          for round in 0..<200 {
            let page = round % 3 == 2 ? giveUp : Self.pages[round % Self.pages.count]
            let document = try #require(HTMLDocument.parse(utf8: Array(page.utf8), direct: round % 2 == 0))
            count += try document.select("//*").count
            if round % 5 == 0 { document.releaseTreeInBackground() }
          }
          return count
        }
      }
      for try await count in group { #expect(count > 0) }
    }
    #expect(HTMLDocument.parse(utf8: Array(giveUp.utf8), direct: true)?.builtDirectly == false)
    #expect(caveat_tree_build_gave_up_at() != 0)
  }
}

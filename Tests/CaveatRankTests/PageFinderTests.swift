import CaveatExtract
import Foundation
import Testing

@testable import CaveatRank

/// What `rank` finds in a folder: pages, and never the resource folder of a "Web page, complete".
@Suite struct PageFinderTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-finder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func write(_ text: String, _ url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  private func names(_ found: [PageFinder.Found], under root: URL) -> [String] {
    found.compactMap { item -> String? in
      guard case .page(let path) = item else { return nil }
      return String(path.displayString.dropFirst(root.path.count + 1))
    }
  }

  @Test func theResourceFolderOfACompleteSaveIsSkipped() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write("<html></html>", root.appendingPathComponent("Lamp.html"))
    try write("<html>ad</html>", root.appendingPathComponent("Lamp_files/saved_resource.html"))
    try write("<html></html>", root.appendingPathComponent("Mug.htm"))
    try write("<html>ad</html>", root.appendingPathComponent("Mug-Dateien/frame.html"))
    // No page of that name beside it: an ordinary folder, searched.
    try write("<html></html>", root.appendingPathComponent("Orphan_files/page.html"))
    // A folder merely ending in "_files" inside another: searched too.
    try write("<html></html>", root.appendingPathComponent("shop/Kettle_files/kettle.html"))
    let found = PageFinder().find([PagePath(root.path)])
    #expect(
      names(found, under: root) == ["Lamp.html", "Mug.htm", "Orphan_files/page.html", "shop/Kettle_files/kettle.html"])
  }

  @Test func resourceFolderNamesNeedTheWholePageName() {
    let pages: Set<[UInt8]> = [Array("Lamp.html".utf8)]
    #expect(PageFinder.isResourceFolder(Array("Lamp_files".utf8), besidePages: pages))
    #expect(!PageFinder.isResourceFolder(Array("Lam_files".utf8), besidePages: pages))
    #expect(!PageFinder.isResourceFolder(Array("Lamp".utf8), besidePages: pages))
    #expect(!PageFinder.isResourceFolder(Array("_files".utf8), besidePages: pages))
  }
}

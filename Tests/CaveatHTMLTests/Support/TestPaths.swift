import Foundation

/// Where the repository's fixtures and the shared corpus live, found from this file's path
/// (no bundle resources: tests read pages in place).
enum TestPaths {
  /// The repository root.
  static let repository: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  static let fixturePages = repository.appendingPathComponent("Fixtures/pages")

  /// `../shared/corpus` beside the repository, as developers and CI have it.
  static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  /// The fixture pages (any page kind), sorted.
  static var fixturePageFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturePages.path)) ?? []
    return names.sorted().map { fixturePages.appendingPathComponent($0) }
  }

  /// The corpus pages named in expected.jsonl (none when the corpus is absent).
  static var corpusPageFiles: [URL] {
    let expectations = corpus.appendingPathComponent("expected.jsonl")
    guard let text = try? String(contentsOf: expectations, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let file = object["file"] as? String
      else { return nil }
      return corpus.appendingPathComponent(file)
    }
  }
}

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

  static let fixtures = repository.appendingPathComponent("Fixtures")
  static let fixturePages = fixtures.appendingPathComponent("pages")
  static let fixtureExpectations = fixtures.appendingPathComponent("expected")

  /// `../shared` beside the repository, as developers and CI have it.
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
  static let corpus = shared.appendingPathComponent("corpus")
  static let corpusExpectations = corpus.appendingPathComponent("expected.jsonl")

  static let corpusNext = shared.appendingPathComponent("corpus-next")
  static let corpusNextExpectations = corpusNext.appendingPathComponent("expected.jsonl")

  /// Whether the second corpus is present.
  static var hasCorpusNext: Bool { FileManager.default.fileExists(atPath: corpusNextExpectations.path) }

  /// Whether the shared corpus is present.
  static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpusExpectations.path) }

  /// The fixture pages (any page kind), sorted.
  static var fixturePageFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturePages.path)) ?? []
    return names.sorted().map { fixturePages.appendingPathComponent($0) }
  }

  /// The corpus pages named in expected.jsonl.
  static var corpusPageFiles: [URL] {
    guard let text = try? String(contentsOf: corpusExpectations, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let file = object["file"] as? String
      else { return nil }
      return corpus.appendingPathComponent(file)
    }
  }
}

import Foundation

/// Where the repository's fixtures and the shared corpora live, found from this file's path
/// (no bundle resources: tests read pages in place).
public enum TestPaths {
  /// The repository root: the nearest folder above this file that holds Package.swift.
  public static let repository: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// `Fixtures/`.
  public static let fixtures = repository.appendingPathComponent("Fixtures")
  /// `Fixtures/pages/`: the saved pages used as fixtures.
  public static let fixturePages = fixtures.appendingPathComponent("pages")
  /// `Fixtures/expected/`: the hand-checked values of the fixture pages.
  public static let fixtureExpectations = fixtures.appendingPathComponent("expected")

  /// `../shared` beside the repository, as developers and CI have it.
  public static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
  /// `../shared/corpus/`.
  public static let corpus = shared.appendingPathComponent("corpus")
  /// The corpus's hand-checked values, one JSON object per page.
  public static let corpusExpectations = corpus.appendingPathComponent("expected.jsonl")

  /// `../shared/corpus-next/`: the second corpus.
  public static let corpusNext = shared.appendingPathComponent("corpus-next")
  /// The second corpus's hand-checked values.
  public static let corpusNextExpectations = corpusNext.appendingPathComponent("expected.jsonl")

  /// Whether the second corpus is present.
  public static var hasCorpusNext: Bool { FileManager.default.fileExists(atPath: corpusNextExpectations.path) }

  /// Whether the shared corpus is present.
  public static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpusExpectations.path) }

  /// The fixture page called `name`.
  public static func page(_ name: String) -> URL { fixturePages.appendingPathComponent(name) }

  /// The fixture pages (any page kind), sorted.
  public static var fixturePageFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturePages.path)) ?? []
    return names.sorted().map { fixturePages.appendingPathComponent($0) }
  }

  /// The corpus pages named in expected.jsonl (none when the corpus is absent).
  public static var corpusPageFiles: [URL] { pages(listedIn: corpusExpectations, under: corpus) }

  /// The corpus-next pages named in its expected.jsonl (none when it is absent).
  public static var corpusNextPageFiles: [URL] { pages(listedIn: corpusNextExpectations, under: corpusNext) }

  private static func pages(listedIn expectations: URL, under folder: URL) -> [URL] {
    guard let text = try? String(contentsOf: expectations, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let file = object["file"] as? String
      else { return nil }
      return folder.appendingPathComponent(file)
    }
  }
}

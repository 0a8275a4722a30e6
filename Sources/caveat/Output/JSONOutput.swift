import CaveatCore
import Foundation

/// The JSON forms of reports.
enum JSONOutput {
  /// One element of a multi-file result: a report, or why the file has none.
  enum Item: Encodable {
    case report(VetReport)
    case failure(file: String, code: Int32, message: String)

    private struct Failure: Encodable {
      var schemaVersion = 1
      var source: [String: String]
      var error: ErrorBody
    }

    private struct ErrorBody: Encodable {
      var code: Int32
      var message: String
    }

    func encode(to encoder: any Encoder) throws {
      switch self {
      case .report(let report):
        try report.encode(to: encoder)
      case .failure(let file, let code, let message):
        try Failure(source: ["file": file], error: ErrorBody(code: code, message: message)).encode(to: encoder)
      }
    }
  }

  /// Pretty, key-sorted JSON with a final newline: stable for diffs and golden files.
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
      return "{\"error\": \"could not encode the report\"}\n"
    }
  }
}

import CaveatCore
import Foundation

/// The JSON forms of reports.
public enum JSONOutput {
  /// One element of a multi-file result: a report, or why the file has none.
  public enum Item: Encodable {
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

    /// The report itself, or `{schemaVersion, source: {file}, error: {code, message}}`.
    public func encode(to encoder: any Encoder) throws {
      switch self {
      case .report(let report):
        try report.encode(to: encoder)
      case .failure(let file, let code, let message):
        try Failure(source: ["file": file], error: ErrorBody(code: code, message: message)).encode(to: encoder)
      }
    }
  }

  /// Pretty, key-sorted JSON with a final newline: stable for diffs and golden files.
  public static func encode(_ value: some Encodable) -> String {
    String(decoding: data(value), as: UTF8.self)
  }

  /// ``encode(_:)`` as bytes, for writing straight out: a report with 50,000 reviews is about
  /// 10 MB, and each copy of it as a `String` would add as much to the peak memory.
  public static func data(_ value: some Encodable) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      var bytes = try encoder.encode(value)
      bytes.append(0x0A)
      return bytes
    } catch {
      return Data("{\"error\": \"could not encode the report\"}\n".utf8)
    }
  }
}

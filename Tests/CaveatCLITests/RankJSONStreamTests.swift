import CaveatTestSupport
import Foundation
import Testing

/// `rank --format json` is written piece by piece; its bytes must be those of encoding the
/// whole document at once with the same settings.
@Suite("rank --format json, streamed")
struct RankJSONStreamTests {
  /// Any JSON value, decoded and encoded back as it came (integers stay integers).
  enum AnyJSON: Codable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Int.self) {
        self = .int(value)
      } else if let value = try? container.decode(Double.self) {
        self = .double(value)
      } else if let value = try? container.decode(String.self) {
        self = .string(value)
      } else if let value = try? container.decode([AnyJSON].self) {
        self = .array(value)
      } else {
        self = .object(try container.decode([String: AnyJSON].self))
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .null: try container.encodeNil()
      case .bool(let value): try container.encode(value)
      case .int(let value): try container.encode(value)
      case .double(let value): try container.encode(value)
      case .string(let value): try container.encode(value)
      case .array(let value): try container.encode(value)
      case .object(let value): try container.encode(value)
      }
    }
  }

  @Test("the streamed document equals the document encoded whole")
  func streamedEqualsWhole() async throws {
    let result = try await CLIRunner.caveat([
      "rank", "--format", "json", "--quiet", "--today", "2026-12-01", TestPaths.fixturePages.path,
    ])
    #expect(result.status == 3, "the fixtures include refusals: \(result.stderrText)")
    let value = try JSONDecoder().decode(AnyJSON.self, from: result.stdout)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var whole = try encoder.encode(value)
    whole.append(0x0A)
    #expect(whole == result.stdout)
    guard case .object(let document) = value, case .array(let items)? = document["items"] else {
      Issue.record("no items array")
      return
    }
    #expect(items.count >= 15)
  }
}

import CaveatCore
import Foundation

/// Compares a report with hand-checked values keyed by JSON path, the way
/// `../shared/tools/grade_extraction.py` does: numbers within a tolerance, text compared after
/// NFKC case-folding and white-space collapsing, a title also right when one is a 20+
/// character prefix of the other, and a null label meaning "the page lacks it" (a value there
/// is invented).
public struct ExpectationCheck {
  /// Labelled values the report got right.
  public var right = 0
  /// Values the expectations label (not null).
  public var labelled = 0
  /// Values labelled null that the report nevertheless holds.
  public var invented = 0
  /// Values labelled null (the page lacks them).
  public var unlabelled = 0
  /// One line per wrong or invented value.
  public var failures: [String] = []

  /// An empty tally.
  public init() {}

  private static let tolerances: [String: Double] = [
    "listing.rating.average": 0.051, "listing.seller.positiveFeedbackPercent": 0.051,
    "listing.price.amount": 0.006,
  ]
  private static let noInventionCheck: Set<String> = ["listing.reviewCount"]

  /// The share of labelled values right, in percent.
  public var accuracy: Double { 100 * Double(right) / Double(max(labelled, 1)) }
  /// The share of null labels the report filled in anyway, in percent.
  public var inventedShare: Double { 100 * Double(invented) / Double(max(unlabelled, 1)) }

  /// Adds one page's comparison.
  public mutating func check(_ report: VetReport, against expect: [String: Any], page: String) throws {
    let data = try JSONEncoder().encode(report)
    let object = try JSONSerialization.jsonObject(with: data)
    for (path, want) in expect.sorted(by: { $0.key < $1.key }) {
      let got = Self.value(at: path, in: object)
      if want is NSNull {
        if Self.noInventionCheck.contains(path) || path.hasSuffix("reviews.count") { continue }
        unlabelled += 1
        if !Self.isEmpty(got) {
          invented += 1
          failures.append("\(page): \(path) invented \(got ?? "nil")")
        }
        continue
      }
      labelled += 1
      let wants = (want as? [String: Any])?["anyOf"] as? [Any] ?? [want]
      if wants.contains(where: { Self.same(path, $0, got) }) {
        right += 1
      } else {
        failures.append("\(page): \(path) want \(want) got \(got ?? "nil")")
      }
    }
  }

  /// The value at a dotted JSON path (`listing.reviews.count` counts the reviews).
  public static func value(at path: String, in object: Any) -> Any? {
    if path == "site" { return (object as? [String: Any])?["site"] }
    let parts = path.split(separator: ".").map(String.init)
    if parts.count >= 2, parts[parts.count - 1] == "count", parts[parts.count - 2] == "reviews" {
      let list = value(at: parts.dropLast().joined(separator: "."), in: object) as? [Any]
      return list?.count ?? 0
    }
    var current: Any? = object
    for part in parts {
      if let list = current as? [Any], let index = Int(part) {
        guard list.indices.contains(index) else { return nil }
        current = list[index]
        continue
      }
      guard let dictionary = current as? [String: Any], let next = dictionary[part] else { return nil }
      current = next
    }
    return current is NSNull ? nil : current
  }

  private static func isEmpty(_ value: Any?) -> Bool {
    guard let value else { return true }
    if let text = value as? String { return text.isEmpty }
    if let list = value as? [Any] { return list.isEmpty }
    return false
  }

  private static func isBool(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  private static func normalize(_ value: Any) -> String {
    let text = "\(value)".precomposedStringWithCompatibilityMapping.lowercased()
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Whether `got` matches `want` at `path`: numbers within the path's tolerance, text after
  /// NFKC case-folding and white-space collapsing.
  public static func same(_ path: String, _ want: Any, _ got: Any?) -> Bool {
    guard let got else { return false }
    if let wantNumber = want as? NSNumber, isBool(wantNumber) {
      guard let gotNumber = got as? NSNumber, isBool(gotNumber) else { return false }
      return wantNumber.boolValue == gotNumber.boolValue
    }
    if let wantNumber = want as? NSNumber {
      guard let gotNumber = got as? NSNumber else { return false }
      return abs(wantNumber.doubleValue - gotNumber.doubleValue) <= (tolerances[path] ?? 0.0001)
    }
    if let wantObject = want as? [String: Any] {
      guard let gotObject = got as? [String: Any], wantObject.count == gotObject.count else { return false }
      return wantObject.allSatisfy { key, value in same(path + "." + key, value, gotObject[key]) }
    }
    if let wantList = want as? [Any] {
      guard let gotList = got as? [Any], wantList.count == gotList.count else { return false }
      return zip(wantList, gotList).allSatisfy { same(path, $0, $1) }
    }
    let w = normalize(want)
    let g = normalize(got)
    if w == g { return true }
    if path == "listing.title", min(w.count, g.count) >= 20, w.hasPrefix(g) || g.hasPrefix(w) { return true }
    return false
  }
}

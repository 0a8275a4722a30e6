import CaveatHTML

/// A JSON value as read from a page.
///
/// Numbers keep their source text, so product ids beyond 2^53 stay exact and nothing is
/// rounded before a site rule decides what the number means.
public enum JSONValue: Sendable, Hashable {
  /// `null`
  case null
  /// `true` or `false`
  case bool(Bool)
  /// A number, as written.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object. Duplicate keys: the last one wins, as in JavaScript, which is how the page's
  /// own scripts read the same text.
  case object([String: JSONValue])

  /// The member `key` of an object (`.null` otherwise).
  public subscript(key: String) -> JSONValue {
    if case .object(let members) = self { return members[key] ?? .null }
    return .null
  }

  /// The element at `index` of an array (`.null` otherwise).
  public subscript(index: Int) -> JSONValue {
    if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
    return .null
  }

  /// Whether this is `null` (or a missing member).
  public var isNull: Bool { self == .null }

  /// The object's members.
  public var object: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The array's elements; a single non-array value reads as a one-element array, as
  /// schema.org allows either.
  public var list: [JSONValue] {
    switch self {
    case .array(let elements): return elements
    case .null: return []
    default: return [self]
    }
  }

  /// A string, or a number or boolean written as text.
  public var string: String? {
    switch self {
    case .string(let text): return text
    case .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: return nil
    }
  }

  /// A finite number, from a JSON number or a plain numeric string ("4.5").
  public var double: Double? {
    switch self {
    case .number(let text):
      guard let value = Double(text), value.isFinite else { return nil }
      return value
    case .string(let text):
      let trimmed = text.trimmingSpaces
      guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
        let value = Double(trimmed), value.isFinite
      else { return nil }
      return value
    default:
      return nil
    }
  }

  /// An integer, when the value is a whole finite number within range.
  public var int: Int? {
    guard let value = double, value.rounded() == value, abs(value) < 9e15 else { return nil }
    return Int(value)
  }

  /// A boolean, from `true`/`false` or the strings "true"/"false".
  public var bool: Bool? {
    switch self {
    case .bool(let flag): return flag
    case .string("true"): return true
    case .string("false"): return false
    default: return nil
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !TextNormalizer.isSpace($0) }),
      let last = scalars.lastIndex(where: { !TextNormalizer.isSpace($0) })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

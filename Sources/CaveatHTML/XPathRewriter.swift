import CaveatCore

/// libxml2 2.9 evaluates `//x[predicate]` as `descendant-or-self::node()/child::x[predicate]`,
/// building a node set of the whole tree first; `descendant::x[predicate]` walks it once. The two
/// select the same nodes when the predicate does not use position, as in every rule here, and
/// the rewrite makes a typical page's queries several times faster.
enum XPathRewriter {
  /// Rewrites already made: rules ask the same few dozen questions of every page, often once
  /// per review, and the rewrite walks the expression character by character.
  private static let rewritten = Locked<[String: String]>([:])

  /// ``rewrite(_:)``, remembered.
  static func fastDescendants(_ expression: String) -> String {
    if let cached = rewritten.withLock({ $0[expression] }) { return cached }
    let made = rewrite(expression)
    // Rules' expressions are literals; the bound only guards against a caller that builds them.
    rewritten.withLock { if $0.count < 4096 { $0[expression] = made } }
    return made
  }

  /// `expression` with each `//name` and `//*` step as `/descendant::`, when no predicate
  /// uses position.
  static func rewrite(_ expression: String) -> String {
    guard expression.contains("//"), !usesPosition(expression) else { return expression }
    var result = ""
    var quote: Character?
    var index = expression.startIndex
    while index < expression.endIndex {
      let character = expression[index]
      if let open = quote {
        if character == open { quote = nil }
        result.append(character)
        index = expression.index(after: index)
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        result.append(character)
        index = expression.index(after: index)
        continue
      }
      let next = expression.index(after: index)
      if character == "/", next < expression.endIndex, expression[next] == "/" {
        let after = expression.index(after: next)
        let following = after < expression.endIndex ? expression[after] : " "
        if following == "*" || following.isLetter {
          result += "/descendant::"
          index = after
          continue
        }
      }
      result.append(character)
      index = next
    }
    return result
  }
}

extension XPathRewriter {
  /// Whether any predicate is positional (`[2]`, `last()`, `position()`), where the rewrite
  /// would change the answer.
  static func usesPosition(_ expression: String) -> Bool {
    if expression.contains("last()") || expression.contains("position()") { return true }
    var previous: Character = " "
    for character in expression {
      if previous == "[", character.isNumber { return true }
      if !character.isWhitespace { previous = character }
    }
    return false
  }
}

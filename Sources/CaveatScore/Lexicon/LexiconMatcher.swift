import Foundation

/// One word of a compiled phrase: the whole word, its beginning (`stem*`) or its end (`*stem`).
struct LexiconPiece: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case exact, prefix, suffix }
  var kind: Kind
  var text: String
}

/// A compiled phrase with its language and category.
struct LexiconTerm: Sendable {
  var pieces: [LexiconPiece]
  var language: String
  var category: String
}

/// Context rules applied after a phrase is found.
struct LexiconPolicy: Sendable {
  /// How many words before a phrase are searched for a negation word (0 = no negation).
  var negationWindow = 0
  /// Words that, right after a phrase, make it not count (besides `LexiconData.postNegators`
  /// when negation is on).
  var blockingFollowers: Set<String> = []
  /// Words that, right before a phrase, make it not count.
  var blockingPredecessors: Set<String> = []
  /// Accessory nouns: right after the phrase, or before it through linking words
  /// (`case for …`, `étui pour …`, `чехол для …`), the phrase names what the accessory is for.
  var accessories: Set<String> = []
  /// Folded word beginnings that wildcard pieces (`stem*`, `*stem`) never match.
  var excludedPrefixes: [String] = []
}

/// A phrase found in a token list: which term, and which tokens.
struct LexiconHit: Sendable {
  var term: LexiconTerm
  var tokens: Range<Int>
}

/// A term list compiled for fast whole-word matching.
///
/// Each phrase is indexed by its first word (exact words in a dictionary, beginnings by their
/// length). At each word the longest phrase wins; ties go to the phrase declared first.
struct LexiconMatcher: Sendable {
  let terms: [LexiconTerm]
  let policy: LexiconPolicy
  private let exactIndex: [String: [Int]]
  private let prefixIndex: [String: [Int]]
  private let prefixLengths: [Int]
  private let suffixTerms: [Int]

  /// Compiles `lists`. Phrase syntax: words separated by spaces; `stem*` matches words
  /// beginning with `stem`, `*stem` words ending with it. Phrases with apostrophes also get
  /// an apostrophe-less variant (`doesn't` → `doesnt`). Duplicate phrases keep the first
  /// declaration (and its language).
  init(lists: [LexiconTermList], policy: LexiconPolicy) {
    var terms: [LexiconTerm] = []
    var seen: Set<[LexiconPiece]> = []
    for list in lists {
      for phrase in list.phrases {
        var variants = [phrase]
        if phrase.contains("'") { variants.append(phrase.replacingOccurrences(of: "'", with: "")) }
        for variant in variants {
          let pieces = LexiconMatcher.compile(variant)
          guard !pieces.isEmpty, seen.insert(pieces).inserted else { continue }
          terms.append(LexiconTerm(pieces: pieces, language: list.language, category: list.category))
        }
      }
    }
    var exactIndex: [String: [Int]] = [:]
    var prefixIndex: [String: [Int]] = [:]
    var lengths: Set<Int> = []
    var suffixTerms: [Int] = []
    for (number, term) in terms.enumerated() {
      let first = term.pieces[0]
      switch first.kind {
      case .exact: exactIndex[first.text, default: []].append(number)
      case .prefix:
        prefixIndex[first.text, default: []].append(number)
        lengths.insert(first.text.unicodeScalars.count)
      case .suffix: suffixTerms.append(number)
      }
    }
    self.terms = terms
    self.policy = policy
    self.exactIndex = exactIndex
    self.prefixIndex = prefixIndex
    self.prefixLengths = lengths.sorted()
    self.suffixTerms = suffixTerms
  }

  /// Folds and splits one phrase of a term list into pieces.
  static func compile(_ phrase: String) -> [LexiconPiece] {
    var pieces: [LexiconPiece] = []
    for rawWord in phrase.split(separator: " ") {
      var word = Substring(rawWord)
      let isPrefix = word.hasSuffix("*")
      let isSuffix = word.hasPrefix("*")
      if isPrefix { word = word.dropLast() }
      if isSuffix { word = word.dropFirst() }
      var parts = LexiconFolder.tokens(of: String(word)).map { LexiconPiece(kind: .exact, text: $0.text) }
      guard !parts.isEmpty else { continue }
      if isPrefix { parts[parts.count - 1].kind = .prefix }
      if isSuffix { parts[0].kind = .suffix }
      pieces.append(contentsOf: parts)
    }
    return pieces
  }

  /// All accepted phrases of `text`, in order.
  func matches(in text: String) -> [LexiconMatch] {
    let tokens = LexiconFolder.tokens(of: text)
    return hits(in: tokens).map { LexiconMatcher.match(for: $0, tokens: tokens, text: text) }
  }

  /// Turns a hit into the public match, quoting the original words.
  static func match(for hit: LexiconHit, tokens: [LexiconToken], text: String) -> LexiconMatch {
    let range = tokens[hit.tokens.lowerBound].range.lowerBound..<tokens[hit.tokens.upperBound - 1].range.upperBound
    return LexiconMatch(term: String(text[range]), category: hit.term.category, language: hit.term.language)
  }

  /// All accepted phrases of a token list, in order, without overlaps.
  func hits(in tokens: [LexiconToken]) -> [LexiconHit] {
    var hits: [LexiconHit] = []
    var position = 0
    var negationFloor = 0
    while position < tokens.count {
      guard let (termNumber, length) = longestTerm(at: position, in: tokens) else {
        position += 1
        continue
      }
      let end = position + length
      if !isNegated(start: position, end: end, floor: negationFloor, tokens: tokens),
        !isAccessoryContext(start: position, end: end, tokens: tokens)
      {
        hits.append(LexiconHit(term: terms[termNumber], tokens: position..<end))
        negationFloor = end
      }
      position = end
    }
    return hits
  }

  private func longestTerm(at position: Int, in tokens: [LexiconToken]) -> (Int, Int)? {
    let word = tokens[position].text
    var best: (Int, Int)?

    func consider(_ candidates: [Int]) {
      for number in candidates {
        let length = terms[number].pieces.count
        if let current = best, current.1 > length || (current.1 == length && current.0 < number) { continue }
        if matches(terms[number], at: position, in: tokens) { best = (number, length) }
      }
    }

    if let candidates = exactIndex[word] { consider(candidates) }
    if !prefixLengths.isEmpty {
      let scalars = word.unicodeScalars
      var index = scalars.startIndex
      var counted = 0
      for length in prefixLengths {
        while counted < length, index < scalars.endIndex {
          index = scalars.index(after: index)
          counted += 1
        }
        guard counted == length else { break }
        if let candidates = prefixIndex[String(Substring(scalars[..<index]))] { consider(candidates) }
      }
    }
    if !suffixTerms.isEmpty { consider(suffixTerms) }
    return best
  }

  private func matches(_ term: LexiconTerm, at position: Int, in tokens: [LexiconToken]) -> Bool {
    guard position + term.pieces.count <= tokens.count else { return false }
    for (offset, piece) in term.pieces.enumerated() {
      let token = tokens[position + offset]
      if offset > 0 && token.breakBefore { return false }
      switch piece.kind {
      case .exact:
        if token.text != piece.text { return false }
      case .prefix:
        if !token.text.hasPrefix(piece.text) || isExcluded(token.text) { return false }
      case .suffix:
        if !token.text.hasSuffix(piece.text) || isExcluded(token.text) { return false }
      }
    }
    return true
  }

  private func isExcluded(_ word: String) -> Bool {
    policy.excludedPrefixes.contains { word.hasPrefix($0) }
  }

  /// A negation word shortly before (not across clause punctuation, a contrast word such as
  /// "but", or the previous accepted phrase), or a post-negation word right after.
  private func isNegated(start: Int, end: Int, floor: Int, tokens: [LexiconToken]) -> Bool {
    guard policy.negationWindow > 0 else { return false }
    var index = start - 1
    var steps = 0
    while index >= floor && steps < policy.negationWindow {
      if tokens[index + 1].breakBefore { break }
      let word = tokens[index].text
      if LexiconData.contrastWords.contains(word) { break }
      if LexiconData.negators.contains(word) { return true }
      index -= 1
      steps += 1
    }
    if end < tokens.count, !tokens[end].breakBefore, LexiconData.postNegators.contains(tokens[end].text) {
      return true
    }
    return false
  }

  private func isAccessoryContext(start: Int, end: Int, tokens: [LexiconToken]) -> Bool {
    if end < tokens.count, !tokens[end].breakBefore {
      let next = tokens[end].text
      if policy.blockingFollowers.contains(next) || policy.accessories.contains(next) { return true }
      if LexiconData.linkingWords.contains(next), end + 1 < tokens.count, !tokens[end + 1].breakBefore,
        policy.accessories.contains(tokens[end + 1].text)
      {
        return true
      }
    }
    guard start > 0, !tokens[start].breakBefore else { return false }
    if policy.blockingPredecessors.contains(tokens[start - 1].text) { return true }
    guard !policy.accessories.isEmpty else { return false }
    var index = start - 1
    var linked = false
    while index >= 0 && start - index <= 4 {
      if tokens[index + 1].breakBefore { break }
      let word = tokens[index].text
      if LexiconData.linkingWords.contains(word) {
        linked = true
        index -= 1
        continue
      }
      return linked && policy.accessories.contains(word)
    }
    return false
  }
}

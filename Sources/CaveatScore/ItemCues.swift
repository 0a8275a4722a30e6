import Foundation

/// The words of a title or a category, folded for matching (lower case, no accents), each with
/// the text it was read from, so a match can be named as the page wrote it.
struct ItemWords {
  /// The folded words.
  let folded: [String]
  /// The page's own spelling of each word.
  let original: [Substring]
  /// Where each word starts a new clause: after a comma, a dash, a bracket, a bar or a colon.
  let clauseStarts: Set<Int>

  init(_ text: String) {
    var folded: [String] = []
    var original: [Substring] = []
    var clauseStarts: Set<Int> = [0]
    var start: String.Index?
    var pendingBreak = false
    var index = text.startIndex
    func close(at end: String.Index) {
      guard let begin = start else { return }
      let word = text[begin..<end]
      if pendingBreak { clauseStarts.insert(folded.count) }
      pendingBreak = false
      original.append(word)
      folded.append(ItemWords.fold(String(word)))
      start = nil
    }
    while index < text.endIndex {
      let character = text[index]
      if character.isLetter || character.isNumber {
        if start == nil { start = index }
      } else {
        close(at: index)
        if ",;:|()[]/–—·•".contains(character) || (character == "-" && Self.spaced(text, at: index)) {
          pendingBreak = true
        }
      }
      index = text.index(after: index)
    }
    close(at: text.endIndex)
    self.folded = folded
    self.original = original
    self.clauseStarts = clauseStarts
  }

  /// Whether the dash at `index` has a space on either side (" - " separates, "T-Shirt" does not).
  private static func spaced(_ text: String, at index: String.Index) -> Bool {
    let before = index > text.startIndex ? text[text.index(before: index)] : " "
    let afterIndex = text.index(after: index)
    let after = afterIndex < text.endIndex ? text[afterIndex] : " "
    return before == " " || after == " "
  }

  /// Lower case without accents ("Céramique" → "ceramique", "Gläser" → "glaser").
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// The clause (start and end, end excluded) holding word `position`.
  func clause(of position: Int) -> Range<Int> {
    var start = position
    while start > 0, !clauseStarts.contains(start) { start -= 1 }
    var end = position + 1
    while end < folded.count, !clauseStarts.contains(end) { end += 1 }
    return start..<end
  }

  /// The page's words from `range`, joined by single spaces.
  func text(_ range: Range<Int>) -> String {
    original[range].joined(separator: " ")
  }
}

/// A phrase of one or more words to find in ``ItemWords``. A word ending in `*` matches any
/// word it begins ("ceramic*" matches "ceramics"); one starting with `*` any word it ends
/// ("*glas" matches "weinglas").
struct CuePhrase: Sendable {
  let words: [String]

  init(_ phrase: String) {
    words = phrase.split(separator: " ").map { ItemWords.fold(String($0)) }
  }

  private static func matches(_ pattern: String, _ word: String) -> Bool {
    if pattern.count > 1, pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
    if pattern.count > 1, pattern.hasPrefix("*") { return word.hasSuffix(pattern.dropFirst()) }
    return word == pattern
  }

  /// Every place (word range) the phrase occurs.
  func occurrences(in text: ItemWords) -> [Range<Int>] {
    guard !words.isEmpty, text.folded.count >= words.count else { return [] }
    return (0...(text.folded.count - words.count)).filter { matches(at: $0, in: text) }.map {
      $0..<($0 + words.count)
    }
  }

  /// Whether the phrase occurs at word `start` of `text`.
  func matches(at start: Int, in text: ItemWords) -> Bool {
    guard !words.isEmpty, start + words.count <= text.folded.count else { return false }
    for (offset, pattern) in words.enumerated() where !Self.matches(pattern, text.folded[start + offset]) {
      return false
    }
    return true
  }

  /// The first word when it is matched literally (no `*`), the key phrases are indexed by.
  var literalFirstWord: String? {
    guard let first = words.first, first.count <= 1 || (!first.hasPrefix("*") && !first.hasSuffix("*")) else {
      return nil
    }
    return first
  }
}

/// A list of phrases, with the first occurrence of any of them.
///
/// Phrases are indexed by their first word when it is literal, so finding them costs a lookup
/// per word of the text rather than a comparison per phrase and word; the few whose first word
/// has a `*` are tried at every word.
struct CueList: Sendable {
  let phrases: [CuePhrase]
  /// Phrase indices by literal first word.
  private let byFirstWord: [String: [Int]]
  /// Indices of the phrases whose first word is a pattern.
  private let patternFirst: [Int]

  init(_ phrases: [String]) {
    self.phrases = phrases.map(CuePhrase.init)
    var byFirstWord: [String: [Int]] = [:]
    var patternFirst: [Int] = []
    for (index, phrase) in self.phrases.enumerated() {
      if let first = phrase.literalFirstWord {
        byFirstWord[first, default: []].append(index)
      } else {
        patternFirst.append(index)
      }
    }
    self.byFirstWord = byFirstWord
    self.patternFirst = patternFirst
  }

  /// Every occurrence of every phrase, in order of position (phrases at one position in the
  /// list's order).
  func occurrences(in text: ItemWords) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for start in text.folded.indices {
      var candidates = byFirstWord[text.folded[start]] ?? []
      if !patternFirst.isEmpty {
        candidates += patternFirst
        candidates.sort()
      }
      for index in candidates where phrases[index].matches(at: start, in: text) {
        found.append(start..<(start + phrases[index].words.count))
      }
    }
    return found
  }

  /// Whether word `position` of `text` is one of the list's phrases (or inside one).
  func covers(_ position: Int, in text: ItemWords) -> Bool {
    occurrences(in: text).contains { $0.contains(position) }
  }

  /// Whether any phrase occurs in `range` of `text`.
  func occurs(in text: ItemWords, within range: Range<Int>) -> Range<Int>? {
    occurrences(in: text).first { range.contains($0.lowerBound) }
  }
}

import Foundation

/// One word of a text after folding, with the span of the original text it came from.
struct LexiconToken: Sendable, Equatable {
  /// The folded word (lowercase, no diacritics).
  var text: String
  /// The span of the original text, from the word's first to its last scalar.
  var range: Range<String.Index>
  /// Whether clause punctuation (`.`, `,`, `;`, `!`, `?`, brackets, newlines…) separates this
  /// word from the previous one; phrases and negation never reach across it.
  var breakBefore: Bool
  /// Whether a sentence end (`.`, `!`, `?`, `…`, newline, `。`, `！`, `？`) separates this word
  /// from the previous one (implies `breakBefore`).
  var sentenceBefore = false

  /// Whether the word is one Chinese or Japanese character (see `LexiconFolder`).
  var isIdeographic: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return LexiconFolder.isIdeographic(first)
  }
}

/// Case and diacritic folding plus word splitting, shared by the term lists and the texts.
///
/// Folding equals Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive],
/// locale: nil)` for every scalar below U+2000 (precomputed once), with a few additions
/// Foundation leaves alone: `ł→l`, `ı→i`, `ø→o`, `đ→d`, `ħ→h`, `æ→ae`, `œ→oe`; typographic
/// apostrophes become `'` and dashes become `-`. Above U+2000, scalars are lowercased and
/// combining marks dropped.
///
/// Words are runs of letters and digits; apostrophes and hyphens split words
/// (`doesn't` → `doesn` `t`, `dead-on-arrival` → `dead` `on` `arrival`, `l'écran` → `l` `ecran`).
/// Chinese and Japanese are written without spaces: each Han, hiragana or katakana character
/// is a word of its own, so phrases in those languages match as runs of characters.
enum LexiconFolder {
  private static let tableEnd: UInt32 = 0x2000

  /// Folded form of each non-ASCII scalar below `tableEnd` (index = scalar value).
  private static let table: [String] = buildTable()

  private static let overrides: [Unicode.Scalar: String] = [
    "ł": "l", "Ł": "l", "ı": "i", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "\u{00B4}": "'", "\u{02BC}": "'", "\u{02B9}": "'",
    "\u{00A0}": " ", "\u{00AD}": "",
  ]

  private static func buildTable() -> [String] {
    var table = [String](repeating: "", count: Int(tableEnd))
    for value in UInt32(0x80)..<tableEnd {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if let replacement = overrides[scalar] {
        table[Int(value)] = replacement
      } else if scalar.properties.generalCategory == .nonspacingMark {
        table[Int(value)] = ""
      } else {
        table[Int(value)] = String(scalar).folding(
          options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      }
    }
    return table
  }

  /// The folded replacement of one scalar: either one scalar or a (possibly empty) string.
  private enum Folded {
    case scalar(Unicode.Scalar)
    case string(String)
  }

  @inline(__always)
  private static func fold(scalar: Unicode.Scalar) -> Folded {
    let value = scalar.value
    if value < 0x80 {
      if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) {
        return .scalar(lower)
      }
      if value == 0x60 { return .scalar("'") }
      return .scalar(scalar)
    }
    if value < tableEnd { return .string(table[Int(value)]) }
    switch value {
    case 0x2018, 0x2019, 0x201B, 0x2032: return .scalar("'")
    case 0x2010...0x2015, 0x2212: return .scalar("-")
    default:
      if scalar.properties.generalCategory == .nonspacingMark { return .string("") }
      if scalar.properties.changesWhenLowercased { return .string(scalar.properties.lowercaseMapping) }
      return .scalar(scalar)
    }
  }

  /// Folds a whole text (see the type's documentation).
  static func fold(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch fold(scalar: scalar) {
      case .scalar(let folded): output.append(folded)
      case .string(let folded): output.append(contentsOf: folded.unicodeScalars)
      }
    }
    return String(output)
  }

  private enum Kind { case word, ideograph, soft, hard, sentence }

  /// Han ideographs, hiragana, katakana (full and half width) and the iteration mark.
  @inline(__always)
  static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3005, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0xFF66...0xFF9F, 0x20000...0x2FFFF:
      return true
    default: return false
    }
  }

  @inline(__always)
  private static func kind(of scalar: Unicode.Scalar) -> Kind {
    let value = scalar.value
    if value < 0x80 {
      switch value {
      case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return .word
      case 0x2E, 0x21, 0x3F, 0x0A, 0x0D: return .sentence
      case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C: return .hard
      default: return .soft
      }
    }
    switch value {
    case 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x2028, 0x2029: return .sentence
    case 0xA1, 0xBF, 0x2022, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A: return .hard
    default:
      if isIdeographic(scalar) { return .ideograph }
      let properties = scalar.properties
      if properties.isAlphabetic || properties.generalCategory == .decimalNumber { return .word }
      return .soft
    }
  }

  /// Splits `text` into folded words, keeping each word's span in `text`.
  static func tokens(of text: String) -> [LexiconToken] {
    var tokens: [LexiconToken] = []
    tokens.reserveCapacity(text.utf8.count / 5 + 1)
    let scalars = text.unicodeScalars
    var word = String.UnicodeScalarView()
    var wordStart: String.Index?
    var wordEnd = text.startIndex
    var sawBreak = false
    var sawSentence = false

    func finishWord() {
      guard let start = wordStart else { return }
      tokens.append(
        LexiconToken(
          text: String(word), range: start..<wordEnd, breakBefore: sawBreak, sentenceBefore: sawSentence))
      word = String.UnicodeScalarView()
      wordStart = nil
      sawBreak = false
      sawSentence = false
    }

    func consume(_ folded: Unicode.Scalar, at index: String.Index, next: String.Index) {
      switch kind(of: folded) {
      case .word:
        if wordStart == nil { wordStart = index }
        word.append(folded)
        wordEnd = next
      case .ideograph:
        finishWord()
        wordStart = index
        word.append(folded)
        wordEnd = next
        finishWord()
      case .soft:
        finishWord()
      case .hard:
        finishWord()
        sawBreak = true
      case .sentence:
        finishWord()
        sawBreak = true
        sawSentence = true
      }
    }

    var index = scalars.startIndex
    while index < scalars.endIndex {
      let next = scalars.index(after: index)
      switch fold(scalar: scalars[index]) {
      case .scalar(let folded):
        consume(folded, at: index, next: next)
      case .string(let folded):
        if folded.isEmpty {
          // A dropped combining mark stays part of the word it decorates.
          if wordStart != nil { wordEnd = next }
        } else {
          for scalar in folded.unicodeScalars { consume(scalar, at: index, next: next) }
        }
      }
      index = next
    }
    finishWord()
    if tokens.isEmpty == false {
      tokens[0].breakBefore = false
      tokens[0].sentenceBefore = false
    }
    return tokens
  }
}

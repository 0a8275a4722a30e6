/// How many terminal columns text takes, and how to fit it into fewer.
///
/// East Asian wide and fullwidth characters (Chinese, Japanese, Korean, fullwidth forms) and
/// emoji take two columns; combining marks, zero-width characters and variation selectors take
/// none; everything else takes one. Text is cut between grapheme clusters, never inside one,
/// so an accent or a flag is never split from its base.
public enum DisplayWidth {
  /// The columns `text` takes on a terminal.
  public static func of(_ text: String) -> Int {
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  /// The columns one grapheme cluster takes: its first scalar's width (the rest combine with it),
  /// or two for an emoji shown as a picture.
  public static func of(_ character: Character) -> Int {
    if character.isASCII { return character.asciiValue.map { $0 >= 0x20 && $0 != 0x7F ? 1 : 0 } ?? 1 }
    guard let first = character.unicodeScalars.first else { return 0 }
    let scalars = character.unicodeScalars
    if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return of(first)
  }

  /// The columns one scalar takes when it starts a cluster.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, grouped.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `text` cut to at most `width` columns, ending in "…" when something was cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    var result = ""
    var used = 0
    var cutInWord = false
    for character in text {
      let columns = of(character)
      if used + columns > width - 1 {
        cutInWord = character != " " && result.last.map { $0 != " " } == true
        break
      }
      result.append(character)
      used += columns
    }
    // Cut where a person would: at the last blank, unless that loses more than a third.
    if cutInWord, let blank = result.lastIndex(of: " "), of(String(result[..<blank])) * 3 >= width * 2 {
      result = String(result[..<blank])
    }
    // No blank before the ellipsis: "Hand Thrown…", not "Hand Thrown …".
    while let last = result.last, last == " " { result.removeLast() }
    return result + "…"
  }

  /// `text` followed by blanks up to `width` columns (unchanged when it is wider already).
  public static func pad(_ text: String, to width: Int) -> String {
    let columns = of(text)
    return columns >= width ? text : text + String(repeating: " ", count: width - columns)
  }

  /// Blanks before `text` up to `width` columns, for numbers.
  public static func padLeft(_ text: String, to width: Int) -> String {
    let columns = of(text)
    return columns >= width ? text : String(repeating: " ", count: width - columns) + text
  }

  /// `text` broken into lines of at most `width` columns at blanks (a word longer than a line is
  /// cut where it must be); the first line starts with `first`, the others with `rest`. Text
  /// with no blanks to break at (Chinese, Japanese) is broken between characters.
  public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    let firstRoom = max(8, width - of(first))
    let restRoom = max(8, width - of(rest))
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    func room() -> Int { lines.isEmpty ? firstRoom : restRoom }
    func flush() {
      lines.append((lines.isEmpty ? first : rest) + line)
      line = ""
      lineWidth = 0
    }
    for (word, blankBefore) in words(text) {
      let wordWidth = of(word)
      let gap = line.isEmpty || !blankBefore ? 0 : 1
      if lineWidth + gap + wordWidth <= room() {
        if gap == 1 { line += " " }
        line += word
        lineWidth += gap + wordWidth
        continue
      }
      if !line.isEmpty { flush() }
      // A word wider than a whole line is cut into pieces that fit.
      var piece = ""
      var pieceWidth = 0
      for character in word {
        let columns = of(character)
        if pieceWidth + columns > room() {
          line = piece
          lineWidth = pieceWidth
          flush()
          piece = ""
          pieceWidth = 0
        }
        piece.append(character)
        pieceWidth += columns
      }
      line = piece
      lineWidth = pieceWidth
    }
    if !line.isEmpty || lines.isEmpty { flush() }
    return lines
  }

  /// Words split at blanks, each with whether a blank came before it; a run of wide (CJK)
  /// characters is split into single characters, which may break anywhere.
  private static func words(_ text: String) -> [(String, Bool)] {
    var result: [(String, Bool)] = []
    var current = ""
    var blank = false
    func end() {
      guard !current.isEmpty else { return }
      result.append((current, blank))
      current = ""
      blank = false
    }
    for character in text {
      if character == " " || character == "\n" || character == "\t" {
        end()
        blank = true
      } else if isCJK(character) {
        end()
        current = String(character)
        end()
      } else {
        current.append(character)
      }
    }
    end()
    return result
  }

  private static func isCJK(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return isWide(first.value)
  }
}

import CaveatCore
import Foundation

/// Parses dates written in page text in many locales.
public enum DateText {
  /// Years accepted by default: dates outside are treated as noise.
  public static let plausibleYears: ClosedRange<Int> = 1995...2100

  /// Parses the earliest date found in `text` (within `plausibleYears`).
  ///
  /// Handles ISO "2018-03-19" (time parts ignored), "2018/03/19", "19.03.2018" (D.M.Y),
  /// "03/19/2018" (M/D/Y when unambiguous; "04/09/2025" follows `preferDayFirst`), CJK
  /// "2023年12月11日", Korean "2023년 12월 11일", and month names in English, French, Spanish,
  /// Portuguese, German, Italian, Dutch, Polish, Turkish, Russian and Hebrew ("Sep 4, 2025",
  /// "4. Sept. 2025", "1er mars 2023", "4 de sep. de 2025", "4 сентября 2025 г.", "מרץ 19, 2018"),
  /// also inside longer text ("Reviewed in Germany 🇩🇪 on 4 September 2025").
  /// Impossible dates (2024-02-30) are skipped.
  public static func parse(_ text: String, preferDayFirst: Bool = true) -> CalendarDate? {
    parse(text, preferDayFirst: preferDayFirst, years: plausibleYears)
  }

  /// Like `parse(_:preferDayFirst:)` with an explicit range of acceptable years.
  public static func parse(_ text: String, preferDayFirst: Bool, years: ClosedRange<Int>) -> CalendarDate? {
    // Every date has a year of four digits in a row (the tokens read digits of other scripts
    // too): text without one holds no date.
    guard hasYearDigits(text) else { return nil }
    let tokens = tokenize(TextScalars.normalize(text))
    var best: (start: Int, date: CalendarDate)?
    func consider(_ candidate: (start: Int, date: CalendarDate)?) {
      guard let candidate, years.contains(candidate.date.year) else { return }
      if best.map({ candidate.start < $0.start }) ?? true { best = candidate }
    }
    consider(numericDate(tokens, preferDayFirst: preferDayFirst, years: years))
    consider(namedMonthDate(tokens, years: years))
    return best?.date
  }

  /// Whether `text` holds four digits in a row, of any script the tokens read.
  private static func hasYearDigits(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 where byte < 0x80 || byte >= 0xC0 {
      // ASCII digits are counted from bytes; any other script's from scalars, only when the
      // text holds a lead byte at all.
      if (0x30...0x39).contains(byte) {
        run += 1
        if run >= 4 { return true }
      } else if byte >= 0xC0 {
        return hasYearScalars(text)
      } else {
        run = 0
      }
    }
    return false
  }

  private static func hasYearScalars(_ text: String) -> Bool {
    var run = 0
    for scalar in text.unicodeScalars {
      if TextScalars.digitValue(scalar) != nil {
        run += 1
        if run >= 4 { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  /// Epoch seconds or milliseconds (values > 10^11 are milliseconds) -> UTC calendar date;
  /// nil when not finite or outside `plausibleYears`.
  public static func fromEpoch(_ value: Double) -> CalendarDate? {
    guard value.isFinite else { return nil }
    let seconds = abs(value) > 1e11 ? value / 1000 : value
    let days = (seconds / 86_400).rounded(.down)
    guard abs(days) < 10_000_000 else { return nil }
    let date = CalendarDate(daysSinceEpoch: Int(days))
    return plausibleYears.contains(date.year) ? date : nil
  }

  // MARK: - Tokens

  private enum TokenKind: Equatable {
    case number(value: Int, digits: Int)
    case word(String)
    case mark(Unicode.Scalar)
  }

  private struct Token {
    var kind: TokenKind
    var start: Int

    var number: (value: Int, digits: Int)? {
      if case .number(let value, let digits) = kind { return (value, digits) }
      return nil
    }

    var word: String? {
      if case .word(let word) = kind { return word }
      return nil
    }

    var mark: Unicode.Scalar? {
      if case .mark(let mark) = kind { return mark }
      return nil
    }
  }

  private static let cjkMarks: Set<Unicode.Scalar> = ["年", "月", "日", "년", "월", "일"]

  private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    let n = scalars.count
    while i < n {
      let scalar = scalars[i]
      let start = i
      if TextScalars.isDigit(scalar) {
        var value = 0
        var digits = 0
        while i < n, TextScalars.isDigit(scalars[i]) {
          if digits < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
          digits += 1
          i += 1
        }
        tokens.append(Token(kind: .number(value: digits <= 9 ? value : -1, digits: digits), start: start))
      } else if cjkMarks.contains(scalar) {
        tokens.append(Token(kind: .mark(scalar), start: start))
        i += 1
      } else if TextScalars.isLetter(scalar) {
        while i < n, TextScalars.isLetter(scalars[i]), !cjkMarks.contains(scalars[i]) { i += 1 }
        tokens.append(Token(kind: .word(TextScalars.string(scalars[start..<i])), start: start))
      } else if TextScalars.isWhitespace(scalar) {
        i += 1
      } else {
        tokens.append(Token(kind: .mark(scalar), start: start))
        i += 1
      }
    }
    return tokens
  }

  // MARK: - Numeric dates

  private static func numericDate(
    _ tokens: [Token], preferDayFirst: Bool, years: ClosedRange<Int>
  ) -> (start: Int, date: CalendarDate)? {
    func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
      guard i < tokens.count, let number = tokens[i].number, digits.contains(number.digits) else {
        return nil
      }
      return number.value
    }
    func mark(_ i: Int) -> Unicode.Scalar? { i < tokens.count ? tokens[i].mark : nil }

    for i in tokens.indices {
      // Y-M-D, Y/M/D, Y.M.D
      if let year = number(i, digits: 4...4), let sep = mark(i + 1), ["-", "/", "."].contains(sep),
        let month = number(i + 2, digits: 1...2), mark(i + 3) == sep, let day = number(i + 4, digits: 1...2),
        let date = CalendarDate(year: year, month: month, day: day), years.contains(year)
      {
        return (tokens[i].start, date)
      }
      // 2023年12月11日 / 2023년 12월 11일
      if let year = number(i, digits: 4...4), let yearMark = mark(i + 1), yearMark == "年" || yearMark == "년",
        let month = number(i + 2, digits: 1...2), let monthMark = mark(i + 3),
        monthMark == "月" || monthMark == "월", let day = number(i + 4, digits: 1...2),
        let date = CalendarDate(year: year, month: month, day: day), years.contains(year)
      {
        return (tokens[i].start, date)
      }
      // D.M.Y, D/M/Y or M/D/Y, D-M-Y
      if let first = number(i, digits: 1...2), let sep = mark(i + 1), [".", "/", "-"].contains(sep),
        let second = number(i + 2, digits: 1...2), mark(i + 3) == sep, let year = number(i + 4, digits: 4...4),
        years.contains(year)
      {
        let dayFirst: Bool
        if sep == "." || first > 12 {
          dayFirst = true
        } else if second > 12 {
          dayFirst = false
        } else {
          dayFirst = preferDayFirst
        }
        let date =
          dayFirst
          ? CalendarDate(year: year, month: second, day: first)
          : CalendarDate(year: year, month: first, day: second)
        if let date { return (tokens[i].start, date) }
      }
    }
    return nil
  }

  // MARK: - Month names

  private static let fillerWords: Set<String> = [
    "de", "del", "of", "the", "er", "re", "st", "nd", "rd", "th", "º", "ª", "г", "года", "r", "e",
  ]
  private static let skippedMarks: Set<Unicode.Scalar> = [".", ",", "-", "/", "'"]

  private static func namedMonthDate(
    _ allTokens: [Token], years: ClosedRange<Int>
  ) -> (start: Int, date: CalendarDate)? {
    let tokens = allTokens.filter { token in
      if let mark = token.mark { return !skippedMarks.contains(mark) }
      if let word = token.word { return !fillerWords.contains(word.lowercased()) }
      return true
    }
    func day(_ i: Int) -> Int? {
      guard i >= 0, i < tokens.count, let number = tokens[i].number, number.digits <= 2,
        (1...31).contains(number.value)
      else { return nil }
      return number.value
    }
    func year(_ i: Int) -> Int? {
      guard i < tokens.count, let number = tokens[i].number, number.digits == 4,
        years.contains(number.value)
      else { return nil }
      return number.value
    }
    for i in tokens.indices {
      guard let word = tokens[i].word, let month = monthNumber(word) else { continue }
      if let day = day(i - 1), let year = year(i + 1),
        let date = CalendarDate(year: year, month: month, day: day)
      {
        return (tokens[i - 1].start, date)
      }
      if let day = day(i + 1), let year = year(i + 2),
        let date = CalendarDate(year: year, month: month, day: day)
      {
        return (tokens[i].start, date)
      }
    }
    return nil
  }

  private struct MonthName: Sendable {
    var name: String
    var month: Int
  }

  /// Month names (nominative and genitive where they differ) and abbreviations that are not prefixes.
  private static let monthNames: [MonthName] = {
    let lists: [[String]] = [
      // English
      [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
      ],
      // French
      [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
      ],
      // Spanish
      [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
      ],
      // Portuguese
      [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro",
      ],
      // German
      [
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember",
      ],
      // Italian
      [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
      ],
      // Dutch
      [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
      ],
      // Polish nominative and genitive
      [
        "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
        "wrzesień", "październik", "listopad", "grudzień",
      ],
      [
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "września", "października", "listopada", "grudnia",
      ],
      // Turkish
      [
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
        "kasım", "aralık",
      ],
      // Russian nominative and genitive
      [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
      ],
      [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
      ],
      // Hebrew
      [
        "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
        "נובמבר", "דצמבר",
      ],
      // Abbreviations that are not prefixes of a full name
      ["jänner", "", "mrt", "", "", "", "", "", "", "", "", ""],
    ]
    return lists.flatMap { list in
      list.enumerated().compactMap { offset, name in
        name.isEmpty ? nil : MonthName(name: fold(name), month: offset + 1)
      }
    }
  }()

  private static let hebrewNames: Set<String> = [
    "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
    "נובמבר", "דצמבר",
  ]

  /// Every folded month name and every unambiguous prefix of at least three letters, with its
  /// month: exact names first (the first name listed wins), then prefixes that name one month.
  private static let monthLookup: [String: Int] = {
    var lookup: [String: Int] = [:]
    var prefixes: [String: Set<Int>] = [:]
    for entry in monthNames {
      if lookup[entry.name] == nil { lookup[entry.name] = entry.month }
      var prefix = ""
      for character in entry.name {
        prefix.append(character)
        if prefix.count >= 3 { prefixes[prefix, default: []].insert(entry.month) }
      }
    }
    for (prefix, months) in prefixes where months.count == 1 && lookup[prefix] == nil {
      lookup[prefix] = months.first
    }
    return lookup
  }()

  /// Lower-cases and removes diacritics (é -> e, ş -> s, ı -> i) for matching month names.
  private static func fold(_ text: String) -> String {
    // ASCII has no marks to remove (the common case: no Unicode normalization).
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    var view = String.UnicodeScalarView()
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default: view.append(scalar == "ı" ? "i" : scalar)
      }
    }
    return String(view)
  }

  /// The month (1...12) for a name or an unambiguous prefix of at least three letters.
  private static func monthNumber(_ word: String) -> Int? {
    // Every name and prefix is Latin, Cyrillic or Hebrew, of three letters or more.
    guard let first = word.unicodeScalars.first, first.value < 0x600, word.unicodeScalars.count >= 3 else { return nil }
    let folded = fold(word)
    if let month = monthLookup[folded] { return month }
    if folded.hasPrefix("ב"), hebrewNames.contains(String(folded.dropFirst())) {
      return monthNumber(String(folded.dropFirst()))
    }
    return nil
  }
}

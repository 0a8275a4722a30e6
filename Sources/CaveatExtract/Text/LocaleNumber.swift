import Foundation

/// Locale-aware parsing of numbers written on marketplace pages.
public enum LocaleNumber {
  /// Finds the first number in `text` and parses it.
  ///
  /// - Digits: ASCII, Arabic-Indic, Persian, Devanagari, full-width; full-width `，．`; Arabic `٫` (decimal) and `٬` (group).
  /// - Group separators: `,` `.` space, NBSP, NNBSP, thin space, `'` and `’`.
  /// - Both `,` and `.` present: the last one is the decimal. A single separator before 1–2 digits
  ///   (or 4+) is a decimal. A single separator before exactly 3 digits is a group for `.count`,
  ///   a decimal for `.rating`/`.percent`, and for `.price`/`.decimal` a group *with a warning*.
  /// - Suffixes (for `.count` and `.decimal`): K/k, M/m, mil, тыс., tys., млн, mln, Mio, Tsd, 千, 万/萬, 亿/億.
  /// - A trailing "+" sets `isLowerBound`; a leading "-" or "−" makes the value negative.
  /// - Rejects non-finite text, exponents ("1e309"), hex floats, malformed sequences ("4.5.6"),
  ///   magnitudes beyond 1e15, and integer overflow (never traps).
  public static func parse(_ text: String, kind: NumberKind) -> ParsedNumber? {
    guard case .found(let scan) = firstNumber(in: TextScalars.normalize(text), kind: kind) else {
      return nil
    }
    return ParsedNumber(value: scan.value, isLowerBound: scan.isLowerBound, warning: scan.warning)
  }

  /// A count: finite, >= 0, integral after suffix scaling and < 10^12; nil otherwise ("-12", "4.5").
  public static func count(_ text: String) -> (value: Int, isLowerBound: Bool, warning: String?)? {
    guard let parsed = parse(text, kind: .count) else { return nil }
    let value = parsed.value
    guard value.isFinite, value >= 0, value < 1e12, value == value.rounded() else { return nil }
    return (Int(value), parsed.isLowerBound, parsed.warning)
  }

  /// Stars out of 5 from "4,8", "4.8 out of 5 stars", "4.8/5", "Rated 4.5 out of 5", "8.6/10",
  /// "4,5 von 5 Sternen", "5つ星のうち4.5", "5 yıldız üzerinden 4,6"; nil when outside the scale.
  public static func rating(_ text: String) -> Double? {
    let scalars = TextScalars.normalize(text)
    guard case .found(let first) = firstNumber(in: scalars, kind: .rating) else { return nil }
    guard case .found(let second) = firstNumber(in: scalars, from: first.end, kind: .rating) else {
      return ratingCheck(first.value, scale: 5)
    }
    let between = TextScalars.string(scalars[first.end..<second.start])
      .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    let valueFirst = ["/", "out of", "of", "von", "sur", "de", "su", "van", "из", "z", "na", "من"]
    if valueFirst.contains(between) || between.contains("最多") || between.hasSuffix("out of") {
      return ratingCheck(first.value, scale: second.value)
    }
    let scaleFirst = ["のうち", "üzerinden", "中"]
    if scaleFirst.contains(where: { between.contains($0) }) {
      return ratingCheck(second.value, scale: first.value)
    }
    return ratingCheck(first.value, scale: 5)
  }

  /// Converts `value` on a `scale` (5, 10, 100, ...) to stars out of 5; nil unless 0 <= value <= scale.
  public static func ratingCheck(_ value: Double, scale: Double) -> Double? {
    guard value.isFinite, scale.isFinite, scale > 0, value >= 0, value <= scale else { return nil }
    if scale == 5 { return value }
    if scale == 10 { return value / 2 }
    return value / scale * 5
  }

  /// A percentage from "97.3%", "98,8 %", "%97.3", "97.3% Positive Feedback"; nil outside 0...100.
  public static func percent(_ text: String) -> Double? {
    guard let parsed = parse(text, kind: .percent) else { return nil }
    guard parsed.value >= 0, parsed.value <= 100 else { return nil }
    return parsed.value
  }

  // MARK: - Scanner

  /// Scans for the first digit at or after `from` and reads the number there.
  static func firstNumber(
    in scalars: [Unicode.Scalar], from: Int = 0, kind: NumberKind
  ) -> NumberScanOutcome {
    var index = max(from, 0)
    while index < scalars.count, !TextScalars.isDigit(scalars[index]) { index += 1 }
    guard index < scalars.count else { return .none }
    return readNumber(in: scalars, at: index, kind: kind)
  }

  private static func readNumber(
    in scalars: [Unicode.Scalar], at digitStart: Int, kind: NumberKind
  ) -> NumberScanOutcome {
    let n = scalars.count
    var start = digitStart
    var negative = false
    if digitStart > 0, scalars[digitStart - 1] == "-" || scalars[digitStart - 1] == "\u{2212}" {
      let before = digitStart - 2
      if before < 0 || !(TextScalars.isLetter(scalars[before]) || TextScalars.isDigit(scalars[before])) {
        negative = true
        start = digitStart - 1
      }
    }

    var runs: [[UInt64]] = []
    var separators: [Unicode.Scalar] = []
    var i = digitStart
    reading: while true {
      var run: [UInt64] = []
      while i < n, TextScalars.isDigit(scalars[i]) {
        run.append(UInt64(scalars[i].value - 0x30))
        i += 1
      }
      runs.append(run)
      guard i < n else { break }
      let c = scalars[i]
      if c == "," || c == "." || c == "\u{066B}" || c == "\u{066C}" {
        if i + 1 < n, TextScalars.isDigit(scalars[i + 1]) {
          separators.append(c)
          i += 1
          continue reading
        }
        break
      }
      let isSpace = TextScalars.isSpaceGroup(c)
      if isSpace || TextScalars.isApostrophe(c) {
        let sameClass = separators.allSatisfy {
          isSpace ? TextScalars.isSpaceGroup($0) : TextScalars.isApostrophe($0)
        }
        let runOK = runs.count == 1 ? (1...3).contains(run.count) : run.count == 3
        var ahead = 0
        while ahead < 4, i + 1 + ahead < n, TextScalars.isDigit(scalars[i + 1 + ahead]) { ahead += 1 }
        if sameClass, runOK, ahead == 3 {
          separators.append(c)
          i += 1
          continue reading
        }
      }
      break
    }
    let digitsEnd = i

    // Exponents ("1e309") and hex floats ("0x1p3") are not page numbers.
    if i < n, scalars[i] == "e" || scalars[i] == "E" {
      if i + 1 < n, TextScalars.isDigit(scalars[i + 1]) { return .invalid }
      if i + 2 < n, scalars[i + 1] == "+" || scalars[i + 1] == "-", TextScalars.isDigit(scalars[i + 2]) {
        return .invalid
      }
    }
    if i < n, scalars[i] == "x" || scalars[i] == "X", runs.count == 1, runs[0] == [0] {
      return .invalid
    }

    let token = TextScalars.string(scalars[start..<digitsEnd])
    guard
      let interpretation = interpret(runs: runs, separators: separators, kind: kind)
    else { return .invalid }

    var end = digitsEnd
    var exponent = 0
    if kind == .count || kind == .decimal, let suffix = suffixScale(in: scalars, at: digitsEnd) {
      exponent = suffix.exponent
      end = suffix.end
    }
    var isLowerBound = false
    if end < n, scalars[end] == "+" {
      isLowerBound = true
      end += 1
    }

    guard
      var value = compose(runs: runs, decimalIndex: interpretation.decimalIndex, exponent: exponent)
    else { return .invalid }
    var alternative: Double?
    var warning: String?
    if interpretation.ambiguous {
      alternative = compose(runs: runs, decimalIndex: separators.count - 1, exponent: exponent)
      if negative { alternative = alternative.map { -$0 } }
      warning = "ambiguous number '\(token)' read as \(TextScalars.format(negative ? -value : value))"
    }
    if negative { value = -value }
    guard value.isFinite, abs(value) <= 1e15 else { return .invalid }
    return .found(
      NumberScan(
        start: start, digitsEnd: digitsEnd, end: end, value: value, isLowerBound: isLowerBound,
        token: token, alternative: alternative, warning: warning))
  }

  /// Decides which separator (if any) is the decimal point.
  private static func interpret(
    runs: [[UInt64]], separators: [Unicode.Scalar], kind: NumberKind
  ) -> (decimalIndex: Int?, ambiguous: Bool)? {
    guard !separators.isEmpty else { return (nil, false) }
    let last = separators.count - 1
    let punctuation = separators.indices.filter { separators[$0] == "," || separators[$0] == "." }
    let arabicDecimal = separators.indices.filter { separators[$0] == "\u{066B}" }

    if !arabicDecimal.isEmpty {
      guard arabicDecimal == [last] else { return nil }
      return groupsValid(runs: runs, separators: separators, decimalIndex: last) ? (last, false) : nil
    }
    if punctuation.isEmpty {
      return groupsValid(runs: runs, separators: separators, decimalIndex: nil) ? (nil, false) : nil
    }
    let kinds = Set(punctuation.map { separators[$0] })
    if kinds.count == 2 {
      let decimal = separators[last]
      guard punctuation.last == last, punctuation.filter({ separators[$0] == decimal }).count == 1
      else { return nil }
      return groupsValid(runs: runs, separators: separators, decimalIndex: last) ? (last, false) : nil
    }
    if punctuation.count >= 2 {
      return groupsValid(runs: runs, separators: separators, decimalIndex: nil) ? (nil, false) : nil
    }
    let single = punctuation[0]
    guard single == last else {
      // Punctuation followed by another (Arabic) group separator: all groups.
      return groupsValid(runs: runs, separators: separators, decimalIndex: nil) ? (nil, false) : nil
    }
    let decimalReading: (Int?, Bool)? =
      groupsValid(runs: runs, separators: separators, decimalIndex: single) ? (single, false) : nil
    guard runs[single + 1].count == 3,
      groupsValid(runs: runs, separators: separators, decimalIndex: nil)
    else { return decimalReading }
    switch kind {
    case .count: return (nil, false)
    case .rating, .percent: return decimalReading
    case .price, .decimal: return (nil, true)
    }
  }

  /// Checks that every non-decimal separator groups three digits (or Indian 2-digit lakh groups).
  private static func groupsValid(
    runs: [[UInt64]], separators: [Unicode.Scalar], decimalIndex: Int?
  ) -> Bool {
    let groups = separators.indices.filter { $0 != decimalIndex }
    guard let lastGroup = groups.last else { return true }
    if let decimalIndex, lastGroup > decimalIndex { return false }
    guard let lead = runs[0].first, lead != 0 else { return false }
    let standard = runs[0].count <= 3 && groups.allSatisfy { runs[$0 + 1].count == 3 }
    if standard { return true }
    let indian =
      groups.count >= 2 && runs[0].count <= 2
      && groups.allSatisfy { separators[$0] == "," }
      && runs[lastGroup + 1].count == 3
      && groups.dropLast().allSatisfy { runs[$0 + 1].count == 2 }
    return indian
  }

  /// Builds the value from digit runs without rounding surprises; nil on overflow.
  private static func compose(runs: [[UInt64]], decimalIndex: Int?, exponent: Int) -> Double? {
    let integerRuns = decimalIndex.map { Array(runs[0...$0]) } ?? runs
    let fraction = decimalIndex.map { runs[$0 + 1] } ?? []
    var mantissa: UInt64 = 0
    var significant = 0
    for digit in integerRuns.joined() {
      if mantissa == 0 && digit == 0 { continue }
      significant += 1
      guard significant <= 16 else { return nil }
      mantissa = mantissa * 10 + digit
    }
    var fractionCount = 0
    for digit in fraction {
      guard fractionCount < 18, mantissa < 100_000_000_000_000_000 else { break }
      mantissa = mantissa * 10 + digit
      fractionCount += 1
    }
    let base = Double(mantissa)
    if exponent >= fractionCount {
      return base * TextScalars.powerOfTen(exponent - fractionCount)
    }
    return base / TextScalars.powerOfTen(fractionCount - exponent)
  }

  /// Recognises magnitude suffixes after a number; returns the power of ten and the end index.
  private static func suffixScale(
    in scalars: [Unicode.Scalar], at index: Int
  ) -> (exponent: Int, end: Int)? {
    let n = scalars.count
    func letterAt(_ i: Int) -> Bool { i < n && TextScalars.isLetter(scalars[i]) }
    func matches(_ word: String, at i: Int) -> Int? {
      var j = i
      for scalar in word.unicodeScalars {
        guard j < n, scalars[j] == scalar else { return nil }
        j += 1
      }
      return j
    }
    if index < n {
      switch scalars[index] {
      case "K", "k": if !letterAt(index + 1) { return (3, index + 1) }
      case "M", "m": if !letterAt(index + 1) { return (6, index + 1) }
      default: break
      }
    }
    var i = index
    while i < n, TextScalars.isSpaceGroup(scalars[i]), i - index < 2 { i += 1 }
    guard i < n else { return nil }
    switch scalars[i] {
    case "千": return (3, i + 1)
    case "万", "萬": return (4, i + 1)
    case "亿", "億": return (8, i + 1)
    default: break
    }
    let words: [(String, Int)] = [
      ("mil", 3), ("тыс", 3), ("tys", 3), ("Tsd", 3), ("млн", 6), ("mln", 6), ("Mio", 6),
    ]
    for (word, exponent) in words {
      guard let end = matches(word, at: i), !letterAt(end) else { continue }
      return (exponent, end < n && scalars[end] == "." ? end + 1 : end)
    }
    return nil
  }
}

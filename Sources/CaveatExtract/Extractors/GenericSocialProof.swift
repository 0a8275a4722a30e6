import CaveatCore
import CaveatHTML

/// The rating, review and sales figures a shop writes beside its product's heading ("4.5 out of
/// 5 stars", "4,5 von 5 Sternen", "5つ星のうち4.2", "4.8 (1,234 reviews)", "★ 4.6 · 87 avis",
/// "1,234 sold", "已售 2000+", "Ponad 100 osób kupiło"), in English, French, Spanish,
/// Portuguese, German, Italian, Polish, Japanese, Chinese and Vietnamese.
///
/// Precision first: only text near the heading is read (the buy box), never text inside tiles
/// of other products, review cards or the page's chrome, and a rating is kept only with the
/// count of ratings it stands on.
enum GenericSocialProof {
  /// What the text beside the heading says.
  struct Figures: Equatable {
    var average: Double?
    var ratingCount: Int?
    var reviewCount: Int?
    var soldCount: Int?
    var soldIsLowerBound = false
  }

  /// How many elements after the heading still belong to its buy box.
  private static let window = 400

  /// Words that name a count of ratings (stars given, with or without text).
  static let ratingWords = [
    "ratings", "rating", "verified ratings", "customer ratings", "évaluations", "évaluation", "notes", "valoraciones",
    "valoración", "calificaciones", "avaliações", "avaliação", "bewertungen", "bewertung", "valutazioni", "voti",
    "ocen",
    "oceny", "ocena", "個の評価", "件の評価", "評価", "个评分", "條評分", "评分", "lượt đánh giá", "đánh giá",
  ]
  /// Words that name a count of written reviews.
  static let reviewWords = [
    "reviews", "review", "customer reviews", "avis", "commentaires", "opiniones", "reseñas", "opiniões", "comentários",
    "rezensionen", "recensioni", "recensione", "opinii", "opinie", "recenzji", "recenzje", "recenzja", "レビュー",
    "件のカスタマーレビュー", "条评价",
    "條評價", "评价", "評價", "评论", "nhận xét",
  ]
  /// Class and id words of blocks that hold other products or single reviews.
  private static let foreignBlockWords = [
    "reco", "related", "similar", "carousel", "slider", "tile", "also", "sponsor", "upsell", "cross-sell",
    "crosssell", "bundle", "review-item", "review-card", "reviewcard", "comment-item", "product-list",
    "productlist", "grid-item", "card",
  ]

  private static let foreignBlockWordSet = PhraseSet(foreignBlockWords)

  /// The figures written near `heading`.
  static func read(_ page: PageContext, heading: HTMLNode) -> Figures {
    var figures = Figures()
    guard let start = heading.documentOrder else { return figures }
    let from = boxStart(of: heading, at: start)
    var ratings: [(Double, Int?, Bool)] = []
    var writtenCounts: Set<Int> = []
    var ratingCounts: Set<Int> = []
    var sold: Set<Int> = []
    var soldLowerBound = false
    var seenBlocks: Set<Int> = []
    for (node, _) in page.bodyTexts {
      guard let element = node.parent, let order = element.documentOrder else { continue }
      if order < from { continue }
      if order - start > window { break }
      guard !GenericReader.isChrome(element, in: page), !inForeignBlock(element, heading: heading, in: page) else {
        continue
      }
      let block = page.statementBlocks[order] ?? statementBlock(element, in: page)
      page.statementBlocks[order] = block
      guard let blockOrder = block.documentOrder else { continue }
      // A line of its own ("Đã bán 5k+") is read even when its block joins it to others.
      let own = text(of: element, order: order, in: page)
      var lines = own.hasAtMost(characters: 90) ? statements(own) : []
      if !seenBlocks.contains(blockOrder) {
        seenBlocks.insert(blockOrder)
        let text = text(of: block, order: blockOrder, in: page)
        // Stars drawn as images say their value in an attribute ("rated 4.5 out of 5").
        if let rating = rating(in: text) ?? rating(in: attributeText(block) + " " + text) {
          ratings.append(rating)
        }
        if let count = writtenReviewCount(in: text) ?? joinedWrittenCount(in: text) { writtenCounts.insert(count) }
        lines += statements(text)
      }
      for line in Set(lines) {
        if let count = standaloneRatingCount(in: line) ?? labelledRatingCount(in: line) { ratingCounts.insert(count) }
        if let count = soldCount(in: line) {
          sold.insert(count.value)
          soldLowerBound = soldLowerBound || count.isLowerBound
        }
      }
    }
    // One rating, or the same one repeated, with a count it stands on; a line with stars and
    // no count beside a counted one is a single review's.
    let counted = ratings.filter { $0.1 != nil }
    let averages = Set((counted.isEmpty ? ratings : counted).map(\.0))
    if averages.count == 1, let first = counted.first,
      Set(counted.map { $0.1 ?? 0 }).count == 1
    {
      figures.average = first.0
      figures.ratingCount = first.1
      // A count named as reviews beside the stars counts the written reviews too.
      if first.2, writtenCounts.isEmpty { figures.reviewCount = first.1 }
    }
    // A rating on a line of its own, with its count on the next ("1,234 ratings").
    if figures.average == nil, averages.count == 1, counted.isEmpty, ratingCounts.count == 1 {
      figures.average = averages.first
      figures.ratingCount = ratingCounts.first
    }
    if writtenCounts.count == 1 { figures.reviewCount = writtenCounts.first }
    if sold.count == 1 {
      figures.soldCount = sold.first
      figures.soldIsLowerBound = soldLowerBound
    }
    return figures
  }

  /// An element's collapsed text, gathered once per page (several text nodes share it); empty
  /// past 2,048 bytes besides white space: such a block states no figure (a figure's line is
  /// at most 90 characters), and gathering a whole description costs more than the rest.
  private static func text(of element: HTMLNode, order: Int, in page: PageContext) -> String {
    if let known = page.elementTexts[order] { return known }
    let text = element.text(upTo: 2048) ?? ""
    page.elementTexts[order] = text
    return text
  }

  /// Where the heading's own box starts: the heading's parent or grandparent when it holds a few
  /// elements before the heading (a condition and sales line, the stars above a title).
  static func boxStart(of heading: HTMLNode, at start: Int) -> Int {
    var from = start
    var current = heading
    for _ in 0..<2 {
      guard let parent = current.parent, !sectionNames.contains(parent.name),
        let order = parent.documentOrder, start - order <= 40
      else { break }
      from = order
      current = parent
    }
    return from
  }

  /// The statements of a line: "Nuevo | +10 mil vendidos" holds two.
  static func statements(_ text: String) -> [String] {
    var parts = [text]
    for separator in [" | ", " · ", " • ", " - ", " — "] where text.containsLiteral(separator) {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.count > 1 ? [text] + parts.map(\.trimmingSpaces).filter { !$0.isEmpty } : parts
  }

  /// What the attributes of a block say of a rating its stars draw as images: an `aria-label`
  /// ("rated 4.5 out of 5") or a widget's `data-average-rating`, read before its text.
  static func attributeText(_ block: HTMLNode) -> String {
    var parts: [String] = []
    var visited = 0
    func visit(_ element: HTMLNode, depth: Int) {
      guard depth < 6, visited < 60 else { return }
      visited += 1
      if let label = element.attribute("aria-label"), label.count <= 60, label.contains(where: { $0.isNumber }) {
        parts.append(label)
      }
      if let value = element.attribute("data-average-rating"), let number = Double(value), (1...5).contains(number) {
        parts.append("★ " + value)
      }
      for child in element.children { visit(child, depth: depth + 1) }
    }
    visit(block, depth: 0)
    return TextNormalizer.collapse(parts.joined(separator: " "))
  }

  /// Elements that hold several statements (a list, a section of reviews).
  private static let sectionNames: Set<String> = [
    "body", "main", "section", "article", "ul", "ol", "li", "table", "tbody", "tr", "form", "aside",
  ]
  private static let headingNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// The smallest block around `element` that states one thing: climbs while the text stays
  /// a short line (a rating split over spans: "4.6", "out of 5", "(87)").
  static func statementBlock(_ element: HTMLNode, in page: PageContext) -> HTMLNode {
    var block = element
    for _ in 0..<3 {
      guard let parent = block.parent, isShortLine(parent, in: page) else { break }
      block = parent
    }
    return block
  }

  /// Whether `element` can be a statement block's parent: no section or list, no heading
  /// among its children, and a short line of text. Remembered per page: the texts of a buy
  /// box share their parents.
  private static func isShortLine(_ element: HTMLNode, in page: PageContext) -> Bool {
    guard let order = element.documentOrder else { return shortLine(element) }
    if let known = page.shortLines[order] { return known }
    let answer = shortLine(element)
    page.shortLines[order] = answer
    return answer
  }

  private static func shortLine(_ element: HTMLNode) -> Bool {
    guard !sectionNames.contains(element.name),
      !element.children.contains(where: { headingNames.contains($0.name) }),
      // A short line is at most 90 characters: a parent with over 512 bytes of text (not
      // counting white space) is no line, and is not gathered whole.
      let text = element.text(upTo: 512)
    else { return false }
    return text.hasAtMost(characters: 90)
  }

  /// Whether `element` sits in a tile, carousel or review card: such a block within 30 levels
  /// up, below the body. The distances are remembered per page (the text nodes of a buy box
  /// share their ancestors; the page has one `heading`).
  private static func inForeignBlock(_ element: HTMLNode, heading: HTMLNode, in page: PageContext) -> Bool {
    guard let distance = foreignDistance(element, heading: heading, in: page) else { return false }
    return distance < 30
  }

  /// How many steps up from `element` (0: itself) the first foreign block lies, below the body.
  private static func foreignDistance(_ element: HTMLNode, heading: HTMLNode, in page: PageContext) -> Int? {
    var chain: [HTMLNode] = []
    var current: HTMLNode? = element
    var above: Int?
    while let node = current, !node.hasName("body") {
      if let order = node.documentOrder, let known = page.foreignDistances[order] {
        above = known < 0 ? nil : known
        break
      }
      if isForeignBlock(node, heading: heading) {
        above = 0
        if let order = node.documentOrder { page.foreignDistances[order] = 0 }
        break
      }
      chain.append(node)
      current = node.parent
    }
    for node in chain.reversed() {
      above = above.map { $0 + 1 }
      if let order = node.documentOrder { page.foreignDistances[order] = above ?? -1 }
    }
    return above
  }

  /// Whether the element itself is a tile, carousel, review card or an item of a long list. A
  /// block that holds the product's `heading` is the product's own box, whatever its name
  /// (Jumia's `row card`), and a `section` named only a card is a part of the page, not a tile.
  private static func isForeignBlock(_ node: HTMLNode, heading: HTMLNode) -> Bool {
    var foreign = node.attribute(cName: "itemprop") == "review"
    if node.hasName("li"), let list = node.parent, list.children.filter({ $0.hasName("li") }).count > 3 {
      foreign = true
    }
    let tokens = ((node.attribute(cName: "class") ?? "") + " " + (node.attribute(cName: "id") ?? "")).lowercasedText
    if !foreign, foreignBlockWordSet.matches(tokens) {
      foreign = !node.hasName("section") || foreignBlockWords.contains { $0 != "card" && tokens.containsLiteral($0) }
    }
    return foreign && !heading.isInside(node)
  }

  // MARK: Rating

  /// Scale words between a value and its scale ("out of 5", "von 5", "sur 5").
  private static let outOf = [
    "out of", "von", "sur", "de", "su", "z", "na", "trên", "/", "of",
  ]

  /// A rating and the count written with it: (stars, count, whether the count names reviews).
  static func rating(in text: String) -> (Double, Int?, Bool)? {
    // Every figure is a number: a text without a numeral holds none.
    guard text.holdsNumeral, text.hasAtMost(characters: 90) else { return nil }
    let lower = text.lowercasedText
    var average: Double?
    var rest = Substring(lower)
    // "Image 1 of 5" is no rating: a whole value out of 5 needs a star word or a named count.
    var needsCount = false
    // "5つ星のうち4.2", "满分5分 4.8".
    if let range = lower.rangeOfLiteral("つ星のうち") {
      let after = lower[range.upperBound...]
      let number = after.prefix { $0.isNumber || $0 == "." || $0 == "," }
      average = LocaleNumber.parse(String(number), kind: .rating).flatMap {
        LocaleNumber.ratingCheck($0.value, scale: 5)
      }
      rest = after.dropFirst(number.count)
    } else if let (value, end, starred, decimal) = valueOutOfFive(lower) {
      average = value
      rest = lower[end...]
      // "4.8/5", "4,3 / 5": a value with decimals over five is a rating, unless a word follows
      // the scale ("2.4/5 GHz").
      let unitAfter = droppingSpace(rest).first?.isLetter ?? false
      needsCount = !starred && (!decimal || unitAfter)
    } else if let (value, end) = starredValue(lower) {
      average = value
      rest = lower[end...]
    }
    guard let average, average > 0 else { return nil }
    // The count: "(1,234)", "1,234 ratings", "· 87 avis".
    let tail = rest.drop { !$0.isNumber }
    guard !tail.isEmpty else { return needsCount ? nil : (average, nil, false) }
    let digits = tail.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == " " || $0 == "\u{a0}" || $0 == "'" }
    guard let count = LocaleNumber.count(String(digits).trimmingSpaces), !count.isLowerBound else {
      return needsCount ? nil : (average, nil, false)
    }
    let before = rest[..<tail.startIndex]
    var after = tail.dropFirst(digits.count).trimmingSpaces
    // "(238件)": 件 only counts the things named before.
    if after.hasPrefix("件)") { after = String(after.dropFirst()) }
    let bracketed = before.hasSuffix("(") && after.hasPrefix(")")
    let afterWords = after.drop { $0 == ")" || $0 == " " }
    let isReviews = reviewWords.contains { afterWords.hasPrefix($0) }
    let isRatings = ratingWords.contains { afterWords.hasPrefix($0) }
    if isRatings { return (average, count.value, false) }
    if isReviews { return (average, count.value, true) }
    // "4.8 ★ (1234)": the bracket beside the stars counts them, whatever line follows it.
    if bracketed && !needsCount { return (average, count.value, true) }
    return needsCount ? nil : (average, nil, false)
  }

  /// `text` without one leading space.
  private static func droppingSpace(_ text: Substring) -> Substring {
    text.first == " " ? text.dropFirst() : text
  }

  /// "4.5 out of 5 stars", "4,5 von 5 Sternen", "4.8/5", "4,6 trên 5": the value, where the
  /// scale ends, whether a star or a rating word marks it, and whether it is a value with
  /// decimals over a slash.
  private static func valueOutOfFive(_ lower: String) -> (Double, String.Index, Bool, Bool)? {
    var index = lower.startIndex
    while index < lower.endIndex {
      guard lower[index].isNumber, index == lower.startIndex || !lower[lower.index(before: index)].isNumber
      else {
        index = lower.index(after: index)
        continue
      }
      let number = lower[index...].prefix { $0.isNumber || $0 == "." || $0 == "," }
      let afterNumber = lower[number.endIndex...]
      let spaced = droppingSpace(afterNumber)
      for word in outOf {
        guard spaced.hasPrefix(word) else { continue }
        let scaleText = droppingSpace(spaced.dropFirst(word.count))
        guard scaleText.hasPrefix("5"), !scaleText.dropFirst().hasPrefix("0"),
          !scaleText.dropFirst().first.map({ $0.isNumber || $0 == "." || $0 == "," }).orFalse,
          let value = LocaleNumber.parse(String(number), kind: .rating)?.value, value <= 5
        else { continue }
        let overSlash = word == "/"
        var end = scaleText.index(after: scaleText.startIndex)
        // "★", or a word that names a rating before the value ("rated 4.5 out of 5", "Note 4,5 sur 5").
        var starred =
          lower.containsLiteral("★") || ratingLeads.contains { lower[..<index].containsLiteral($0) }
        // Skip the star word ("stars", "Sternen", "étoiles").
        let afterScale = droppingSpace(lower[end...])
        let word = afterScale.prefix { $0.isLetter }
        if word.hasPrefix("star") || word.hasPrefix("stern") || word.hasPrefix("étoile") || word.hasPrefix("estrel")
          || word.hasPrefix("stell") || word.hasPrefix("gwiazd") || word.hasPrefix("sao")
        {
          end = word.endIndex
          starred = true
        }
        // "4.8/5": a value with decimals over a slash (not "4.4 out of 5", a star widget's text).
        let decimal =
          overSlash && number.dropFirst().contains { $0 == "." || $0 == "," } && number.last?.isNumber == true
        return (value, end, starred, decimal)
      }
      index = number.endIndex
    }
    return nil
  }

  /// Words before a value that say it is a rating.
  private static let ratingLeads = [
    "rated", "rating", "average", "note", "nota", "bewertet", "bewertung", "durchschnitt", "valutato", "valutazione",
    "media", "ocena", "średnia", "calificación", "valoración", "avaliação", "moyenne", "évalu", "đánh giá", "評価",
    "评分", "gemiddeld",
  ]

  /// "★ 4.6", "4.8 ★", "4.8 (1,234 reviews)": a decimal value 1–5 beside a star or a
  /// bracketed count of reviews or ratings.
  private static func starredValue(_ lower: String) -> (Double, String.Index)? {
    let trimmed = lower.drop { $0 == "★" || $0 == "☆" || $0 == "⭐" || $0 == " " }
    let starLed = trimmed.startIndex != lower.startIndex
    let number = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "," }
    guard number.count >= 3, number.contains(where: { $0 == "." || $0 == "," }),
      let value = LocaleNumber.parse(String(number), kind: .rating)?.value, (1...5).contains(value)
    else { return nil }
    let after = lower[number.endIndex...].drop { $0 == " " || $0 == "★" || $0 == "⭐" }
    let starTrailed = after.startIndex != number.endIndex && lower[number.endIndex...].containsLiteral("★")
    if starLed || starTrailed { return (value, after.startIndex) }
    // Without a star: only "4.8 (1,234 reviews)" — the bracket must hold a named count.
    guard after.hasPrefix("(") else { return nil }
    let inside = after.dropFirst().prefix { $0 != ")" }
    let words = inside.drop { $0.isNumber || $0 == "," || $0 == "." || $0 == " " }
    guard inside.first?.isNumber == true,
      (reviewWords + ratingWords).contains(where: { words.hasPrefix($0) })
    else { return nil }
    return (value, after.startIndex)
  }

  // MARK: Written reviews and sales

  /// Words after a count of written reviews standing alone: "210 reviews", "87 avis".
  private static let writtenReviewWords: Set<String> = [
    "reviews", "review", "written reviews", "customer reviews", "avis", "commentaires", "reseñas", "opiniones",
    "avaliações escritas", "rezensionen", "recensioni", "opinii", "opinie", "nhận xét",
  ]

  /// Words after a count of ratings standing alone: "1,234 ratings", "87 évaluations".
  private static let ratingCountWords: Set<String> = [
    "ratings", "global ratings", "customer ratings", "verified ratings", "évaluations", "notes", "valoraciones",
    "avaliações", "bewertungen", "valutazioni", "ocen", "oceny", "個の評価", "件の評価", "lượt đánh giá",
  ]

  /// A count of written reviews standing alone: "210 reviews", "87 avis", "レビュー 45件".
  /// WooCommerce's review link brackets it: "(12 customer reviews)".
  static func writtenReviewCount(in text: String) -> Int? {
    if text.hasPrefix("("), text.hasSuffix(")") {
      return count(in: String(text.dropFirst().dropLast()), followedBy: writtenReviewWords)
    }
    return count(in: text, followedBy: writtenReviewWords)
  }

  /// A count of written reviews joined to a count of ratings: "56 ocen i 12 recenzji",
  /// "1,234 ratings and 210 reviews", "87 notes et 12 avis".
  static func joinedWrittenCount(in text: String) -> Int? {
    // Every figure is a number: a text without a numeral holds none.
    guard text.holdsNumeral, text.hasAtMost(characters: 90) else { return nil }
    let lower = text.lowercasedText
    for conjunction in [" i ", " and ", " & ", " et ", " y ", " e ", " und ", " và ", " en "] {
      guard let range = lower.rangeOfLiteral(conjunction) else { continue }
      let before = lower[..<range.lowerBound].trimmingSpaces
      guard ratingWords.contains(where: { before.hasSuffix($0) }) else { continue }
      let rest = lower[range.upperBound...]
      let digits = rest.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == "\u{a0}" }
      let words = rest.dropFirst(digits.count).trimmingSpaces
      guard !digits.isEmpty, reviewWords.contains(where: { words.hasPrefix($0) }),
        let count = LocaleNumber.count(String(digits)), !count.isLowerBound
      else { continue }
      return count.value
    }
    return nil
  }

  /// A count of ratings standing alone: "1,234 ratings", "87 évaluations", "1.234 Bewertungen".
  static func standaloneRatingCount(in text: String) -> Int? { count(in: text, followedBy: ratingCountWords) }

  /// A count of ratings after its label, in a bracket closing a short text: "Verified Ratings
  /// (212)", "Bewertungen (128)"; nil for a count of nothing ("Ratings (0)").
  static func labelledRatingCount(in text: String) -> Int? {
    guard text.hasSuffix(")"), text.hasAtMost(characters: 40), let open = text.lastIndex(of: "(") else { return nil }
    let label = text[..<open].lowercased().trimmingSpaces
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
    guard ratingCountWords.contains(label), let first = inside.first, first.isNumber,
      inside.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " || $0 == "\u{a0}" }),
      let count = LocaleNumber.count(inside), !count.isLowerBound, count.value > 0
    else { return nil }
    return count.value
  }

  /// An exact count (not "1,000+") that opens a short text and is followed by one of `words` only.
  private static func count(in text: String, followedBy words: Set<String>) -> Int? {
    // Every figure is a number: a text without a numeral holds none.
    guard text.holdsNumeral, text.hasAtMost(characters: 40) else { return nil }
    let lower = text.lowercasedText
    guard let first = lower.first, first.isNumber else { return nil }
    let digits = lower.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == " " || $0 == "\u{a0}" }
    guard words.contains(lower.dropFirst(digits.count).trimmingSpaces),
      let count = LocaleNumber.count(digits.trimmingSpaces), !count.isLowerBound
    else { return nil }
    return count.value
  }

  /// Words after the number of units sold.
  private static let soldAfter = [
    "sold", "vendidos", "vendidas", "vendus", "vendues", "verkauft", "venduti", "vendute", "sprzedano",
    "sprzedanych", "osób kupiło", "osoby kupiły", "kupiło", "個販売", "点販売", "件已售", "件售出", "已售",
    "lượt bán", "đã bán",
  ]
  /// Words before it.
  private static let soldBefore = [
    "已售", "已售出", "销量", "月销", "sold:", "vendidos:", "đã bán", "販売数", "ponad", "más de", "mais de",
    "plus de", "über", "oltre",
  ]

  /// A count of units sold in a short line: "1,234 sold", "已售 2000+", "2,345 vendidos",
  /// "Ponad 100 osób kupiło", "Đã bán 1,2k".
  static func soldCount(in text: String) -> (value: Int, isLowerBound: Bool)? {
    // Every figure is a number: a text without a numeral holds none.
    guard text.holdsNumeral, text.hasAtMost(characters: 40) else { return nil }
    let lower = text.lowercasedText.trimmingSpaces
    guard let digitStart = lower.firstIndex(where: { $0.isNumber }) else { return nil }
    let lead = lower[..<digitStart].trimmingSpaces
    let numberPart = lower[digitStart...].prefix {
      $0.isNumber || $0 == "," || $0 == "." || $0 == " " || $0 == "\u{a0}" || $0 == "+" || $0 == "k" || $0 == "万"
        || $0 == "千"
    }
    var number = String(numberPart)
    var tail = lower[numberPart.endIndex...].trimmingSpaces
    // "+10 mil vendidos", "ponad 2 tys. osób kupiło": a word that multiplies the number.
    if let word = ["mil ", "tys. ", "tys ", "tsd. ", "mln "].first(where: { tail.hasPrefix($0) }) {
      number += word
      tail = String(tail.dropFirst(word.count)).trimmingSpaces
    }
    let leadWords = lead.split(separator: " ").map(String.init)
    let soldByTail = soldAfter.contains { tail.hasPrefix($0) } && tail.count <= 20
    let leadSold = ["已售", "已售出", "销量", "月销", "sold:", "vendidos:", "đã bán", "販売数"].contains(lead)
    let leadBound = ["ponad", "más de", "mais de", "plus de", "über", "oltre", "over", "+"].contains(lead)
    guard soldByTail && (lead.isEmpty || leadBound) || leadSold && (tail.isEmpty || tail == "件")
    else { return nil }
    _ = leadWords
    guard let count = LocaleNumber.count(number.trimmingSpaces), count.value > 0 else { return nil }
    return (count.value, count.isLowerBound || leadBound)
  }
}

extension Optional where Wrapped == Bool {
  fileprivate var orFalse: Bool { self ?? false }
}

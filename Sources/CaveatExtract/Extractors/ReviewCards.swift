import CaveatCore

#if canImport(CaveatHTML)
  // The HTML engine's own target, once the document layer has moved there.
  import CaveatHTML
#endif

/// Review cards shown on a page of a shop no site rule knows.
///
/// A card is what a shopper reads as one review: a dated block with words of its own, in a
/// part of the page named for reviews or comments (`class="reviews"`, `id="comments"`, …).
/// From each date the reader climbs to the largest block that holds no other date; that block
/// is the card when its neighbours hold the other dates (a list of cards) or when it is itself
/// named as one review (`cr_review`, `review-card`). Precision first: a block with no text
/// besides its date, or outside a review section, is not a card.
enum ReviewCards {
  /// Words that name a review section or card, in class names and ids.
  private static let sectionWords = ["review", "comment", "rezension", "bewertung", "avis", "opinion", "resena"]
  private static let sectionWordSet = PhraseSet(sectionWords)

  static func read(_ page: PageContext) -> [Review]? {
    var dated: [(node: HTMLNode, date: CalendarDate, text: String)] = []
    for (node, text) in page.bodyTexts {
      guard text.hasAtMost(characters: 80), let date = DateText.parse(text), inReviewSection(node) else {
        continue
      }
      dated.append((node, date, text))
    }
    guard !dated.isEmpty else { return nil }
    // How many dates each element (by its place in the page) holds, counted once from every
    // date up.
    var datesBelow: [Int: Int] = [:]
    for entry in dated {
      var current = entry.node.parent
      while let element = current {
        if let order = element.documentOrder { datesBelow[order, default: 0] += 1 }
        current = element.parent
      }
    }
    func datesInside(_ element: HTMLNode) -> Int { element.documentOrder.flatMap { datesBelow[$0] } ?? 0 }
    func signature(_ element: HTMLNode) -> String { element.name + "|" + (element.attribute("class") ?? "") }
    /// Whether `card` is one of several alike blocks (same tag and class) that each hold a date;
    /// remembered by the card's place, since the dates of one list climb through the same blocks.
    var listAnswers: [Int: Bool] = [:]
    func isOneOfAList(_ card: HTMLNode, in parent: HTMLNode) -> Bool {
      if let place = card.documentOrder, let known = listAnswers[place] { return known }
      let own = signature(card)
      let answer = parent.children.filter { signature($0) == own && datesInside($0) > 0 }.count > 1
      if let place = card.documentOrder { listAnswers[place] = answer }
      return answer
    }
    /// How many characters an element's collapsed text has, remembered by its place: each date
    /// climbs through the blocks above it, and the dates of one section share them.
    var textLengths: [Int: Int] = [:]
    func textLength(_ element: HTMLNode) -> Int {
      if let place = element.documentOrder, let known = textLengths[place] { return known }
      let length = TextNormalizer.collapse(element.text).count
      if let place = element.documentOrder { textLengths[place] = length }
      return length
    }
    var order: [Int] = []
    var found: [Int: (card: HTMLNode, dates: [(CalendarDate, String)])] = [:]
    for entry in dated {
      guard var card = entry.node.parent else { continue }
      var match: HTMLNode?
      for _ in 0..<8 {
        guard let parent = card.parent, parent.name != "body" else { break }
        let hasWords = textLength(card) >= entry.text.count + 5
        if hasWords, namesOneReview(card) || isOneOfAList(card, in: parent) {
          match = card
          break
        }
        card = parent
      }
      guard let match, let place = match.documentOrder, !GenericReader.isChrome(match, in: page) else { continue }
      if found[place] == nil {
        order.append(place)
        found[place] = (match, [])
      }
      found[place]?.dates.append((entry.date, entry.text))
    }
    // A card may show two dates (bought on, reviewed on): the review is the later one.
    let cards = order.compactMap { place -> Review? in
      guard let (card, dates) = found[place], let latest = dates.max(by: { $0.0 < $1.0 }) else { return nil }
      return review(in: card, date: latest.0, dateTexts: Set(dates.map(\.1)), page: page)
    }
    return cards.isEmpty ? nil : cards
  }

  /// Whether `node` lies in a part of the page named for reviews or comments.
  static func inReviewSection(_ node: HTMLNode) -> Bool {
    var current = node.parent
    var depth = 0
    while let element = current, depth < 14 {
      if element.hasName("body") { return false }
      let names = ((element.attribute(cName: "class") ?? "") + " " + (element.attribute(cName: "id") ?? ""))
        .lowercasedText
      if sectionWordSet.matches(names) { return true }
      current = element.parent
      depth += 1
    }
    return false
  }

  /// Whether the element's own class names one review: a token ending in "review" or "comment"
  /// ("cr_review", "-ratingReview", "comment"), not a part of one ("review__title",
  /// "reviewer").
  static func namesOneReview(_ element: HTMLNode) -> Bool {
    element.classes.contains { token in
      let lower = token.lowercasedText
      return lower.hasSuffix("review") || lower.hasSuffix("comment") || lower == "review-card"
        || lower == "review-item" || lower == "comment-item"
    }
  }

  /// The card's review: its date, its longest text, its author where an element says so, and
  /// its stars where an attribute or a filled star bar gives them.
  static func review(in card: HTMLNode, date: CalendarDate, dateTexts: Set<String>, page: PageContext) -> Review {
    var review = Review(date: date)
    let texts = page.nonBlankTexts(in: card)
    review.text = texts.filter { !dateTexts.contains($0) }.max { $0.count < $1.count }
    let elements = [card] + page.select(".//*", in: card)
    review.author = elements.lazy.filter { element in
      element.name == "address" || element.classes.contains { $0.lowercasedText.hasSuffix("author") }
    }.map { TextNormalizer.collapse($0.text) }.first { (1...60).contains($0.count) }
    review.stars = elements.lazy.compactMap(starsShown).first
    return review
  }

  /// Stars given in an attribute named for a rating (`data-review-rating="5"`) or by the width
  /// of a filled star bar (`class="stars" style="width: 80%"`).
  static func starsShown(_ node: HTMLNode) -> Double? {
    for name in ["data-review-rating", "data-rating", "data-score", "data-stars"] {
      if let value = node.attribute(name), let number = Double(value), (1...5).contains(number) { return number }
    }
    let classes = node.classes.map { $0.lowercasedText }
    guard classes.contains(where: { $0 == "stars" || $0 == "rating-stars" || $0.hasSuffix("stars-fill") }),
      let style = node.attribute("style")?.lowercasedText.replacingOccurrences(of: " ", with: ""),
      let range = style.range(of: "width:")
    else { return nil }
    let digits = style[range.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard style[range.upperBound...].dropFirst(digits.count).hasPrefix("%"), let percent = Double(digits),
      (20...100).contains(percent)
    else { return nil }
    return (percent / 20 * 2).rounded() / 2
  }
}

import CaveatCore

/// What the words around an amount say about who pays it.
///
/// Shops print several amounts for one item: the price, a discount for paying by Pix ("R$ 1.172,83
/// no Pix"), one instalment of a card payment ("em até 10x de R$ 123,46 sem juros"), a first-order
/// price ("Welcome deal"). The amount alone cannot tell them apart; the words beside it can. The
/// words are read per clause: a conjunction ("ou", "or", "oder") ends the clause, so "R$ 1.172,83 no
/// Pix ou R$ 1.234,56" gives the second amount no Pix condition.
enum PriceCondition: Equatable {
  /// Paying by Pix.
  case pix
  /// One of several payments; the count when the words give it.
  case instalment(count: Int?)
  /// A price for new shoppers only.
  case newShopper

  /// The condition named by `before` (the words between the previous amount and this one) and
  /// `after` (the words up to the next amount); nil when the amount is unconditional.
  static func read(before: String, after: String) -> PriceCondition? {
    let leading = clause(words(before), fromEnd: true)
    let trailing = clause(words(after), fromEnd: false)
    if namesNewShopper(leading.suffix(4).joined(separator: " "))
      || namesNewShopper(trailing.prefix(5).joined(separator: " "))
    {
      return .newShopper
    }
    if leading.suffix(3).contains("pix") || trailing.prefix(5).contains("pix") { return .pix }
    if let count = instalmentCount(leading) { return .instalment(count: count) }
    if leading.last.map(instalmentWords.contains) == true { return .instalment(count: nil) }
    if trailing.first.map(monthWords.contains) == true || perMonth.contains(trailing.prefix(2).joined(separator: " ")) {
      return .instalment(count: nil)
    }
    return nil
  }

  /// The ``AlternatePrice`` kind and instalment count for a condition.
  var alternate: (kind: AlternatePrice.Kind, instalments: Int?) {
    switch self {
    case .pix: return (.pix, nil)
    case .instalment(let count): return (.instalment, count)
    case .newShopper: return (.newShopper, nil)
    }
  }

  /// Whether a short label or banner names a price for new shoppers ("New shoppers save $1.91",
  /// "Welcome deal", "新人价", "Preço para novos compradores").
  static func namesNewShopper(_ text: String) -> Bool {
    let lower = text.lowercased()
    return newShopperPhrases.contains { lower.containsLiteral($0) }
  }

  private static let newShopperPhrases = [
    "new shopper", "new user", "new customer", "new buyer", "welcome deal", "welcome offer", "welcome price",
    "新人", "新用户", "nouveaux acheteurs", "nouvel acheteur", "nouveaux clients", "nouveaux utilisateurs",
    "nuevos compradores", "nuevo comprador", "nuevos usuarios", "nuevos clientes", "novos compradores",
    "novo comprador", "novos usuários", "novos clientes", "neukunden", "neue käufer", "nuovi clienti",
    "nuovi acquirenti", "nuovi utenti", "oferta de boas-vindas", "oferta de bienvenida", "offre de bienvenue",
  ]

  /// Words that end a clause.
  private static let conjunctions: Set<String> = ["ou", "or", "oder"]
  /// Words right before an instalment amount ("10 parcelas de", "12 cuotas de", "4 payments of").
  private static let instalmentWords: Set<String> = [
    "parcelas", "parcela", "cuotas", "cuota", "mensualidades", "payments", "installments", "instalments", "raten",
    "rate", "mensualités",
  ]
  /// A word right after an instalment amount ("/mês", "/mo").
  private static let monthWords: Set<String> = ["mês", "mes", "mo", "month"]
  /// Two words right after an instalment amount ("por mês", "al mes", "per month").
  private static let perMonth: Set<String> = ["por mês", "al mes", "por mes", "per month", "a month", "pro monat"]

  /// Lowercased words; letters, digits and "×" are kept together ("10x", "12×").
  private static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "×") }.map(String.init)
  }

  /// The words of the clause next to the amount: after the last conjunction (before an amount),
  /// or up to the first one (after it).
  private static func clause(_ words: [String], fromEnd: Bool) -> [String] {
    if fromEnd {
      guard let last = words.lastIndex(where: conjunctions.contains) else { return words }
      return Array(words[(last + 1)...])
    }
    guard let first = words.firstIndex(where: conjunctions.contains) else { return words }
    return Array(words[..<first])
  }

  /// "10x de", "12 x", "10× de", "10 parcelas de": the count in the last three words before an
  /// amount.
  private static func instalmentCount(_ leading: [String]) -> Int? {
    let tail = Array(leading.suffix(3))
    for (index, word) in tail.enumerated().reversed() {
      if let mark = word.last, mark == "x" || mark == "×", let count = Int(word.dropLast()), count > 1 {
        return count
      }
      if (word == "x" || word == "×" || instalmentWords.contains(word)), index > 0, let count = Int(tail[index - 1]),
        count > 1
      {
        return count
      }
    }
    return nil
  }
}

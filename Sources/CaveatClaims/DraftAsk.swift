import CaveatCore

/// What a draft asks the seller, the platform or the bank for (`claim draft --ask`).
public enum DraftAsk: Sendable, Hashable, Codable {
  /// All the money back.
  case full
  /// A stated part of the money back; the shopper keeps the item.
  case partial(Money)
  /// A replacement.
  case exchange
  /// A repair at the seller's cost.
  case repair

  /// The ask that matches a settlement the shopper would record.
  public init?(_ outcome: ClaimOutcome) {
    switch outcome {
    case .fullRefund: self = .full
    case .partialRefund(let money): self = .partial(money)
    case .exchange: self = .exchange
    case .noRefund, .withdrawn: return nil
    }
  }

  /// The ask for the option `claim options` ranks first, so that the default draft and the
  /// options agree.
  public init(_ option: RefundOptions.Option) {
    switch option.kind {
    case .fullRefund: self = .full
    case .partialRefund: self = .partial(option.suggestedAmount ?? option.moneyBack)
    case .exchange: self = .exchange
    }
  }

  /// The ask a claim makes when the shopper does not say: the option ranked first.
  public static func recommended(claim: Claim, evidence: [Evidence]) -> DraftAsk {
    RefundOptions.evaluate(claim: claim, evidence: evidence).first.map(DraftAsk.init) ?? .full
  }

  /// Reads `full`, `partial AMOUNT`, `exchange` or `repair` (the words after `--ask`), the
  /// amount in `currency`; `nil` with the reason when the words are not one of those.
  public static func parse(_ words: [String], currency: String?) -> Result<DraftAsk, DraftAskError> {
    guard let first = words.first?.lowercased() else { return .failure(.empty) }
    let rest = Array(words.dropFirst())
    switch first {
    case "full", "exchange", "repair":
      guard rest.isEmpty else { return .failure(.unexpected(rest.joined(separator: " "))) }
      return .success(first == "full" ? .full : first == "exchange" ? .exchange : .repair)
    case "partial":
      guard rest.count == 1 else { return .failure(.partialNeedsAmount) }
      let text = rest[0].replacingOccurrences(of: ",", with: ".")
      guard let amount = Double(text), amount.isFinite, amount > 0, amount < 1e9 else {
        return .failure(.badAmount(rest[0]))
      }
      return .success(.partial(Money(amount: (amount * 100).rounded() / 100, currency: currency)))
    default:
      return .failure(.unknown(first))
    }
  }

  /// The sentence that asks for it.
  func sentence(_ claim: Claim, _ language: DraftLanguage) -> String {
    switch self {
    case .full:
      return claim.problem == .notReceived || claim.receivedOn == nil
        ? language.pick(
          "I ask for a full refund of \(formatted(claim.pricePaid)).",
          "Je demande le remboursement intégral de \(formatted(claim.pricePaid, .fr)).")
        : language.pick(
          "I ask for a full refund of \(formatted(claim.pricePaid)); I will send the item back at your cost if you ask for it.",
          "Je demande le remboursement intégral de \(formatted(claim.pricePaid, .fr)) ; je renverrai l'article à vos frais si vous le demandez."
        )
    case .partial(let money):
      return language.pick(
        "I ask for a partial refund of \(formatted(money)) and will keep the item.",
        "Je demande un remboursement partiel de \(formatted(money, .fr)) et je conserve l'article.")
    case .exchange:
      return language.pick(
        "I ask for a replacement in good condition, shipped at your cost.",
        "Je demande le remplacement de l'article par un article en bon état, expédié à vos frais.")
    case .repair:
      return language.pick(
        "I ask for the item to be repaired at your cost, return shipping included.",
        "Je demande la réparation de l'article à vos frais, frais de retour compris.")
    }
  }
}

/// Why the words after `--ask` were refused.
public enum DraftAskError: Error, Sendable, Hashable {
  /// Nothing was given.
  case empty
  /// The first word is not full, partial, exchange or repair.
  case unknown(String)
  /// `partial` without exactly one amount.
  case partialNeedsAmount
  /// The amount is not a positive number.
  case badAmount(String)
  /// Words after full, exchange or repair.
  case unexpected(String)

  /// The reason, for the command line, in English.
  public var message: String { message(in: .en) }

  /// The reason, for the command line, in `language`.
  public func message(in language: DraftLanguage) -> String {
    let pick = language.pick
    switch self {
    case .empty:
      return pick("give full, partial AMOUNT, exchange or repair", "donnez full, partial MONTANT, exchange ou repair")
    case .unknown(let word):
      let shown = TerminalText.sanitize(word, maxLength: 40)
      return pick(
        "'\(shown)' is not full, partial AMOUNT, exchange or repair",
        "« \(shown) » n'est ni full, ni partial MONTANT, ni exchange, ni repair")
    case .partialNeedsAmount:
      return pick(
        "partial needs one amount, e.g. --ask partial 12.50",
        "partial demande un montant, par exemple --ask partial 12.50")
    case .badAmount(let text):
      let shown = TerminalText.sanitize(text, maxLength: 40)
      return pick("'\(shown)' is not a positive amount", "« \(shown) » n'est pas un montant positif")
    case .unexpected(let text):
      let shown = TerminalText.sanitize(text, maxLength: 40)
      return pick("unexpected '\(shown)' after the ask", "« \(shown) » en trop après la demande")
    }
  }
}

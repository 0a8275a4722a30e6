import CaveatCore
import Foundation

/// Drafts of the messages a claim needs, written from the claim's record: its facts, its logged
/// events and its evidence. A draft asserts nothing that was not logged (no message the shopper
/// did not record, no report that is not on file) and names missing evidence as "to follow".
public enum MessageDrafts {
  /// The three platform drafts: to the seller, to platform support, the dispute statement.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The seller, first.
    case seller
    /// Platform support, when the seller does not help.
    case support
    /// The dispute statement, following the platform's evidence rules.
    case dispute

    /// The same draft in the full list.
    public var draftKind: DraftKind {
      switch self {
      case .seller: .seller
      case .support: .support
      case .dispute: .dispute
      }
    }
  }

  /// A draft message of `kind` for `claim`, asking for `requesting` (by default the option
  /// `claim options` ranks first). Without `events`, nothing is said about past messages.
  public static func draft(
    kind: Kind, claim: Claim, events: [ClaimEvent] = [], evidence: [Evidence], language: DraftLanguage,
    requesting: ClaimOutcome? = nil
  ) -> String {
    let ask = requesting.flatMap(DraftAsk.init)
    return compose(
      kind.draftKind, DraftRecord(claim: claim, events: events, evidence: evidence, language: language), ask: ask,
      sellerCountry: nil)
  }

  /// A draft of any kind, or why it cannot be written from this record (no offer logged for a
  /// counter-offer, a card draft for a PayPal payment…).
  ///
  /// - Parameters:
  ///   - ask: what to ask for; by default the option `claim options` ranks first.
  ///   - sellerCountry: the seller's country (ISO 3166-1 alpha-2), when known; it decides
  ///     where to turn for a cross-border claim.
  public static func write(
    _ kind: DraftKind, claim: Claim, events: [ClaimEvent], evidence: [Evidence], language: DraftLanguage,
    ask: DraftAsk? = nil, sellerCountry: String? = nil
  ) -> Result<String, DraftUnavailable> {
    let record = DraftRecord(claim: claim, events: events, evidence: evidence, language: language)
    if let reason = unavailable(kind, record) { return .failure(reason) }
    return .success(compose(kind, record, ask: ask, sellerCountry: sellerCountry?.uppercased()))
  }

  /// The drafts this record allows, in ladder order.
  public static func available(claim: Claim, events: [ClaimEvent], evidence: [Evidence]) -> [DraftKind] {
    let record = DraftRecord(claim: claim, events: events, evidence: evidence, language: .en)
    return DraftKind.allCases.filter { unavailable($0, record) == nil }
  }

  /// What a claim asks for when the shopper does not say: the option `claim options` ranks first.
  public static func defaultRequest(for claim: Claim, evidence: [Evidence] = []) -> ClaimOutcome {
    switch DraftAsk.recommended(claim: claim, evidence: evidence) {
    case .partial(let money): .partialRefund(money)
    case .exchange: .exchange
    case .full, .repair: .fullRefund
    }
  }

  static func unavailable(_ kind: DraftKind, _ record: DraftRecord) -> DraftUnavailable? {
    let claim = record.claim
    switch kind {
    case .seller, .support, .dispute, .nextRecourse: return nil
    case .counterOffer: return record.offer == nil ? .noOffer : nil
    case .followUp:
      guard let contacted = record.contacted else { return .noContact }
      if record.answeredSinceContact {
        let answer = record.events.last { [.sellerReplied, .offerReceived].contains($0.kind) }
        return .answered(answer?.date ?? contacted.date)
      }
      return nil
    case .formalNotice:
      return record.european ? nil : .notEuropean(claim.buyerCountry)
    case .chargeback: return claim.paymentMethod == .card ? nil : .notCard(claim.paymentMethod)
    case .paypalStatement: return claim.paymentMethod == .paypal ? nil : .notPayPal(claim.paymentMethod)
    }
  }

  static func compose(_ kind: DraftKind, _ record: DraftRecord, ask: DraftAsk?, sellerCountry: String?) -> String {
    let claim = record.claim
    let chosen = ask ?? DraftAsk.recommended(claim: claim, evidence: record.evidence)
    switch kind {
    case .seller, .support, .dispute, .counterOffer, .followUp:
      return platformDraft(kind, record, ask: kind == .counterOffer ? counter(chosen, ask == nil, record) : chosen)
    case .formalNotice: return Ladder.formalNotice(record, ask: chosen, sellerCountry: sellerCountry)
    case .chargeback: return Ladder.chargeback(record)
    case .paypalStatement: return Ladder.paypalStatement(record, ask: chosen)
    case .nextRecourse: return Ladder.nextRecourse(record, sellerCountry: sellerCountry)
    }
  }

  /// The counter-offer's ask: the shopper's own, or the recommended one raised above the offer
  /// when it would not be.
  static func counter(_ ask: DraftAsk, _ isDefault: Bool, _ record: DraftRecord) -> DraftAsk {
    guard isDefault, case .partial(let money) = ask, let offered = record.offer?.amount?.amount,
      money.amount <= offered
    else { return ask }
    let price = record.claim.pricePaid.amount
    guard offered < price else { return .full }
    return .partial(Money(amount: ((offered + price) / 2 * 100).rounded() / 100, currency: money.currency))
  }

  static func platformDraft(_ kind: DraftKind, _ record: DraftRecord, ask: DraftAsk) -> String {
    let language = record.language
    let pick = language.pick
    let claim = record.claim
    var lines: [String] = []
    lines.append(
      kind == .support || kind == .dispute ? pick("Hello, support team,", "Bonjour,") : pick("Hello,", "Bonjour,"))
    lines.append("")
    lines.append(contentsOf: opening(kind, record))
    if let risk = record.transportRiskLine, kind != .support { lines.append(risk) }
    lines.append("")
    lines.append(pick("Order details:", "Détails de la commande :"))
    lines.append(contentsOf: record.factLines)
    lines.append("")
    lines.append(pick("The problem:", "Le problème :"))
    lines.append(contentsOf: record.problemLines)
    let timeline = record.timelineLines
    if !timeline.isEmpty, kind == .support || kind == .dispute {
      lines.append("")
      lines.append(pick("What has happened so far:", "Déroulé à ce jour :"))
      lines.append(contentsOf: timeline)
    }
    lines.append("")
    lines.append(pick("Evidence:", "Preuves :"))
    if kind == .dispute, record.isAliExpress, !(record.sellerBearsTransportRisk && claim.problem == .damaged) {
      lines.append(
        pick("The platform's rules ask for ", "Les règles de la plateforme demandent ")
          + EvidenceRules.requirement(for: claim.problem, language: language))
    }
    lines.append(contentsOf: record.evidenceLines)
    lines.append("")
    lines.append(ask.sentence(claim, language))
    lines.append(contentsOf: closingRequest(kind, record))
    lines.append("")
    lines.append(pick("Thank you,", "Merci,"))
    return lines.joined(separator: "\n")
  }

  /// The opening: who writes about what, stating only logged contacts, answers and offers.
  static func opening(_ kind: DraftKind, _ record: DraftRecord) -> [String] {
    let pick = record.language.pick
    let order = record.order
    switch kind {
    case .seller:
      return [
        pick(
          "I am writing about order \(order), which has a problem I ask you to resolve.",
          "Je vous écris au sujet de la commande \(order), qui présente un problème que je vous demande de régler.")
      ]
    case .support:
      var lines = [
        pick("I am asking for your help with order \(order).", "Je sollicite votre aide pour la commande \(order).")
      ]
      if let contacted = record.contacted {
        lines.append(
          pick("I wrote to the seller on \(contacted.date).", "J'ai écrit au vendeur le \(contacted.date)."))
        if let offer = record.offer, offer.date >= contacted.date {
          lines.append(
            offerSentence(offer, record) + " "
              + pick("It does not settle the problem.", "Cette offre ne règle pas le problème."))
        } else if let reply = record.events.last(where: { $0.kind == .sellerReplied && $0.date >= contacted.date }) {
          lines.append(
            pick(
              "The seller replied on \(reply.date) without settling the problem.",
              "Le vendeur a répondu le \(reply.date) sans régler le problème."))
        } else {
          lines.append(pick("I have had no answer since.", "Je n'ai reçu aucune réponse depuis."))
        }
      }
      return lines
    case .dispute:
      var lines = [pick("Dispute statement for order \(order).", "Déclaration de litige pour la commande \(order).")]
      if let offer = record.offer {
        lines.append(
          offerSentence(offer, record) + " " + pick("I did not accept it.", "Je n'ai pas accepté cette offre."))
      }
      return lines
    case .counterOffer:
      guard let offer = record.offer else { return [] }
      return [
        pick("I am writing about order \(order).", "Je vous écris au sujet de la commande \(order)."),
        pick("Thank you for your answer. ", "Merci pour votre réponse. ") + offerSentence(offer, record, toSeller: true)
          + pick(
            " It does not make up for the problem described below, so I make the counter-offer that follows.",
            " Cette offre ne compense pas le problème décrit ci-dessous ; je vous fais donc la contre-proposition suivante."
          ),
      ]
    case .followUp:
      guard let contacted = record.contacted else { return [] }
      return [
        pick(
          "I wrote to you on \(contacted.date) about order \(order) and have had no answer.",
          "Je vous ai écrit le \(contacted.date) au sujet de la commande \(order) et n'ai reçu aucune réponse."),
        pick("I am writing again with the details below.", "Je vous relance avec les éléments ci-dessous."),
      ]
    case .formalNotice, .chargeback, .paypalStatement, .nextRecourse:
      return []
    }
  }

  /// "On D you offered X (note)."
  static func offerSentence(_ offer: ClaimEvent, _ record: DraftRecord, toSeller: Bool = false) -> String {
    let pick = record.language.pick
    let note = DraftRecord.safe(offer.note)
    let what = offer.amount.map { record.money($0) } ?? (note.isEmpty ? pick("a settlement", "un arrangement") : "")
    var sentence: String
    if what.isEmpty {
      sentence = pick(
        "On \(offer.date) the seller offered: \(note).", "Le \(offer.date), le vendeur a proposé : \(note).")
    } else {
      sentence =
        toSeller
        ? pick("On \(offer.date) you offered \(what)", "Le \(offer.date), vous m'avez proposé \(what)")
        : pick("On \(offer.date) the seller offered \(what)", "Le \(offer.date), le vendeur a proposé \(what)")
      if offer.amount != nil, !note.isEmpty { sentence += " (\(note))" }
      sentence += "."
    }
    return sentence
  }

  /// What the shopper will do without an answer, stated as an intention, never as a fact.
  static func closingRequest(_ kind: DraftKind, _ record: DraftRecord) -> [String] {
    let pick = record.language.pick
    let platform = record.isAliExpress ? pick("AliExpress", "d'AliExpress") : pick("the platform", "de la plateforme")
    let disputeOpen = record.has(.disputeOpened)
    switch kind {
    case .seller, .counterOffer, .followUp:
      if disputeOpen {
        return [pick("Please answer in the dispute.", "Merci de répondre dans le litige.")]
      }
      let days = kind == .followUp ? 3 : DeadlineRules.aliexpressSellerResponse.days
      return [
        pick(
          "Please reply within \(days) days; otherwise I will open a dispute with \(platform) and submit this evidence.",
          "Merci de me répondre sous \(days) jours ; à défaut, j'ouvrirai un litige auprès \(platform) avec ces preuves."
        )
      ]
    case .support:
      return [
        pick(
          "Please review the evidence and decide on the claim.",
          "Merci d'examiner les preuves et de statuer sur la réclamation.")
      ]
    case .dispute:
      return record.evidence.isEmpty
        ? []
        : [
          pick(
            "The files listed above are unchanged since I recorded them (SHA-256 given).",
            "Les fichiers listés ci-dessus sont inchangés depuis leur enregistrement (SHA-256 indiqué).")
        ]
    case .formalNotice, .chargeback, .paypalStatement, .nextRecourse:
      return []
    }
  }

  /// The problem in one sentence.
  static func problemSentence(_ problem: ProblemKind, _ language: DraftLanguage) -> String {
    switch problem {
    case .damaged: language.pick("The item arrived damaged.", "L'article est arrivé endommagé.")
    case .defective: language.pick("The item does not work.", "L'article ne fonctionne pas.")
    case .notAsDescribed:
      language.pick(
        "The item does not match the listing's description.",
        "L'article ne correspond pas à la description de l'annonce.")
    case .wrongSize:
      language.pick(
        "The item's size does not match the size ordered.",
        "La taille de l'article ne correspond pas à la taille commandée.")
    case .missingParts:
      language.pick("Parts listed in the description are missing.", "Des éléments prévus dans la description manquent.")
    case .wrongItem:
      language.pick(
        "I received a different item from the one I ordered.", "J'ai reçu un article différent de celui commandé.")
    case .notReceived: language.pick("I have not received the order.", "Je n'ai pas reçu la commande.")
    }
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  static func byteCount(_ size: Int64) -> String {
    if size < 1024 { return "\(size) B" }
    if size < 1024 * 1024 { return "\(size / 1024) KB" }
    return String(format: "%.1f MB", Double(size) / 1_048_576)
  }
}

/// Every draft `claim draft` writes: the platform drafts, then the ladder for when the platform
/// fails.
public enum DraftKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// The first message to the seller.
  case seller
  /// A request to platform support.
  case support
  /// The dispute statement.
  case dispute
  /// An answer to a logged offer, with a counter-offer.
  case counterOffer
  /// A reminder after a logged message that had no answer.
  case followUp
  /// A formal notice (mise en demeure) to a professional seller, citing the legal guarantee.
  case formalNotice
  /// A chargeback request to the card's bank.
  case chargeback
  /// The statement of a PayPal dispute or claim.
  case paypalStatement
  /// Where to turn next: SignalConso, the European Consumer Centres, the bank or PayPal.
  case nextRecourse
}

/// Why a draft cannot be written from a claim's record.
public enum DraftUnavailable: Error, Sendable, Hashable {
  /// A counter-offer needs a logged offer.
  case noOffer
  /// A follow-up needs a logged message to the seller.
  case noContact
  /// The seller answered on that day after the last message.
  case answered(CalendarDate)
  /// The legal guarantee is EU law; the buyer's country is not in the EU.
  case notEuropean(String?)
  /// A chargeback is for card payments.
  case notCard(PaymentMethod)
  /// A PayPal statement is for PayPal payments.
  case notPayPal(PaymentMethod)

  /// The reason and what to do, in `language`.
  public func message(_ language: DraftLanguage) -> String {
    let pick = language.pick
    switch self {
    case .noOffer:
      return pick(
        "no offer is logged for this claim: record it first with 'caveat claim log ID offer-received --amount AMOUNT'",
        "aucune offre n'est enregistrée pour cette réclamation : notez-la d'abord avec 'caveat claim log ID offer-received --amount MONTANT'"
      )
    case .noContact:
      return pick(
        "no message to the seller is logged: send the seller draft, then 'caveat claim log ID seller-contacted'",
        "aucun message au vendeur n'est enregistré : envoyez le brouillon seller, puis 'caveat claim log ID seller-contacted'"
      )
    case .answered(let date):
      return pick(
        "the seller answered on \(date): answer them (see the counter-offer draft) instead of a reminder",
        "le vendeur a répondu le \(date) : répondez-lui (voir le brouillon counter-offer) plutôt que de le relancer")
    case .notEuropean(let country):
      let where_ = country.map { TerminalText.sanitize($0, maxLength: 4) } ?? "?"
      return pick(
        "the legal guarantee of conformity is EU law and your country (\(where_)) is not in the EU; give --country when opening the claim if it is",
        "la garantie légale de conformité relève du droit de l'UE et votre pays (\(where_)) n'en fait pas partie")
    case .notCard(let method):
      return pick(
        "the order was paid by \(ClaimWords.payment(method, .en)): a chargeback is for card payments",
        "la commande a été payée par \(ClaimWords.payment(method, .fr)) : l'opposition bancaire concerne les paiements par carte"
      )
    case .notPayPal(let method):
      return pick(
        "the order was paid by \(ClaimWords.payment(method, .en)), not PayPal",
        "la commande a été payée par \(ClaimWords.payment(method, .fr)), pas par PayPal")
    }
  }
}

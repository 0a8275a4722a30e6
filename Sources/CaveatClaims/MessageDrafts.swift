import CaveatCore
import Foundation

/// The language of a draft.
public enum DraftLanguage: String, Sendable, Codable, Hashable, CaseIterable {
  /// English.
  case en
  /// French.
  case fr
}

/// The platform's evidence rules, per problem.
public enum EvidenceRules {
  /// What the platform expects as evidence for `problem`, in one sentence.
  public static func requirement(for problem: ProblemKind, language: DraftLanguage) -> String {
    switch (problem, language) {
    case (.defective, .en): "a video showing the item not working, with the order label in view."
    case (.defective, .fr): "une vidéo montrant que l'article ne fonctionne pas, étiquette de commande visible."
    case (.damaged, .en):
      "photos of the damage, the parcel and the packaging; if the box arrived broken, the carrier's damage report."
    case (.damaged, .fr):
      "des photos des dégâts, du colis et de l'emballage ; si le carton est arrivé abîmé, le constat du transporteur."
    case (.notAsDescribed, .en): "photos and a video showing each difference from the listing."
    case (.notAsDescribed, .fr): "des photos et une vidéo montrant chaque différence avec l'annonce."
    case (.wrongSize, .en): "the item measured flat with a ruler, plus a photo of the size label."
    case (.wrongSize, .fr): "l'article mesuré à plat avec une règle, et une photo de l'étiquette de taille."
    case (.missingParts, .en): "a photo of everything received laid out, next to the contents the listing promises."
    case (.missingParts, .fr): "une photo de tout le contenu reçu, à côté du contenu promis par l'annonce."
    case (.wrongItem, .en): "photos of the item received and its label, next to the listing."
    case (.wrongItem, .fr): "des photos de l'article reçu et de son étiquette, à côté de l'annonce."
    case (.notReceived, .en): "the tracking history; a statement from the carrier if it shows the parcel as delivered."
    case (.notReceived, .fr):
      "l'historique de suivi ; une attestation du transporteur s'il indique le colis comme livré."
    }
  }

  /// The evidence still missing for `problem`, empty when the files on record cover it.
  public static func missing(for problem: ProblemKind, evidence: [Evidence], language: DraftLanguage) -> [String] {
    let kinds = evidence.map(\.kind)
    let covered: Bool
    switch problem {
    case .defective, .notAsDescribed: covered = kinds.contains { $0.isVideo }
    case .damaged, .wrongSize, .missingParts, .wrongItem: covered = kinds.contains { $0.isImage || $0.isVideo }
    case .notReceived: covered = !kinds.isEmpty
    }
    return covered ? [] : [requirement(for: problem, language: language)]
  }
}

/// Drafts of the messages a claim needs: polite, firm, with the order's facts, the evidence and
/// the outcome asked for.
public enum MessageDrafts {
  /// Who a draft is for.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The seller, first.
    case seller
    /// Platform support, when the seller does not help.
    case support
    /// The dispute statement, following the platform's evidence rules.
    case dispute
  }

  /// A draft message of `kind` for `claim`, asking for `requesting` (by default what the problem
  /// calls for).
  public static func draft(
    kind: Kind, claim: Claim, evidence: [Evidence], language: DraftLanguage,
    requesting: ClaimOutcome? = nil
  ) -> String {
    let ask = requesting ?? defaultRequest(for: claim)
    let text: any DraftText.Type = language == .fr ? French.self : English.self
    var lines: [String] = []
    lines.append(text.greeting(kind))
    lines.append("")
    lines.append(text.opening(kind, claim))
    lines.append("")
    lines.append(text.factsHeading)
    lines.append(contentsOf: text.facts(claim).map { "- " + $0 })
    lines.append("")
    lines.append(text.problemHeading)
    lines.append(text.problem(claim.problem))
    if !claim.description.trimmingSpaces.isEmpty { lines.append(claim.description) }
    lines.append("")
    lines.append(text.evidenceHeading)
    if evidence.isEmpty {
      lines.append("- " + text.noEvidence)
    } else {
      for item in evidence {
        var line =
          "- \(fileName(item.displayPath)) (\(item.kind.rawValue), \(byteCount(item.size)), SHA-256 \(item.sha256.prefix(16))…)"
        if !item.note.isEmpty { line += ": \(item.note)" }
        lines.append(line)
      }
    }
    if kind == .dispute {
      lines.append("")
      lines.append(text.rulesLine + EvidenceRules.requirement(for: claim.problem, language: language))
      for gap in EvidenceRules.missing(for: claim.problem, evidence: evidence, language: language) {
        lines.append(text.toFollow + gap)
      }
    }
    lines.append("")
    lines.append(text.request(ask, claim))
    lines.append(text.firm(kind))
    lines.append("")
    lines.append(text.closing)
    return lines.joined(separator: "\n")
  }

  /// What a claim asks for when the shopper does not say: a full refund for a missing, wrong,
  /// defective or misdescribed item; a partial refund for missing parts or cosmetic damage.
  public static func defaultRequest(for claim: Claim) -> ClaimOutcome {
    switch claim.problem {
    case .missingParts:
      return .partialRefund(RefundOptions.suggestedPartialRefund(claim: claim, evidence: []))
    case .damaged, .defective, .notAsDescribed, .wrongSize, .wrongItem, .notReceived:
      return .fullRefund
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

/// Formats money as "12.50 EUR" (English) or "12,50 EUR" (French).
func formatted(_ money: Money, _ language: DraftLanguage = .en) -> String {
  let number = String(format: "%.2f", money.amount)
  let text = language == .fr ? number.replacingOccurrences(of: ".", with: ",") : number
  return text + " " + (money.currency ?? "")
}

private protocol DraftText {
  static func greeting(_ kind: MessageDrafts.Kind) -> String
  static func opening(_ kind: MessageDrafts.Kind, _ claim: Claim) -> String
  static var factsHeading: String { get }
  static func facts(_ claim: Claim) -> [String]
  static var problemHeading: String { get }
  static func problem(_ kind: ProblemKind) -> String
  static var evidenceHeading: String { get }
  static var noEvidence: String { get }
  static var rulesLine: String { get }
  static var toFollow: String { get }
  static func request(_ outcome: ClaimOutcome, _ claim: Claim) -> String
  static func firm(_ kind: MessageDrafts.Kind) -> String
  static var closing: String { get }
}

private enum English: DraftText {
  static func greeting(_ kind: MessageDrafts.Kind) -> String {
    kind == .seller ? "Hello," : "Hello, support team,"
  }
  static func opening(_ kind: MessageDrafts.Kind, _ claim: Claim) -> String {
    switch kind {
    case .seller:
      "I am writing about order \(claim.orderNumber), which has a problem I need you to resolve."
    case .support:
      "I am asking for your help with order \(claim.orderNumber): I contacted the seller and we have not reached a solution."
    case .dispute:
      "Dispute statement for order \(claim.orderNumber)."
    }
  }
  static let factsHeading = "Order details:"
  static func facts(_ claim: Claim) -> [String] {
    var facts = [
      "Order number: \(claim.orderNumber)", "Order date: \(claim.orderDate)",
      "Amount paid: \(formatted(claim.pricePaid))",
    ]
    if let title = claim.listing.title { facts.append("Item: \(title)") }
    if let seller = claim.listing.sellerName { facts.append("Seller: \(seller)") }
    if let tracking = claim.trackingNumber { facts.append("Tracking number: \(tracking)") }
    facts.append(claim.receivedOn.map { "Received on: \($0)" } ?? "Received: not received")
    return facts
  }
  static let problemHeading = "The problem:"
  static func problem(_ kind: ProblemKind) -> String {
    switch kind {
    case .damaged: "The item arrived damaged."
    case .defective: "The item does not work."
    case .notAsDescribed: "The item does not match the listing's description."
    case .wrongSize: "The item's size does not match the size ordered."
    case .missingParts: "Parts listed in the description are missing."
    case .wrongItem: "I received a different item from the one I ordered."
    case .notReceived: "I have not received the order."
    }
  }
  static let evidenceHeading = "Evidence:"
  static let noEvidence = "photos and video will follow."
  static let rulesLine = "Evidence provided as the platform's rules ask: "
  static let toFollow = "To follow: "
  static func request(_ outcome: ClaimOutcome, _ claim: Claim) -> String {
    switch outcome {
    case .fullRefund: "I ask for a full refund of \(formatted(claim.pricePaid))."
    case .partialRefund(let money): "I ask for a partial refund of \(formatted(money)) and will keep the item."
    case .exchange: "I ask for a replacement in working order, shipped at your cost."
    case .noRefund, .withdrawn: "I ask you to confirm in writing how this will be settled."
    }
  }
  static func firm(_ kind: MessageDrafts.Kind) -> String {
    switch kind {
    case .seller:
      "Please reply within 5 days; otherwise I will open a dispute with the platform and submit this evidence."
    case .support:
      "Please review the evidence and decide on the claim; I have kept every record of the exchange."
    case .dispute:
      "The facts and files above are complete and unchanged since I recorded them (SHA-256 given)."
    }
  }
  static let closing = "Thank you,"
}

private enum French: DraftText {
  static func greeting(_ kind: MessageDrafts.Kind) -> String {
    kind == .seller ? "Bonjour," : "Bonjour, service client,"
  }
  static func opening(_ kind: MessageDrafts.Kind, _ claim: Claim) -> String {
    switch kind {
    case .seller:
      "Je vous écris au sujet de la commande \(claim.orderNumber), qui présente un problème que je vous demande de régler."
    case .support:
      "Je sollicite votre aide pour la commande \(claim.orderNumber) : j'ai contacté le vendeur sans parvenir à une solution."
    case .dispute:
      "Déclaration de litige pour la commande \(claim.orderNumber)."
    }
  }
  static let factsHeading = "Détails de la commande :"
  static func facts(_ claim: Claim) -> [String] {
    var facts = [
      "Numéro de commande : \(claim.orderNumber)", "Date de commande : \(claim.orderDate)",
      "Montant payé : \(formatted(claim.pricePaid, .fr))",
    ]
    if let title = claim.listing.title { facts.append("Article : \(title)") }
    if let seller = claim.listing.sellerName { facts.append("Vendeur : \(seller)") }
    if let tracking = claim.trackingNumber { facts.append("Numéro de suivi : \(tracking)") }
    facts.append(claim.receivedOn.map { "Reçu le : \($0)" } ?? "Reçu : non reçu")
    return facts
  }
  static let problemHeading = "Le problème :"
  static func problem(_ kind: ProblemKind) -> String {
    switch kind {
    case .damaged: "L'article est arrivé endommagé."
    case .defective: "L'article ne fonctionne pas."
    case .notAsDescribed: "L'article ne correspond pas à la description de l'annonce."
    case .wrongSize: "La taille de l'article ne correspond pas à la taille commandée."
    case .missingParts: "Des éléments prévus dans la description manquent."
    case .wrongItem: "J'ai reçu un article différent de celui commandé."
    case .notReceived: "Je n'ai pas reçu la commande."
    }
  }
  static let evidenceHeading = "Preuves :"
  static let noEvidence = "photos et vidéo à suivre."
  static let rulesLine = "Preuves fournies selon les règles de la plateforme : "
  static let toFollow = "À suivre : "
  static func request(_ outcome: ClaimOutcome, _ claim: Claim) -> String {
    switch outcome {
    case .fullRefund: "Je demande le remboursement intégral de \(formatted(claim.pricePaid, .fr))."
    case .partialRefund(let money):
      "Je demande un remboursement partiel de \(formatted(money, .fr)) et je conserve l'article."
    case .exchange: "Je demande un remplacement en état de marche, expédié à vos frais."
    case .noRefund, .withdrawn: "Je vous demande de confirmer par écrit comment ce litige sera réglé."
    }
  }
  static func firm(_ kind: MessageDrafts.Kind) -> String {
    switch kind {
    case .seller:
      "Merci de me répondre sous 5 jours ; à défaut, j'ouvrirai un litige auprès de la plateforme avec ces preuves."
    case .support:
      "Merci d'examiner les preuves et de statuer sur la réclamation ; j'ai conservé toute trace de nos échanges."
    case .dispute:
      "Les faits et fichiers ci-dessus sont complets et inchangés depuis leur enregistrement (SHA-256 indiqué)."
    }
  }
  static let closing = "Merci,"
}

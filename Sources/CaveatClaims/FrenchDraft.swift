import CaveatCore

/// Drafts in French.
enum FrenchDraft: DraftText {
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

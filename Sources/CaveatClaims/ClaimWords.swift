import CaveatCore

/// The words the claim commands print for the model's values, in each language, so that no
/// internal name ("sellerContacted", "partialRefund") reaches a message.
public enum ClaimWords {
  /// Where a claim stands.
  public static func state(_ state: ClaimState, _ language: DraftLanguage) -> String {
    switch state {
    case .open: language.pick("open", "ouverte")
    case .sellerContacted: language.pick("seller contacted", "vendeur contacté")
    case .escalated: language.pick("with platform support", "transmise au support de la plateforme")
    case .disputeOpened: language.pick("dispute open", "litige ouvert")
    case .returnShipped: language.pick("return on its way", "retour en cours")
    case .resolved: language.pick("resolved", "réglée")
    }
  }

  /// What happened, as a timeline entry.
  public static func event(_ kind: ClaimEventKind, _ language: DraftLanguage) -> String {
    switch kind {
    case .sellerContacted: language.pick("wrote to the seller", "message au vendeur")
    case .sellerReplied: language.pick("the seller replied", "réponse du vendeur")
    case .offerReceived: language.pick("offer received", "offre reçue")
    case .returnAgreed: language.pick("return agreed", "retour accepté")
    case .escalated: language.pick("platform support asked to step in", "support de la plateforme saisi")
    case .disputeOpened: language.pick("dispute opened on the platform", "litige ouvert sur la plateforme")
    case .paymentDisputeOpened: language.pick("payment dispute opened", "litige de paiement ouvert")
    case .paymentDisputeEscalated:
      language.pick("PayPal dispute escalated to a claim", "litige PayPal transformé en réclamation")
    case .returnShipped: language.pick("item sent back", "article renvoyé")
    case .refundReceived: language.pick("refund received", "remboursement reçu")
    case .resolved: language.pick("settled", "réglée")
    case .note: language.pick("note", "note")
    }
  }

  /// What is wrong, in a few words.
  public static func problem(_ problem: ProblemKind, _ language: DraftLanguage) -> String {
    switch problem {
    case .damaged: language.pick("arrived damaged", "arrivé endommagé")
    case .defective: language.pick("does not work", "ne fonctionne pas")
    case .notAsDescribed: language.pick("not as described", "non conforme à l'annonce")
    case .wrongSize: language.pick("wrong size", "mauvaise taille")
    case .missingParts: language.pick("parts missing", "éléments manquants")
    case .wrongItem: language.pick("wrong item", "mauvais article")
    case .notReceived: language.pick("not received", "non reçu")
    }
  }

  /// How the order was paid.
  public static func payment(_ method: PaymentMethod, _ language: DraftLanguage) -> String {
    switch method {
    case .card: language.pick("card", "carte bancaire")
    case .paypal: "PayPal"
    case .platformBalance: language.pick("the platform's balance", "le solde de la plateforme")
    case .other: language.pick("another method", "un autre moyen")
    }
  }

  /// How a claim ended, with its amount.
  public static func outcome(_ outcome: ClaimOutcome, _ language: DraftLanguage) -> String {
    switch outcome {
    case .fullRefund: language.pick("full refund", "remboursement intégral")
    case .partialRefund(let money):
      language.pick("partial refund of ", "remboursement partiel de ") + formatted(money, language)
    case .exchange: language.pick("exchange", "échange")
    case .noRefund: language.pick("no refund", "aucun remboursement")
    case .withdrawn: language.pick("withdrawn", "abandonnée")
    }
  }

  /// A settlement's name.
  public static func option(_ kind: RefundOptions.Kind, _ language: DraftLanguage) -> String {
    switch kind {
    case .fullRefund: language.pick("Full refund", "Remboursement intégral")
    case .partialRefund: language.pick("Partial refund, keeping the item", "Remboursement partiel, article conservé")
    case .exchange: language.pick("Exchange", "Échange")
    }
  }

  /// The work an option takes.
  public static func effort(_ effort: RefundOptions.Effort, _ language: DraftLanguage) -> String {
    switch effort {
    case .low: language.pick("low", "faible")
    case .medium: language.pick("medium", "moyen")
    case .high: language.pick("high", "élevé")
    }
  }

  /// A deadline's status, as `show` marks it.
  public static func status(_ status: Deadline.Status, _ language: DraftLanguage) -> String {
    switch status {
    case .overdue: language.pick("OVERDUE", "DÉPASSÉ")
    case .dueSoon: language.pick("DUE SOON", "PROCHE")
    case .upcoming: language.pick("upcoming", "à venir")
    case .met: language.pick("met", "fait")
    case .toCheck: language.pick("CHECK", "À VÉRIFIER")
    }
  }

  /// What a deadline asks, in `language`: the deadline's own description in English; in French,
  /// the same rule in French (a code this version does not know keeps its English text).
  public static func deadline(_ deadline: Deadline, _ language: DraftLanguage) -> String {
    guard language == .fr else { return deadline.description }
    switch deadline.code {
    case Deadlines.disputeWindowCode:
      if deadline.source == DeadlineRules.orderPageCountdown.source {
        return "Ouvrir le litige sur la plateforme (compte à rebours de la page de commande)."
      }
      if deadline.source == DeadlineRules.aliexpressDisputeAfterReceipt.source {
        return "Ouvrir le litige : 15 jours après la réception, avant la fin de la protection."
      }
      return "Ouvrir le litige avant la fin de la protection acheteur."
    case DeadlineRules.pageReturnWindow.code: return "Demander le retour dans le délai indiqué par l'annonce."
    case DeadlineRules.aliexpressSellerResponse.code:
      return "Le vendeur doit répondre au litige ; sans réponse, demander le remboursement automatique."
    case DeadlineRules.aliexpressEscalation.code:
      return "Sans accord à cette date, la plateforme se saisit du litige : vérifier qu'il est bien transmis."
    case DeadlineRules.aliexpressReturnShipment.code:
      return "Expédier le retour accepté et noter son numéro de suivi."
    case DeadlineRules.paypalOpen.code: return "Dernier jour pour ouvrir un litige PayPal."
    case DeadlineRules.paypalEscalate.code:
      return "Transformer le litige PayPal en réclamation, sinon il se ferme sans retour possible."
    case DeadlineRules.cardChargeback.code:
      return "Demander à la banque une opposition (rétrofacturation) sur le paiement par carte."
    case DeadlineRules.euWithdrawal.code:
      if deadline.description.hasPrefix(Deadlines.extendedWithdrawalPrefix + ", 12 months") {
        return
          "Le droit de rétractation de l'UE peut s'appliquer, prolongé de 12 mois car le vendeur ne vous en a pas informé : renvoyer l'article sans motif."
      }
      return "Le droit de rétractation de l'UE peut s'appliquer : renvoyer l'article sans motif (retour à vos frais)."
    case DeadlineRules.legalGuarantee.code:
      return
        "La garantie légale de l'UE peut s'appliquer : demander au vendeur réparation, remplacement ou remboursement."
    case DeadlineRules.franceGuarantee.code:
      return "La garantie légale de conformité peut s'appliquer : demander au vendeur la réparation ou le remplacement."
    case "refund.arrival": return "Le remboursement aurait dû arriver ; sinon, le réclamer."
    case Deadlines.sellerAnswerCode:
      return "Réponse attendue du vendeur ; sans réponse, saisir le support de la plateforme ou ouvrir le litige."
    case WatchDeadlines.protectionCode:
      return
        "Fin de la protection acheteur : vérifiez l'article avant de confirmer la réception, et signalez tout problème avant cette date."
    case WatchDeadlines.deliveryCode:
      return
        "Livraison prévue : vérifiez l'article avant de confirmer la réception ; si rien n'est arrivé, ouvrez une réclamation (not-received)."
    case DeadlineRules.amazonAtoZ.code:
      return "Dernier jour pour demander un remboursement au titre de la garantie A à Z d'Amazon."
    case DeadlineRules.ebayMoneyBack.code:
      return "Dernier jour pour demander un remboursement au titre de la garantie client eBay."
    case DeliveryDay.carrierProtestCode:
      return "Envoyer au transporteur une protestation motivée (lettre recommandée)."
    default: return deadline.description
    }
  }
}

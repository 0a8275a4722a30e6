import CaveatCore

extension Deadlines {
  /// The one thing to do next, with the deadline that drives it, in `language`.
  ///
  /// A payment dispute that is open comes before the platform's dispute window (once PayPal
  /// or the bank holds the case, a closed platform window no longer matters); a parcel that just
  /// arrived damaged gets the delivery-day steps; AliExpress escalates a dispute by itself, so
  /// its escalation date is something to check, not an order.
  public static func nextStep(
    for claim: Claim, events: [ClaimEvent], evidence: [Evidence], today: CalendarDate,
    language: DraftLanguage = .en
  ) -> NextStep {
    let pick = language.pick
    let deadlines = compute(for: claim, events: events, today: today)
    let ownEvents = events.filter { claim.id == nil || $0.claimID == claim.id }.sorted { $0.date < $1.date }
    func deadline(_ code: String) -> Deadline? { deadlines.first { $0.code == code } }
    func logged(_ kind: ClaimEventKind) -> ClaimEvent? { ownEvents.last { $0.kind == kind } }
    let id = claim.id.map(String.init) ?? "ID"
    let window = deadline(disputeWindowCode)
    let platformName =
      claim.platform.lowercased().contains("aliexpress") ? "AliExpress" : pick("the platform", "la plateforme")

    if claim.state == .resolved {
      if let refund = deadline("refund.arrival"), refund.status != .met {
        if refund.status == .overdue {
          return NextStep(
            text: pick(
              "The refund was due by \(refund.date): contact platform support, then your bank, with the resolution.",
              "Le remboursement était attendu au plus tard le \(refund.date) : contactez le support de la plateforme, puis votre banque, avec la décision."
            ),
            deadline: refund, urgent: true)
        }
        return NextStep(
          text: pick(
            "Wait for the refund until \(refund.date), then record it.",
            "Attendez le remboursement jusqu'au \(refund.date), puis enregistrez-le."),
          deadline: refund, urgent: false)
      }
      return NextStep(
        text: pick("Nothing left to do. Keep the evidence files.", "Plus rien à faire. Gardez les fichiers de preuve."),
        deadline: nil, urgent: false)
    }
    if let returnShip = deadline(DeadlineRules.aliexpressReturnShipment.code), returnShip.status != .met {
      return NextStep(
        text: pick(
          "Ship the agreed return by \(returnShip.date) and record its tracking number.",
          "Expédiez le retour accepté au plus tard le \(returnShip.date) et notez son numéro de suivi."),
        deadline: returnShip, urgent: returnShip.status != .upcoming)
    }

    // A payment dispute already open: PayPal's escalation or the bank's answer drives the claim.
    if let paymentDispute = logged(.paymentDisputeOpened) {
      if claim.paymentMethod == .paypal, logged(.paymentDisputeEscalated) == nil,
        let escalate = deadline(DeadlineRules.paypalEscalate.code)
      {
        switch escalate.status {
        case .overdue:
          return NextStep(
            text: pick(
              "The PayPal dispute should have been escalated to a claim by \(escalate.date): check in PayPal whether it is still open and escalate it at once.",
              "Le litige PayPal devait être transformé en réclamation au plus tard le \(escalate.date) : vérifiez dans PayPal s'il est encore ouvert et transformez-le immédiatement."
            ),
            deadline: escalate, urgent: true)
        case .dueSoon:
          return NextStep(
            text: pick(
              "Escalate the PayPal dispute to a claim by \(escalate.date) (see 'caveat claim draft \(id) paypal-statement').",
              "Transformez le litige PayPal en réclamation au plus tard le \(escalate.date) (voir 'caveat claim draft \(id) paypal-statement')."
            ),
            deadline: escalate, urgent: true)
        case .upcoming, .met, .toCheck:
          return NextStep(
            text: pick(
              "The PayPal dispute is open since \(paymentDispute.date): without an agreement, escalate it to a claim by \(escalate.date).",
              "Le litige PayPal est ouvert depuis le \(paymentDispute.date) : sans accord, transformez-le en réclamation au plus tard le \(escalate.date)."
            ),
            deadline: escalate, urgent: false)
        }
      }
      return NextStep(
        text: pick(
          "The payment dispute is open since \(paymentDispute.date): answer every request from \(claim.paymentMethod == .paypal ? "PayPal" : "your bank") and record the decision.",
          "Le litige de paiement est ouvert depuis le \(paymentDispute.date) : répondez à chaque demande \(claim.paymentMethod == .paypal ? "de PayPal" : "de votre banque") et notez la décision."
        ),
        deadline: nil, urgent: false)
    }

    if DeliveryDay.applies(claim: claim, evidence: evidence, today: today) {
      let first = DeliveryDay.deadlines(claim: claim, events: events, today: today).first
      return NextStep(
        text: pick(
          "Delivery day: before opening the parcel, photograph it and its label, weigh it against the label's weight, film the opening in one take and keep the packaging (the steps are in 'caveat claim show \(id)').",
          "Jour de livraison : avant d'ouvrir le colis, photographiez-le avec son étiquette, pesez-le et comparez au poids de l'étiquette, filmez l'ouverture en une seule prise et gardez l'emballage (les étapes sont dans 'caveat claim show \(id)')."
        ),
        deadline: first, urgent: true)
    }

    if let window, window.status == .overdue {
      let fallback = deadlines.first {
        [DeadlineRules.paypalOpen.code, DeadlineRules.cardChargeback.code].contains($0.code)
          && $0.status != .overdue && $0.status != .met
      }
      if let fallback {
        let paypal = fallback.code == DeadlineRules.paypalOpen.code
        return NextStep(
          text: pick(
            "The dispute window on \(platformName) closed on \(window.date): open a \(paypal ? "PayPal dispute" : "card chargeback") before \(fallback.date) (see 'caveat claim draft \(id) \(paypal ? "paypal-statement" : "chargeback")').",
            "Le délai de litige sur \(platformName) a expiré le \(window.date) : ouvrez \(paypal ? "un litige PayPal" : "une demande de rétrofacturation auprès de la banque") avant le \(fallback.date) (voir 'caveat claim draft \(id) \(paypal ? "paypal-statement" : "chargeback")')."
          ),
          deadline: fallback, urgent: true)
      }
      return NextStep(
        text: pick(
          "The dispute window on \(platformName) closed on \(window.date): ask platform support anyway, then see 'caveat claim draft \(id) next-recourse' for what remains.",
          "Le délai de litige sur \(platformName) a expiré le \(window.date) : sollicitez quand même le support de la plateforme, puis voyez 'caveat claim draft \(id) next-recourse' pour les recours restants."
        ),
        deadline: window, urgent: true)
    }

    switch claim.state {
    case .open, .sellerContacted:
      if evidence.isEmpty {
        return NextStep(
          text: pick("Document the problem: ", "Documentez le problème : ")
            + EvidenceRules.requirement(for: claim.problem, language: language),
          deadline: window, urgent: window?.status == .dueSoon)
      }
      if let window, window.status == .dueSoon {
        return NextStep(
          text: pick(
            "Open the dispute now: the window closes on \(window.date).",
            "Ouvrez le litige maintenant : le délai expire le \(window.date)."),
          deadline: window, urgent: true)
      }
      if claim.state == .open {
        return NextStep(
          text: pick(
            "Message the seller ('caveat claim draft \(id) seller') and record it with 'caveat claim log \(id) seller-contacted'.",
            "Écrivez au vendeur ('caveat claim draft \(id) seller') et notez-le avec 'caveat claim log \(id) seller-contacted'."
          ),
          deadline: window, urgent: false)
      }
      let contacted = logged(.sellerContacted)?.date ?? claim.createdOn
      let offer = ownEvents.last { $0.kind == .offerReceived && $0.date >= contacted }
      let replied = ownEvents.contains { [.sellerReplied, .offerReceived].contains($0.kind) && $0.date >= contacted }
      let waitUntil = contacted.plus(days: DeadlineRules.aliexpressSellerResponse.days)
      let windowText =
        window.map { pick(", and open the dispute before \($0.date)", ", et ouvrez le litige avant le \($0.date)") }
        ?? ""
      if let offer {
        let amount = offer.amount.map { " " + formatted($0, language) } ?? ""
        return NextStep(
          text: pick(
            "The seller offered\(amount) on \(offer.date): compare it with 'caveat claim options \(id)', then accept it or answer with 'caveat claim draft \(id) counter-offer'\(windowText).",
            "Le vendeur a proposé\(amount) le \(offer.date) : comparez avec 'caveat claim options \(id)', puis acceptez ou répondez avec 'caveat claim draft \(id) counter-offer'\(windowText)."
          ),
          deadline: window, urgent: false)
      }
      if !replied, today > waitUntil {
        return NextStep(
          text: pick(
            "The seller has not answered since \(contacted): send a reminder ('caveat claim draft \(id) follow-up'), or escalate to platform support or open the dispute.",
            "Le vendeur n'a pas répondu depuis le \(contacted) : relancez-le ('caveat claim draft \(id) follow-up'), ou saisissez le support de la plateforme, ou ouvrez le litige."
          ),
          deadline: window, urgent: true)
      }
      return NextStep(
        text: replied
          ? pick(
            "Weigh the seller's answer against 'caveat claim options \(id)'\(windowText).",
            "Comparez la réponse du vendeur avec 'caveat claim options \(id)'\(windowText).")
          : pick(
            "Wait for the seller's answer until \(waitUntil)\(windowText).",
            "Attendez la réponse du vendeur jusqu'au \(waitUntil)\(windowText)."),
        deadline: window, urgent: false)
    case .escalated, .disputeOpened:
      if let reply = deadline(DeadlineRules.aliexpressSellerResponse.code), reply.status == .overdue {
        return NextStep(
          text: pick(
            "The seller did not answer the dispute by \(reply.date): ask platform support for the automatic refund.",
            "Le vendeur n'a pas répondu au litige au plus tard le \(reply.date) : demandez au support de la plateforme le remboursement automatique."
          ),
          deadline: reply, urgent: true)
      }
      // AliExpress escalates by itself; an `escalated` event logged on any day settles it.
      if let escalation = deadline(DeadlineRules.aliexpressEscalation.code), escalation.status == .toCheck {
        return NextStep(
          text: pick(
            "Without agreement, AliExpress escalates the dispute by itself (due on \(escalation.date)): check on the order page that platform support has it, then record it with 'caveat claim log \(id) escalated'.",
            "Sans accord, AliExpress transmet le litige de lui-même (prévu le \(escalation.date)) : vérifiez sur la page de commande que le support de la plateforme l'a repris, puis notez-le avec 'caveat claim log \(id) escalated'."
          ),
          deadline: escalation, urgent: false)
      }
      let missing = EvidenceRules.missing(for: claim.problem, evidence: evidence, language: language)
      if let first = missing.first {
        return NextStep(
          text: pick("Add the evidence the platform asks for: ", "Ajoutez les preuves que demande la plateforme : ")
            + first,
          deadline: nil, urgent: false)
      }
      if let offer = logged(.offerReceived), offer.date >= (logged(.disputeOpened)?.date ?? .minimum) {
        return NextStep(
          text: pick(
            "An offer was logged on \(offer.date): accept it or answer with 'caveat claim draft \(id) counter-offer'.",
            "Une offre a été notée le \(offer.date) : acceptez-la ou répondez avec 'caveat claim draft \(id) counter-offer'."
          ),
          deadline: nil, urgent: false)
      }
      return NextStep(
        text: pick(
          "Wait for the seller's or the platform's answer and record it.",
          "Attendez la réponse du vendeur ou de la plateforme et notez-la."),
        deadline: nil, urgent: false)
    case .returnShipped:
      return NextStep(
        text: pick(
          "Wait for the seller to confirm the return, then record the refund.",
          "Attendez que le vendeur confirme le retour, puis notez le remboursement."),
        deadline: nil, urgent: false)
    case .resolved:
      return NextStep(text: pick("Nothing left to do.", "Plus rien à faire."), deadline: nil, urgent: false)
    }
  }
}

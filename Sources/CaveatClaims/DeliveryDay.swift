import CaveatCore

/// The steps for the day a parcel arrives damaged, before it is opened: what to record, the
/// reservation to make with the carrier, and the deadlines that start that day.
public enum DeliveryDay {
  /// The code of the carrier-protest deadline (France, Code de commerce L133-3).
  public static let carrierProtestCode = "fr.carrier.protest"

  /// Days the recipient has to send the carrier a reasoned protest in France (public holidays
  /// not counted), after which the action against the carrier for damage is lost.
  public static let carrierProtestDays = 3

  /// The source of the carrier-protest rule.
  public static let carrierProtestSource = "Code de commerce, article L133-3 (legifrance.gouv.fr)"

  /// The source of the transport-risk rule.
  public static let transportRiskSource = "Code de la consommation, article L216-2 (legifrance.gouv.fr)"

  /// Whether the delivery-day steps apply: a parcel received damaged, within the carrier-protest
  /// days, with no photo or video on record yet.
  public static func applies(claim: Claim, evidence: [Evidence], today: CalendarDate) -> Bool {
    guard claim.problem == .damaged, claim.state != .resolved, let received = claim.receivedOn else { return false }
    let recorded = evidence.contains { $0.kind.isImage || $0.kind.isVideo }
    return !recorded && today >= received && received.days(until: today) <= carrierProtestDays
  }

  /// The steps, in the order to do them.
  public static func steps(claim: Claim, language: DraftLanguage) -> [String] {
    let pick = language.pick
    let french = claim.buyerCountry?.uppercased() == "FR"
    var steps = [
      pick(
        "Before opening it, photograph the parcel on every side, the damage and the shipping label (the label legible).",
        "Avant de l'ouvrir, photographiez le colis sous toutes ses faces, les dégâts et l'étiquette d'expédition (lisible)."
      ),
      pick(
        "Weigh the unopened parcel and compare with the weight on the label; photograph the scale's reading next to the label.",
        "Pesez le colis fermé et comparez avec le poids indiqué sur l'étiquette ; photographiez l'affichage de la balance à côté de l'étiquette."
      ),
      pick(
        "Film the opening in one take, without cuts, from the closed parcel to the item, label in view.",
        "Filmez l'ouverture en une seule prise, sans coupure, du colis fermé jusqu'à l'article, étiquette visible."),
      pick(
        "Keep the box, the packing and the label until the claim is settled.",
        "Gardez le carton, le calage et l'étiquette jusqu'au règlement de la réclamation."),
      pick(
        "If the carrier is still there, write precise reservations on the delivery slip or device (\"box crushed on one corner\", not \"subject to checking\"), or refuse the parcel.",
        "Si le livreur est encore là, écrivez des réserves précises sur le bon ou le terminal de livraison (« carton écrasé sur un coin », pas « sous réserve de déballage »), ou refusez le colis."
      ),
    ]
    if french {
      steps.append(
        pick(
          "Within \(carrierProtestDays) days (public holidays not counted), you can send the carrier a reasoned protest by registered letter (Code de commerce, article L133-3); after that the action against the carrier for this damage is lost.",
          "Dans les \(carrierProtestDays) jours (jours fériés non compris), vous pouvez adresser au transporteur une protestation motivée par lettre recommandée (article L133-3 du Code de commerce) ; passé ce délai, l'action contre le transporteur pour ce dommage est perdue."
        ))
      steps.append(
        pick(
          "With a professional seller you need not pursue the carrier: the seller bears the transport risk until you take the goods (Code de la consommation, article L216-2), and the drafts say so.",
          "Face à un vendeur professionnel, vous n'avez pas à poursuivre le transporteur : le vendeur supporte le risque du transport jusqu'à ce que vous preniez possession du bien (article L216-2 du Code de la consommation), et les brouillons le lui rappellent."
        ))
    } else {
      steps.append(
        pick(
          "Ask the carrier for a damage report if it offers one, and record it as evidence (note \"carrier report\").",
          "Demandez au transporteur un constat d'avarie s'il en propose un, et enregistrez-le comme preuve (note « constat transporteur »)."
        ))
    }
    steps.append(
      pick(
        "Record the files with 'caveat claim evidence add ID FILES --note \"as delivered\"'.",
        "Enregistrez les fichiers avec 'caveat claim evidence add ID FICHIERS --note \"à la livraison\"'."))
    return steps
  }

  /// The deadlines that start on the delivery day: the carrier protest (France), and every
  /// deadline of the claim counted from receipt, earliest first.
  public static func deadlines(claim: Claim, events: [ClaimEvent], today: CalendarDate) -> [Deadline] {
    guard let received = claim.receivedOn else { return [] }
    let context = DeadlineContext(claim: claim, events: events, today: today)
    var result: [Deadline] = []
    if claim.buyerCountry?.uppercased() == "FR" {
      result.append(
        context.deadline(
          carrierProtestCode, received.plus(days: carrierProtestDays),
          "Send the carrier a reasoned protest by registered letter (public holidays not counted).",
          carrierProtestSource, met: false))
    }
    let fromReceipt: Set<String> = [
      DeadlineRules.pageReturnWindow.code, DeadlineRules.euWithdrawal.code, DeadlineRules.legalGuarantee.code,
      DeadlineRules.franceGuarantee.code,
    ]
    for deadline in Deadlines.compute(for: claim, events: events, today: today) {
      let afterReceipt =
        deadline.code == Deadlines.disputeWindowCode
        && deadline.source == DeadlineRules.aliexpressDisputeAfterReceipt.source
      if fromReceipt.contains(deadline.code) || afterReceipt { result.append(deadline) }
    }
    return result.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
  }
}

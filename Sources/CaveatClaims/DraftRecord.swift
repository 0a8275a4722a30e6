import CaveatCore

/// What a claim's record shows, read once for the drafts: every sentence a draft asserts about
/// the past comes from here, so that nothing unlogged is stated. User text is made terminal-safe
/// here (``TerminalText/sanitize(_:maxLength:)``), so a draft never carries a control character.
struct DraftRecord {
  let claim: Claim
  /// The claim's own events, oldest first.
  let events: [ClaimEvent]
  let evidence: [Evidence]
  let language: DraftLanguage

  init(claim: Claim, events: [ClaimEvent], evidence: [Evidence], language: DraftLanguage) {
    self.claim = claim
    self.events = events.filter { claim.id == nil || $0.claimID == claim.id }.sorted { $0.date < $1.date }
    self.evidence = evidence
    self.language = language
  }

  /// User or page text, safe for a draft.
  static func safe(_ text: String, max: Int = 300) -> String {
    TerminalText.sanitize(text.trimmingSpaces, maxLength: max)
  }

  func last(_ kind: ClaimEventKind) -> ClaimEvent? { events.last { $0.kind == kind } }
  func first(_ kind: ClaimEventKind) -> ClaimEvent? { events.first { $0.kind == kind } }
  func has(_ kind: ClaimEventKind) -> Bool { events.contains { $0.kind == kind } }

  /// The last message to the seller, when one was logged.
  var contacted: ClaimEvent? { last(.sellerContacted) }
  /// The last offer, when one was logged.
  var offer: ClaimEvent? { last(.offerReceived) }
  /// Whether the seller answered (or offered) after the last message to them.
  var answeredSinceContact: Bool {
    guard let contacted else { return false }
    return events.contains { [.sellerReplied, .offerReceived].contains($0.kind) && $0.date >= contacted.date }
  }

  /// Whether French consumer law is the buyer's (a buyer in France).
  var french: Bool { claim.buyerCountry?.uppercased() == "FR" }
  /// Whether the buyer is in the EU (or paid in euros with no country given).
  var european: Bool { Deadlines.mayApplyEULaw(claim) }
  /// Whether the claim is about AliExpress.
  var isAliExpress: Bool { claim.platform.lowercased().contains("aliexpress") }
  /// Whether transport risk stays with the professional seller until delivery (France,
  /// Code de la consommation L216-2), which matters when the parcel was damaged or lost.
  var sellerBearsTransportRisk: Bool { french && [.damaged, .notReceived].contains(claim.problem) }

  /// The order number, terminal-safe.
  var order: String { Self.safe(claim.orderNumber, max: 80) }

  /// An amount in the draft's language.
  func money(_ money: Money) -> String { formatted(money, language) }

  // MARK: Evidence

  var photos: [Evidence] { evidence.filter { $0.kind.isImage } }
  var videos: [Evidence] { evidence.filter { $0.kind.isVideo } }
  /// A file the shopper described as the carrier's report or reservation.
  var carrierReport: Evidence? {
    let words = ["carrier", "transporteur", "constat", "réserve", "reserve", "reservation", "damage report"]
    return evidence.first { item in
      let text = (item.note + " " + item.displayPath).lowercased()
      return words.contains { text.contains($0) }
    }
  }

  /// The evidence the problem calls for that is not on record, each as "to follow".
  var evidenceToFollow: [String] {
    var gaps: [String] = []
    let pick = language.pick
    switch claim.problem {
    case .damaged:
      if photos.isEmpty {
        gaps.append(
          pick("photos of the damage, the parcel and its packaging", "photos des dégâts, du colis et de l'emballage"))
      }
      if videos.isEmpty { gaps.append(pick("a video of the opening", "une vidéo de l'ouverture du colis")) }
      if carrierReport == nil, !sellerBearsTransportRisk {
        gaps.append(pick("the carrier's damage report", "le constat d'avarie du transporteur"))
      }
    case .defective:
      if videos.isEmpty {
        gaps.append(pick("a video showing the item not working", "une vidéo montrant que l'article ne fonctionne pas"))
      }
    case .notAsDescribed:
      if videos.isEmpty && photos.isEmpty {
        gaps.append(
          pick(
            "photos and a video of each difference from the listing",
            "photos et vidéo de chaque différence avec l'annonce"))
      }
    case .wrongSize:
      if photos.isEmpty {
        gaps.append(
          pick(
            "a photo of the item measured flat with a ruler and of its size label",
            "une photo de l'article mesuré à plat et de son étiquette de taille"))
      }
    case .missingParts:
      if photos.isEmpty {
        gaps.append(pick("a photo of everything received, laid out", "une photo de tout le contenu reçu"))
      }
    case .wrongItem:
      if photos.isEmpty {
        gaps.append(pick("photos of the item received and its label", "photos de l'article reçu et de son étiquette"))
      }
    case .notReceived:
      if evidence.isEmpty { gaps.append(pick("the tracking history", "l'historique de suivi")) }
    }
    return gaps
  }

  /// The evidence lines of a draft: each file on record, then what is to follow.
  var evidenceLines: [String] {
    var lines = evidence.map { item in
      var line =
        "- \(Self.safe(MessageDrafts.fileName(item.displayPath), max: 120)) (\(kindName(item.kind)), \(MessageDrafts.byteCount(item.size)), SHA-256 \(item.sha256.prefix(16))…)"
      if !item.note.trimmingSpaces.isEmpty { line += language.pick(": ", " : ") + Self.safe(item.note) }
      return line
    }
    if lines.isEmpty {
      lines.append("- " + language.pick("No file attached yet.", "Aucun fichier joint pour l'instant."))
    }
    for gap in evidenceToFollow { lines.append("- " + language.pick("To follow: ", "À suivre : ") + gap + ".") }
    return lines
  }

  func kindName(_ kind: EvidenceKind) -> String {
    if kind.isImage { return language.pick("photo", "photo") }
    if kind.isVideo { return language.pick("video", "vidéo") }
    switch kind {
    case .pdf: return "PDF"
    case .text: return language.pick("text", "texte")
    case .zip: return "ZIP"
    default: return language.pick("file", "fichier")
    }
  }

  // MARK: Timeline

  /// The logged events as dated sentences, notes included; empty when nothing was logged.
  var timelineLines: [String] {
    events.compactMap { event in
      guard event.kind != .note, event.kind != .resolved else { return nil }
      var line = "- \(event.date)" + language.pick(": ", " : ") + ClaimWords.event(event.kind, language)
      if let amount = event.amount { line += " (\(money(amount)))" }
      let note = Self.safe(event.note)
      if !note.isEmpty { line += " — " + note }
      return line
    }
  }

  /// The order's facts, each from the claim.
  var factLines: [String] {
    let pick = language.pick
    var facts = [
      pick("Order number: ", "Numéro de commande : ") + order,
      pick("Order date: ", "Date de commande : ") + claim.orderDate.description,
      pick("Amount paid: ", "Montant payé : ") + money(claim.pricePaid) + " ("
        + ClaimWords.payment(claim.paymentMethod, language) + ")",
    ]
    if let title = claim.listing.title { facts.append(pick("Item: ", "Article : ") + Self.safe(title, max: 200)) }
    if let seller = claim.listing.sellerName {
      facts.append(pick("Seller: ", "Vendeur : ") + Self.safe(seller, max: 120))
    }
    if let tracking = claim.trackingNumber {
      facts.append(pick("Tracking number: ", "Numéro de suivi : ") + Self.safe(tracking, max: 80))
    }
    facts.append(
      claim.receivedOn.map { pick("Received on: ", "Reçu le : ") + $0.description }
        ?? pick("Received: not received", "Reçu : non reçu"))
    return facts.map { "- " + $0 }
  }

  /// The problem, then the shopper's own words.
  var problemLines: [String] {
    var lines = [MessageDrafts.problemSentence(claim.problem, language)]
    if claim.problem == .notAsDescribed, let specs = claim.listing.asSold, !specs.isEmpty {
      // What the listing promised, as it was recorded from the saved page.
      let promised = specs.prefix(12).map { Self.safe($0.name, max: 80) + ": " + Self.safe($0.value, max: 200) }
      lines.append(
        language.pick("The listing stated: ", "L'annonce indiquait : ") + promised.joined(separator: "; ") + ".")
    }
    let description = Self.safe(claim.description, max: 2_000)
    if !description.isEmpty { lines.append(description) }
    return lines
  }

  /// The sentence on transport risk for a French buyer whose parcel was damaged or lost.
  var transportRiskLine: String? {
    guard sellerBearsTransportRisk else { return nil }
    return language.pick(
      "As the professional seller, you bear the risk of loss or damage until I take physical possession of the goods (French Code de la consommation, article L216-2): settling damage in transit is yours to do, not mine to claim from the carrier.",
      "En tant que vendeur professionnel, vous supportez le risque de perte ou d'endommagement jusqu'à ce que je prenne physiquement possession du bien (article L216-2 du Code de la consommation) : c'est à vous, et non à moi, de régler le dommage survenu pendant le transport."
    )
  }
}

import CaveatCore
import Foundation

/// Everything that can go wrong in the claim workflow, each naming the field or file at fault.
public enum ClaimError: Error, LocalizedError, Equatable, Sendable {
  /// A field's value is not acceptable; `reason` says why.
  case invalidField(field: String, reason: ClaimReason)
  /// A date that does not exist in the calendar (2023-02-29) or is not `YYYY-MM-DD`.
  case impossibleDate(field: String, text: String)
  /// An evidence file that cannot be recorded; `reason` says why.
  case evidenceRefused(path: String, reason: ClaimReason)
  /// No claim has this identifier.
  case claimNotFound(id: Int64)
  /// No order watch has this identifier.
  case watchNotFound(id: Int64)
  /// The event does not fit the claim's state (anything but a note after resolution).
  case illegalTransition(from: ClaimState, event: ClaimEventKind)
  /// Another process holds the store and did not let go within the busy timeout.
  case storeBusy
  /// The store's file or folder cannot be written.
  case storeReadOnly
  /// The disk holding the store is full.
  case diskFull
  /// The store cannot be opened or read; `reason` is SQLite's (or the system's) own message, in
  /// English whatever the language.
  case storeFailure(path: String, reason: String)
  /// A stored row holds a value this version cannot read.
  case corruptRecord(table: String, id: Int64, field: String)
  /// No store at `path` (a command that only reads never creates one).
  case storeMissing(path: String)
  /// The file at `path` is not a claim store, or is damaged; `reason` says how.
  case storeCorrupt(path: String, reason: ClaimReason)
  /// The same order or the same evidence file is already recorded; `reason` names it.
  case duplicate(field: String, reason: ClaimReason)
  /// An evidence file larger than the limit the store accepts.
  case evidenceTooLarge(path: String, size: Int64, limit: Int64)

  /// A sentence for the shopper that names the field, file or store at fault, in English, the
  /// field by its name in the model ("receivedOn"); ``message(in:option:)`` names it in words.
  public var errorDescription: String? {
    if case .duplicate(let field, let reason) = self { return "\(field): \(reason)" }
    return message(in: .en, option: { $0 })
  }
}

extension ClaimError {
  /// The message in `language`, naming the field, file or store at fault: a field is named by
  /// `option` (how the caller's user typed it, such as a command-line option "--received") or,
  /// when that gives nil, in words (``fieldName(_:in:)``). A duplicate ends by saying that
  /// nothing was recorded. Neither language shows an internal name: a refused step names its event
  /// and state in words (``ClaimWords``).
  public func message(in language: DraftLanguage, option: (String) -> String? = { _ in nil }) -> String {
    func name(_ field: String) -> String { option(field) ?? Self.fieldName(field, in: language) }
    let pick = language.pick
    switch self {
    case .invalidField(let field, let reason):
      return pick("\(name(field)): ", "\(name(field)) : ") + reason.text(in: language)
    case .impossibleDate(let field, let text):
      return pick(
        "\(name(field)): '\(text)' is not a real calendar date (expected YYYY-MM-DD)",
        "\(name(field)) : « \(text) » n'est pas une date du calendrier (format attendu AAAA-MM-JJ)")
    case .duplicate(let field, let reason):
      return pick("\(name(field)): ", "\(name(field)) : ") + reason.text(in: language)
        + pick("; nothing was recorded", " ; rien n'a été enregistré")
    case .evidenceRefused(let path, let reason):
      return pick("evidence \(path): ", "preuve \(path) : ") + reason.text(in: language)
    case .claimNotFound(let id):
      return pick(
        "claim \(id): no such claim in the store", "réclamation \(id) : aucune réclamation de ce numéro dans la base")
    case .watchNotFound(let id):
      return pick(
        "watch \(id): no such order watch in the store",
        "suivi \(id) : aucun suivi de commande de ce numéro dans la base")
    case .illegalTransition(let from, let event):
      if event == .resolved, from == .resolved {
        return pick("state: this claim is already resolved", "état : cette réclamation est déjà réglée")
      }
      return pick(
        "state: cannot record “\(ClaimWords.event(event, .en))” on a claim that is \(ClaimWords.state(from, .en))",
        "état : impossible de noter « \(ClaimWords.event(event, .fr)) » sur une réclamation à l'état « "
          + ClaimWords.state(from, .fr) + " »")
    case .storeBusy:
      return pick(
        "store is busy: another caveat process is writing to it; try again in a moment",
        "base occupée : un autre processus caveat y écrit ; réessayez dans un instant")
    case .storeReadOnly:
      return pick(
        "store is read-only: check the permissions of the claims file and its folder",
        "base en lecture seule : vérifiez les droits du fichier des réclamations et de son dossier")
    case .diskFull:
      return pick(
        "disk full: the claim store could not be written; nothing was changed",
        "disque plein : la base des réclamations n'a pas pu être écrite ; rien n'a été modifié")
    case .storeFailure(let path, let reason):
      return pick("store \(path): ", "base \(path) : ") + reason
    case .corruptRecord(let table, let id, let field):
      return pick(
        "store: \(table) row \(id) has an unreadable \(field)",
        "base : la ligne \(id) \(Self.tableName(table)) a une valeur illisible (colonne \(field))")
    case .storeMissing(let path):
      return pick(
        "store \(path): no claim store there yet (nothing was created)",
        "base \(path) : pas encore de base des réclamations à cet endroit (rien n'a été créé)")
    case .storeCorrupt(let path, let reason):
      return pick(
        "store \(path): not a readable claim store: ", "base \(path) : pas une base des réclamations lisible : ")
        + reason.text(in: language)
    case .evidenceTooLarge(let path, let size, let limit):
      return pick(
        "evidence \(path): \(ByteCount.text(size)) is more than the \(ByteCount.text(limit)) an evidence file may have; "
          + "cut the video or keep the file elsewhere",
        "preuve \(path) : \(ByteCount.text(size, language)) dépasse les \(ByteCount.text(limit, language)) "
          + "permis pour une preuve ; coupez la vidéo ou gardez le fichier ailleurs")
    }
  }

  /// A field of the model in words, for messages: "receivedOn" is "receipt date" in English and
  /// "date de réception" in French. A name it does not know (a command-line option such as
  /// "--on", a variable such as HOME) is returned as it is.
  public static func fieldName(_ field: String, in language: DraftLanguage) -> String {
    guard let words = fieldWords[field] else { return field }
    return language.pick(words.0, words.1)
  }

  /// Every field the library names in its errors, with its words in English and French.
  static let fieldWords: [String: (String, String)] = [
    "orderNumber": ("order number", "numéro de commande"), "platform": ("platform", "plateforme"),
    "pricePaid": ("price paid", "prix payé"),
    "pricePaid.currency": ("currency of the price paid", "devise du prix payé"),
    "trackingNumber": ("tracking number", "numéro de suivi"), "description": ("description", "description"),
    "listing.title": ("listing title", "titre de l'annonce"),
    "listing.url": ("listing address", "adresse de l'annonce"),
    "listing.sellerName": ("seller name", "nom du vendeur"),
    "listing.sellerID": ("seller identifier", "identifiant du vendeur"),
    "buyerCountry": ("buyer's country", "pays de l'acheteur"), "receivedOn": ("receipt date", "date de réception"),
    "shippedOn": ("shipping date", "date d'expédition"), "orderDate": ("order date", "date de commande"),
    "disputeDeadline": ("dispute deadline", "date limite du litige"),
    "terms.returnWindowDays": ("the page's return window", "le délai de retour de la page"),
    "terms.buyerProtectionDays": ("the page's buyer protection", "la protection acheteur de la page"),
    "event.date": ("event date", "date de l'événement"), "event.amount": ("event amount", "montant de l'événement"),
    "event.note": ("note", "note"), "event.kind": ("event", "événement"), "evidence.note": ("note", "note"),
    "note": ("note", "note"), "outcome.amount": ("refund amount", "montant du remboursement"),
    "resolvedOn": ("settlement date", "date de règlement"), "watch": ("order watch", "suivi de commande"),
    "evidence": ("evidence", "preuve"),
  ]

  /// A table of the store in French words, after "la ligne 3": "des réclamations".
  static func tableName(_ table: String) -> String {
    switch table {
    case "claims": "des réclamations"
    case "claim_events": "de l'historique des réclamations"
    case "evidence": "des preuves"
    case "order_watches": "des suivis de commande"
    default: "de la table \(table)"
    }
  }
}

/// Why a value, a file or a store was refused, in English and in French.
public struct ClaimReason: Sendable, Hashable, CustomStringConvertible {
  /// The reason in English.
  public var english: String
  /// The reason in French.
  public var french: String

  /// A reason given in both languages.
  public init(_ english: String, fr french: String) {
    self.english = english
    self.french = french
  }

  /// A reason that reads the same in every language: a system's or SQLite's own message.
  public static func verbatim(_ text: String) -> ClaimReason { ClaimReason(text, fr: text) }

  /// The reason in `language`.
  public func text(in language: DraftLanguage) -> String { language.pick(english, french) }

  /// The reason in English.
  public var description: String { english }
}

/// Byte counts for messages: "4.0 GB", "12.3 MB", "512 bytes" (decimal units, as platforms
/// state their upload limits).
public enum ByteCount {
  /// `bytes` in the largest unit that keeps the number at 1 or more.
  public static func text(_ bytes: Int64) -> String { text(bytes, .en) }

  /// `bytes` in `language`: "4,0 Go", "512 octets" in French.
  public static func text(_ bytes: Int64, _ language: DraftLanguage) -> String {
    let units: [(Double, String, String)] = [(1e9, "GB", "Go"), (1e6, "MB", "Mo"), (1e3, "kB", "ko")]
    for (size, english, french) in units where Double(bytes) >= size {
      let number = String(format: "%.1f", Double(bytes) / size)
      return language == .fr
        ? number.replacingOccurrences(of: ".", with: ",") + " " + french : number + " " + english
    }
    return language.pick("\(bytes) bytes", "\(bytes) octets")
  }
}

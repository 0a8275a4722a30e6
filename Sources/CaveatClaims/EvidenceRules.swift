import CaveatCore

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

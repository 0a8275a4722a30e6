import CaveatCore

/// The evidence lines under a reason, in the report's language: a fact the page states
/// ("average = 4.9", "moyenne = 4,9"), or a sentence about what was read or is missing. In
/// English a fact is named by its field as in the JSON report; in French in words.
enum EvidenceWords {
  /// A listing fact named in evidence.
  enum Fact: CaseIterable {
    case positiveFeedbackPercent, feedbackCount, shopAverage, shopCount, openedOn, histogram, average, count
    case reviewCount, soldCount
    case freeReturns, returnWindowDays, returnShippingPaidBy, buyerProtectionDays, fiveStarShare, oneStar

    /// The fact's name in `language`.
    func name(_ language: Language) -> String {
      switch (self, language) {
      case (.positiveFeedbackPercent, .en): return "positiveFeedbackPercent"
      case (.positiveFeedbackPercent, .fr): return "avis positifs"
      case (.feedbackCount, .en): return "feedbackCount"
      case (.feedbackCount, .fr): return "nombre d’avis sur le vendeur"
      case (.shopAverage, .en): return "seller.rating.average"
      case (.shopAverage, .fr): return "note de la boutique"
      case (.shopCount, .en): return "seller.rating.count"
      case (.shopCount, .fr): return "nombre de notes de la boutique"
      case (.openedOn, .en): return "openedOn"
      case (.openedOn, .fr): return "ouverture de la boutique"
      case (.histogram, .en): return "histogram 1★…5★"
      case (.histogram, .fr): return "répartition 1★…5★"
      case (.average, .en): return "average"
      case (.average, .fr): return "moyenne"
      case (.count, .en): return "count"
      case (.count, .fr): return "nombre de notes"
      case (.reviewCount, .en): return "reviewCount"
      case (.reviewCount, .fr): return "avis écrits"
      case (.soldCount, .en): return "soldCount"
      case (.soldCount, .fr): return "ventes"
      case (.freeReturns, .en): return "freeReturns"
      case (.freeReturns, .fr): return "retours gratuits"
      case (.returnWindowDays, .en): return "returnWindowDays"
      case (.returnWindowDays, .fr): return "délai de retour (jours)"
      case (.returnShippingPaidBy, .en): return "returnShippingPaidBy"
      case (.returnShippingPaidBy, .fr): return "retour payé par"
      case (.buyerProtectionDays, .en): return "buyerProtectionDays"
      case (.buyerProtectionDays, .fr): return "protection acheteur (jours)"
      case (.fiveStarShare, .en): return "five-star share"
      case (.fiveStarShare, .fr): return "part des 5 étoiles"
      case (.oneStar, .en): return "one-star"
      case (.oneStar, .fr): return "notes à 1 étoile"
      }
    }
  }

  /// "name = value".
  static func fact(_ fact: Fact, _ value: String, _ language: Language) -> String {
    fact.name(language) + " = " + value
  }

  /// A yes or no value.
  static func yesNo(_ value: Bool, _ language: Language) -> String {
    switch language {
    case .en: return String(value)
    case .fr: return value ? "oui" : "non"
    }
  }

  /// Who pays, by the model's value.
  static func party(_ party: Party, _ language: Language) -> String {
    switch (party, language) {
    case (_, .en): return party.rawValue
    case (.buyer, .fr): return "l’acheteur"
    case (.seller, .fr): return "le vendeur"
    }
  }

  /// " (a lower bound)" after a count shown as "N+".
  static func lowerBound(_ language: Language) -> String {
    switch language {
    case .en: return " (a lower bound)"
    case .fr: return " (un minimum)"
    }
  }

  /// "N reviews read".
  static func reviewsRead(_ count: Int, _ language: Language) -> String {
    switch language {
    case .en: return "\(count) reviews read"
    case .fr: return "\(count) avis lu\(count == 1 ? "" : "s")"
    }
  }

  /// What the page does not say, for a reason about missing facts.
  enum Missing {
    case sellerReputation, rating, returnTerms

    func sentence(_ language: Language) -> String {
      switch (self, language) {
      case (.sellerReputation, .en): return "positiveFeedbackPercent, openedOn and seller ratings are missing"
      case (.sellerReputation, .fr): return "avis positifs, ancienneté et notes du vendeur absents"
      case (.rating, .en): return "rating.average and rating.count are missing"
      case (.rating, .fr): return "note moyenne et nombre de notes absents"
      case (.returnTerms, .en): return "freeReturns, returnWindowDays and returnShippingPaidBy are missing"
      case (.returnTerms, .fr): return "retours gratuits, délai de retour et frais de retour absents"
      }
    }
  }
}

import CaveatScore

/// The fields of a listing in words, for people: "number of ratings" rather than
/// `listing.rating.count`. JSON keeps the paths; text and HTML reports use these.
public enum FieldNames {
  /// The words for the field at JSON `path` (with or without the `listing.` prefix) in
  /// `language`; an unknown path is returned as it is.
  public static func words(_ path: String, _ language: Language) -> String {
    let key = path.hasPrefix("listing.") ? String(path.dropFirst("listing.".count)) : path
    guard let names = table[key] else { return key }
    return language == .fr ? names.fr : names.en
  }

  /// Every field of ``CaveatCore/ListingField/all`` that can be missing, and the others that
  /// `caveat diff` compares, in English and French.
  static let table: [String: (en: String, fr: String)] = [
    "title": ("title", "titre"),
    "url": ("address of the page", "adresse de la page"),
    "productId": ("product number", "référence du produit"),
    "category": ("category", "catégorie"),
    "price": ("price", "prix"),
    "originalPrice": ("price before discount", "prix avant remise"),
    "rating.average": ("average rating", "note moyenne"),
    "rating.count": ("number of ratings", "nombre de notes"),
    "rating.histogram": ("ratings by stars", "répartition des notes"),
    "rating.histogramPercent": ("share of ratings by stars", "répartition des notes en %"),
    "reviewCount": ("number of written reviews", "nombre d’avis écrits"),
    "soldCount": ("number sold", "nombre de ventes"),
    "reviews": ("reviews on the page", "avis sur la page"),
    "seller.name": ("seller's name", "nom du vendeur"),
    "seller.id": ("seller's id", "identifiant du vendeur"),
    "seller.url": ("seller's page", "page du vendeur"),
    "seller.positiveFeedbackPercent": ("seller's positive feedback", "avis positifs sur le vendeur"),
    "seller.followers": ("seller's followers", "abonnés du vendeur"),
    "seller.openedOn": ("store's opening date", "date d’ouverture de la boutique"),
    "seller.country": ("seller's country", "pays du vendeur"),
    "seller.badges": ("seller's badges", "badges du vendeur"),
    "seller.ratings.asDescribed": ("seller's rating for items as described", "note « conforme à la description »"),
    "seller.ratings.communication": ("seller's rating for communication", "note pour la communication"),
    "seller.ratings.shipping": ("seller's rating for shipping", "note pour l’expédition"),
    "terms.freeReturns": ("whether returns are free", "retours gratuits ou non"),
    "terms.returnWindowDays": ("return window", "délai de retour"),
    "terms.buyerProtectionDays": ("buyer protection period", "durée de la protection acheteur"),
    "terms.returnShippingPaidBy": ("who pays return shipping", "qui paie le retour"),
    "terms.texts": ("return terms", "conditions de retour"),
    "shipping.from": ("where it ships from", "pays d’expédition"),
    "shipping.minDays": ("fastest delivery time", "délai de livraison minimal"),
    "shipping.maxDays": ("slowest delivery time", "délai de livraison maximal"),
    "shipping.cost": ("shipping cost", "frais de port"),
    // Compared by caveat diff, never missing on their own.
    "seller.feedbackCount": ("number of seller ratings", "nombre d’évaluations du vendeur"),
    "assessment.verdict": ("verdict", "verdict"),
    "assessment.score": ("score", "score"),
  ]
}

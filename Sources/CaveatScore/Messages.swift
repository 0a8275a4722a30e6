import Foundation

/// The languages messages and advice are written in; codes never change with the language.
public enum Language: String, Sendable, CaseIterable, Codable {
  /// English.
  case en
  /// French.
  case fr

  /// The language named by the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language
  {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("fr") ? .fr : .en
    }
    return .en
  }
}

/// The scorer's sentences in every language: `{0}`, `{1}`, … are replaced by the arguments;
/// `{0:one|other}` picks the singular or the plural by the number argument 0 holds (English
/// singular for 1, French for 0 and 1).
///
/// Templates are found by exhaustive switches over ``SignalCode``, ``AdviceCode`` and
/// ``Message/Part``: a code without a sentence, or a language without a text, does not compile.
enum Messages {
  /// The message in `language`, with `{n}` placeholders filled.
  static func text(_ message: Message, _ language: Language, _ arguments: [String] = []) -> String {
    let entry: (en: String, fr: String)
    switch message {
    case .signal(let code): entry = template(code)
    case .advice(let code): entry = template(code)
    case .part(let part): entry = template(part)
    }
    var text: String
    switch language {
    case .en: text = entry.en
    case .fr: text = entry.fr
    }
    text = plurals(text, arguments, language)
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: argument)
    }
    return text
  }

  /// Resolves every `{n:one|other}` of `template` by argument n.
  private static func plurals(_ template: String, _ arguments: [String], _ language: Language) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let body = rest[rest.index(after: open)...]
      guard let close = Self.closingBrace(in: body), let colon = body[..<close].firstIndex(of: ":"),
        let index = Int(body[..<colon]), body[body.index(after: colon)..<close].contains("|")
      else {
        result.append("{")
        rest = body
        continue
      }
      let choices = body[body.index(after: colon)..<close].split(separator: "|", omittingEmptySubsequences: false)
      let count = index < arguments.count ? Self.count(arguments[index]) : nil
      let singular = count.map { language == .fr ? $0 < 2 : $0 == 1 } ?? false
      result += singular ? choices[0] : choices[choices.count - 1]
      rest = body[body.index(after: close)...]
    }
    return result + rest
  }

  /// The `}` that closes a `{` just before `text`, skipping nested `{n}` placeholders.
  private static func closingBrace(in text: Substring) -> Substring.Index? {
    var depth = 0
    for index in text.indices {
      if text[index] == "{" {
        depth += 1
      } else if text[index] == "}" {
        if depth == 0 { return index }
        depth -= 1
      }
    }
    return nil
  }

  /// The number an argument writes ("1", "1,000", "2 387"), or nil.
  private static func count(_ argument: String) -> Double? {
    let digits = argument.filter { $0.isNumber || $0 == "." }
    return digits.isEmpty ? nil : Double(digits)
  }

  /// What each signal says. `orders-reviews-mismatch` and `price-too-good` have a second cause,
  /// written by a ``Message/Part``.
  private static func template(_ code: SignalCode) -> (en: String, fr: String) {
    switch code {
    case .sellerLowPositiveFeedback:
      return (
        "The store has {0}% positive feedback{1}: below {2}%, more buyers than usual were unhappy.",
        "La boutique a {0} % d'avis positifs{1} : en dessous de {2} %, plus d'acheteurs que d'habitude ont été déçus."
      )
    case .sellerGoodFeedback:
      return ("The store has {0}% positive feedback{1}.", "La boutique a {0} % d'avis positifs{1}.")
    case .sellerShopRating:
      return ("The shop is rated {0} of 5{1}.", "La boutique est notée {0} sur 5{1}.")
    case .sellerLowShopRating:
      return (
        "The shop is rated {0} of 5{1}: below {2}, more buyers than usual were unhappy.",
        "La boutique est notée {0} sur 5{1} : en dessous de {2}, plus d'acheteurs que d'habitude ont été déçus."
      )
    case .sellerNewStore:
      return (
        "The store opened on {0}, {1} {1:month|months} before {2}: a new store has little record to judge it by.",
        "La boutique a ouvert le {0}, {1} mois avant le {2} : une boutique récente a peu d'historique."
      )
    case .sellerEstablished:
      return ("The store has been open since {0} ({1} years).", "La boutique est ouverte depuis le {0} ({1} ans).")
    case .sellerLowDetailedRatings:
      return ("Detailed seller ratings are low: {0}.", "Les notes détaillées du vendeur sont basses : {0}.")
    case .sellerDetailedRatings:
      return ("Detailed seller ratings: {0}.", "Notes détaillées du vendeur : {0}.")
    case .sellerBadges:
      return ("Badges shown for the store: {0}.", "Badges affichés pour la boutique : {0}.")
    case .sellerUnknown:
      return (
        "The page shows neither the store's feedback nor its age.",
        "La page n'indique ni les avis sur la boutique ni son ancienneté."
      )
    case .ratingScore:
      return (
        "Rated {0} of 5 from {1} {1:rating|ratings}; allowing for their number, count on about {2}.",
        "Noté {0} sur 5 par {1} {1:évaluation|évaluations} ; compte tenu de leur nombre, comptez plutôt sur {2}."
      )
    case .fewRatings:
      return (
        "Only {0} {0:rating|ratings}: too few to trust the average of {1}.",
        "Seulement {0} {0:évaluation|évaluations} : trop peu pour se fier à la moyenne de {1}."
      )
    case .noRatings:
      return ("The item has no ratings on the page.", "L'article n'a aucune évaluation sur la page.")
    case .ratingDistributionAnomaly:
      return (
        "{0}% of {1} ratings are five stars and not one is a single star: genuine products rarely look like this.",
        "{0} % des {1} évaluations ont cinq étoiles et aucune n'en a une seule : c'est rare pour un vrai produit."
      )
    case .ordersReviewsMismatch:
      return (
        "{0} {0:review|reviews} for {1} sold: more reviews than orders.",
        "{0} avis pour {1} {1:vente|ventes} : plus d'avis que de commandes."
      )
    case .defectMentions:
      return (
        "{0} of {1} {1:review|reviews} on the page {0:mentions|mention} a problem ({2}%): {3}.",
        "{0} des {1} avis de la page {0:signale|signalent} un problème ({2} %) : {3}."
      )
    case .noDefectMentions:
      return (
        "{0:The one review on the page mentions no defect.|None of the {0} reviews on the page mentions a defect.}",
        "{0:L'avis de la page ne signale aucun défaut.|Aucun des {0} avis de la page ne signale de défaut.}"
      )
    case .duplicateReviews:
      return ("{0} reviews on the page are near-identical.", "{0} avis de la page sont presque identiques.")
    case .reviewBurst:
      return ("{0} of {1} dated reviews were posted on {2}.", "{0} des {1} avis datés ont été publiés le {2}.")
    case .reviewsFromOtherSellers:
      return (
        "The page says its reviews also cover other sellers or variants: “{0}”.",
        "La page indique que ses avis portent aussi sur d'autres vendeurs ou variantes : « {0} »."
      )
    case .starTextMismatch:
      return (
        "{0} {0:review has stars that contradict its words.|reviews have stars that contradict their words.}",
        "{0} avis {0:a des étoiles qui contredisent son texte.|ont des étoiles qui contredisent leur texte.}"
      )
    case .incentivizedReviews:
      return (
        "{0} {0:review says|reviews say} the item was free or rewarded.",
        "{0} avis {0:dit|disent} que l'article était offert ou récompensé."
      )
    case .afterSale:
      return (
        "{0} of {1} {1:review|reviews} on the page {0:reports|report} trouble after the sale: {2}.",
        "{0} des {1} avis de la page {0:signale|signalent} des ennuis après la vente : {2}."
      )
    case .freeReturns:
      return ("Free returns{0}.", "Retours gratuits{0}.")
    case .noFreeReturns:
      return ("Returns are not free.", "Les retours ne sont pas gratuits.")
    case .buyerPaysReturnShipping:
      return ("You pay the return shipping.", "Les frais de retour sont à votre charge.")
    case .shortReturnWindow:
      return (
        "Returns are accepted for {0} {0:day|days} only.", "Les retours ne sont acceptés que {0} {0:jour|jours}."
      )
    case .termsUnknown:
      return ("The page does not state the return terms.", "La page n'indique pas les conditions de retour.")
    case .buyerProtection:
      return ("{0}-day buyer protection.", "Protection acheteur de {0} jours.")
    case .fragile:
      return (
        "Fragile item ({0}): breakage in transit is a common complaint.",
        "Article fragile ({0}) : la casse pendant le transport est une plainte fréquente."
      )
    case .highValue:
      return ("Expensive item: {0} is above {1}.", "Article de valeur : {0} dépasse {1}.")
    case .priceTooGood:
      return (
        "The price is {0}% below the page's “was” price of {1}: an inflated “was” price is a common trick.",
        "Le prix est {0} % sous le prix barré de {1} : un prix barré gonflé est une astuce courante."
      )
    case .sellerPastClaims:
      return (
        "You have {0} past {0:claim|claims} against this seller: {1}.",
        "Vous avez {0} {0:réclamation passée|réclamations passées} contre ce vendeur : {1}."
      )
    case .priceNotConverted:
      return (
        "The price ({0}) could not be converted to {1}: the reference rates of {2} have none for {3}, so it is not judged against the threshold for expensive items.",
        "Le prix ({0}) n'a pas pu être converti en {1} : les taux de référence du {2} n'en donnent pas pour {3} ; il n'est donc pas comparé au seuil des articles de valeur."
      )
    case .returnExclusion:
      return (
        "This looks like {0} (“{1}” {2}): such items are usually excluded from returns or from free returns.",
        "Cet article semble être {0} (« {1} » {2}) : ce type d'article est souvent exclu des retours ou des retours gratuits."
      )
    case .noDescription:
      return (
        "The saved page shows no description or specifications that could be read: keep what the seller promises in writing.",
        "La page enregistrée ne montre ni description ni caractéristiques lisibles : gardez par écrit ce que le vendeur promet."
      )
    case .vagueDescription:
      return (
        "The description is only a few words ({0}) and no specifications are listed: a claim that the item is not as described has little to stand on.",
        "La description tient en quelques mots ({0}) et aucune caractéristique n'est indiquée : une réclamation pour non-conformité aurait peu d'appui."
      )
    case .insufficientData:
      return (
        "The page holds too little to judge ({0} of the facts that matter are missing).",
        "La page contient trop peu d'informations pour juger ({0} des éléments utiles manquent)."
      )
    }
  }

  /// What each piece of advice says.
  private static func template(_ code: AdviceCode) -> (en: String, fr: String) {
    switch code {
    case .chooseReputableSeller:
      return (
        "Prefer a store with at least 95% positive feedback over a few hundred ratings, open for more than a year.",
        "Préférez une boutique avec au moins 95 % d'avis positifs sur quelques centaines d'évaluations, ouverte depuis plus d'un an."
      )
    case .chooseFreeReturns:
      return (
        "Choose an offer with free returns, or accept that sending the item back may cost more than it is worth.",
        "Choisissez une offre avec retours gratuits, ou acceptez qu'un renvoi puisse coûter plus que l'article."
      )
    case .readReturnTerms:
      return (
        "Read the return terms on the listing before buying; ask the seller if they are not shown.",
        "Lisez les conditions de retour avant d'acheter ; demandez-les au vendeur si elles ne sont pas affichées."
      )
    case .payWithProtection:
      return (
        "Pay with a card or PayPal so a chargeback or buyer protection claim stays open to you.",
        "Payez par carte ou PayPal pour garder un recours (rétrofacturation ou protection acheteur)."
      )
    case .filmUnboxing:
      return (
        "Film the unboxing in one take, showing the label and the item, and keep the packaging until it is settled.",
        "Filmez le déballage d'une traite, étiquette et article visibles, et gardez l'emballage jusqu'au règlement."
      )
    case .doNotConfirmEarly:
      return (
        "Do not confirm receipt before checking the item: confirming ends the buyer protection.",
        "Ne confirmez pas la réception avant d'avoir vérifié l'article : confirmer met fin à la protection acheteur."
      )
    case .lookAtReviewPhotos:
      return (
        "Look at the review photos and the lowest-rated reviews before buying.",
        "Regardez les photos des avis et les avis les plus mauvais avant d'acheter."
      )
    case .askPackaging:
      return (
        "Ask the seller how the item is packed (foam, double box) before ordering.",
        "Demandez au vendeur comment l'article est emballé (mousse, double carton) avant de commander."
      )
    case .compareOffers:
      return (
        "Compare with other offers for the same product: a price far below theirs is a warning sign.",
        "Comparez avec d'autres offres du même produit : un prix très inférieur est un signal d'alerte."
      )
    case .checkThisSeller:
      return (
        "The reviews are not only this seller's: look for ratings of this store itself.",
        "Les avis ne concernent pas que ce vendeur : cherchez les évaluations de la boutique elle-même."
      )
    case .avoidSellerHistory:
      return (
        "You have had problems with this seller before: consider another store.",
        "Vous avez déjà eu des problèmes avec ce vendeur : envisagez une autre boutique."
      )
    case .askAboutReturns:
      return (
        "Ask the seller before buying whether this item can be returned, and keep the written answer.",
        "Demandez au vendeur avant d'acheter si cet article peut être retourné, et gardez sa réponse écrite."
      )
    case .saveThePage:
      return (
        "Keep this saved page: it records the terms and description you bought under.",
        "Gardez cette page enregistrée : elle prouve les conditions et la description au moment de l'achat."
      )
    }
  }

  /// The pieces and second causes.
  private static func template(_ part: Message.Part) -> (en: String, fr: String) {
    switch part {
    case .feedbackCountSuffix:
      return (
        " from {0} {0:rating|ratings} (at least {1}% with 95% confidence)",
        " sur {0} {0:évaluation|évaluations} (au moins {1} % avec 95 % de confiance)"
      )
    case .shopRatingCountSuffix:
      return (
        " from {0} {0:rating|ratings} (about {1} allowing for their number)",
        " sur {0} {0:note|notes} (environ {1} compte tenu de leur nombre)"
      )
    case .lowFeedbackBound:
      return (
        "The store has {0}% positive feedback from {1} {1:rating|ratings}, that is at least {2}% with 95% confidence: below {3}%, more buyers than usual were unhappy.",
        "La boutique a {0} % d'avis positifs sur {1} {1:évaluation|évaluations}, soit au moins {2} % avec 95 % de confiance : en dessous de {3} %, plus d'acheteurs que d'habitude ont été déçus."
      )
    case .notFreeBuyerPays:
      return (
        "Returns are not free: you pay the return shipping.",
        "Les retours ne sont pas gratuits : les frais de retour sont à votre charge."
      )
    case .freeReturnsShortWindow:
      return (
        "Free returns, but within {0} {0:day|days} only.", "Retours gratuits, mais sous {0} {0:jour|jours} seulement."
      )
    case .highValueConverted:
      return (
        "Expensive item: {0} is about {1} at the reference rate of {2} ({3}), above {4}.",
        "Article de valeur : {0} font environ {1} au taux de référence du {2} ({3}), au-dessus de {4}."
      )
    case .priceWithoutCurrency:
      return (
        "The page's price ({0}) names no currency, so it is neither converted to {1} nor judged against the threshold for expensive items.",
        "Le prix de la page ({0}) n'indique pas de devise : il n'est ni converti en {1} ni comparé au seuil des articles de valeur."
      )
    case .inTitle:
      return ("in the title", "dans le titre")
    case .afterSalePraise:
      return (
        "{0} of {1} {1:review|reviews} on the page {0:praises|praise} the service after the sale or the packing: {2}.",
        "{0} des {1} avis de la page {0:salue|saluent} le service après-vente ou l'emballage : {2}."
      )
    case .inCategory:
      return ("in the category", "dans la catégorie")
    case .ratingFromReviews:
      return (
        "Rated {0} of 5 from {1} reviews; allowing for their number, count on about {2}.",
        "Noté {0} sur 5 par {1} avis ; compte tenu de leur nombre, comptez plutôt sur {2}."
      )
    case .withinDays:
      return (" within {0} days", " sous {0} jours")
    case .tooFewReviewsForOrders:
      return ("Only {0} {0:review|reviews} for {1} sold.", "Seulement {0} avis pour {1} {1:vente|ventes}.")
    case .belowBatchPrice:
      return (
        "The price is {0}% below the median of {1} offers for the same product.",
        "Le prix est {0} % sous la médiane de {1} offres pour le même produit."
      )
    }
  }

  /// A defect category of the review lexicon ("missing-parts") in words.
  static func defectKind(_ code: String, _ language: Language) -> String {
    let words: (en: String, fr: String)
    switch code {
    case "damaged": words = ("damaged", "endommagé")
    case "defective": words = ("defective", "défectueux")
    case "not-working": words = ("not working", "ne fonctionne pas")
    case "missing-parts": words = ("missing parts", "pièces manquantes")
    case "wrong-item": words = ("wrong item", "mauvais article")
    case "counterfeit": words = ("counterfeit", "contrefaçon")
    case "not-as-described": words = ("not as described", "non conforme à la description")
    default: words = (code.replacingOccurrences(of: "-", with: " "), code.replacingOccurrences(of: "-", with: " "))
    }
    return language == .fr ? words.fr : words.en
  }

  /// A kind of item excluded from returns, as a noun phrase.
  /// An after-sale class in words ("refund refused or delayed").
  static func reviewClass(_ reviewClass: ReviewClass, _ language: Language) -> String {
    let words: (en: String, fr: String)
    switch reviewClass {
    case .defect: words = ("defect", "défaut")
    case .arrivedBroken: words = ("arrived broken", "arrivé cassé")
    case .badlyPacked: words = ("badly packed", "mal emballé")
    case .wellPacked: words = ("well packed", "bien emballé")
    case .refundRefusedOrDelayed: words = ("refund refused or delayed", "remboursement refusé ou retardé")
    case .sellerUnresponsive: words = ("seller unresponsive", "vendeur injoignable")
    case .disputeNeeded: words = ("dispute needed", "litige nécessaire")
    case .resolvedQuickly: words = ("refunded or replaced quickly", "remboursé ou remplacé rapidement")
    }
    return language == .fr ? words.fr : words.en
  }

  static func exclusionKind(_ kind: ReturnExclusions.Kind, _ language: Language) -> String {
    let words: (en: String, fr: String)
    switch kind {
    case .personalised: words = ("a personalised or custom-made item", "un article personnalisé ou fait sur mesure")
    case .hygiene:
      words = ("underwear, swimwear or an intimate item", "un sous-vêtement, un maillot de bain ou un article intime")
    case .piercedJewellery:
      words = ("jewellery for pierced ears or piercings", "un bijou pour oreilles percées ou piercing")
    case .cosmetics:
      words = ("a cosmetic or a perfume (excluded once opened)", "un cosmétique ou un parfum (exclu une fois ouvert)")
    case .perishable: words = ("a perishable good", "une denrée périssable")
    case .digital: words = ("a digital code or a gift card", "un code numérique ou une carte cadeau")
    case .customisedElectronics:
      words = ("customised or modified electronics", "un appareil électronique personnalisé ou modifié")
    }
    return language == .fr ? words.fr : words.en
  }

  /// A whole number with the language's digit grouping ("1,234" or "1 234").
  static func integer(_ value: Int, _ language: Language) -> String {
    let digits = String(value.magnitude)
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start..<end], at: 0)
      end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: language == .fr ? "\u{202F}" : ",")
  }

  /// A number written the way `language` writes it ("4.5" or "4,5").
  static func number(_ value: Double, _ language: Language, digits: Int = 1) -> String {
    let text = String(format: "%.\(digits)f", value)
    return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}

extension ReviewClass {
  /// The class in words, in `language` ("refund refused or delayed").
  public func words(_ language: Language) -> String { Messages.reviewClass(self, language) }

  /// The after-sale classes in the order reports list them: problems first, then praise.
  public static let afterSaleOrder: [ReviewClass] = [
    .refundRefusedOrDelayed, .disputeNeeded, .sellerUnresponsive, .arrivedBroken, .badlyPacked, .resolvedQuickly,
    .wellPacked,
  ]
}

extension Language {
  /// A whole number with this language's digit grouping ("1,234" or "1 234").
  public func grouped(_ value: Int) -> String { Messages.integer(value, self) }
}

/// Kinds of items shops usually exclude from returns, or from free returns, read from the
/// title and the category before purchase, each with the rule it comes from.
///
/// Sources: the EU Consumer Rights Directive 2011/83/EU, Article 16, lists the goods a
/// distance buyer cannot withdraw from — made to the consumer's specifications or clearly
/// personalised (c), liable to deteriorate or expire rapidly (d), sealed goods unsealed after
/// delivery that are not suitable for return for health or hygiene reasons (e), sealed
/// recordings or software unsealed (i), digital content once supplied (m); AliExpress's
/// buyer-protection exclusions name personalised or custom items, perishables and hygiene
/// items (lilianshops.com/return-policy, ebuyline.com/buyer-protection-program, in the
/// project's rules notes, D1).
public enum ReturnExclusions {
  /// A kind of item usually excluded from returns.
  public enum Kind: String, Sendable, CaseIterable {
    /// Personalised, custom-made or made to measure.
    case personalised
    /// Underwear, swimwear and intimate items.
    case hygiene
    /// Earrings and body jewellery for piercings.
    case piercedJewellery = "pierced-jewellery"
    /// Cosmetics and perfume, once opened.
    case cosmetics
    /// Fresh food, flowers and live plants.
    case perishable
    /// Gift cards, download codes and licence keys.
    case digital
    /// Electronics flashed, modded or built to order.
    case customisedElectronics = "customised-electronics"

    /// The rule the exclusion comes from.
    public var source: String {
      switch self {
      case .personalised, .customisedElectronics:
        return
          "EU Directive 2011/83/EU, Art. 16(c); AliExpress buyer-protection exclusions (personalised or custom items)"
      case .hygiene, .piercedJewellery, .cosmetics:
        return
          "EU Directive 2011/83/EU, Art. 16(e) (sealed goods, health or hygiene); AliExpress buyer-protection exclusions (hygiene items)"
      case .perishable:
        return "EU Directive 2011/83/EU, Art. 16(d); AliExpress buyer-protection exclusions (perishables)"
      case .digital:
        return "EU Directive 2011/83/EU, Art. 16(i) and 16(m) (unsealed software, digital content)"
      }
    }

    fileprivate var cues: CueList {
      switch self {
      case .personalised: return ReturnExclusions.personalised
      case .hygiene: return ReturnExclusions.hygiene
      case .piercedJewellery: return ReturnExclusions.pierced
      case .cosmetics: return ReturnExclusions.cosmetics
      case .perishable: return ReturnExclusions.perishable
      case .digital: return ReturnExclusions.digital
      case .customisedElectronics: return ReturnExclusions.customisedElectronics
      }
    }
  }

  /// A kind found, with the words that show it, as the page wrote them.
  public struct Finding: Sendable, Equatable {
    /// The kind of item.
    public var kind: Kind
    /// The words that show it.
    public var cue: String
    /// Where they were read.
    public var place: FragileItems.Place
  }

  /// The exclusions the title and category show, one per kind, in the order of ``Kind``.
  public static func findings(title: String?, category: [String]?) -> [Finding] {
    let texts: [(ItemWords, FragileItems.Place)] =
      [title.map { (ItemWords($0), .title) }].compactMap { $0 } + (category ?? []).map { (ItemWords($0), .category) }
    var found: [Finding] = []
    for kind in Kind.allCases {
      for (words, place) in texts {
        if let range = kind.cues.occurrences(in: words).first(where: { !negated($0, in: words) }) {
          found.append(Finding(kind: kind, cue: words.text(range), place: place))
          break
        }
      }
    }
    return found
  }

  /// "Non-personalised", "not personalized", "sans gravure"; "makeup bag", "earring holder"
  /// (the item holds the excluded kind, and is not one).
  private static func negated(_ range: Range<Int>, in words: ItemWords) -> Bool {
    if range.lowerBound > 0, negations.contains(words.folded[range.lowerBound - 1]) { return true }
    let clause = words.clause(of: range.lowerBound)
    let after = range.upperBound..<min(clause.upperBound, range.upperBound + 2)
    return containers.occurs(in: words, within: after) != nil
  }

  static let negations: Set<String> = ["non", "not", "no", "sans", "sin", "ohne", "without"]

  /// Things that hold, show or apply an excluded kind without being one.
  static let containers = CueList([
    "bag", "bags", "case", "cases", "organizer", "organiser", "pouch", "mirror", "brush", "brushes", "box", "holder",
    "holders", "storage", "sponge", "sponges", "remover", "rack", "hanger", "hangers", "stand", "display", "cover",
    "trousse", "sac", "miroir", "pinceau", "pinceaux", "boite", "presentoir", "neceser", "bolsa", "espejo", "caja",
    "tasche", "spiegel", "pinsel", "halter", "stander",
  ])

  static let personalised = CueList([
    "personalised", "personalized", "personalisable", "personalizable", "customised", "customized", "custom made",
    "made to order", "made to measure", "custom name", "custom photo", "custom text", "custom engraved", "engraving",
    "monogrammed", "bespoke", "with your name", "personnalise", "personnalisee",
    "personnalises", "personnalisees", "personnalisable", "sur mesure", "gravure", "personalizado", "personalizada",
    "personalizados", "personalizadas", "a medida", "personalisiert", "personalisierte",
    "personalisierter", "personalisiertes", "massanfertigung", "mit gravur", "mit namen", "gravur",
  ])

  static let hygiene = CueList([
    "underwear", "lingerie", "panties", "knickers", "briefs", "boxer shorts", "swimwear", "swimsuit",
    "bikini", "sex toy", "vibrator", "dildo", "menstrual cup", "toothbrush heads", "sous vetement", "sous vetements",
    "culotte", "culottes", "maillot de bain", "soutien gorge", "ropa interior", "banador", "traje de bano",
    "unterwasche", "badeanzug", "bikinis",
  ])

  static let pierced = CueList([
    "earring", "earrings", "ear studs", "nose ring", "nose stud", "belly ring", "body piercing", "piercing",
    "piercings", "boucles d oreilles", "boucle d oreille", "pendientes", "ohrringe", "ohrstecker",
  ])

  static let cosmetics = CueList([
    "cosmetics", "cosmetic", "makeup", "make up", "lipstick", "mascara", "eyeliner", "eyeshadow", "perfume",
    "fragrance", "eau de parfum", "eau de toilette", "nail polish", "face cream", "skincare", "skin care",
    "face paint", "maquillage", "cosmetique", "cosmetiques", "parfum", "rouge a levres", "vernis a ongles",
    "maquillaje", "cosmetica", "cosmeticos", "pintalabios", "kosmetik", "lippenstift", "nagellack",
  ])

  static let perishable = CueList([
    "perishable", "fresh flowers", "cut flowers", "fresh fruit", "fresh food", "live plant", "live plants",
    "fleurs fraiches", "denrees perissables", "flores frescas", "frische blumen",
  ])

  static let digital = CueList([
    "gift card", "digital code", "download code", "activation key", "product key", "cd key", "license key",
    "licence key", "steam key", "egift", "e gift", "digital download", "carte cadeau", "code numerique",
    "cle d activation", "tarjeta regalo", "codigo digital", "clave de activacion", "gutschein", "download code",
    "aktivierungsschlussel", "lizenzschlussel",
  ])

  static let customisedElectronics = CueList([
    "custom firmware", "flashed", "pre flashed", "modded", "custom built", "custom pc", "built to order",
  ])
}

/// Whether an item is fragile, judged by what the item is rather than by a word: glass,
/// ceramics, porcelain, mirrors, vases, screens, instruments, lamps with glass, read from the
/// title and the most specific category, with counter-cues that overrule them (books and
/// clothing, an accessory for a fragile thing — a phone case "with tempered glass", guitar
/// cables — and a material that does not break: "acrylic mirror", "ceramic coating").
///
/// Precision comes first: a word that only sometimes names a fragile thing ("crystal",
/// "terracotta", "monitor") counts only in phrases that do.
public enum FragileItems {
  /// Where a cue was read.
  public enum Place: String, Sendable {
    /// The listing's title.
    case title
    /// The listing's category path.
    case category
  }

  /// The cue that makes the item fragile, as the page wrote it, and where it was read; nil
  /// when nothing says the item itself is fragile.
  public static func cue(title: String?, category: [String]?) -> (cue: String, place: Place)? {
    let categories = (category ?? []).map(ItemWords.init)
    if categories.contains(where: { !notFragileCategories.occurrences(in: $0).isEmpty }) { return nil }
    if let title, !title.isEmpty {
      let words = ItemWords(title)
      if !notFragileItems.occurrences(in: words).isEmpty { return nil }
      let head = 0..<(words.folded.indices.first { connectors.contains(words.folded[$0]) } ?? words.folded.count)
      let firstClause = words.clause(of: 0)
      let headClause = head.clamped(to: firstClause)
      if accessories.occurs(in: words, within: headClause) != nil { return nil }
      if let found = firstCue(in: words) { return (found, .title) }
    }
    if let last = categories.last {
      if accessories.occurs(in: last, within: 0..<last.folded.count) != nil { return nil }
      if let found = firstCue(in: last) ?? categoryCues.occurrences(in: last).first.map({ last.text($0) }) {
        return (found, .category)
      }
    }
    return nil
  }

  /// The first fragile cue in `words` that no counter-cue around it overrules.
  private static func firstCue(in words: ItemWords) -> String? {
    for range in cues.occurrences(in: words) {
      let clause = words.clause(of: range.lowerBound)
      let end =
        (range.upperBound..<clause.upperBound).first { connectors.contains(words.folded[$0]) } ?? clause.upperBound
      // "Glass Screen Protector", "Guitar Patch Cables": the thing is an accessory.
      if accessories.occurs(in: words, within: range.upperBound..<end) != nil { continue }
      // "Ceramic coating", "glass fibre": within three words after.
      let after = range.upperBound..<min(end, range.upperBound + 3)
      if blockingFollowers.occurs(in: words, within: after) != nil { continue }
      // "Acrylic mirror", "fibre de verre", "shatter-proof glass": within two words before.
      let before = max(clause.lowerBound, range.lowerBound - 2)..<range.lowerBound
      if blockingPredecessors.occurs(in: words, within: before) != nil { continue }
      return words.text(range)
    }
    return nil
  }

  /// Words that end an item's name and start what it goes with.
  static let connectors: Set<String> = [
    "with", "for", "avec", "pour", "con", "para", "mit", "fur", "compatible", "fits", "w",
  ]

  /// What is fragile, in English, French, Spanish and German.
  static let cues = CueList([
    // en
    "glass", "glassware", "wine glasses", "champagne glasses", "drinking glasses", "beer glasses", "shot glasses",
    "whiskey glasses", "whisky glasses", "cocktail glasses", "martini glasses", "ceramic", "ceramics", "porcelain",
    "stoneware", "earthenware", "bone china", "fine china", "crockery", "crystal glass", "crystal glasses",
    "crystal vase", "lead crystal", "crystal decanter", "crystal chandelier", "decanter", "mirror", "mirrors", "vase",
    "vases", "aquarium", "fish tank", "terrarium", "chandelier", "snow globe", "terracotta pot", "terracotta pots",
    "terracotta planter", "terracotta vase", "computer monitor", "gaming monitor", "pc monitor", "lcd monitor",
    "led monitor", "ips monitor", "curved monitor", "television", "smart tv", "led tv", "oled tv", "qled tv",
    "4k tv", "laptop", "light bulb", "light bulbs", "glass bulb", "guitar", "violin", "viola", "cello", "ukulele",
    "mandolin", "banjo", "saxophone", "trumpet", "flute", "clarinet", "vinyl record", "camera lens", "telescope",
    "fragile",
    // fr
    "verre", "verres", "verrerie", "ceramique", "porcelaine", "faience", "terre cuite", "miroir", "miroirs",
    "terrarium", "lustre", "ecran pc", "moniteur pc", "televiseur", "ordinateur portable", "guitare", "violon",
    "violoncelle",
    // es
    "vidrio", "ceramica", "porcelana", "loza", "espejo", "espejos", "jarron", "florero", "acuario", "terrario",
    "televisor", "guitarra", "violonchelo", "ukelele", "fragil",
    // de
    "glas", "glaser", "weinglas", "weinglaser", "trinkglas", "trinkglaser", "sektglas", "sektglaser", "bierglas",
    "bierglaser", "glasvase", "glasschale", "glaskaraffe", "glasflasche", "glasteller", "glasschussel", "glaskugel",
    "keramik", "porzellan", "steingut", "*vase", "spiegel", "wandspiegel", "badspiegel", "kronleuchter",
    "fernseher", "gitarre", "geige", "violine", "zerbrechlich",
  ])

  /// Category names that are fragile by themselves (the last category only).
  static let categoryCues = CueList([
    "drinking glasses", "wine glasses", "monitors", "televisions", "guitars", "violins", "chandeliers",
    "aquariums", "verres a vin", "miroirs", "spiegel",
  ])

  /// Accessories for a fragile thing, which are not fragile themselves.
  static let accessories = CueList([
    "case", "cases", "cover", "covers", "protector", "protectors", "film", "skin", "skins", "sleeve", "pouch", "bag",
    "bags", "holder", "holders", "stand", "stands", "mount", "mounts", "bracket", "strap", "straps", "cable", "cables",
    "cord", "adapter", "charger", "cleaner", "cleaning", "polish", "sticker", "stickers", "decal", "decals", "tape",
    "string", "strings", "pick", "picks", "capo", "tuner", "hanger", "hook", "cap", "hood", "cutter", "scraper",
    "remote", "wipes",
    "coque", "etui", "housse", "protection", "protege", "support", "chargeur", "sac", "sacoche", "autocollant",
    "nettoyant", "sangle", "cordes", "funda", "carcasa", "soporte", "cargador", "bolsa", "pegatina", "limpiador",
    "correa", "cuerdas", "hulle", "schutzhulle", "tasche", "schutzfolie", "folie", "panzerglas", "schutzglas",
    "halter", "halterung", "stander", "kabel", "ladegerat", "aufkleber", "reiniger", "gurt", "saiten",
  ])

  /// Words just after a cue that show the material is not the fragile thing.
  static let blockingFollowers = CueList([
    "fiber", "fibre", "fibers", "fibres", "wool", "filled", "reinforced", "effect", "look", "finish", "paint",
    "marker", "coating", "coated", "heater", "heating", "blade", "blades", "knife", "knives", "brake", "pads",
    "straightener", "iron", "hair", "curling", "bearing", "bearings", "nonstick", "non", "pan", "pans", "skillet",
    "cookware", "frying", "wok", "grill", "print", "pattern", "design", "sticker",
  ])

  /// Words just before a cue that show the thing does not break.
  static let blockingPredecessors = CueList([
    "acrylic", "plastic", "unbreakable", "shatterproof", "shatter", "stainless", "steel", "metal", "silicone",
    "wooden", "wood", "bamboo", "resin", "faux", "non", "no", "fiber", "fibre", "wool", "effect", "imitation",
    "acrylique", "plastique", "incassable", "laine", "effet", "sans", "acrilico", "plastico", "irrompible", "madera",
    "fibra", "sin", "kunststoff", "acryl", "unzerbrechlich", "bruchsicher", "holz", "edelstahl", "metall", "ohne",
  ])

  /// Words in a title that say the item is not a breakable object at all.
  static let notFragileItems = CueList([
    "book", "books", "cookbook", "paperback", "hardcover", "hardback", "novel", "recipes", "ebook", "kindle",
    "audiobook", "livre", "livres", "libro", "libros", "buch", "taschenbuch", "t shirt", "tshirt", "shirt",
    "hoodie", "sweatshirt", "software", "poster", "puzzle", "costume", "gift card", "tattoo", "tattoos",
  ])

  /// Category names whose items do not break.
  static let notFragileCategories = CueList([
    "books", "book", "livres", "libros", "bucher", "kindle", "clothing", "vetements", "ropa", "bekleidung",
    "kleidung", "shoes", "chaussures", "zapatos", "schuhe", "software", "logiciels", "video games", "movies",
  ])
}

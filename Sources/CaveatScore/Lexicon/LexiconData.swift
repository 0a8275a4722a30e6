/// Every word list of the lexicon, in one place.
///
/// Source: written from the author's own working knowledge of English, French, Spanish,
/// Portuguese, German, Italian, Russian, Polish, Dutch and Turkish, aimed at how
/// machine-translated marketplace reviews and AliExpress page notices read. No external
/// corpus or word list was copied. Languages are declared in that order; when the same
/// phrase belongs to several languages (`excelente`, `display`, `cristal`…), the first
/// declaration gives the reported language.
///
/// Phrase syntax: see `LexiconTermList` (`stem*` = word beginning, `*stem` = word ending).
enum LexiconData {
  // MARK: - Negation and clause rules

  /// Words that negate a phrase found shortly after them (folded; `t` comes from `n't`,
  /// `n` from French `n'`). Shared by all languages: none of them is a content word elsewhere.
  static let negators: Set<String> = [
    // en
    "not", "no", "never", "nothing", "none", "without", "zero", "nor", "neither", "t", "anti",
    // fr
    "pas", "sans", "aucun", "aucune", "aucuns", "aucunes", "rien", "jamais", "ni", "ne", "n", "non",
    // es
    "sin", "ningun", "ninguna", "ninguno", "nada", "nunca", "tampoco",
    // pt
    "nao", "sem", "nenhum", "nenhuma", "nem",
    // de
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "ohne", "nie", "nichts", "niemals",
    // it
    "senza", "nessun", "nessuna", "nessuno", "niente", "mai", "neanche", "nulla",
    // ru (folded: й → и)
    "не", "нет", "без", "ни", "никаких", "никакого", "никакои", "ничего", "никогда",
    // pl
    "nie", "bez", "zadnych", "zadnego", "zadnej", "zadne", "zaden", "nigdy", "brak",
    // nl
    "niet", "geen", "zonder", "nooit",
    // tr
    "hic",
  ]

  /// Words that negate the phrase right before them: "scratch-free", "scratch resistant",
  /// "kırık değil", "hasar yok", "дефектов нет", "es fehlt nichts".
  static let postNegators: Set<String> = ["free", "resistant", "proof", "degil", "yok", "нет", "nichts"]

  /// Contrast words: a negation before them does not reach past them ("not broken but scratched").
  static let contrastWords: Set<String> = [
    "but", "however", "although", "though", "except", "mais", "cependant", "sauf", "pero", "sino",
    "aunque", "excepto", "mas", "porem", "aber", "jedoch", "sondern", "ma", "tuttavia", "но", "однако",
    "зато", "ale", "lecz", "maar", "echter", "ama", "fakat", "ancak",
  ]

  /// Prepositions, articles and possessives that may sit between an accessory and the fragile
  /// thing it is for ("case for the screen", "étui pour l'écran", "чехол для экрана").
  static let linkingWords: Set<String> = [
    "for", "the", "a", "an", "your", "my", "of", "to", "pour", "d", "de", "du", "des", "la", "le", "l",
    "les", "votre", "para", "el", "los", "las", "del", "su", "tu", "fur", "den", "die", "das", "der",
    "dem", "ihr", "per", "il", "lo", "gli", "di", "della", "dello", "da", "для", "на", "do", "dos",
    "voor", "van", "het", "een", "na", "dla", "icin",
  ]

  // MARK: - Defects

  /// Defect and damage mentions (categories "damaged", "defective", "not-working",
  /// "missing-parts", "wrong-item", "counterfeit", "not-as-described").
  static let defects: [LexiconTermList] = [
    // English
    .init(
      "en", "damaged",
      [
        "broken", "broke", "damaged", "damage", "damages", "cracked", "crack", "cracks", "shattered",
        "scratched", "scratches", "scratch", "dented", "torn", "ripped", "smashed", "crushed", "rusted",
        "rusty", "rust", "bent", "chipped",
      ]),
    .init(
      "en", "defective",
      [
        "defective", "defect", "defects", "faulty", "malfunction*", "leaking", "leaks", "leaked", "leak",
        "burnt", "burned", "smells burnt", "smells like burning", "burning smell", "overheats",
        "overheating", "overheated",
      ]),
    .init(
      "en", "not-working",
      [
        "not working", "stopped working", "stops working", "doesn't work", "does not work", "didn't work",
        "did not work", "don't work", "do not work", "won't work", "isn't working", "wasn't working",
        "no longer works", "won't turn on", "doesn't turn on",
        "does not turn on", "won't charge", "doesn't charge", "does not charge",
      ]),
    .init(
      "en", "missing-parts",
      [
        "missing", "missing parts", "parts missing", "parts were missing", "missing pieces",
        "pieces missing", "part missing", "missing part", "incomplete",
      ]),
    .init(
      "en", "wrong-item",
      [
        "wrong item", "wrong size", "wrong color", "wrong colour", "wrong product", "wrong model",
        "wrong one", "wrong parcel", "wrong order", "sent the wrong", "different item",
        "not what i ordered",
      ]),
    .init(
      "en", "not-as-described",
      [
        "not as described", "not as pictured", "not as shown", "not as advertised",
        "not as in the picture", "doesn't match the description", "does not match the description",
        "not like the picture", "not like the photo", "different from the picture",
        "different from the photo", "different from the description", "nothing like the picture",
        "nothing like the photo", "misleading",
      ]),
    .init(
      "en", "counterfeit",
      [
        "counterfeit", "fake", "replica", "knockoff", "knock off", "not original", "not genuine",
        "not authentic", "imitation",
      ]),
    // French
    .init(
      "fr", "damaged",
      [
        "cassé", "cassée", "cassés", "cassées", "endommag*", "abîm*", "fissur*", "fêlé", "fêlée", "brisé",
        "brisée", "rayures", "rayure", "caboss*", "déchir*", "rouill*", "tordu", "tordue", "écrasé",
        "écrasée",
      ]),
    .init(
      "fr", "defective",
      [
        "défectueu*", "défaut", "défauts", "fuite", "fuites", "fuit", "brûlé", "brûlée", "odeur de brûlé",
        "surchauffe*", "chauffe trop",
      ]),
    .init(
      "fr", "not-working",
      [
        "ne fonctionne pas", "ne marche pas", "fonctionne pas", "marche pas", "ne fonctionne plus",
        "ne marche plus", "ne s'allume pas", "ne charge pas", "hors service", "en panne",
      ]),
    .init(
      "fr", "missing-parts",
      [
        "manquant", "manquante", "manquants", "manquantes", "il manque", "pièces manquantes",
        "incomplet", "incomplète",
      ]),
    .init(
      "fr", "wrong-item",
      [
        "mauvais article", "mauvaise taille", "mauvaise couleur", "mauvais produit", "mauvais modèle",
        "mauvaise pointure", "pas le bon", "pas la bonne", "erreur de commande", "article différent",
      ]),
    .init(
      "fr", "not-as-described",
      [
        "non conforme", "pas conforme", "ne correspond pas", "ne correspond pas à la description",
        "différent de la photo", "différent de la description", "rien à voir avec la photo",
        "pas comme sur la photo", "publicité mensongère",
      ]),
    .init(
      "fr", "counterfeit",
      [
        "contrefaçon", "contrefait", "contrefaite", "pas original", "pas d'origine", "pas authentique",
        "réplique",
      ]),
    // Spanish
    .init(
      "es", "damaged",
      [
        "roto", "rota", "rotos", "rotas", "dañad*", "daño", "daños", "golpead*", "rayad*", "rayones",
        "agrietad*", "grieta", "grietas", "quebrad*", "abollad*", "rasgad*", "oxidad*", "destrozad*",
      ]),
    .init(
      "es", "defective",
      [
        "defectuos*", "defecto", "defectos", "fuga", "gotea", "quemad*", "olor a quemado",
        "se sobrecalienta", "sobrecalienta", "se calienta demasiado", "falla", "fallas",
      ]),
    .init(
      "es", "not-working",
      [
        "no funciona", "dejó de funcionar", "no enciende", "no prende", "no carga", "no sirve",
        "no funcionaba", "no anda",
      ]),
    .init(
      "es", "missing-parts",
      [
        "faltan", "faltaban", "faltaba", "falta una", "falta un", "faltan piezas", "falta una pieza",
        "faltante", "faltantes", "incomplet*",
      ]),
    .init(
      "es", "wrong-item",
      [
        "artículo equivocado", "producto equivocado", "talla equivocada", "color equivocado",
        "talla incorrecta", "color incorrecto", "modelo equivocado", "modelo incorrecto",
        "producto incorrecto", "me llegó otro",
      ]),
    .init(
      "es", "not-as-described",
      [
        "no es como en la foto", "no es como se describe", "no coincide con la descripción",
        "no corresponde", "no se parece", "diferente a la foto", "diferente de la foto",
        "distinto a la foto", "no es lo que pedí", "no es igual a la foto", "publicidad engañosa",
      ]),
    .init(
      "es", "counterfeit",
      [
        "falso", "falsa", "falsificad*", "no es original", "imitación", "pirata",
      ]),
    // Portuguese
    .init(
      "pt", "damaged",
      [
        "quebrad*", "quebrou", "danificad*", "dano", "danos", "amassad*", "arranhad*", "riscad*",
        "trincad*", "trinca", "rachad*", "enferrujad*",
      ]),
    .init(
      "pt", "defective",
      [
        "defeito", "defeitos", "defeituos*", "vazando", "vazamento", "vaza", "queimad*",
        "cheiro de queimado", "superaquece*", "esquenta muito",
      ]),
    .init(
      "pt", "not-working",
      [
        "não funciona", "parou de funcionar", "não liga", "não carrega", "não funcionou",
        "deixou de funcionar",
      ]),
    .init(
      "pt", "missing-parts",
      [
        "faltando", "faltou", "faltam peças", "peças faltando", "veio faltando", "faltaram",
      ]),
    .init(
      "pt", "wrong-item",
      [
        "produto errado", "tamanho errado", "cor errada", "item errado", "modelo errado", "veio errado",
        "veio outro",
      ]),
    .init(
      "pt", "not-as-described",
      [
        "não é como na foto", "diferente da foto", "diferente do anunciado", "diferente da descrição",
        "não corresponde", "não condiz", "propaganda enganosa",
      ]),
    .init("pt", "counterfeit", ["falsificad*", "réplica", "não é original", "imitação"]),
    // German
    .init(
      "de", "damaged",
      [
        "beschädig*", "kaputt*", "zerbrochen", "gebrochen", "gesprungen", "gerissen", "zerkratzt",
        "verkratzt", "delle", "dellen", "verbogen", "zerrissen", "rostig", "verrostet",
        "zersplittert", "schaden", "schäden", "transportschaden",
      ]),
    .init(
      "de", "defective",
      [
        "defekt*", "mangel", "mängel", "mangelhaft", "fehlerhaft", "fehler", "undicht", "läuft aus",
        "leckt", "verbrannt", "riecht verbrannt", "brandgeruch", "überhitzt",
      ]),
    .init(
      "de", "not-working",
      [
        "funktioniert nicht", "funktioniert nicht mehr", "geht nicht", "geht nicht an",
        "lässt sich nicht einschalten", "nicht funktionsfähig", "ohne funktion", "keine funktion",
      ]),
    .init(
      "de", "missing-parts",
      [
        "fehlt", "fehlen", "fehlten", "fehlende teile", "teile fehlen", "unvollständig",
      ]),
    .init(
      "de", "wrong-item",
      [
        "falscher artikel", "falsche größe", "falsche farbe", "falsches produkt", "falsches modell",
        "falsch geliefert", "falsche artikel", "anderer artikel",
      ]),
    .init(
      "de", "not-as-described",
      [
        "nicht wie beschrieben", "nicht wie abgebildet", "nicht wie auf dem bild",
        "entspricht nicht der beschreibung", "entspricht nicht", "anders als beschrieben",
        "anders als abgebildet", "anders als auf dem bild",
      ]),
    .init(
      "de", "counterfeit",
      [
        "fälschung", "gefälscht", "nachahmung", "kein original", "nicht original", "plagiat", "imitat",
      ]),
    // Italian
    .init(
      "it", "damaged",
      [
        "rotto", "rotta", "rotti", "rotte", "danneggiat*", "danno", "danni", "graffiat*", "graffi",
        "graffio", "ammaccat*", "crepat*", "crepa", "incrinat*", "spaccat*", "strappat*",
        "arrugginit*", "rovinat*", "distrutt*", "frantumat*", "scheggiat*",
      ]),
    .init(
      "it", "defective",
      [
        "difettos*", "difetto", "difetti", "perdite", "bruciat*", "odore di bruciato", "surriscald*",
        "malfunzionament*", "guasto", "guasta",
      ]),
    .init(
      "it", "not-working",
      [
        "non funziona", "non funzionante", "smesso di funzionare", "ha smesso di funzionare",
        "non si accende", "non carica", "non va",
      ]),
    .init("it", "missing-parts", ["mancante", "mancanti", "manca", "mancano", "pezzi mancanti"]),
    .init(
      "it", "wrong-item",
      [
        "articolo sbagliato", "taglia sbagliata", "colore sbagliato", "prodotto sbagliato",
        "modello sbagliato",
      ]),
    .init(
      "it", "not-as-described",
      [
        "non come descritto", "non corrisponde", "non corrisponde alla descrizione", "diverso dalla foto",
        "diverso dalla descrizione", "non come in foto", "pubblicità ingannevole",
      ]),
    .init(
      "it", "counterfeit",
      [
        "contraffatt*", "imitazione", "non originale", "tarocco", "taroccat*",
      ]),
    // Russian
    .init(
      "ru", "damaged",
      [
        "сломан*", "сломал*", "разбит*", "поврежд*", "треснут*", "трещин*", "царапин*", "поцарапан*",
        "вмятин*", "погнут*", "порван*", "ржав*", "помят*", "расколот*", "битый", "битая", "битое",
      ]),
    .init(
      "ru", "defective",
      [
        "брак", "брака", "браком", "бракован*", "дефект*", "неисправ*", "протека*", "течет", "подтека*",
        "сгорел*", "запах гари", "гарь", "перегрева*", "греется", "плавится",
      ]),
    .init(
      "ru", "not-working",
      [
        "не работает", "не работал*", "не работают", "перестал работать", "перестала работать",
        "перестало работать", "не включается", "не заряжается", "нерабоч*",
      ]),
    .init(
      "ru", "missing-parts",
      [
        "не хватает", "не хватало", "отсутству*", "некомплект*", "недоложил*", "не доложил*",
      ]),
    .init(
      "ru", "wrong-item",
      [
        "не тот размер", "не тот цвет", "не тот товар", "не та модель", "прислали не то",
        "пришел не тот", "прислали другой", "пришел другой",
      ]),
    .init(
      "ru", "not-as-described",
      [
        "не соответствует описанию", "не соответствует", "не как на фото", "не как на картинке",
        "не такой как на фото", "отличается от фото", "отличается от описания", "не совпадает",
      ]),
    .init(
      "ru", "counterfeit",
      [
        "подделк*", "поддельн*", "фейк", "реплик*", "не оригинал*", "паленый", "паленая", "паленое",
      ]),
    // Polish
    .init(
      "pl", "damaged",
      [
        "uszkodzon*", "uszkodzenia", "uszkodzeń", "zepsut*", "popsut*", "pęknięt*", "pęknięcie",
        "porysowan*", "rysy", "zarysowan*", "złaman*", "rozbit*", "wgniecen*", "podart*", "rozdart*",
        "zardzewia*",
      ]),
    .init("pl", "defective", ["wadliw*", "wada", "wady", "przecieka", "cieknie", "spalon*", "przegrzewa*"]),
    .init(
      "pl", "not-working",
      [
        "nie działa", "przestał działać", "przestała działać", "przestało działać", "nie włącza się",
        "nie ładuje",
      ]),
    .init("pl", "missing-parts", ["brak części", "brakuje", "brakowało", "niekompletn*"]),
    .init("pl", "wrong-item", ["zły rozmiar", "zły kolor", "zły produkt", "inny produkt", "niewłaściw*"]),
    .init("pl", "not-as-described", ["niezgodn*", "nie jak na zdjęciu", "inny niż na zdjęciu"]),
    .init("pl", "counterfeit", ["podróbk*", "podrabian*", "fałszyw*", "nieoryginaln*", "nie oryginaln*"]),
    // Dutch
    .init(
      "nl", "damaged",
      [
        "kapot", "beschadigd", "beschadiging*", "gebroken", "gebarsten", "barst", "krassen", "kras",
        "bekrast", "deuk", "deuken", "gescheurd", "verroest",
      ]),
    .init("nl", "defective", ["lekt", "lekkage", "verbrand", "brandlucht", "oververhit"]),
    .init("nl", "not-working", ["werkt niet", "werkt niet meer", "doet het niet", "gaat niet aan"]),
    .init("nl", "missing-parts", ["ontbreken*", "ontbreekt", "onvolledig", "onderdelen ontbreken"]),
    .init(
      "nl", "wrong-item",
      ["verkeerde maat", "verkeerde kleur", "verkeerd artikel", "verkeerd product", "verkeerde product"]),
    .init(
      "nl", "not-as-described",
      ["niet zoals beschreven", "niet zoals op de foto", "anders dan op de foto", "komt niet overeen"]),
    .init("nl", "counterfeit", ["nep", "namaak", "vervalst", "niet origineel"]),
    // Turkish
    .init(
      "tr", "damaged",
      [
        "kırık", "kırılmış", "kırıldı", "hasarlı", "hasar", "çizik", "çizikler", "çizilmiş", "çatlak",
        "ezik", "yırtık", "paslı",
      ]),
    .init("tr", "defective", ["arızalı", "kusurlu", "defolu", "sızdırıyor", "yanık", "ısınıyor"]),
    .init("tr", "not-working", ["çalışmıyor", "çalışmadı", "açılmıyor", "şarj olmuyor"]),
    .init("tr", "missing-parts", ["eksik", "parça eksik", "eksik parça"]),
    .init("tr", "wrong-item", ["yanlış ürün", "yanlış beden", "yanlış renk", "farklı ürün"]),
    .init("tr", "not-as-described", ["resimdeki gibi değil", "fotoğraftaki gibi değil", "açıklamaya uygun değil"]),
    .init("tr", "counterfeit", ["sahte", "çakma", "taklit", "orijinal değil"]),
  ]

  // MARK: - Fragile items

  /// Fragile-item terms (categories "glass", "ceramic", "porcelain", "crystal", "mirror",
  /// "screen", "lens", "bulb", "vase", "terracotta", "marble", "record", "fragile").
  /// "china" counts only in "fine china" / "bone china" (never the country).
  static let fragile: [LexiconTermList] = [
    .init("en", "glass", ["glass", "glasses", "glassware", "tempered glass", "stained glass"]),
    .init("en", "ceramic", ["ceramic", "ceramics", "stoneware", "earthenware"]),
    .init("en", "porcelain", ["porcelain", "fine china", "bone china"]),
    .init("en", "crystal", ["crystal", "crystals"]),
    .init("en", "mirror", ["mirror", "mirrors"]),
    .init(
      "en", "screen",
      [
        "screen", "screens", "screen protector", "touch screen", "touchscreen", "display", "displays",
        "monitor", "monitors", "lcd", "oled", "amoled",
      ]),
    .init("en", "lens", ["lens", "lenses"]),
    .init("en", "bulb", ["bulb", "bulbs", "light bulb", "lamp glass"]),
    .init("en", "vase", ["vase", "vases"]),
    .init("en", "terracotta", ["terracotta", "terra cotta"]),
    .init("en", "marble", ["marble"]),
    .init("en", "record", ["vinyl record", "vinyl records"]),
    .init("en", "fragile", ["fragile"]),
    .init("fr", "glass", ["verre", "verres", "verre trempé"]),
    .init("fr", "ceramic", ["céramique", "céramiques", "faïence"]),
    .init("fr", "porcelain", ["porcelaine"]),
    .init("fr", "mirror", ["miroir", "miroirs"]),
    .init("fr", "screen", ["écran", "écrans", "écran tactile"]),
    .init("fr", "lens", ["lentille", "lentilles", "objectif", "objectifs"]),
    .init("fr", "bulb", ["ampoule", "ampoules"]),
    .init("fr", "crystal", ["cristal", "cristaux"]),
    .init("fr", "terracotta", ["terre cuite"]),
    .init("fr", "marble", ["marbre"]),
    .init("es", "glass", ["vidrio", "vidrios", "vidrio templado", "cristal templado", "cristales"]),
    .init("es", "ceramic", ["cerámica", "cerámicas"]),
    .init("es", "porcelain", ["porcelana"]),
    .init("es", "mirror", ["espejo", "espejos"]),
    .init("es", "screen", ["pantalla", "pantallas", "pantalla táctil"]),
    .init("es", "lens", ["lente", "lentes"]),
    .init("es", "bulb", ["bombilla", "bombillas", "bombillo"]),
    .init("es", "vase", ["florero", "jarrón"]),
    .init("es", "terracotta", ["terracota"]),
    .init("es", "marble", ["mármol"]),
    .init("es", "fragile", ["frágil", "frágiles"]),
    .init("pt", "glass", ["vidro", "vidros", "vidro temperado"]),
    .init("pt", "ceramic", ["cerâmica"]),
    .init("pt", "mirror", ["espelho", "espelhos"]),
    // "tela" alone is also Spanish for fabric: only screen phrases count.
    .init(
      "pt", "screen",
      ["tela lcd", "tela touch", "tela sensível ao toque", "tela do celular", "tela oled", "tela amoled"]),
    .init("pt", "bulb", ["lâmpada", "lâmpadas"]),
    .init("pt", "marble", ["mármore"]),
    .init("de", "glass", ["glas*", "*glas", "gläser", "*gläser"]),
    .init("de", "ceramic", ["keramik*"]),
    .init("de", "porcelain", ["porzellan*"]),
    .init("de", "mirror", ["spiegel*", "*spiegel"]),
    .init("de", "screen", ["bildschirm", "*bildschirm", "bildschirme"]),
    .init("de", "lens", ["objektiv", "objektive", "linse", "linsen"]),
    .init("de", "bulb", ["glühbirne*", "*glühbirne"]),
    .init("de", "crystal", ["kristall", "kristalle", "kristallglas"]),
    .init("de", "vase", ["vasen"]),
    .init("de", "terracotta", ["terrakotta"]),
    .init("de", "marble", ["marmor*"]),
    .init("de", "fragile", ["zerbrechlich"]),
    .init("it", "glass", ["vetro", "vetri", "vetro temperato"]),
    .init("it", "ceramic", ["ceramica", "ceramiche"]),
    .init("it", "porcelain", ["porcellana"]),
    .init("it", "mirror", ["specchio", "specchi"]),
    .init("it", "screen", ["schermo", "schermi"]),
    .init("it", "lens", ["obiettivo", "lenti"]),
    .init("it", "bulb", ["lampadina", "lampadine"]),
    .init("it", "crystal", ["cristallo", "cristalli"]),
    .init("it", "marble", ["marmo"]),
    .init("ru", "glass", ["стекл*"]),
    .init("ru", "ceramic", ["керамик*", "керамич*"]),
    .init("ru", "porcelain", ["фарфор*"]),
    .init("ru", "mirror", ["зеркал*"]),
    .init("ru", "screen", ["экран*", "диспле*", "монитор*"]),
    .init("ru", "lens", ["объектив*", "линз*"]),
    .init("ru", "bulb", ["лампочк*"]),
    .init("ru", "crystal", ["хрустал*"]),
    .init("ru", "vase", ["ваза", "вазы", "вазу", "вазой"]),
    .init("ru", "terracotta", ["терракот*"]),
    .init("ru", "marble", ["мрамор*"]),
    .init("ru", "fragile", ["хрупк*"]),
    .init("pl", "glass", ["szkło", "szkła", "szklan*", "szkło hartowane"]),
    .init("pl", "ceramic", ["ceramik*", "ceramiczn*"]),
    .init("pl", "mirror", ["lustro", "lustra", "lusterko"]),
    .init("pl", "screen", ["ekran", "ekrany", "ekranu"]),
    .init("pl", "lens", ["soczewk*", "obiektyw"]),
    .init("pl", "bulb", ["żarówk*"]),
    .init("pl", "crystal", ["kryształ*"]),
    .init("pl", "vase", ["wazon*"]),
    .init("pl", "marble", ["marmur*"]),
    .init("nl", "glass", ["glazen"]),
    .init("nl", "ceramic", ["keramiek"]),
    .init("nl", "porcelain", ["porselein"]),
    .init("nl", "screen", ["scherm", "beeldscherm"]),
    .init("nl", "lens", ["lenzen"]),
    .init("nl", "bulb", ["gloeilamp*"]),
    .init("nl", "crystal", ["kristal"]),
    .init("nl", "vase", ["vaas"]),
    .init("nl", "marble", ["marmer"]),
    .init("nl", "fragile", ["breekbaar"]),
    .init("tr", "glass", ["temperli cam", "cam bardak", "cam vazo"]),
    .init("tr", "ceramic", ["seramik"]),
    .init("tr", "porcelain", ["porselen"]),
    .init("tr", "mirror", ["ayna"]),
    .init("tr", "lens", ["mercek"]),
    .init("tr", "bulb", ["ampul"]),
    .init("tr", "vase", ["vazo"]),
    .init("tr", "marble", ["mermer"]),
    .init("tr", "fragile", ["kırılgan", "kırılabilir"]),
  ]

  /// Accessory nouns: a fragile term right before one ("display stand", "glasses case") or
  /// after one through linking words ("case for screen", "funda para pantalla") names what
  /// the accessory is for, so the term does not count.
  static let fragileAccessories: Set<String> = [
    "case", "cases", "cover", "covers", "holder", "holders", "stand", "stands", "bag", "bags",
    "pouch", "pouches", "sleeve", "sleeves", "mount", "mounts", "bracket", "brackets", "cap", "caps",
    "hood", "hoods", "cloth", "cloths", "strap", "straps", "chain", "chains", "cord", "rack", "racks",
    "hanger", "hook", "organizer", "organiser", "adapter", "adaptor", "etui", "housse", "pochette",
    "support", "supports", "sac", "coque", "funda", "fundas", "soporte", "soportes", "estuche",
    "bolsa", "capinha", "suporte", "estojo", "hulle", "halter", "halterung", "stander", "tasche",
    "custodia", "supporto", "borsa", "чехол", "подставка", "держатель", "сумка", "футляр",
    "кронштеин", "pokrowiec", "uchwyt", "hoes", "houder", "standaard", "kilif", "kilifi", "tutucu",
    "standi",
  ]

  /// Words right after a fragile term that show it is not about a fragile object
  /// ("crystal clear", "screen printing", "mirror finish", "glass fiber" — glass fiber is
  /// treated as not fragile).
  static let fragileBlockingFollowers: Set<String> = [
    "clear", "klar", "fiber", "fibre", "fibers", "fibres", "finish", "printing", "print", "printed",
    "saver", "shot", "shots", "time", "recording", "mirroring", "door", "doors", "cleaner",
    "cleaning", "acrylique", "acrilico", "acrilica", "acrylic",
  ]

  /// Words right before a fragile term that show it is not fragile ("mosquito screen",
  /// "acrylic mirror", "fiber glass", "silk screen").
  static let fragileBlockingPredecessors: Set<String> = [
    "mosquito", "insect", "fly", "sun", "silk", "acrylic", "plastic", "organic", "pmma", "plexi",
    "fiber", "fibre", "акриловое", "акриловыи", "акриловая", "органическое",
  ]

  /// Word beginnings the fragile stems must not match: "glasur" (glaze), "glasfaser" (glass
  /// fiber), "glasklar" (crystal clear), "экранированный" (shielded cable), "стеклоочиститель"
  /// (wiper/glass cleaner), "стеклоподъемник" (window lifter).
  static let fragileExcludedPrefixes = [
    "glasur", "glasfaser", "glasklar", "экраниров", "стеклоочист", "стеклоподъем",
  ]

  // MARK: - Praise

  /// Strong praise (category "praise").
  static let praise: [LexiconTermList] = [
    .init(
      "en", "praise",
      [
        "excellent", "perfect", "perfectly", "love it", "loved it", "love this", "amazing", "awesome",
        "fantastic", "wonderful", "superb", "outstanding", "brilliant", "great quality",
        "excellent quality", "very good", "very happy", "very satisfied", "highly recommend*",
        "recommend", "recommended", "five stars", "5 stars", "exceeded my expectations",
        "exceeded expectations", "super", "top quality",
      ]),
    .init(
      "fr", "praise",
      [
        "très bien", "très bon", "très bonne", "parfait", "parfaite", "parfaitement", "excellente",
        "génial", "géniale", "magnifique", "impeccable", "je recommande", "recommande", "ravi", "ravie",
        "très satisfait", "très satisfaite", "au top", "top qualité", "merveilleux",
      ]),
    .init(
      "es", "praise",
      [
        "excelente", "perfecto", "perfecta", "perfectamente", "muy bien", "muy bueno", "muy buena",
        "genial", "me encanta", "me encantó", "encantado", "encantada", "lo recomiendo", "recomiendo",
        "recomendado", "recomendable", "maravilloso", "maravillosa", "increíble", "estupendo",
        "estupenda", "fantástico", "fantástica", "muy contento", "muy contenta", "muy satisfecho",
        "muy satisfecha", "buenísimo", "buenísima",
      ]),
    .init(
      "pt", "praise",
      [
        "perfeito", "perfeita", "perfeitamente", "ótimo", "ótima", "muito bom", "muito boa", "amei",
        "adorei", "recomendo", "maravilhoso", "maravilhosa", "incrível", "nota 10", "muito satisfeito",
        "muito satisfeita", "sensacional", "produto top",
      ]),
    .init(
      "de", "praise",
      [
        "ausgezeichnet", "perfekt", "sehr gut", "toll", "hervorragend", "klasse", "empfehlenswert",
        "empfehle", "zu empfehlen", "sehr zufrieden", "wunderbar", "spitze", "einwandfrei", "fantastisch",
        "großartig", "top qualität",
      ]),
    .init(
      "it", "praise",
      [
        "ottimo", "ottima", "ottimi", "perfetto", "perfetta", "perfettamente", "eccellente", "bellissimo",
        "bellissima", "lo consiglio", "consigliato", "consigliatissimo", "consiglio vivamente",
        "molto bene", "molto buono", "molto buona", "stupendo", "stupenda", "soddisfatto",
        "soddisfatta", "soddisfattissimo",
      ]),
    .init(
      "ru", "praise",
      [
        "отличн*", "супер", "прекрасн*", "идеальн*", "рекомендую", "советую", "класс", "классн*",
        "шикарн*", "восторг*", "замечательн*", "великолепн*", "доволен", "довольна", "довольны",
      ]),
    .init(
      "pl", "praise",
      [
        "świetn*", "doskonał*", "idealn*", "polecam", "rewelacja", "rewelacyjn*", "bardzo dobr*",
        "bardzo zadowolon*",
      ]),
    .init(
      "nl", "praise",
      [
        "uitstekend", "geweldig", "aanrader", "aan te raden", "heel goed", "zeer goed", "zeer tevreden",
        "heel tevreden",
      ]),
    .init("tr", "praise", ["mükemmel", "harika", "çok güzel", "çok iyi", "tavsiye ederim", "muhteşem", "bayıldım"]),
  ]

  // MARK: - Incentives

  /// Rewarded or free-product reviews (category "incentivized").
  static let incentives: [LexiconTermList] = [
    .init(
      "en", "incentivized",
      [
        "received this product for free", "received this item for free", "received it for free",
        "received this for free", "received the product for free", "got this for free",
        "got it for free", "got this product for free", "free in exchange", "in exchange for an honest review",
        "in exchange for my honest review", "in exchange for a review", "in exchange for review",
        "in exchange for my review", "in exchange for an unbiased review", "in exchange for honest feedback",
        "discount for review", "discount for a review", "discount for my review", "discount in exchange",
        "discounted in exchange", "free sample for review", "provided by the seller for review",
        "sent to me for free", "cashback for review", "refund for review", "refund after review",
      ]),
    .init(
      "fr", "incentivized",
      [
        "produit offert", "offert par le vendeur", "en échange d'un avis", "en échange de mon avis",
        "en échange d'un commentaire", "reçu gratuitement", "obtenu gratuitement", "gratuitement en échange",
        "réduction en échange", "remise en échange", "produit gratuit", "testé gratuitement",
      ]),
    .init(
      "es", "incentivized",
      [
        "producto gratis a cambio", "gratis a cambio", "a cambio de una reseña", "a cambio de mi opinión",
        "a cambio de una opinión", "a cambio de una opinión honesta", "a cambio de una valoración",
        "recibí el producto gratis", "recibí gratis", "producto gratis", "descuento a cambio",
        "reembolso a cambio", "producto regalado",
      ]),
    .init(
      "pt", "incentivized",
      [
        "recebi gratuitamente", "recebi de graça", "em troca de uma avaliação", "em troca de avaliação",
        "em troca da avaliação", "em troca de uma opinião", "produto gratuito", "desconto em troca",
        "produto cedido",
      ]),
    .init(
      "de", "incentivized",
      [
        "kostenlos zur verfügung gestellt", "kostenlos erhalten", "gratis erhalten",
        "im austausch gegen eine ehrliche bewertung", "im austausch für eine bewertung",
        "im austausch gegen eine bewertung", "rabatt für eine bewertung", "rabatt gegen bewertung",
        "zum testen erhalten", "vergünstigt erhalten", "produkttester",
      ]),
    .init(
      "it", "incentivized",
      [
        "ricevuto gratuitamente", "ricevuto gratis", "in cambio di una recensione",
        "in cambio di una recensione onesta", "in cambio della recensione", "prodotto omaggio",
        "ricevuto in omaggio", "sconto in cambio", "fornito gratuitamente",
      ]),
    .init(
      "ru", "incentivized",
      [
        "получил бесплатно", "получила бесплатно", "бесплатно в обмен", "в обмен на отзыв",
        "в обмен на честный отзыв", "скидк* за отзыв", "кешбэк за отзыв", "кэшбэк за отзыв",
        "бесплатно за отзыв", "товар за отзыв", "баллы за отзыв", "предоставлен бесплатно",
      ]),
    .init(
      "pl", "incentivized",
      ["w zamian za opinię", "w zamian za recenzję", "otrzymałem za darmo", "otrzymałam za darmo"]),
    .init("nl", "incentivized", ["gratis ontvangen", "in ruil voor een eerlijke review", "in ruil voor een review"]),
    .init("tr", "incentivized", ["ücretsiz gönderildi", "yorum karşılığında", "ücretsiz olarak aldım"]),
  ]

  // MARK: - Other-seller and other-variant notices

  /// Category of a statement that reviews come from other sellers.
  static let otherSellers = "other-sellers"
  /// Category of a statement that reviews cover other variants, colours, sizes or formats.
  static let otherVariants = "other-variants"
  /// Internal category of "This seller" (paired with `totalSalesMarker`).
  static let thisSellerMarker = "_this-seller"
  /// Internal category of "Total sales" (paired with `thisSellerMarker`).
  static let totalSalesMarker = "_total-sales"

  /// Notices that a page's reviews cover other sellers or variants.
  static let notices: [LexiconTermList] = [
    .init(
      "en", otherSellers,
      [
        "review* from other sellers", "rating* from other sellers", "rating* of the same product from other sellers",
        "review* of the same product from other sellers", "same product from other sellers",
        "review* of other sellers", "from other sellers",
      ]),
    .init(
      "en", otherVariants,
      [
        "review* for other variation*", "review* for other variant*", "review* for other colo*",
        "review* for other size*", "review* for other style*", "review* for other model*",
        "review* for other version*", "review* for other format*", "review* of other variation*",
        "review* of other variant*", "review* from other variant*", "includes reviews for",
        "including reviews for other",
      ]),
    .init(
      "fr", otherSellers,
      [
        "avis d'autres vendeurs", "avis des autres vendeurs", "évaluations d'autres vendeurs",
        "avis provenant d'autres vendeurs", "d'autres vendeurs",
      ]),
    .init(
      "fr", otherVariants,
      [
        "avis pour d'autres variantes", "avis sur d'autres variantes", "avis d'autres variantes",
        "avis pour d'autres couleurs", "avis pour d'autres tailles", "avis sur d'autres couleurs",
        "avis sur d'autres tailles",
      ]),
    .init(
      "es", otherSellers,
      [
        "reseñas de otros vendedores", "opiniones de otros vendedores", "valoraciones de otros vendedores",
        "de otros vendedores",
      ]),
    .init(
      "es", otherVariants,
      [
        "reseñas de otras variantes", "opiniones de otras variantes", "reseñas de otros colores",
        "reseñas de otras tallas", "reseñas para otras variantes",
      ]),
    .init(
      "pt", otherSellers,
      [
        "avaliações de outros vendedores", "comentários de outros vendedores", "de outros vendedores",
      ]),
    .init(
      "pt", otherVariants,
      [
        "avaliações de outras variantes", "avaliações de outras cores", "avaliações de outros tamanhos",
      ]),
    .init(
      "de", otherSellers,
      [
        "bewertungen anderer verkäufer", "bewertungen von anderen verkäufern", "rezensionen anderer verkäufer",
        "anderer verkäufer",
      ]),
    .init(
      "de", otherVariants,
      [
        "bewertungen für andere varianten", "rezensionen für andere varianten", "bewertungen anderer varianten",
        "bewertungen für andere farben", "bewertungen für andere größen",
      ]),
    .init(
      "it", otherSellers,
      [
        "recensioni di altri venditori", "recensioni da altri venditori", "valutazioni di altri venditori",
        "di altri venditori",
      ]),
    .init(
      "it", otherVariants,
      [
        "recensioni per altre varianti", "recensioni di altre varianti", "recensioni per altri colori",
        "recensioni per altre taglie",
      ]),
    .init(
      "ru", otherSellers,
      [
        "отзывы других продавцов", "отзывы от других продавцов", "оценки других продавцов",
        "других продавцов",
      ]),
    .init(
      "ru", otherVariants,
      [
        "отзывы о других вариантах", "отзывы других вариантов", "отзывы на другие варианты",
        "отзывы о других цветах", "отзывы о других размерах",
      ]),
    .init("pl", otherSellers, ["opinie innych sprzedawców", "opinie od innych sprzedawców"]),
    .init("pl", otherVariants, ["opinie o innych wariantach", "opinie innych wariantów"]),
    .init("nl", otherSellers, ["beoordelingen van andere verkopers", "reviews van andere verkopers"]),
    .init("nl", otherVariants, ["beoordelingen van andere varianten", "reviews van andere varianten"]),
    .init("tr", otherSellers, ["diğer satıcıların yorumları", "diğer satıcılardan"]),
    .init("tr", otherVariants, ["diğer varyantların yorumları"]),
    // The two halves of the AliExpress seller-statistics block; reported only together.
    .init("en", thisSellerMarker, ["this seller"]),
    .init("en", totalSalesMarker, ["total sales"]),
    .init("fr", thisSellerMarker, ["ce vendeur"]),
    .init("fr", totalSalesMarker, ["ventes totales"]),
    .init("es", thisSellerMarker, ["este vendedor"]),
    .init("es", totalSalesMarker, ["ventas totales"]),
    .init("pt", totalSalesMarker, ["vendas totais"]),
    .init("de", thisSellerMarker, ["dieser verkäufer"]),
    .init("de", totalSalesMarker, ["gesamtverkäufe", "verkäufe insgesamt"]),
    .init("it", thisSellerMarker, ["questo venditore"]),
    .init("it", totalSalesMarker, ["vendite totali"]),
    .init("ru", thisSellerMarker, ["этот продавец"]),
    .init("ru", totalSalesMarker, ["всего продаж"]),
  ]
}

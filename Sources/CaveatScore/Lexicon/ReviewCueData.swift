/// Cue phrases for reading reviews (see `ReviewReader`), by category and language.
///
/// Source: written from the author's own working knowledge of the ten languages (en, fr, es,
/// pt, de, it, ru, pl, ja, zh), following each language's grammar of negation, contrast and
/// complaint; no external corpus or word list was copied. The defect cues of `LexiconData`
/// are used as well (they also cover nl and tr).
///
/// Categories starting with `_` are context markers, never reported on their own:
///
/// - `_neg`: negates a cue a few words later in the same clause ("not", "sans", "没有").
/// - `_postneg`: negates the cue right before it ("scratch-free", "дефектов нет"); in Japanese,
///   a few characters before it ("壊れていない").
/// - `_contrast`: starts a new clause ("but", "mais", "でも", "但是").
/// - `_hypo`: what follows in the clause is feared, hoped, supposed or reported by others
///   ("if", "I was afraid", "other reviews say").
/// - `_because`: "because"; a defect cue before it in the sentence, explained by praise after
///   it, is a joke ("half of it is missing, because this stuff is amazing").
/// - `_sarcasm`: irony markers ("yeah right", "thanks for nothing"); positive readings of the
///   review are dropped.
/// - `_neutral`: idioms that only look like cues ("missing out", "broke the bank", "packed
///   with features"); matched to hide what they contain.
/// - `_arrival`: delivery context ("arrived", "reçu", "llegó", "届いた", "收到").
/// - `_later`: the damage came later, in use ("after a week", "после", "用了").
/// - `_box`: a parcel, box or envelope: a damage cue right after or before it is about the
///   packaging.
/// - `_packing`: the packing itself ("packaging", "packed", "emballage", "梱包"); next to
///   `_packgood` / `_packbad` (or praise) it says how well the item was packed.
/// - `_resolved`: a refund, replacement or resend that happened ("refunded me", "sent a new
///   one"); negated, the refund or replacement was refused.
/// - `_refund`: the noun "refund" (or "money back"); negated, or with `_delay`, a refund
///   refused or late; with `_fast`, a quick one.
/// - `_fast` / `_delay`: how long the resolution took.
/// - `_contact`: the seller answered ("replied", "répondu", "返信"); negated, the seller is
///   unresponsive.
///
/// Other categories are defect kinds (`damaged`, `defective`, `not-working`, `missing-parts`,
/// `wrong-item`, `counterfeit`, `not-as-described`, optionally with `/arrival` when the
/// phrase itself says the damage was there on arrival), `praise`, or a `ReviewClass` raw value.
enum ReviewCueData {
  // MARK: - Negation, contrast and framing

  static let negators: [LexiconTermList] = [
    .init(
      "en", "_neg", ["not", "no", "never", "nothing", "none", "without", "zero", "nor", "neither", "t", "free of"]),
    .init(
      "fr", "_neg",
      ["pas", "sans", "aucun", "aucune", "rien", "jamais", "ni", "ne", "n", "non", "pas de", "pas un", "pas une"]),
    .init("es", "_neg", ["sin", "ningun", "ninguna", "ninguno", "nada", "nunca", "tampoco", "ni"]),
    .init("pt", "_neg", ["nao", "sem", "nenhum", "nenhuma", "nem", "nunca"]),
    .init(
      "de", "_neg",
      [
        "kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "ohne", "nie", "niemals",
        "weder",
      ]),
    .init("it", "_neg", ["senza", "nessun", "nessuna", "nessuno", "niente", "mai", "neanche", "nemmeno", "nulla"]),
    .init(
      "ru", "_neg",
      ["не", "без", "ни", "никаких", "никакого", "никакои", "ничего", "никогда", "ноль"]),
    .init(
      "pl", "_neg",
      ["nie", "bez", "zadnych", "zadnego", "zadnej", "zadne", "zaden", "zadna", "nigdy", "ani", "zero"]),
    .init("nl", "_neg", ["niet", "geen", "zonder", "nooit"]),
    .init("tr", "_neg", ["hic"]),
    .init("zh", "_neg", ["不", "没", "没有", "无", "未", "毫无", "并没有", "从没", "从来没有", "零"]),
  ]

  static let postNegators: [LexiconTermList] = [
    .init("en", "_postneg", ["free", "resistant", "proof"]),
    // German puts "nicht" after the verb: "antwortet nicht", "reagiert nicht".
    .init("de", "_negboth", ["nichts", "nicht"]),
    .init("ru", "_negboth", ["нет", "не было", "не обнаружено", "не нашел", "не нашла"]),
    .init("pl", "_negboth", ["brak", "nie ma", "nie bylo"]),
    .init("tr", "_postneg", ["degil", "yok"]),
    .init("ja", "_postneg", ["ない", "なし", "無し", "無い", "ません", "なかった", "なかっ", "なく"]),
  ]

  static let contrasts: [LexiconTermList] = [
    .init("en", "_contrast", ["but", "however", "although", "though", "except"]),
    .init("fr", "_contrast", ["mais", "cependant", "sauf", "pourtant", "toutefois", "par contre"]),
    .init("es", "_contrast", ["pero", "sino", "aunque", "excepto", "sin embargo"]),
    .init("pt", "_contrast", ["mas", "porem", "entretanto", "contudo", "so que"]),
    .init("de", "_contrast", ["aber", "jedoch", "sondern", "allerdings", "trotzdem", "dafur"]),
    .init("it", "_contrast", ["ma", "tuttavia", "pero", "peccato che"]),
    .init("ru", "_contrast", ["но", "однако", "зато", "хотя", "а вот"]),
    .init("pl", "_contrast", ["ale", "lecz", "jednak", "natomiast", "za to"]),
    .init("nl", "_contrast", ["maar", "echter"]),
    .init("tr", "_contrast", ["ama", "fakat", "ancak"]),
    .init("ja", "_contrast", ["でも", "しかし", "けど", "けれど", "ですが", "だが", "ものの", "のに", "ところが"]),
    .init("zh", "_contrast", ["但是", "但", "可是", "不过", "然而", "却", "只是"]),
  ]

  static let hypotheticals: [LexiconTermList] = [
    .init(
      "en", "_hypo",
      [
        "if", "in case", "unless", "worried", "afraid", "feared", "expected", "hope", "hopefully", "hoping",
        "reviews said", "reviews say", "reviews mention", "reviews mentioned", "people say", "people said",
        "others say", "others said", "some said", "some say", "would have been", "could have been",
      ]),
    .init(
      "fr", "_hypo",
      [
        "au cas ou", "peur", "craignais", "craint", "j'espere", "esperons", "d'autres avis", "certains avis",
        "les avis disent", "les commentaires disent", "certains disent",
      ]),
    .init(
      "es", "_hypo",
      [
        "por si", "en caso de", "miedo", "temia", "temía", "espero que", "ojala", "otras resenas", "otros comentarios",
        "algunos dicen", "las resenas dicen", "los comentarios dicen",
      ]),
    .init(
      "pt", "_hypo",
      [
        "caso", "medo", "receio", "espero que", "tomara", "outros comentarios", "outras avaliacoes",
        "alguns dizem", "os comentarios dizem",
      ]),
    .init(
      "de", "_hypo",
      [
        "falls", "angst", "befurchtet", "befurchtete", "hoffe", "hoffentlich", "andere bewertungen",
        "manche bewertungen", "andere schreiben", "manche schreiben", "laut bewertungen",
      ]),
    .init(
      "it", "_hypo",
      [
        "nel caso", "in caso", "paura", "temevo", "spero", "speriamo", "altre recensioni", "alcune recensioni",
        "alcuni dicono", "le recensioni dicono",
      ]),
    .init(
      "ru", "_hypo",
      [
        "если", "боялся", "боялась", "опасался", "опасалась", "надеюсь", "в отзывах", "другие отзывы",
        "пишут что", "некоторые пишут",
      ]),
    .init(
      "pl", "_hypo",
      [
        "jesli", "jezeli", "gdyby", "balem sie", "balam sie", "obawialem", "obawialam", "mam nadzieje",
        "inne opinie", "w opiniach", "niektorzy pisza",
      ]),
    .init("ja", "_hypo", ["心配", "不安", "もし", "万が一", "レビューで", "レビューでは", "他のレビュー", "期待"]),
    .init("zh", "_hypo", ["如果", "万一", "担心", "害怕", "怕", "希望", "有人说", "评论说", "看评论"]),
  ]

  static let becauses: [LexiconTermList] = [
    .init("en", "_because", ["because", "cause", "cos", "cuz", "coz"]),
    .init("fr", "_because", ["parce que", "puisque"]),
    .init("es", "_because", ["porque", "ya que"]),
    .init("pt", "_because", ["porque", "pois"]),
    .init("de", "_because", ["weil", "denn"]),
    .init("it", "_because", ["perche", "poiche"]),
    .init("ru", "_because", ["потому что", "так как", "ведь"]),
    .init("pl", "_because", ["bo", "poniewaz"]),
    .init("ja", "_because", ["から", "ので"]),
    .init("zh", "_because", ["因为"]),
  ]

  static let sarcasm: [LexiconTermList] = [
    .init(
      "en", "_sarcasm",
      [
        "yeah right", "yeah sure", "thanks for nothing", "oh great", "just great", "what a joke", "lol right",
        "as if", "my foot", "said no one", "sure jan",
      ]),
    .init("fr", "_sarcasm", ["merci pour rien", "c'est ca oui", "mon oeil", "tu parles", "bravo vraiment"]),
    .init("es", "_sarcasm", ["gracias por nada", "si claro", "ya claro", "que chiste", "menuda broma"]),
    .init("pt", "_sarcasm", ["obrigado por nada", "valeu por nada", "so que nao", "ta bom sei", "ate parece"]),
    .init("de", "_sarcasm", ["danke fur nichts", "na toll", "ja klar", "ganz toll", "super gemacht"]),
    .init("it", "_sarcasm", ["grazie di niente", "grazie per niente", "come no", "si certo", "ma certo"]),
    .init("ru", "_sarcasm", ["спасибо за ничего", "ага конечно", "ну да конечно", "ну спасибо", "ага щас"]),
    .init("pl", "_sarcasm", ["dzieki za nic", "dziekuje za nic", "jasne jasne", "akurat", "no pieknie"]),
    .init("ja", "_sarcasm", ["さすがですね", "ありがとうございましたね"]),
    .init("zh", "_sarcasm", ["呵呵", "真是谢谢了", "谢谢你全家", "服了"]),
  ]

  /// Idioms that contain cue words but mean something else; matched so the cue is hidden.
  static let neutral: [LexiconTermList] = [
    .init(
      "en", "_neutral",
      [
        "missing out", "miss out", "missing piece", "only thing missing", "only thing that's missing",
        "broke the bank", "break the bank", "breaking the bank", "cracked me up", "crack open", "burned through",
        "burn through", "blew my mind", "fake news", "fake fur", "fake plant", "fake plants", "fake flowers",
        "fake flower", "fake lashes", "fake eyelashes", "fake nails", "fake tan", "fake snow", "fake blood",
        "fake grass", "fake tree", "fake trees", "fake leather", "packed with", "packed full", "packs a punch",
        "jam packed", "no problem", "no problems", "no issue", "no issues", "money back guarantee", "rust proof",
        "leak proof", "crack the code", "damage control",
      ]),
    .init("fr", "_neutral", ["ca dechire", "ca casse pas des briques", "sans probleme", "sans souci", "pas de souci"]),
    .init("es", "_neutral", ["la rompe", "rompe todo", "sin problema", "sin problemas", "ningun problema"]),
    .init("pt", "_neutral", ["quebra um galho", "quebrou o galho", "sem problema", "sem problemas"]),
    .init("de", "_neutral", ["kein problem", "keine probleme", "ohne probleme", "der hammer"]),
    .init("it", "_neutral", ["nessun problema", "senza problemi", "spacca"]),
    .init("ru", "_neutral", ["без проблем", "никаких проблем", "огонь", "бомба"]),
    .init("pl", "_neutral", ["bez problemu", "bez problemow", "zadnych problemow", "petarda", "sztos"]),
    .init(
      "ja", "_neutral",
      ["問題なく", "問題なし", "問題ありません", "返金してほしい", "返金して欲しい", "返金希望", "返品したい", "交換してほしい", "交換して欲しい", "返金してください"]),
    .init("zh", "_neutral", ["没问题", "没有问题", "没毛病", "完好无损", "好像"]),
  ]

  // MARK: - Defects beyond LexiconData

  /// Defect phrases missing from `LexiconData.defects`: Japanese, Chinese, and phrases that say
  /// the item was damaged on arrival.
  static let defects: [LexiconTermList] = [
    .init(
      "en", "not-working/arrival", ["dead on arrival", "doa", "arrived dead", "came dead", "dead out of the box"]),
    .init(
      "en", "damaged/arrival",
      [
        "broken in transit", "damaged in transit", "damaged in shipping",
        "broken in shipping", "damaged during shipping", "broke in transit", "shipping damage",
      ]),
    .init(
      "en", "not-working",
      ["doesn't work out of the box", "won't power on"]),
    .init(
      "en", "damaged",
      [
        "shattered", "smashed", "dent", "dents", "cracked screen", "in pieces", "snapped", "hole in", "holes in",
        "fell apart", "falling apart", "came apart", "coming apart", "bad stitching", "frayed",
      ]),
    .init("en", "not-working", ["dead", "died", "dies"]),
    .init("en", "_neutral", ["dead simple", "dead easy", "dead quiet", "dead on", "dead silent", "drop dead"]),
    .init("en", "missing-parts", ["was missing", "were missing", "is missing", "are missing", "missing screws"]),
    .init(
      "fr", "damaged",
      ["casse", "cassee", "brise", "fele", "raye", "rayee", "bosse", "bossee", "en morceaux", "ebreche*", "ecrase*"]),
    .init("fr", "missing-parts", ["manque", "manquait", "manquaient"]),
    .init("fr", "not-working", ["ne fonctionnait pas", "ne marchait pas", "ne s'allumait pas"]),
    .init(
      "es", "damaged",
      [
        "roto", "rota", "en pedazos", "hecho pedazos", "rajad*", "aplastad*", "rompio", "se rompio", "se ha roto",
        "se rompieron", "astillad*", "desgarrad*",
      ]),
    .init("es", "missing-parts", ["no venia", "no traia"]),
    .init(
      "pt", "damaged", ["em pedacos", "estilhacad*", "risco", "riscos", "arranhao", "arranhoes", "rasgad*", "lascad*"]),
    .init(
      "pt", "damaged/arrival",
      ["veio quebrado", "veio quebrada", "chegou quebrado", "chegou quebrada", "chegou danificado", "veio danificado"]),
    .init(
      "de", "damaged",
      [
        "zerbrochen", "in scherben", "zersprungen", "eingedruckt", "gebrochen", "kratzer*", "sprung", "riss", "risse",
        "abgebrochen", "zerdruckt",
      ]),
    .init("de", "missing-parts", ["fehlte"]),
    .init(
      "de", "not-working",
      [
        "funktioniert es nicht", "funktioniert sie nicht", "funktioniert er nicht", "geht es nicht", "ladt nicht",
        "startet nicht", "geht nicht mehr", "schaltet sich nicht ein", "ladt nicht mehr",
      ]),
    .init("de", "damaged/arrival", ["transportschaden", "transportschaden"]),
    .init("it", "damaged", ["in frantumi", "a pezzi", "rotto", "rotta", "schiacciat*", "si e rotto", "si e rotta"]),
    .init("it", "missing-parts", ["mancava", "mancavano"]),
    .init("ru", "damaged", ["разбил*", "вдребезги", "побит*", "треснул*", "порвал*", "лопнул*", "отвалил*"]),
    .init("ru", "missing-parts", ["не положили", "забыли положить", "не было в комплекте"]),
    .init(
      "pl", "damaged",
      [
        "rozbit*", "popekan*", "peknie*", "pekl*", "polaman*", "rys", "rysa", "ryski", "rysami", "zgniecion*",
        "zgniot*",
      ]),
    .init(
      "ja", "damaged",
      ["壊れ", "割れ", "破損", "傷", "キズ", "ひび", "ヒビ", "欠け", "へこみ", "凹み", "破れ", "錆", "ボロボロ", "潰れ", "切れ", "ちぎれ"]),
    .init("ja", "_neutral", ["売り切れ", "品切れ", "電池切れ", "期限切れ", "充電切れ"]),
    .init("ja", "defective", ["不良", "初期不良", "不具合", "故障", "欠陥", "水漏れ", "液漏れ", "焦げ臭", "発熱", "熱くなる"]),
    .init(
      "ja", "not-working",
      [
        "動かない", "作動しない", "使えない", "反応しない", "電源が入らない", "充電できない", "点かない", "点灯しない", "起動しない", "動きません", "使えません", "動かなくな",
        "使えなくな", "つかなくな", "点かなくな",
      ]),
    .init("ja", "missing-parts", ["欠品", "部品が足りない", "足りない", "足りません", "入っていない", "入っていません", "入っていなかった", "付属していない"]),
    .init("ja", "wrong-item", ["違う商品", "別の商品", "サイズ違い", "色違い", "間違った商品", "注文と違う"]),
    .init("ja", "not-as-described", ["説明と違う", "写真と違う", "画像と違う", "記載と違う", "説明と異なる", "写真と全然違う"]),
    .init("ja", "counterfeit", ["偽物", "偽造", "コピー品", "パチモン", "ニセモノ"]),
    .init(
      "zh", "damaged",
      [
        "坏了", "坏的", "破损", "损坏", "碎了", "摔碎", "裂了", "裂痕", "裂缝", "划痕", "刮花", "变形", "压坏", "摔坏", "生锈", "破了", "磕碰", "压扁",
        "碎掉", "断了", "断掉", "开裂", "脱落",
      ]),
    .init("zh", "defective", ["质量问题", "次品", "瑕疵", "故障", "漏水", "漏气", "漏液", "残次", "烧焦", "发烫", "过热", "很烫"]),
    .init(
      "zh", "not-working",
      ["不能用", "用不了", "无法使用", "不工作", "不亮", "开不了机", "充不进电", "没反应", "坏掉", "不转", "不能充电", "没法用"]),
    .init("zh", "missing-parts", ["少了", "缺少", "缺件", "少件", "漏发", "少发", "配件不全", "不全", "缺了"]),
    .init("zh", "wrong-item", ["发错", "错发", "尺码不对", "颜色不对", "型号不对", "发成了"]),
    .init("zh", "not-as-described", ["与描述不符", "和描述不符", "与图片不符", "图片不符", "货不对板", "和图片不一样", "跟图片不一样"]),
    .init("zh", "counterfeit", ["假货", "山寨", "仿冒", "高仿", "不是正品"]),
  ]

  // MARK: - Arrival and later use

  static let arrival: [LexiconTermList] = [
    .init(
      "en", "_arrival",
      [
        "arrived", "arrive", "arrives", "arrival", "came", "comes", "delivered", "delivery", "received",
        "got it", "out of the box", "in the box", "in transit", "during shipping", "during shipment",
        "in the mail", "on arrival", "upon arrival", "opened the box", "opened the package", "opened it",
        "unboxing", "unpacked", "showed up", "turned up", "after opening", "after unboxing",
      ]),
    .init(
      "fr", "_arrival",
      [
        "arrive", "arrivee", "arrives", "arrivees", "recu", "recue", "recus", "livre", "livree", "livraison",
        "a la reception", "a l'ouverture", "dans le colis", "pendant le transport", "au deballage", "en ouvrant",
      ]),
    .init(
      "es", "_arrival",
      [
        "llego", "llegaron", "llegada", "recibi", "recibido", "recibida", "al abrir", "en el envio",
        "durante el envio", "en el transporte", "me llego", "vino", "vinieron",
      ]),
    .init(
      "pt", "_arrival",
      [
        "chegou", "chegaram", "veio", "vieram", "recebi", "recebido", "ao abrir", "no transporte", "na entrega",
        "entregue",
      ]),
    .init(
      "de", "_arrival",
      [
        "angekommen", "ankam", "kam", "kamen", "geliefert", "lieferung", "erhalten", "beim auspacken",
        "beim transport", "beim offnen", "zugestellt",
      ]),
    .init(
      "it", "_arrival",
      [
        "arrivato", "arrivata", "arrivati", "arrivate", "arriva", "ricevuto", "ricevuta", "consegnato",
        "consegnata", "consegna", "all'apertura", "durante il trasporto", "nel trasporto", "aprendo",
      ]),
    .init(
      "ru", "_arrival",
      [
        "пришел", "пришла", "пришло", "пришли", "доставили", "получил", "получила", "получили",
        "при получении", "при доставке", "при транспортировке", "в дороге", "в посылке", "распаковке",
        "приехал", "приехала", "приехало",
      ]),
    .init(
      "pl", "_arrival",
      [
        "przyszedl", "przyszla", "przyszlo", "przyszly", "dotarl*", "doszl*", "doszedl", "dostalem",
        "dostalam", "otrzymal*", "w transporcie", "po rozpakowaniu", "w paczce", "przyjechal*",
      ]),
    .init("ja", "_arrival", ["届い", "届き", "到着", "配送中", "輸送中", "開封", "開けたら", "受け取", "届く"]),
    .init("zh", "_arrival", ["收到", "到货", "到手", "送到", "运输", "拆开", "打开", "寄到", "快递到"]),
  ]

  static let later: [LexiconTermList] = [
    .init("en", "_later", ["after", "later", "within a week of use", "after using", "over time", "eventually"]),
    .init("fr", "_later", ["apres", "au bout de", "plus tard", "a l'usage"]),
    .init("es", "_later", ["despues", "al cabo de", "mas tarde", "con el uso", "a los"]),
    .init("pt", "_later", ["depois", "apos", "com o uso", "mais tarde"]),
    .init("de", "_later", ["nach", "spater", "mit der zeit"]),
    .init("it", "_later", ["dopo", "piu tardi", "con l'uso"]),
    .init("ru", "_later", ["через", "спустя", "после", "потом"]),
    .init("pl", "_later", ["po", "pozniej"]),
    .init("ja", "_later", ["後", "使っていたら", "使用中", "経って", "してから"]),
    .init("zh", "_later", ["之后", "以后", "后来", "用了", "几天后"]),
  ]

  // MARK: - Packing

  static let boxes: [LexiconTermList] = [
    .init("en", "_box", ["box", "boxes", "parcel", "carton", "envelope", "packet", "outer box", "mailer"]),
    .init("fr", "_box", ["boite", "carton", "colis", "paquet", "enveloppe"]),
    .init("es", "_box", ["caja", "paquete", "sobre", "envoltorio"]),
    .init("pt", "_box", ["caixa", "pacote", "envelope"]),
    .init("de", "_box", ["karton", "paket", "schachtel", "umschlag", "packchen", "kiste"]),
    .init("it", "_box", ["scatola", "pacco", "busta", "cartone"]),
    .init("ru", "_box", ["короб*", "посылк*", "пакет"]),
    .init("pl", "_box", ["pudelk*", "paczk*", "karton*", "koperta"]),
    .init("ja", "_box", ["箱", "外箱", "段ボール", "封筒"]),
    .init("zh", "_box", ["箱子", "盒子", "外箱", "快递盒", "纸箱", "盒"]),
  ]

  static let packing: [LexiconTermList] = [
    .init("en", "_packing", ["packaging", "packing", "packed", "packaged", "wrapped", "package"]),
    .init("fr", "_packing", ["emballage", "emballe", "emballee", "emballes", "conditionnement", "conditionne"]),
    .init(
      "es", "_packing",
      [
        "embalaje", "embalado", "embalada", "empaque", "empaquetado", "empaquetada", "envuelto", "protegido",
        "protegida",
      ]),
    .init(
      "pt", "_packing", ["embalagem", "embalado", "embalada", "empacotado", "empacotada", "protegido", "protegida"]),
    .init("de", "_packing", ["verpackung", "verpackt", "eingepackt", "geschutzt"]),
    .init(
      "it", "_packing",
      [
        "imballaggio", "imballo", "imballato", "imballata", "confezione", "confezionato", "impacchettato", "protetto",
        "protetta",
      ]),
    .init("ru", "_packing", ["упаковк*", "упакован*", "упаковано"]),
    .init("pl", "_packing", ["opakowani*", "zapakowan*", "zapakowane"]),
    .init("ja", "_packing", ["梱包", "包装", "梱包も", "梱包が"]),
    .init("zh", "_packing", ["包装", "外包装", "打包", "包得"]),
  ]

  static let packGood: [LexiconTermList] = [
    .init(
      "en", "_packgood",
      [
        "well", "good", "great", "excellent", "perfect", "nice", "nicely", "secure", "securely", "careful",
        "carefully", "sturdy", "solid", "neat", "neatly", "safe", "safely", "with care", "very well", "tightly",
        "thoroughly", "properly", "impeccable",
      ]),
    .init(
      "fr", "_packgood",
      [
        "bien", "bon", "bonne", "soigne", "soignee", "soigneusement", "parfait", "parfaitement", "excellent",
        "impeccable", "avec soin", "securise", "protege", "tres bien", "nickel",
      ]),
    .init(
      "es", "_packgood",
      [
        "bien", "buen", "bueno", "buena", "excelente", "perfecto", "perfectamente", "cuidado", "cuidadoso", "protegido",
        "seguro",
      ]),
    .init(
      "pt", "_packgood",
      [
        "bem", "bom", "boa", "otima", "otimo", "excelente", "perfeita", "caprichad*", "cuidadosamente", "protegido",
        "reforcad*",
      ]),
    .init(
      "de", "_packgood",
      [
        "gut", "sehr gut", "super", "top", "sorgfaltig", "sicher", "ordentlich", "einwandfrei", "perfekt",
        "hervorragend", "toll",
      ]),
    .init(
      "it", "_packgood",
      [
        "bene", "buono", "ottimo", "ottima", "perfetto", "perfetta", "curato", "curata", "accurat*", "eccellente",
        "sicuro", "protetto",
      ]),
    .init("ru", "_packgood", ["хорош*", "отличн*", "надежн*", "аккуратн*", "супер", "на совесть", "добротн*"]),
    .init("pl", "_packgood", ["dobr*", "dobrze", "swietn*", "solidn*", "starann*", "bezpieczn*", "porzadn*", "super"]),
    .init("ja", "_packgood", ["丁寧", "しっかり", "厳重", "綺麗", "きれい", "完璧"]),
    .init("zh", "_packgood", ["很好", "好", "严实", "仔细", "结实", "用心", "完好", "精美", "很严实"]),
  ]

  static let packBad: [LexiconTermList] = [
    .init(
      "en", "_packbad",
      [
        "bad", "badly", "poor", "poorly", "terrible", "awful", "horrible", "crap", "flimsy", "thin", "insufficient",
        "inadequate", "careless", "carelessly", "lousy", "nonexistent", "non existent", "sloppy", "cheap",
      ]),
    .init(
      "fr", "_packbad",
      [
        "mauvais", "mauvaise", "mal", "nul", "nulle", "mediocre", "catastrophique", "insuffisant", "deplorable",
        "minimaliste",
      ]),
    .init(
      "es", "_packbad",
      [
        "malo", "mala", "mal", "pesimo", "pesima", "fatal", "horrible", "deficiente", "insuficiente", "escaso",
        "de pena",
      ]),
    .init("pt", "_packbad", ["ruim", "pessima", "pessimo", "horrivel", "fraca", "precaria", "mal"]),
    .init(
      "de", "_packbad",
      ["schlecht", "miserabel", "katastrophal", "unzureichend", "durftig", "lieblos", "mies", "schlampig"]),
    .init(
      "it", "_packbad",
      ["pessimo", "pessima", "scarso", "scarsa", "scadente", "inesistente", "orribile", "insufficiente", "male"]),
    .init("ru", "_packbad", ["плох*", "ужасн*", "отвратительн*", "никакая", "никакои", "хлипк*"]),
    .init("pl", "_packbad", ["slab*", "fataln*", "kiepsk*", "tragiczn*", "beznadziejn*", "zle"]),
    .init("ja", "_packbad", ["雑", "ひどい", "酷い", "悪い", "適当"]),
    .init("zh", "_packbad", ["差", "简陋", "太差", "很差", "糟糕", "随便", "太简单"]),
  ]

  static let wellPacked: [LexiconTermList] = [
    .init(
      "en", ReviewClass.wellPacked.rawValue,
      [
        "bubble wrap", "bubble wrapped", "double boxed", "well protected", "packed with care", "padded envelope",
        "lots of padding", "plenty of padding", "well padded", "packed like a fortress", "securely wrapped",
      ]),
    .init(
      "fr", ReviewClass.wellPacked.rawValue,
      ["papier bulle", "film bulle", "bien protege", "bien protegee", "bien emballe", "bien emballee"]),
    .init(
      "es", ReviewClass.wellPacked.rawValue,
      ["plastico de burbujas", "papel burbuja", "bien protegido", "bien protegida", "bien embalado", "bien embalada"]),
    .init(
      "pt", ReviewClass.wellPacked.rawValue,
      ["plastico bolha", "bem protegido", "bem protegida", "bem embalado", "bem embalada"]),
    .init(
      "de", ReviewClass.wellPacked.rawValue,
      ["luftpolsterfolie", "gut geschutzt", "sicher verpackt", "gut verpackt", "bestens verpackt"]),
    .init(
      "it", ReviewClass.wellPacked.rawValue,
      ["pluriball", "ben protetto", "ben protetta", "ben imballato", "ben imballata", "imballato benissimo"]),
    .init(
      "ru", ReviewClass.wellPacked.rawValue,
      ["пупырчат*", "хорошо упакован*", "надежно упакован*", "упаковано отлично"]),
    .init(
      "pl", ReviewClass.wellPacked.rawValue,
      ["folia babelkowa", "folii babelkowej", "dobrze zapakowan*", "dobrze zabezpieczon*", "solidnie zapakowan*"]),
    .init("ja", ReviewClass.wellPacked.rawValue, ["プチプチ", "緩衝材", "丁寧な梱包", "丁寧に梱包", "梱包が丁寧", "しっかり梱包"]),
    .init("zh", ReviewClass.wellPacked.rawValue, ["气泡膜", "包装严实", "包装很好", "包装完好", "包装很仔细", "包得很好", "包装很用心"]),
  ]

  static let badlyPacked: [LexiconTermList] = [
    .init(
      "en", ReviewClass.badlyPacked.rawValue,
      [
        "no padding", "no protection", "no bubble wrap", "without any protection", "without protection",
        "zero protection", "thin envelope", "just a plastic bag", "in a plastic bag", "loose in the box",
        "rattling around", "thrown in a box", "thrown in a bag", "packed like garbage", "barely packed",
      ]),
    .init(
      "fr", ReviewClass.badlyPacked.rawValue,
      [
        "aucune protection", "sans protection", "sans papier bulle", "mal emballe", "mal emballee", "mal protege",
        "simple sachet", "simple enveloppe", "en vrac dans",
      ]),
    .init(
      "es", ReviewClass.badlyPacked.rawValue,
      [
        "sin proteccion", "ninguna proteccion", "mal embalado", "mal embalada", "mal empaquetado", "mal protegido",
        "en una bolsa de plastico", "suelto en la caja",
      ]),
    .init(
      "pt", ReviewClass.badlyPacked.rawValue,
      [
        "sem protecao", "nenhuma protecao", "mal embalado", "mal embalada", "mal protegido", "num saco plastico",
        "solto na caixa",
      ]),
    .init(
      "de", ReviewClass.badlyPacked.rawValue,
      [
        "ohne polsterung", "keine polsterung", "ohne schutz", "schlecht verpackt", "mangelhaft verpackt",
        "lose im karton", "nur in einer tute",
      ]),
    .init(
      "it", ReviewClass.badlyPacked.rawValue,
      [
        "senza protezione", "nessuna protezione", "imballato male", "imballata male", "mal imballato", "senza imballo",
        "in una busta di plastica",
      ]),
    .init(
      "ru", ReviewClass.badlyPacked.rawValue,
      ["без защиты", "без пупырки", "упаковано плохо", "плохо упакован*", "в простом пакете", "болтался в коробке"]),
    .init(
      "pl", ReviewClass.badlyPacked.rawValue,
      [
        "bez zabezpieczenia", "bez zadnego zabezpieczenia", "zle zapakowan*", "slabo zapakowan*", "w foliowce",
        "luzem w kartonie",
      ]),
    .init(
      "ja", ReviewClass.badlyPacked.rawValue,
      ["緩衝材なし", "緩衝材もなく", "緩衝材が無", "梱包が雑", "雑な梱包", "簡易包装", "袋に入れただけ", "保護されていない", "保護なし"]),
    .init(
      "zh", ReviewClass.badlyPacked.rawValue,
      ["包装太差", "包装很差", "包装简陋", "没有泡沫", "没有气泡膜", "包装太简单", "随便一包", "没有任何保护", "没有保护", "毫无保护"]),
  ]

  // MARK: - After-sale

  static let resolved: [LexiconTermList] = [
    .init(
      "en", "_resolved",
      [
        "refunded", "refunded me", "got a refund", "got my refund", "got a full refund", "received a refund",
        "received my refund", "gave me a refund", "gave me a full refund", "issued a refund", "full refund",
        "partial refund", "got my money back", "money back", "sent a replacement", "sent me a replacement",
        "sent a new one", "sent me a new one", "replacement arrived", "new one arrived", "reshipped", "resent",
        "they replaced", "seller replaced", "replaced it for free", "replaced it immediately", "refund came",
        "refund arrived", "refund was processed",
      ]),
    .init(
      "fr", "_resolved",
      [
        "rembourse", "remboursee", "m'a rembourse", "m'ont rembourse", "ete rembourse", "ete remboursee",
        "envoye un nouveau", "renvoye un nouveau", "renvoye un autre", "envoye un autre", "remplace",
        "a remplace", "recu le remboursement", "recu mon remboursement",
      ]),
    .init(
      "es", "_resolved",
      [
        "reembolsaron", "me reembolsaron", "reembolsado", "reembolsada", "me devolvieron el dinero",
        "devolvio el dinero", "devolvieron el dinero", "me enviaron otro", "me mandaron otro", "enviaron uno nuevo",
        "mandaron uno nuevo", "mando uno nuevo", "mando otro", "envio otro", "envio uno nuevo", "envio otra",
        "reemplazo", "reemplazaron", "lo reemplazaron", "me lo cambiaron", "recibi el reembolso",
      ]),
    .init(
      "pt", "_resolved",
      [
        "reembolsou", "me reembolsou", "fui reembolsado", "fui reembolsada", "devolveu o dinheiro",
        "devolveram o dinheiro", "enviou outro", "mandou outro", "mandaram outro", "enviaram outro", "trocou",
        "trocaram", "substituiu", "recebi o reembolso", "reembolso caiu",
      ]),
    .init(
      "de", "_resolved",
      [
        "erstattet", "zuruckerstattet", "geld zuruck", "ersatz geschickt", "ersatz geliefert", "ersatz kam",
        "neues geschickt", "neues gerat geschickt", "umgetauscht", "ausgetauscht", "ersetzt", "geld erhalten",
        "geld kam", "geld war", "geld wurde",
        "erstattung erhalten",
      ]),
    .init(
      "it", "_resolved",
      [
        "rimborsato", "rimborsata", "mi ha rimborsato", "mi hanno rimborsato", "sostituito", "sostituita",
        "sostituzione", "mandato un altro", "inviato un altro", "rispedito", "rimborso ricevuto",
        "ricevuto il rimborso", "soldi indietro",
      ]),
    .init(
      "ru", "_resolved",
      [
        "вернул деньги", "вернула деньги", "вернули деньги", "деньги вернули", "вернули средства",
        "возврат пришел", "возврат получил*", "прислали замену", "отправили новый", "отправили новую", "отправил новый",
        "отправил новую", "прислал новый", "прислал новую",
        "прислал замену",
        "заменили", "компенсаци*", "деньги вернулись", "вернул", "вернула", "вернули",
      ]),
    .init(
      "pl", "_resolved",
      [
        "zwrocil* pieniadze", "oddal* pieniadze", "dostalem zwrot", "dostalam zwrot", "zwrot dostal*",
        "otrzymal* zwrot", "wymienil*", "przyslal* nowy", "wyslal* nowy", "wyslal* nowa", "przyslal* nowa",
        "pieniadze wrocily", "zwrot pieniedzy",
      ]),
    .init(
      "ja", "_resolved",
      ["返金され", "返金して", "返金してもらい", "返金いただき", "交換して", "交換品", "再送", "新しいもの", "代替品", "返金対応", "返金がありました"]),
    .init("zh", "_resolved", ["退款了", "已退款", "退了款", "给退了", "补发", "换了新的", "重新发", "补寄", "退了钱", "退回了钱"]),
  ]

  static let refunds: [LexiconTermList] = [
    .init("en", "_refund", ["refund", "my refund", "the refund", "a refund", "replacement", "money back"]),
    .init("fr", "_refund", ["remboursement", "remplacement"]),
    .init("es", "_refund", ["reembolso", "devolucion"]),
    .init("pt", "_refund", ["reembolso", "devolucao"]),
    .init("de", "_refund", ["erstattung", "ruckerstattung", "rucksendung", "ersatz"]),
    .init("it", "_refund", ["rimborso", "reso"]),
    .init("ru", "_refund", ["возврат*", "замен*"]),
    .init("pl", "_refund", ["zwrot*", "wymian*"]),
    .init("ja", "_refund", ["返金", "返品", "交換"]),
    .init("zh", "_refund", ["退款", "退货", "退钱", "换货"]),
  ]

  static let fast: [LexiconTermList] = [
    .init(
      "en", "_fast",
      [
        "quickly", "quick", "fast", "immediately", "instantly", "promptly", "right away", "same day", "next day",
        "within hours", "within a day", "within 24 hours", "within two days", "within 2 days",
        "no questions asked", "without hassle", "no hassle", "hassle free", "straight away",
      ]),
    .init(
      "fr", "_fast",
      [
        "rapidement", "rapide", "immediatement", "aussitot", "tout de suite", "dans la journee", "sans discuter",
        "en 24h", "en 24 heures",
      ]),
    .init(
      "es", "_fast",
      ["rapidamente", "rapido", "enseguida", "inmediatamente", "al instante", "sin rechistar", "en 24 horas"]),
    .init("pt", "_fast", ["rapidamente", "rapido", "imediatamente", "na hora", "no mesmo dia", "em 24 horas"]),
    .init(
      "de", "_fast",
      ["schnell", "sofort", "umgehend", "problemlos", "anstandslos", "am selben tag", "innerhalb von 24"]),
    .init("it", "_fast", ["subito", "rapidamente", "velocemente", "immediatamente", "in giornata", "in 24 ore"]),
    .init("ru", "_fast", ["быстро", "сразу", "моментально", "оперативно", "в тот же день", "без вопросов"]),
    .init("pl", "_fast", ["szybko", "natychmiast", "blyskawicznie", "od razu", "ekspresowo"]),
    .init("ja", "_fast", ["すぐ", "迅速", "即", "早急", "早く", "すぐに", "即日"]),
    .init("zh", "_fast", ["很快", "马上", "立刻", "秒", "及时", "迅速", "当天"]),
  ]

  static let delay: [LexiconTermList] = [
    .init(
      "en", "_delay",
      [
        "finally", "weeks", "months", "forever", "still waiting", "weeks later", "months later", "took ages",
        "so long", "yet to", "still haven't", "still have not", "still not",
      ]),
    .init(
      "fr", "_delay",
      [
        "enfin", "finalement", "semaines", "mois", "toujours pas", "j'attends toujours", "attends toujours",
        "toujours en attente",
      ]),
    .init(
      "es", "_delay",
      [
        "por fin", "finalmente", "semanas", "meses", "sigo esperando", "todavia espero", "todavia no", "aun no",
        "aun espero",
      ]),
    .init(
      "pt", "_delay",
      ["finalmente", "semanas", "meses", "ainda aguardando", "ainda esperando", "ainda nao", "ate hoje"]),
    .init(
      "de", "_delay",
      [
        "endlich", "wochen", "monate", "monaten", "warte immer noch", "immer noch nicht", "noch immer nicht",
        "erst nach",
      ]),
    .init(
      "it", "_delay",
      ["finalmente", "settimane", "mesi", "ancora in attesa", "aspetto ancora", "ancora niente", "ancora non"]),
    .init("ru", "_delay", ["наконец", "недел*", "месяц*", "до сих пор", "все еще", "только через", "жду уже"]),
    .init(
      "pl", "_delay",
      [
        "wreszcie", "tygodni*", "miesiac*", "nadal czekam", "wciaz czekam", "dalej czekam", "do dzis", "dopiero po",
        "nadal nie",
      ]),
    .init("ja", "_delay", ["やっと", "ようやく", "ヶ月", "か月", "カ月", "週間", "いまだに", "未だに", "まだ"]),
    .init("zh", "_delay", ["终于", "几个月", "一个月", "拖了", "好几周", "至今", "迟迟", "还没"]),
  ]

  static let refundRefused: [LexiconTermList] = [
    .init(
      "en", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "refused to refund", "refused a refund", "refused the refund", "refused my refund", "refund refused",
        "refund was refused", "refund denied", "refund was denied", "denied my refund", "denied the refund",
        "denied a refund", "refund rejected", "rejected my refund", "won't refund", "will not refund",
        "wouldn't refund", "refuses to refund", "refused to return", "refused the return", "return refused",
        "return rejected", "rejected my return", "refused to replace", "refuses to replace", "refund never came",
        "refund is still pending", "refund still pending", "still waiting for my refund", "still waiting for a refund",
        "still waiting for the refund", "no refund",
      ]),
    .init(
      "fr", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "refuse de rembourser", "refuse le remboursement", "a refuse le remboursement", "remboursement refuse",
        "refus de remboursement", "retour refuse", "refuse le retour", "refuse de me rembourser",
        "aucun remboursement", "toujours pas rembourse", "toujours pas remboursee",
        "attends toujours mon remboursement",
        "attends toujours le remboursement", "toujours en attente du remboursement",
        "toujours en attente de remboursement",
      ]),
    .init(
      "es", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "se niega a reembolsar", "se nego a reembolsar", "nego el reembolso", "rechazo el reembolso",
        "reembolso rechazado", "reembolso denegado", "denegaron el reembolso", "no me devuelven el dinero",
        "no me devolvieron el dinero", "sigo esperando el reembolso", "sigo esperando mi reembolso",
        "no me reembolsaron", "nunca me reembolsaron", "rechazaron la devolucion", "no aceptan la devolucion",
      ]),
    .init(
      "pt", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "recusou o reembolso", "recusou reembolsar", "reembolso negado", "negou o reembolso", "negaram o reembolso",
        "nao devolveu o dinheiro", "nao devolveram o dinheiro", "nao me reembolsou", "ainda aguardando o reembolso",
        "ainda esperando o reembolso", "ainda nao recebi o reembolso", "nunca recebi o reembolso",
        "recusou a devolucao", "recusaram a devolucao",
      ]),
    .init(
      "de", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "erstattung abgelehnt", "ruckerstattung abgelehnt", "lehnt die erstattung ab", "lehnte die erstattung ab",
        "lehnt die ruckerstattung ab", "lehnte die ruckerstattung ab", "verweigert die erstattung",
        "verweigert die ruckerstattung", "kein geld zuruck", "warte immer noch auf mein geld",
        "warte immer noch auf die erstattung", "rucksendung abgelehnt", "weigert sich", "weigerte sich",
      ]),
    .init(
      "it", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "rifiutato il rimborso", "rimborso rifiutato", "rimborso negato", "negato il rimborso",
        "si rifiuta di rimborsare", "si e rifiutato di rimborsare", "mai rimborsato", "ancora in attesa del rimborso",
        "aspetto ancora il rimborso", "non mi hanno rimborsato", "non mi ha rimborsato", "reso rifiutato",
        "rifiutato il reso",
      ]),
    .init(
      "ru", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "отказал* в возврате", "отказ в возврате", "отказал* вернуть", "отказались вернуть", "не вернули деньги",
        "деньги не вернули", "не вернул деньги", "не вернула деньги", "так и не вернули", "возврат не пришел",
        "жду возврат", "жду возврата", "отказал* в замене",
      ]),
    .init(
      "pl", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "odmowil* zwrotu", "odmowa zwrotu", "zwrot odrzucony", "odrzucil* zwrot", "nie zwrocil* pieniedzy",
        "nie oddal* pieniedzy", "nadal czekam na zwrot", "wciaz czekam na zwrot", "dalej czekam na zwrot",
        "czekam na zwrot", "brak zwrotu", "odmowil* wymiany",
      ]),
    .init(
      "ja", ReviewClass.refundRefusedOrDelayed.rawValue,
      [
        "返金を拒否", "返金拒否", "返金されない", "返金してくれない", "返金がない", "返金されていません",
        "返金待ち", "返品を拒否", "返品拒否", "返品できない", "返金に応じない", "返金してもらえない", "返金されず",
        "返金を断られ", "返品を断られ",
      ]),
    .init(
      "zh", ReviewClass.refundRefusedOrDelayed.rawValue,
      ["拒绝退款", "不给退款", "不退款", "不肯退款", "还没退款", "没有退款", "一直没退款", "退款被拒", "拒绝退货", "不给退", "迟迟不退", "不给换", "拒绝换货", "不退"]),
  ]

  static let contact: [LexiconTermList] = [
    .init(
      "en", "_contact",
      [
        "respond", "responds", "responded", "responding", "response", "responses", "reply", "replied", "replies",
        "replying", "answer", "answered", "answers", "answering", "get back to me", "got back to me",
        "getting back to me", "responsive", "reachable", "communication",
      ]),
    .init(
      "fr", "_contact",
      ["repond", "repondu", "reponse", "reponses", "repondre", "joignable", "contact", "retour du vendeur"]),
    .init(
      "es", "_contact",
      [
        "responde", "respondio", "respuesta", "respuestas", "contesta", "contesto", "contestan", "responden",
        "contacto",
      ]),
    .init("pt", "_contact", ["responde", "respondeu", "resposta", "respostas", "respondem", "retorno", "contato"]),
    .init(
      "de", "_contact",
      [
        "antwortet", "geantwortet", "antwort", "antworten", "reagiert", "reaktion", "erreichbar", "meldet sich",
        "gemeldet",
      ]),
    .init(
      "it", "_contact", ["risponde", "risposto", "risposta", "risposte", "rispondono", "raggiungibile", "contatto"]),
    .init(
      "ru", "_contact",
      ["отвечает", "ответил", "ответила", "ответили", "ответа", "ответ", "отвечают", "на связь", "реагирует"]),
    .init(
      "pl", "_contact",
      ["odpowiada", "odpowiedzial*", "odpowiedzi", "odpowiedz", "odpisuje", "odpisal*", "kontaktu", "kontakt"]),
    .init("ja", "_contact", ["返信", "返事", "連絡", "回答"]),
    .init("zh", "_contact", ["回复", "回消息", "回应", "答复", "理我", "回我"]),
  ]

  /// Who or what a silence is about: the seller, the shop, its support, or the messages sent
  /// to them. "Does not respond" is about the seller only beside one of these ("the screen does
  /// not respond" is a defect, not a silent seller).
  static let parties: [LexiconTermList] = [
    .init(
      "en", "_party",
      [
        "seller", "sellers", "vendor", "store", "shop", "merchant", "supplier", "support", "customer service",
        "they", "he", "she", "them", "him", "her", "nobody", "no one", "message", "messages", "email", "emails",
        "chat", "mail",
      ]),
    .init(
      "fr", "_party",
      [
        "vendeur", "vendeuse", "boutique", "magasin", "service client", "sav", "ils", "il", "elle", "personne",
        "message", "messages", "mail", "mails",
      ]),
    .init(
      "es", "_party",
      [
        "vendedor", "vendedora", "tienda", "servicio al cliente", "atencion al cliente", "ellos", "nadie",
        "mensaje", "mensajes", "correo", "correos",
      ]),
    .init(
      "pt", "_party",
      ["vendedor", "vendedora", "loja", "atendimento", "suporte", "eles", "ninguem", "mensagem", "mensagens", "email"]
    ),
    .init(
      "de", "_party",
      [
        "verkaufer", "handler", "shop", "kundenservice", "kundendienst", "support", "er", "sie", "niemand",
        "nachricht", "nachrichten", "mail", "mails",
      ]),
    .init(
      "it", "_party",
      ["venditore", "negozio", "assistenza", "servizio clienti", "nessuno", "messaggio", "messaggi", "mail"]),
    .init(
      "ru", "_party",
      ["продавец", "продавца", "продавцу", "магазин", "поддержка", "никто", "сообщение", "сообщения", "сообщений"]),
    .init(
      "pl", "_party",
      ["sprzedawca", "sprzedawcy", "sklep", "obsluga", "obsługa", "nikt", "wiadomosc", "wiadomości", "wiadomosci"]),
    .init("ja", "_party", ["販売者", "出品者", "ショップ", "店", "セラー", "メッセージ", "ストア"]),
    .init("zh", "_party", ["卖家", "商家", "店家", "客服", "老板", "消息", "店铺"]),
  ]

  static let unresponsive: [LexiconTermList] = [
    .init(
      "en", ReviewClass.sellerUnresponsive.rawValue,
      [
        "ignored my messages", "ignores my messages", "ignored my message", "ignores messages", "ignored me",
        "ignoring me", "ignores me", "ghosted", "ghosted me", "unresponsive", "stopped responding",
        "stopped answering", "stopped replying", "impossible to contact", "can't reach the seller",
        "couldn't reach the seller", "left on read", "radio silence",
      ]),
    .init(
      "fr", ReviewClass.sellerUnresponsive.rawValue,
      [
        "injoignable", "vendeur fantome", "ignore mes messages", "a ignore mes messages", "ne repond plus",
        "silence radio",
      ]),
    .init(
      "es", ReviewClass.sellerUnresponsive.rawValue,
      ["ignora mis mensajes", "ignoro mis mensajes", "no da la cara", "el vendedor desaparecio", "imposible contactar"]),
    .init(
      "pt", ReviewClass.sellerUnresponsive.rawValue,
      [
        "ignora as mensagens", "ignorou as mensagens", "ignorou minhas mensagens", "vendedor sumiu",
        "impossivel contatar",
      ]),
    .init(
      "de", ReviewClass.sellerUnresponsive.rawValue,
      ["ignoriert", "ignorierte", "funkstille", "nicht erreichbar", "meldet sich nicht", "taucht ab"]),
    .init(
      "it", ReviewClass.sellerUnresponsive.rawValue,
      [
        "irraggiungibile", "ignora i messaggi", "ha ignorato", "venditore sparito", "venditore e sparito",
        "introvabile",
      ]),
    .init(
      "ru", ReviewClass.sellerUnresponsive.rawValue,
      ["игнорирует", "игнорировал*", "игнор", "продавец молчит", "не выходит на связь", "продавец пропал"]),
    .init(
      "pl", ReviewClass.sellerUnresponsive.rawValue,
      ["ignoruje", "zignorowal*", "zero kontaktu", "brak kontaktu", "brak odpowiedzi", "zapadl sie pod ziemie"]),
    .init("ja", ReviewClass.sellerUnresponsive.rawValue, ["無視", "音沙汰なし", "連絡が取れない", "連絡が取れません", "既読無視"]),
    .init(
      "zh", ReviewClass.sellerUnresponsive.rawValue, ["不回复", "不回消息", "不理人", "联系不上", "已读不回", "找不到卖家", "客服不回", "不理"]),
  ]

  static let disputes: [LexiconTermList] = [
    .init(
      "en", ReviewClass.disputeNeeded.rawValue,
      [
        "dispute", "disputes", "opened a claim", "filed a claim", "open a claim", "opened a case", "open a case",
        "chargeback", "charge back", "paypal claim", "claim with paypal", "claim through paypal", "a to z claim",
        "a z claim", "escalated", "escalate", "buyer protection", "through my bank", "contacted aliexpress",
        "aliexpress support", "contacted paypal", "platform stepped in",
      ]),
    .init(
      "fr", ReviewClass.disputeNeeded.rawValue,
      [
        "litige", "reclamation paypal", "protection des acheteurs", "retrofacturation", "passer par paypal",
        "ouvert un dossier",
      ]),
    .init(
      "es", ReviewClass.disputeNeeded.rawValue,
      ["disputa", "abri un reclamo", "abrir un reclamo", "proteccion al comprador", "contracargo"]),
    .init(
      "pt", ReviewClass.disputeNeeded.rawValue,
      [
        "disputa", "abri reclamacao", "abrir reclamacao", "abri uma reclamacao", "reclame aqui",
        "protecao ao comprador", "mediacao",
      ]),
    .init(
      "de", ReviewClass.disputeNeeded.rawValue,
      [
        "streitfall", "fall eroffnet", "konflikt eroffnet", "kauferschutz", "ruckbuchung", "a bis z garantie",
        "paypal eingeschaltet",
      ]),
    .init(
      "it", ReviewClass.disputeNeeded.rawValue,
      ["controversia", "contestazione", "disputa", "protezione acquirenti", "reclamo su paypal", "aperto un reclamo"]),
    .init(
      "ru", ReviewClass.disputeNeeded.rawValue,
      ["спор", "спора", "споре", "диспут", "арбитраж", "защита покупателя", "открыл спор", "открыла спор"]),
    .init(
      "pl", ReviewClass.disputeNeeded.rawValue,
      ["spor", "sporu", "dyskusje", "dyskusji", "ochrona kupujacych", "chargeback"]),
    .init("ja", ReviewClass.disputeNeeded.rawValue, ["紛争", "異議申し立て", "申し立て", "カード会社", "運営に"]),
    .init("zh", ReviewClass.disputeNeeded.rawValue, ["纠纷", "争议", "申请仲裁", "平台介入", "开纠纷", "投诉到平台", "申诉", "找平台"]),
  ]

  /// A request, not a resolution: a refund or replacement cue shortly after it does not say
  /// one happened ("asked for a refund", "je veux être remboursé", "申请退款").
  static let requests: [LexiconTermList] = [
    .init(
      "en", "_request",
      [
        "asked for", "ask for", "request", "requested", "want", "wanted", "demand", "demanded", "demanding",
        "hoping for", "expect", "would like",
      ]),
    .init("fr", "_request", ["demande", "demander", "reclame", "veux", "voudrais", "exige"]),
    .init("es", "_request", ["pedi", "pedir", "solicite", "solicitar", "quiero", "pido", "exijo"]),
    .init("pt", "_request", ["pedi", "pedir", "solicitei", "solicitar", "quero", "exijo"]),
    .init("de", "_request", ["verlangt", "gefordert", "angefordert", "mochte", "will", "beantragt", "fordere"]),
    .init("it", "_request", ["chiesto", "richiesto", "voglio", "chiedere", "richiedere"]),
    .init("ru", "_request", ["хочу", "просил*", "запросил*", "требую", "потребовал*"]),
    .init(
      "pl", "_request", ["chce", "prosilem", "prosilam", "zazadalem", "zazadalam", "zadam", "poprosilem", "poprosilam"]),
    .init("ja", "_request", ["希望", "依頼", "お願い", "要求"]),
    .init("zh", "_request", ["申请", "要求", "想要"]),
  ]

  /// The buyer's own mistake: a wrong size or colour in the same sentence is not a defect
  /// ("wrong size, my fault", "falsch bestellt", "z mojej winy", "自己拍错").
  static let ownFault: [LexiconTermList] = [
    .init(
      "en", "_ownfault", ["my fault", "my mistake", "my own mistake", "my bad", "ordered the wrong", "i ordered wrong"]),
    .init("fr", "_ownfault", ["ma faute", "de ma part", "mon erreur", "je me suis trompe", "je me suis trompee"]),
    .init("es", "_ownfault", ["mi culpa", "mi error", "me equivoque", "pedi mal"]),
    .init("pt", "_ownfault", ["minha culpa", "meu erro", "pedi errado", "comprei errado", "me enganei"]),
    .init(
      "de", "_ownfault",
      [
        "meine schuld", "mein fehler", "selbst schuld", "falsch bestellt", "falsche grosse bestellt",
        "falsche farbe bestellt",
      ]),
    .init("it", "_ownfault", ["colpa mia", "per colpa mia", "mio errore", "ho sbagliato"]),
    .init("ru", "_ownfault", ["ошиблась", "ошибся", "моя ошибка", "сам виноват", "сама виновата"]),
    .init("pl", "_ownfault", ["z mojej winy", "moj blad", "pomylilem", "pomylilam"]),
    .init("ja", "_ownfault", ["間違えて注文", "自分のミス", "私のミス"]),
    .init("zh", "_ownfault", ["自己拍错", "我拍错", "拍错了"]),
  ]

  /// Refusal verbs: with a refund, return or request in the same sentence, the refund was refused.
  static let refusals: [LexiconTermList] = [
    .init("en", "_refuse", ["refused", "refuses", "refuse", "declined", "rejected", "denied", "refusing"]),
    .init("fr", "_refuse", ["refuse", "refusee", "rejete", "rejetee", "refusent"]),
    .init(
      "es", "_refuse", ["rechazo", "rechazaron", "nego", "negaron", "se niega", "se negaron", "denegado", "denegada"]),
    .init("pt", "_refuse", ["recusou", "recusaram", "negou", "negaram", "recusa", "negado", "negada"]),
    .init("de", "_refuse", ["abgelehnt", "lehnte", "lehnt", "verweigert", "verweigerte", "weigert"]),
    .init("it", "_refuse", ["rifiutato", "rifiuta", "rifiutata", "negato", "negata", "respinto", "respinta"]),
    .init("ru", "_refuse", ["отказал*", "отказ", "отклонил*", "отклонен*"]),
    .init("pl", "_refuse", ["odmowil*", "odrzucil*", "odmowa", "odrzucon*"]),
    .init("ja", "_refuse", ["拒否", "断られ", "拒否され"]),
    .init("zh", "_refuse", ["拒绝", "驳回"]),
  ]

  // MARK: - Praise beyond LexiconData

  /// Praise idioms and the Japanese and Chinese praise words.
  static let praise: [LexiconTermList] = [
    .init(
      "en", "praise",
      [
        "insanely good", "crazy good", "ridiculously good", "stupid good", "killer price", "killer deal",
        "worth every penny", "blown away", "game changer", "a steal", "this stuff is amazing", "obsessed",
        "love love love", "best purchase", "can't live without", "10 10", "slaps",
      ]),
    .init(
      "fr", "praise", ["une tuerie", "de la bombe", "trop bien", "au top", "top du top", "un regal", "vraiment top"]),
    .init("es", "praise", ["una pasada", "una maravilla", "de lujo", "brutal", "una joya", "vale cada centavo"]),
    .init("pt", "praise", ["top demais", "show de bola", "arrasou", "vale cada centavo", "um sonho"]),
    .init("de", "praise", ["der wahnsinn", "ein traum", "mega", "genial", "absolut top", "jeden cent wert"]),
    .init("it", "praise", ["da paura", "una bomba", "spettacolare", "favoloso", "fantastico"]),
    .init("ru", "praise", ["огонь", "бомба", "пушка", "обалденн*", "потрясающ*", "кайф"]),
    .init("pl", "praise", ["sztos", "petarda", "miazga", "bomba", "rewelacja", "cudo", "genialn*"]),
    .init("ja", "praise", ["最高", "素晴らしい", "完璧", "大満足", "おすすめ", "オススメ", "買ってよかった", "気に入"]),
    .init("zh", "praise", ["很好", "非常好", "太棒了", "完美", "超赞", "推荐", "满意", "好评", "绝了", "质量很好", "物超所值"]),
  ]
}

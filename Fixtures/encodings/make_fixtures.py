#!/usr/bin/env python3
"""Writes the labelled charset-detection set: product-page-like HTML snippets with no charset
declaration and no byte order mark, each encoded with Python's codecs.

Every text below was written for Caveat. Run from anywhere: `python3 make_fixtures.py` rewrites
the .html files and labels.tsv beside this script. labels.tsv lists file, the WHATWG name of the
encoding the bytes are in, and the text's language.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (language, title, paragraphs). Kept plain: a title, a price line, a few description lines.
TEXTS = {
    "zh-hans-lamp": (
        "复古黄铜台灯 卧室床头灯 北欧简约护眼阅读灯",
        [
            "价格：￥ 268.00 包邮，七天无理由退货。",
            "本店所有灯具均由工厂直接发货，采用优质黄铜与手工吹制玻璃灯罩，光线柔和不刺眼。",
            "适用于卧室、书房、客厅等多种场景，三档调光，夜间阅读不伤眼睛。",
            "累计评价 1523 条，好评率百分之九十八。买家说：做工精致，包装严实，快递很快。",
        ],
    ),
    "zh-hans-coat": (
        "冬季加厚羽绒服女中长款 大毛领保暖外套",
        [
            "促销价：￥ 499.00，月销量 3200 件，店铺：杭州衣橱旗舰店。",
            "面料防风防水，内胆填充九成白鸭绒，零下二十度也能保持温暖。",
            "尺码偏大，建议选小一码。颜色有黑色、米白色和酒红色三种可选。",
            "卖家承诺四十八小时内发货，支持货到付款和花呗分期。",
            "温馨提示：由于拍摄光线不同，实物颜色可能与图片略有差异，请以实物为准。",
        ],
    ),
    "zh-hans-phone": (
        "全网通4G智能手机 双卡双待 大屏长续航 老人学生备用机",
        [
            "京东价：￥ 899.00 ，支持七天无理由退货，自营店铺，满一百元包邮。",
            "六点五英寸高清全面屏，五千毫安大电池，充电一次可以使用两天。",
            "后置一千三百万像素摄像头，支持人脸识别和指纹解锁，系统流畅不卡顿。",
            "商品评价：手机收到了，外观很漂亮，运行速度也不错，送给父母用正合适。",
            "售后服务：全国联保一年，如有质量问题请联系客服处理。",
        ],
    ),
    "zh-hant-tea": (
        "台灣高山烏龍茶 手採茶葉 真空包裝禮盒",
        [
            "售價：NT$ 1,280，滿新台幣一千元免運費，七天鑑賞期。",
            "產自阿里山海拔一千五百公尺茶園，春季手工採摘，焙火適中，回甘持久。",
            "每盒四罐，每罐一百五十公克，適合送禮或自用。",
            "買家評論：香氣清雅，茶湯金黃透亮，包裝非常精美，會再回購。",
        ],
    ),
    "zh-hant-bag": (
        "真皮手提包 女用單肩斜背兩用包 大容量通勤包",
        [
            "特價：NT$ 2,390，原價 NT$ 3,600，現貨供應，下單後三個工作天內出貨。",
            "採用頭層牛皮製作，縫線細緻，內部有多個隔層，可放入十三吋筆記型電腦。",
            "顏色：焦糖棕、經典黑、霧霾藍。賣家評價：九十九點二分，共四千八百則評論。",
            "退換貨說明：商品未使用且吊牌完整者，可於收貨後七天內申請退貨。",
        ],
    ),
    "ja-book": (
        "プログラミング言語の作り方 入門から実践まで",
        [
            "価格：￥ 2,940（税込）、送料無料。通常二十四時間以内に発送します。",
            "この本では、小さなプログラミング言語を一から設計し、字句解析、構文解析、評価器の作り方を丁寧に説明します。",
            "カスタマーレビュー：星五つ中四つ、十二件の評価。",
            "読者の声：初心者にも分かりやすく、サンプルコードがとても役に立ちました。",
        ],
    ),
    "ja-game": (
        "マリオカート ライブ ホームサーキット 中古 箱説あり",
        [
            "販売価格：2,900円（税込）、中古品、状態：良好。",
            "他のショップ：十三店舗が出品しています。買取価格は2,200円です。",
            "ご注意：中古商品のため、外箱に多少の傷や汚れがある場合があります。",
            "タイムセール中！在庫がなくなり次第終了となりますので、お早めにお求めください。",
            "お届け予定：ご注文確定後、三日から五日で発送いたします。",
        ],
    ),
    "ja-kitchen": (
        "ステンレス製電気ケトル 一リットル 空焚き防止 自動電源オフ",
        [
            "メーカー希望小売価格：4,980円、特価：3,480円、ポイント十倍。",
            "お湯が沸くと自動で電源が切れるので安心です。注ぎ口が細く、コーヒーを淹れるのに最適です。",
            "評価：四点三、レビュー八百五十六件。保証期間は一年間です。",
            "返品について：商品到着後八日以内であれば、未開封品に限り返品を承ります。",
        ],
    ),
    "ko-shoes": (
        "남성 러닝화 초경량 쿠션 운동화 통기성 메쉬",
        [
            "판매가: 59,000원, 무료배송, 오늘 주문하면 내일 도착합니다.",
            "가볍고 통기성이 좋은 메쉬 소재로 만들어져 장시간 착용해도 발이 편안합니다.",
            "구매 후기: 사이즈가 딱 맞고 쿠션감이 정말 좋아요. 재구매 의사 있습니다.",
            "교환 및 반품: 상품 수령 후 칠일 이내에 신청하실 수 있습니다.",
        ],
    ),
    "ko-cosmetics": (
        "수분 크림 대용량 민감성 피부용 저자극 보습 크림",
        [
            "정가: 32,000원, 할인가: 24,900원, 적립금 천 원 지급.",
            "히알루론산과 세라마이드가 함유되어 건조한 피부에 깊은 보습을 선사합니다.",
            "평점 사점 팔, 리뷰 이천삼백 개. 판매자: 서울뷰티 공식 스토어.",
            "주의 사항: 피부에 이상이 있는 경우 사용을 중지하고 전문의와 상담하십시오.",
        ],
    ),
    "ru-drill": (
        "Аккумуляторная дрель-шуруповёрт 18 В с двумя батареями",
        [
            "Цена: 4 590 руб., бесплатная доставка по всей России, возврат в течение 14 дней.",
            "Мощный бесщёточный двигатель, двадцать режимов крутящего момента, светодиодная подсветка.",
            "В комплекте: две батареи, зарядное устройство, кейс и набор бит.",
            "Отзывы покупателей: отличная дрель за свои деньги, заряд держит долго. Оценка 4,7 из 5.",
        ],
    ),
    "ru-kettle": (
        "Электрический чайник из нержавеющей стали, 1,7 литра",
        [
            "Старая цена: 2 990 ₽, новая цена: 1 990 ₽. Продавец: ООО «Домашний уют».",
            "Чайник быстро закипает и автоматически отключается. Подсветка воды синим цветом.",
            "Гарантия производителя один год. Доставка курьером или в пункт выдачи заказов.",
            "Покупатели пишут: удобная ручка, не пахнет пластиком, выглядит дорого.",
        ],
    ),
    "de-mower": (
        "Akku-Rasenmäher 36 V, Schnittbreite 38 cm, mit Grasfangkorb",
        [
            "Preis: 249,99 € inkl. MwSt., kostenloser Versand, Lieferung in 2–3 Werktagen.",
            "Leiser bürstenloser Motor, sechsstufige Höhenverstellung, Mähfläche bis zu 500 m².",
            "Kundenbewertungen: 4,5 von 5 Sternen – „Läuft zuverlässig, der Akku hält lange.“",
            "Rückgabe: 30 Tage Rückgaberecht, Garantie drei Jahre. Verkäufer: Gartenwelt GmbH.",
        ],
    ),
    "fr-sandal": (
        "Sandales à talon en cuir véritable – Été, coloris crème",
        [
            "Prix : 89,00 € au lieu de 129,00 €, livraison gratuite dès 50 € d’achat.",
            "Fabriquées à la main en Espagne, semelle intérieure rembourrée, bride réglable à la cheville.",
            "Avis clients : « Très élégantes et confortables, je les porte toute la journée. »",
            "Retours gratuits sous 30 jours. Vendu et expédié par Boutique Élodie.",
        ],
    ),
    "es-coffee": (
        "Cafetera espresso automática con molinillo integrado",
        [
            "Precio: 379,00 €, envío gratis, devolución sin coste durante 30 días.",
            "Prepara capuchino, café con leche y cortado con sólo pulsar un botón; depósito de 1,8 litros.",
            "Opiniones: 4,6 de 5 estrellas – «Muy fácil de limpiar, el café sale caliente y cremoso».",
            "Garantía de dos años. Vendido por Electrodomésticos Peña, S.L.",
        ],
    ),
    "pl-kettle": (
        "Czajnik elektryczny szklany 1,7 l z podświetleniem LED",
        [
            "Cena: 129,99 zł, darmowa dostawa, zwrot w ciągu 14 dni bez podania przyczyny.",
            "Szybko zagotowuje wodę i wyłącza się automatycznie. Obudowa ze szkła żaroodpornego.",
            "Opinie kupujących: świetny czajnik, cichy i ładnie wygląda na kuchennym blacie. Ocena 4,8 na 5.",
            "Sprzedawca: Sklep Łódź Dom i Ogród, gwarancja dwadzieścia cztery miesiące.",
        ],
    ),
    "cs-backpack": (
        "Turistický batoh 40 l s pláštěnkou, voděodolný",
        [
            "Cena: 1 490 Kč, doprava zdarma, vrácení zboží do třiceti dnů.",
            "Ergonomické zádové polstrování, nastavitelné popruhy a boční kapsy na láhve s vodou.",
            "Hodnocení zákazníků: čtyři a půl hvězdičky. Skvělý batoh na víkendové výlety po horách.",
            "Prodejce: Outdoor Brno s.r.o., záruka dva roky, skladem ihned k odeslání.",
        ],
    ),
    "hu-blender": (
        "Turmixgép 1200 W, üveg kancsóval, hat sebességfokozattal",
        [
            "Ár: 24 990 Ft, ingyenes szállítás, tizennégy napos visszaküldési jog.",
            "Erős motor, rozsdamentes acél kések, jégtörő funkció és könnyű tisztítás.",
            "Vásárlói vélemények: kiváló turmixgép, gyorsan és egyenletesen dolgozik. Értékelés: 4,7.",
            "Eladó: Konyhaműhely Kft., két év garancia.",
        ],
    ),
}

# (file stem, text key, Python codec, WHATWG name).
SAMPLES = [
    ("gbk-lamp", "zh-hans-lamp", "gbk", "GBK"),
    ("gbk-coat", "zh-hans-coat", "gbk", "GBK"),
    ("gbk-phone", "zh-hans-phone", "gbk", "GBK"),
    ("gb18030-lamp", "zh-hans-lamp", "gb18030", "gb18030"),
    ("gb18030-phone", "zh-hans-phone", "gb18030", "gb18030"),
    ("big5-tea", "zh-hant-tea", "big5", "Big5"),
    ("big5-bag", "zh-hant-bag", "big5", "Big5"),
    ("shift_jis-book", "ja-book", "cp932", "Shift_JIS"),
    ("shift_jis-game", "ja-game", "cp932", "Shift_JIS"),
    ("shift_jis-kitchen", "ja-kitchen", "cp932", "Shift_JIS"),
    ("euc-jp-book", "ja-book", "euc_jp", "EUC-JP"),
    ("euc-jp-game", "ja-game", "euc_jp", "EUC-JP"),
    ("euc-jp-kitchen", "ja-kitchen", "euc_jp", "EUC-JP"),
    ("euc-kr-shoes", "ko-shoes", "euc_kr", "EUC-KR"),
    ("euc-kr-cosmetics", "ko-cosmetics", "euc_kr", "EUC-KR"),
    ("windows-1251-drill", "ru-drill", "cp1251", "windows-1251"),
    ("windows-1251-kettle", "ru-kettle", "cp1251", "windows-1251"),
    ("windows-1252-mower", "de-mower", "cp1252", "windows-1252"),
    ("windows-1252-sandal", "fr-sandal", "cp1252", "windows-1252"),
    ("windows-1252-coffee", "es-coffee", "cp1252", "windows-1252"),
    ("iso-8859-2-kettle", "pl-kettle", "iso8859_2", "ISO-8859-2"),
    ("iso-8859-2-backpack", "cs-backpack", "iso8859_2", "ISO-8859-2"),
    ("iso-8859-2-blender", "hu-blender", "iso8859_2", "ISO-8859-2"),
    ("utf-16le-lamp", "zh-hans-lamp", "utf-16-le", "UTF-16LE"),
    ("utf-16le-drill", "ru-drill", "utf-16-le", "UTF-16LE"),
    ("utf-16be-book", "ja-book", "utf-16-be", "UTF-16BE"),
    ("utf-16be-mower", "de-mower", "utf-16-be", "UTF-16BE"),
]

# Characters some codecs lack, with the spelling such a page would use instead.
SUBSTITUTES = {
    "big5": {"–": "-", "’": "'"},
    "euc_jp": {"–": "-", "￥": "\\", "～": "~"},
    "euc_kr": {"–": "-"},
    "cp1251": {"₽": "руб."},
    "iso8859_2": {"–": "-", "„": "\"", "“": "\"", "”": "\"", "’": "'"},
}


# ASCII a real page carries around its text: a tracking script, navigation, a footer.
BOILERPLATE_SCRIPT = (
    "<script>\nwindow.dataLayer = window.dataLayer || [];\n"
    "function track(event, data) { window.dataLayer.push({event: event, payload: data, ts: Date.now()}); }\n"
    "document.addEventListener('DOMContentLoaded', function () {\n"
    "  var buttons = document.querySelectorAll('.buy-button, .add-to-cart');\n"
    "  for (var i = 0; i < buttons.length; i++) {\n"
    "    buttons[i].addEventListener('click', function (e) { track('add_to_cart', {sku: this.dataset.sku}); });\n"
    "  }\n});\n</script>\n"
)
BOILERPLATE_NAV = (
    "<nav class=\"top\"><a href=\"/\">Home</a> | <a href=\"/cart\">Cart</a> | <a href=\"/help\">Help</a> | "
    "<a href=\"/account/login?next=%2Fitem%2F5561%3Fref%3Dnav\">Sign in</a></nav>\n"
)
BOILERPLATE_FOOTER = "<footer><a href=\"/terms\">Terms</a> &copy; 2019 shop.example, all rights reserved.</footer>\n"


def page(key, short=False):
    title, paragraphs = TEXTS[key]
    if short:
        # The hard case: one title and one line of text among kilobytes of ASCII.
        body = f"  <p>{paragraphs[0]}</p>"
        return (
            "<!DOCTYPE html>\n<html>\n<head>\n"
            f"<title>{title}</title>\n{BOILERPLATE_SCRIPT}"
            "</head>\n<body>\n"
            f"{BOILERPLATE_NAV}<div class=\"product\" data-sku=\"5561\">\n{body}\n</div>\n{BOILERPLATE_FOOTER}"
            f"{BOILERPLATE_SCRIPT}</body>\n</html>\n"
        )
    body = "\n".join(f"  <p>{line}</p>" for line in paragraphs)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f"<title>{title}</title>\n"
        "</head>\n<body>\n"
        f"<div class=\"product\">\n  <h1>{title}</h1>\n{body}\n</div>\n"
        "</body>\n</html>\n"
    )


def main():
    rows = []
    samples = [(stem, key, codec, name, False) for stem, key, codec, name in SAMPLES]
    # Every sample again as a short text in an ASCII page (UTF-16 has no ASCII to hide in).
    samples += [(stem + "-short", key, codec, name, True) for stem, key, codec, name in SAMPLES if "utf-16" not in codec]
    for stem, key, codec, name, short in samples:
        text = page(key, short)
        for old, new in SUBSTITUTES.get(codec, {}).items():
            text = text.replace(old, new)
        if codec == "gb18030":
            # Four-byte sequences (outside GBK), as an emoji in a title makes them.
            text = text.replace("</h1>", " 🔥热卖 ✔</h1>")
        data = text.encode(codec)
        assert data.decode(codec) == text
        with open(os.path.join(HERE, stem + ".html"), "wb") as handle:
            handle.write(data)
        with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        rows.append(f"{stem}.html\t{name}\t{key.split('-')[0]}")
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as handle:
        handle.write("file\tencoding\tlanguage\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()

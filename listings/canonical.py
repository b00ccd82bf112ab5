"""The canonical categories and regions of RULES.md, loaded idempotently by `load_reference_data`.

Category names are marked for translation here; region names carry every local spelling so that
`region.mismatch` can recognise a city named in an ad's text.
"""

from django.utils.translation import gettext_noop as N

# (slug, English name, settings, children)
JOB = {"is_job": True, "price_required": False}
NO_PRICE = {"price_required": False}
CATEGORIES = [
    ("transport", N("Transport"), {"photo_required": True}, [
        ("cars", N("Cars"), {"photo_required": True}),
        ("motorcycles", N("Motorcycles"), {"photo_required": True}),
        ("trucks", N("Trucks and special vehicles"), {"photo_required": True}),
        ("auto-parts", N("Auto parts"), {}),
    ]),
    ("real-estate", N("Real estate"), {"photo_required": True}, [
        ("apartments-sale", N("Apartments for sale"), {"photo_required": True}),
        ("apartments-rent", N("Apartments for rent"), {"photo_required": True}),
        ("daily-rent", N("Daily rent"), {"photo_required": True}),
        ("rooms", N("Rooms"), {"photo_required": True}),
        ("houses", N("Houses"), {"photo_required": True}),
        ("land", N("Land"), {}),
        ("commercial", N("Commercial property"), {}),
    ]),
    ("jobs", N("Jobs"), JOB, [
        ("vacancies", N("Vacancies"), JOB),
        ("resumes", N("Resumes"), JOB),
        ("network-marketing", N("Network marketing"), JOB),
    ]),
    ("services", N("Services"), NO_PRICE, [
        ("repair-services", N("Repair and construction"), NO_PRICE),
        ("beauty", N("Beauty and health"), NO_PRICE),
        ("transport-services", N("Transport services"), NO_PRICE),
        ("education", N("Education"), NO_PRICE),
    ]),
    ("electronics", N("Electronics"), {}, [
        ("phones", N("Phones"), {}),
        ("computers", N("Computers"), {}),
        ("tv-audio", N("TV and audio"), {}),
        ("photo-video", N("Photo and video"), {}),
        ("games-consoles", N("Games and consoles"), {}),
    ]),
    ("home-garden", N("Home and garden"), {}, [
        ("furniture", N("Furniture"), {}),
        ("appliances", N("Appliances"), {"photo_required": True}),
        ("garden", N("Garden"), {}),
        ("building", N("Building and repair"), {}),
    ]),
    ("fashion", N("Fashion"), {}, [
        ("clothes-shoes", N("Clothes and shoes"), {"photo_required": True}),
        ("accessories", N("Accessories"), {}),
    ]),
    ("kids", N("Kids"), {}, []),
    ("animals", N("Animals"), {"photo_required": True}, [
        ("pets", N("Pets"), {"photo_required": True}),
        ("farm-animals", N("Farm animals"), {"photo_required": True}),
    ]),
    ("hobby", N("Hobby and sports"), {}, [
        ("sports", N("Sports"), {}),
        ("music", N("Musical instruments"), {}),
        ("books", N("Books"), {}),
        ("collectibles", N("Collectibles"), {}),
    ]),
    ("business", N("Business"), {}, [
        ("equipment", N("Equipment"), {}),
    ]),
]  # fmt: skip

# slug: (country, English, {lang: name}, other spellings incl. inflected forms)
REGIONS = {
    "almaty": ("KZ", "Almaty", {"ru": "Алматы", "kk": "Алматы"}, ["Алма-Ата", "Алмате", "Almaty", "Alma-Ata"]),
    "astana": ("KZ", "Astana", {"ru": "Астана", "kk": "Астана"}, ["Астане", "Астаны", "Нур-Султан", "Nur-Sultan"]),
    "shymkent": ("KZ", "Shymkent", {"ru": "Шымкент", "kk": "Шымкент"}, ["Шымкенте", "Чимкент", "Chimkent"]),
    "karaganda": ("KZ", "Karaganda", {"ru": "Караганда", "kk": "Қарағанды"}, ["Караганде", "Караганды", "Qaraghandy"]),
    "aktobe": ("KZ", "Aktobe", {"ru": "Актобе", "kk": "Ақтөбе"}, ["Актюбинск", "Aqtobe"]),
    "taraz": ("KZ", "Taraz", {"ru": "Тараз", "kk": "Тараз"}, ["Таразе"]),
    "pavlodar": ("KZ", "Pavlodar", {"ru": "Павлодар", "kk": "Павлодар"}, ["Павлодаре"]),
    "oskemen": (
        "KZ",
        "Oskemen",
        {"ru": "Усть-Каменогорск", "kk": "Өскемен"},
        ["Усть-Каменогорске", "Ust-Kamenogorsk", "Öskemen"],
    ),
    "semey": ("KZ", "Semey", {"ru": "Семей", "kk": "Семей"}, ["Семипалатинск", "Semipalatinsk"]),
    "atyrau": ("KZ", "Atyrau", {"ru": "Атырау", "kk": "Атырау"}, []),
    "kostanay": ("KZ", "Kostanay", {"ru": "Костанай", "kk": "Қостанай"}, ["Костанае", "Qostanay"]),
    "kyzylorda": ("KZ", "Kyzylorda", {"ru": "Кызылорда", "kk": "Қызылорда"}, ["Кызылорде", "Qyzylorda"]),
    "oral": ("KZ", "Oral", {"ru": "Уральск", "kk": "Орал"}, ["Уральске", "Uralsk"]),
    "petropavl": ("KZ", "Petropavl", {"ru": "Петропавловск", "kk": "Петропавл"}, ["Петропавловске", "Petropavlovsk"]),
    "aktau": ("KZ", "Aktau", {"ru": "Актау", "kk": "Ақтау"}, ["Aqtau"]),
    "turkestan": ("KZ", "Turkestan", {"ru": "Туркестан", "kk": "Түркістан"}, ["Туркестане", "Türkistan"]),
    "taldykorgan": ("KZ", "Taldykorgan", {"ru": "Талдыкорган", "kk": "Талдықорған"}, ["Талдыкоргане"]),
    "kokshetau": ("KZ", "Kokshetau", {"ru": "Кокшетау", "kk": "Көкшетау"}, ["Kökshetau"]),
    "baku": ("AZ", "Baku", {"az": "Bakı", "ru": "Баку"}, ["Bakıda", "Baki"]),
    "ganja": ("AZ", "Ganja", {"az": "Gəncə", "ru": "Гянджа"}, ["Gəncədə", "Гяндже", "Gence"]),
    "sumgait": ("AZ", "Sumgait", {"az": "Sumqayıt", "ru": "Сумгаит"}, ["Sumqayıtda", "Сумгаите", "Sumqayit"]),
    "mingachevir": ("AZ", "Mingachevir", {"az": "Mingəçevir", "ru": "Мингечевир"}, ["Мингечаур"]),
    "lankaran": ("AZ", "Lankaran", {"az": "Lənkəran", "ru": "Ленкорань"}, ["Ленкорани", "Lenkeran"]),
    "shaki": ("AZ", "Shaki", {"az": "Şəki", "ru": "Шеки"}, ["Şəkidə", "Seki"]),
    "shirvan": ("AZ", "Shirvan", {"az": "Şirvan", "ru": "Ширван"}, ["Sirvan"]),
    "nakhchivan": ("AZ", "Nakhchivan", {"az": "Naxçıvan", "ru": "Нахичевань"}, ["Нахичевани", "Naxcivan"]),
    "quba": ("AZ", "Quba", {"az": "Quba", "ru": "Губа"}, ["Qubada", "Куба"]),
    "shamakhi": ("AZ", "Shamakhi", {"az": "Şamaxı", "ru": "Шамахы"}, ["Шемаха", "Samaxi"]),
    "tbilisi": ("GE", "Tbilisi", {"ka": "თბილისი", "ru": "Тбилиси"}, ["თბილისში", "Tiflis"]),
    "batumi": ("GE", "Batumi", {"ka": "ბათუმი", "ru": "Батуми"}, ["ბათუმში"]),
    "kutaisi": ("GE", "Kutaisi", {"ka": "ქუთაისი", "ru": "Кутаиси"}, ["ქუთაისში"]),
    "rustavi": ("GE", "Rustavi", {"ka": "რუსთავი", "ru": "Рустави"}, ["რუსთავში"]),
    "gori": ("GE", "Gori", {"ka": "გორი", "ru": "Гори"}, ["გორში"]),
    "zugdidi": ("GE", "Zugdidi", {"ka": "ზუგდიდი", "ru": "Зугдиди"}, ["ზუგდიდში"]),
    "poti": ("GE", "Poti", {"ka": "ფოთი", "ru": "Поти"}, ["ფოთში"]),
    "khashuri": ("GE", "Khashuri", {"ka": "ხაშური", "ru": "Хашури"}, ["ხაშურში"]),
    "telavi": ("GE", "Telavi", {"ka": "თელავი", "ru": "Телави"}, ["თელავში"]),
    "zestaponi": ("GE", "Zestaponi", {"ka": "ზესტაფონი", "ru": "Зестафони"}, ["ზესტაფონში"]),
    "borjomi": ("GE", "Borjomi", {"ka": "ბორჯომი", "ru": "Боржоми"}, ["ბორჯომში"]),
    "senaki": ("GE", "Senaki", {"ka": "სენაკი", "ru": "Сенаки"}, ["სენაკში"]),
}

"""The canonical categories and regions of RULES.md, loaded idempotently by `load_reference_data`.

Category names are marked for translation here; region names carry every local spelling so that
`region.mismatch` can recognise a city named in an ad's text.
"""

from django.utils.translation import gettext_noop

# (slug, English name, settings, children)
JOB = {"is_job": True, "price_required": False}
NO_PRICE = {"price_required": False}
CATEGORIES = [
    ("transport", gettext_noop("Transport"), {"photo_required": True}, [
        ("cars", gettext_noop("Cars"), {"photo_required": True}),
        ("motorcycles", gettext_noop("Motorcycles"), {"photo_required": True}),
        ("trucks", gettext_noop("Trucks and special vehicles"), {"photo_required": True}),
        ("auto-parts", gettext_noop("Auto parts"), {}),
    ]),
    ("real-estate", gettext_noop("Real estate"), {"photo_required": True}, [
        ("apartments-sale", gettext_noop("Apartments for sale"), {"photo_required": True}),
        ("apartments-rent", gettext_noop("Apartments for rent"), {"photo_required": True}),
        ("daily-rent", gettext_noop("Daily rent"), {"photo_required": True}),
        ("rooms", gettext_noop("Rooms"), {"photo_required": True}),
        ("houses", gettext_noop("Houses"), {"photo_required": True}),
        ("land", gettext_noop("Land"), {}),
        ("commercial", gettext_noop("Commercial property"), {}),
    ]),
    ("jobs", gettext_noop("Jobs"), JOB, [
        ("vacancies", gettext_noop("Vacancies"), JOB),
        ("resumes", gettext_noop("Resumes"), JOB),
        ("network-marketing", gettext_noop("Network marketing"), JOB),
    ]),
    ("services", gettext_noop("Services"), NO_PRICE, [
        ("repair-services", gettext_noop("Repair and construction"), NO_PRICE),
        ("beauty", gettext_noop("Beauty and health"), NO_PRICE),
        ("transport-services", gettext_noop("Transport services"), NO_PRICE),
        ("education", gettext_noop("Education"), NO_PRICE),
    ]),
    ("electronics", gettext_noop("Electronics"), {}, [
        ("phones", gettext_noop("Phones"), {}),
        ("computers", gettext_noop("Computers"), {}),
        ("tv-audio", gettext_noop("TV and audio"), {}),
        ("photo-video", gettext_noop("Photo and video"), {}),
        ("games-consoles", gettext_noop("Games and consoles"), {}),
    ]),
    ("home-garden", gettext_noop("Home and garden"), {}, [
        ("furniture", gettext_noop("Furniture"), {}),
        ("appliances", gettext_noop("Appliances"), {"photo_required": True}),
        ("garden", gettext_noop("Garden"), {}),
        ("building", gettext_noop("Building and repair"), {}),
    ]),
    ("fashion", gettext_noop("Fashion"), {}, [
        ("clothes-shoes", gettext_noop("Clothes and shoes"), {"photo_required": True}),
        ("accessories", gettext_noop("Accessories"), {}),
    ]),
    ("kids", gettext_noop("Kids"), {}, []),
    ("animals", gettext_noop("Animals"), {"photo_required": True}, [
        ("pets", gettext_noop("Pets"), {"photo_required": True}),
        ("farm-animals", gettext_noop("Farm animals"), {"photo_required": True}),
    ]),
    ("hobby", gettext_noop("Hobby and sports"), {}, [
        ("sports", gettext_noop("Sports"), {}),
        ("music", gettext_noop("Musical instruments"), {}),
        ("books", gettext_noop("Books"), {}),
        ("collectibles", gettext_noop("Collectibles"), {}),
    ]),
    ("business", gettext_noop("Business"), {}, [
        ("equipment", gettext_noop("Equipment"), {}),
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

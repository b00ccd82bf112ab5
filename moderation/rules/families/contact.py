"""contact.*: contacts written where buyers must not see them (title, description).

Phones are read from the normalised text (`normalize.digit_runs`): digits split by spaces, dashes,
dots, emoji or filler words, digits written as words in ru/kk/az/en/ka, look-alike letters (`О` for
`0`). A run counts as a phone when `phonenumbers` says it is a valid number of the profile's country
or of KZ, AZ, GE, RU (RU: mobile numbers only, its fixed-line plan is too loose), when it is a local
`123-45-67` number (the emarket_az seed's own example), or when at least ten digits were spelled
out or disguised. A number followed by a unit or currency (`120 м²`, `2000 см³`, `150 000 тг`) is
never a phone; prices, years, model numbers and sizes are too short or invalid as numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberType

from ..analysis import FieldText, analyze
from ..normalize import DigitRun, digit_runs
from ..registry import Finding, rule

_REGIONS = ("KZ", "AZ", "GE", "RU")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)

_UNIT_AFTER = re.compile(
    r"\s*(?:м²|м2|m²|m2|кв\.?\s?м|кв\b|sq|км|km|тг|тенге|теңге|₸|kzt|azn|manat|man\b|₼|лари|lari|gel|₾|\$|usd|"
    r"долл|eur|евро|€|руб|₽|rub|см|cm|мм|mm|кг|kg|гб|gb|мб|mb|tb|тб|л\b|l\b|литр|cc|куб|см³|сот|га\b|ha\b|"
    r"год|г\.|гг|лет|il\b|ildə|ci\b|cı\b|шт|ədəd|мес|ay\b|%|мп|mp\b|вт|w\b|mah|мач|hp|л\.с|лс\b|a\b|в\b|v\b|"
    r"м\b|m\b|тонн|т\b|ton|x\d|х\d|\*\d|kw|квт|ლარ|კვ|მ²|წ|tenge|dollar|model|модел|артикул|арт\.|part\b|kod|код)",
    re.IGNORECASE,
)
# A part or catalogue number: `OEM 04465-33480`, `артикул 1234567`, `P/N …`.
_PART_BEFORE = re.compile(
    r"(?:oem|артикул|арт\.|p/n|part\s*(?:no|number|#)|каталожн\w*\s*номер|номер детали|kataloq|hissə kodu)[\s:#№.]*$",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?:\$|€|₼|₾|₸|₽|цена|price|qiymət|ფასი|бағасы)[\s:]*$", re.IGNORECASE)


# A number announced as one: `ЗВОНИТЬ 5ЗЗ 7О 18 46`, `tel: …`, `დარეკეთ …` (not `номер`: part numbers).
_CALL_BEFORE = re.compile(
    r"(?:звон\w*|позвон\w*|тел|тел\.|телефон|whatsapp|ватсап|вацап|viber|вайбер|call|phone|tel|mob|моб|"
    r"zəng\w*|zeng\w*|əlaqə|elaqe|қоңырау\w*|დარეკ\w*|ტელ|ტელეფონ\w*)[\s:.,\-–—]*$",
    re.IGNORECASE,
)


def _regions(profile) -> tuple[str, ...]:
    return (profile.country, *(r for r in _REGIONS if r != profile.country))


def is_phone_number(digits: str, *, plus: bool, regions: tuple[str, ...], announced: bool = False) -> bool:
    """True if `digits` is a valid phone number of one of `regions` (RU: mobile only). `announced`
    (`звоните …`, `tel: …`): a number of the right length for a region is enough, allocated or not."""
    if not 7 <= len(digits) <= 15:
        return False
    if announced and len(digits) >= 9:
        for region in regions:
            try:
                if phonenumbers.is_possible_number(phonenumbers.parse(digits, region)):
                    return True
            except phonenumbers.NumberParseException:
                continue
    candidates = []
    if plus:
        candidates.append(("+" + digits, None))
    candidates.extend((digits, region) for region in regions)
    for text, region in candidates:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        if phonenumbers.region_code_for_number(number) == "RU" and phonenumbers.number_type(number) not in _MOBILE:
            continue
        return True
    return False


_YEAR = re.compile(r"(?:19[5-9]\d|20[0-3]\d)")


def _segments(run: DigitRun) -> Iterator[tuple[int, int]]:
    """The whole run, then its parts between strong breaks (comma, newline, `или`). A part that is
    a year on its own (`MAN TGX 18.440, 2014`) is a list of facts, not one number."""
    n = len(run.groups)
    cuts = sorted(run.strong_breaks)
    bounds = [0, *cuts, n]
    lone_year = any(b - a == 1 and _YEAR.fullmatch(run.groups[a]) for a, b in zip(bounds, bounds[1:], strict=False))
    if not lone_year or run.obfuscated:
        yield 0, n
    if cuts:
        bounds = [0, *cuts, n]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if (a, b) != (0, n):
                yield a, b


def phones_in(ft: FieldText, regions: tuple[str, ...]) -> Iterator[str]:
    text = ft.norm.text
    for run in digit_runs(text):
        if sum(len(g) for g in run.groups) < 7:
            continue
        for a, b in _segments(run):
            if run.group_starts[a] > 0 and text[run.group_starts[a] - 1].isalpha() and not run.obfuscated:
                a += 1  # `M1 2020, 8/256`: digits glued to a letter are a model code, not a phone's start
                if b - a < 1 or sum(len(g) for g in run.groups[a:b]) < 7:
                    continue
            digits = "".join(run.groups[a:b])
            start, end = run.group_starts[a], run.group_ends[b - 1]
            unit = _UNIT_AFTER.match(text, end)
            if unit and b - a >= 3 and re.fullmatch(r"\s*[ва]", unit.group(), re.IGNORECASE):
                unit = None  # `577 45 89 12 в любое время`: a one-letter "unit" after a dictated number is a word
            if unit or _CURRENCY_BEFORE.search(text, max(0, start - 12), start):
                continue
            if _PART_BEFORE.search(text, max(0, start - 20), start):
                continue
            plus = run.plus and a == 0
            local = len(digits) == 7 and tuple(len(g) for g in run.groups[a:b]) == (3, 2, 2)
            spelled = run.obfuscated and len(digits) >= 10
            announced = bool(_CALL_BEFORE.search(text, max(0, start - 24), start))
            if local or spelled or is_phone_number(digits, plus=plus, regions=regions, announced=announced):
                if plus:
                    start -= 1
                yield ft.norm.original(start, end)
                break


@rule("contact.phone", action="reject")
def phone_in_text(snapshot, profile, context) -> Iterator[Finding]:
    """A phone number in the title or description, however it is disguised."""
    regions = _regions(profile)
    for ft in analyze(snapshot, context):
        for evidence in phones_in(ft, regions):
            yield Finding(ft.name, evidence)


_TLD_EMAIL = r"(?:com|ru|kz|az|ge|net|org|ua|by|uz|kg|info|me|io|co|edu|mail|рф|su)"
_AT_WORD = (
    r"(?:\s*[\(\[\{<]\s*(?:at|собака|собачка|эт|ат|sobaka|ძაღლუკა)\s*[\)\]\}>]\s*"
    r"|\s+(?:at|собака|собачка|sobaka|ძაღლუკა|ძაღლი)\s+)"
)
_DOT_WORD = (
    r"(?:\s*[\(\[\{<]\s*(?:dot|точка|tochka|nöqtə|nokta|нүкте|წერტილი)\s*[\)\]\}>]\s*"
    r"|\s+(?:dot|точка|tochka|nöqtə|нүкте|წერტილი)\s+)"
)
_EMAIL = re.compile(r"[\w.+-]*\w\s?@\s?[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,10}\b", re.UNICODE)
_EMAIL_WORDS = re.compile(
    rf"\b[a-z0-9][a-z0-9._+-]{{1,40}}(?:\s*@\s*|{_AT_WORD})[a-z0-9-]{{2,30}}(?:(?:\.|{_DOT_WORD})[a-z0-9-]{{2,30}})*?"
    rf"(?:\s?\.\s?|{_DOT_WORD}){_TLD_EMAIL}\b"
)
_EMAIL_PROVIDER = re.compile(
    rf"\b[a-z0-9][a-z0-9._+-]{{1,40}}{_AT_WORD}(?:gmail|mail|yandex|inbox|list|bk|yahoo|outlook|hotmail|icloud|rambler)\b"
)


# `в инсте @ayana.homes`: a messenger's name before a spaced `@` is a handle, not a mailbox.
_MESSENGER_WORD = re.compile(
    r"^(?:инст|инстаграм|insta|instagram|ig|тг|tg|телеграм|telegram|ватсап|вотсап|whatsapp|вк|vk|тикток|tiktok|"
    r"fb|facebook|threads|вайбер|viber)\w*$"
)


def _email_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for regex in (_EMAIL, _EMAIL_WORDS, _EMAIL_PROVIDER):
        for m in regex.finditer(text):
            local = re.split(r"\s*@|\s+(?:at|собака|собачка|sobaka)\b|\s*[\(\[\{<]", m.group(), maxsplit=1)[0]
            if _MESSENGER_WORD.match(local.strip()):
                continue
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in spans):
                spans.append(m.span())
    return spans


@rule("contact.email", action="reject")
def email_in_text(snapshot, profile, context) -> Iterator[Finding]:
    """An e-mail address, also `name at gmail dot com` and `name(собака)mail.ru`."""
    for ft in analyze(snapshot, context):
        if "@" not in ft.text and not any(w in ft.text for w in (" at ", "at)", "at]", "собак", "sobaka", "ძაღლ")):
            continue
        for a, b in _email_spans(ft.text):
            yield Finding(ft.name, ft.norm.original(a, b))


_SPACED_SITE = (
    r"\b(?:myhome|ss|mymarket|olx|kolesa|krisha|tap|lalafo|emarket|bina|turbo|avtogel|market)\s(?:ge|kz|az|com)\b"
)
_TLDS = (
    r"(?:com|net|org|info|biz|ru|kz|az|ge|рф|қаз|su|ua|by|uz|kg|tj|am|tr|de|us|uk|io|me|co|tv|pro|shop|store|"
    r"online|site|xyz|club|top|app|dev|link|ly|market|gl|to)"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s,;]+"
    rf"|\bwww\s+[a-z0-9-]{{2,}}\s+{_TLDS}\b"
    rf"|(?<![\w@.])(?:[a-z0-9][a-z0-9-]*\.)*[a-z0-9-]*[a-z][a-z0-9-]*\.{_TLDS}(?:/[^\s,;]*)?(?![\w@])"
    r"|(?<![\w@.])[a-z][a-z0-9-]{2,}\s\.\s?(?:kz|az|ge|ru|com|net|org|рф)\b"
    r"|(?<![\w@.])[a-z][a-z0-9-]{2,}\s?\.\s(?:kz|az|ge|ru|com|net|org|рф)\b"
    r"|(?<![\w@.])[а-я][а-я0-9-]{2,}\.(?:рф|қаз)\b"
    r"|\b(?:t\.me|wa\.me|vk\.cc|bit\.ly)/\S+"
    # a classifieds site named with a space for its dot: `myhome ge-ზე`, `krisha kz`, `tap az`
    rf"|{_SPACED_SITE}"
    # a domain with the dot spelled out: `techshop точка кз`, `site dot com`, `sayt nöqtə az`
    rf"|(?<![\w@.])[a-z][a-z0-9-]{{2,}}{_DOT_WORD}(?:{_TLDS}|кз|ру|ком|нет|орг)\b",
    re.UNICODE,
)
_SPOKEN_DOT = re.compile(r"\b(?:dot|точка|tochka|nöqtə|nokta|нүкте)\b")


@rule("contact.url", action="reject")
def url_in_text(snapshot, profile, context) -> Iterator[Finding]:
    """A web address or bare domain (`site.kz`, `site . kz`, `www site com`), links to competitors."""
    for ft in analyze(snapshot, context):
        if (
            "." not in ft.text
            and "www" not in ft.text
            and not _SPOKEN_DOT.search(ft.text)
            and not re.search(_SPACED_SITE, ft.text)
        ):
            continue
        emails = _email_spans(ft.text)
        for m in _URL.finditer(ft.text):
            if any(a <= m.start() < b for a, b in emails):
                continue
            if _PUBLIC_SERVICE.search(m.group()):
                continue  # a state portal named as a skill or a place to check (`RS.ge`, `egov.kz`)
            written = ft.norm.original(m.start(), m.end())
            if re.search(r"\.\s+[A-ZА-Я]\w{0,2}$", written):
                continue  # `at the dealer. KZ registration`, `iki kontroller. Az istifadə olunub`: a new sentence
            # a word glued to the next sentence (`продам.ru` is rare; `отлично.Com` never happens)
            yield Finding(ft.name, ft.norm.original(m.start(), m.end()).rstrip(".)"))


_PUBLIC_SERVICE = re.compile(
    r"(?:^|\.)(?:gov\.(?:kz|az|ge)|rs\.ge|egov\.kz|e-gov\.az|asan\.gov\.az|my\.gov\.ge|elicense\.kz|stat\.gov\.kz)\b",
    re.IGNORECASE,
)


_HANDLE = re.compile(r"(?<![\w.@])@([a-z0-9_][a-z0-9_.]{2,31})(?![\w@])")
_AFTER_PLATFORM = re.compile(r"(\s*[:：=]\s*|\s*[-–—]\s*|\s+)(id\s*[:#]?\s*)?(@?)([a-z0-9_][a-z0-9_.]{2,31})\b")
_NOT_HANDLES = frozenset(
    "and or the for with also only too me us at on in to is are available есть and viber whatsapp telegram "
    "instagram skype imo facebook tiktok vk icq wechat signal direct messenger chat group channel account "
    "business web app please pls və ya da da".split()
)


_NEAR_HANDLE = re.compile(r"(?<![\w.@])[a-z0-9_]{2,}(?:[._][a-z0-9_]{1,}){1,4}(?![\w@])")
_TLD_END = re.compile(r"\.(?:com|net|org|ru|kz|az|ge|info|io|me|shop|store|site)$")
_TECH = re.compile(
    r"^(?:bot|bots|бот\w*|api|sdk|reklam\w*|реклам\w*|marketinq\w*|маркетинг\w*|targeting|таргет\w*|smm)$"
)


# A link into a messenger or social network is a handle however it is written (`t.me/shop`, `wa.me/7701…`).
_MESSENGER_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|"
    r"vk\.com|vk\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|m\.me|tiktok\.com|ok\.ru|"
    r"viber\.click|invite\.viber\.com)/\S+"
    r"|\bviber://\S+",
)


def _has_phone(ft, profile) -> bool:
    return next(phones_in(ft, _regions(profile)), None) is not None


@rule("contact.social", action="reject")
def social_in_text(snapshot, profile, context) -> Iterator[Finding]:
    """A messenger or social-network handle (reject), or an invitation to one without a handle (review)."""
    a = analyze(snapshot, context)
    for ft in a:
        text = ft.text
        emails = _email_spans(text) if "@" in text else []
        reported = False
        handles: list[tuple[int, int]] = []
        for m in _HANDLE.finditer(text):
            if any(s <= m.start() < e for s, e in emails):
                continue
            handles.append(m.span())
        for m in _MESSENGER_LINK.finditer(text):
            yield Finding(ft.name, ft.norm.original(m.start(), m.end()).rstrip(".,)"))
            reported = True
        # `Telegram bot yazmaq kursu`, `Instagram API`: the platform as a subject, not a way to reach the seller
        platforms = [
            (first, last)
            for first, last in ft.spans("social.platform")
            if not (last + 1 < len(ft.tokens) and _TECH.match(ft.tokens[last + 1].text))
        ]
        # "Instagram: @shop" is one finding, reported with its platform
        joined = set()
        for _first, last in platforms:
            m = _AFTER_PLATFORM.match(text, ft.tokens[last].end)
            if m and m.group(3):
                joined.update(h for h in handles if h[0] == m.start(4) - 1)
        for a_, b_ in handles:
            if (a_, b_) not in joined:
                yield Finding(ft.name, ft.norm.original(a_, b_))
                reported = True
        for first, last in platforms:
            end = ft.tokens[last].end
            m = _AFTER_PLATFORM.match(text, end)
            if not m:
                continue
            handle = m.group(4).rstrip(".")
            marked = ":" in m.group(1) or "=" in m.group(1) or m.group(2) or m.group(3)
            shaped = any(c.isdigit() or c in "_." for c in handle)
            if handle in _NOT_HANDLES or (handle.isdigit() and len(handle) < 5) or not (marked or shaped):
                continue
            if any(s <= m.start(4) < e for s, e in emails):
                continue
            yield Finding(ft.name, ft.norm.original(ft.tokens[first].start, m.start(4) + len(handle)))
            reported = True
        for first, last in platforms if not reported else ():
            # `İnstada baxın: nail.studio.leyla`, `ინსტაზე — lashes.by.nini`: a dotted name a few words on
            m = _NEAR_HANDLE.search(text, ft.tokens[last].end, ft.tokens[last].end + 40)
            if m and not _TLD_END.search(m.group()):
                yield Finding(ft.name, ft.norm.original(ft.tokens[first].start, m.end()))
                reported = True
                break
        if platforms and not reported and _has_phone(ft, profile):
            # "в вайбере +995 599 …", "WhatsApp: 8 701 …": the messenger and its number
            first, last = platforms[0]
            yield Finding(ft.name, ft.evidence(first, last))
            reported = True
        if platforms and not reported and ft.spans("social.invite"):
            first, last = platforms[0]
            yield Finding(ft.name, ft.evidence(first, last), action="review")


@rule("contact.third_party", action="review")
def contact_of_another_account(snapshot, profile, context) -> Iterator[Finding]:
    """The ad's contact phone or e-mail is already used by another account."""
    if snapshot.contact_phone and context.accounts_using_contact(
        phone=snapshot.contact_phone, exclude_user=snapshot.user_id
    ):
        yield Finding("contact_phone", snapshot.contact_phone)
    if snapshot.contact_email and context.accounts_using_contact(
        email=snapshot.contact_email, exclude_user=snapshot.user_id
    ):
        yield Finding("contact_email", snapshot.contact_email)

"""prohibited.*: goods and services that may not be offered, one code per group.

Each group is a term list in `terms/prohibited.<group>.<lang>.txt`, matched on word forms with
exceptions for harmless neighbours (`водяной пистолет`, `пистолет для монтажной пены`,
`glue gun`). The Georgian profiles switch off the groups Georgian law allows (profiles.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import analyze
from ..registry import Finding, rule
from ..taxonomy import in_category

GROUPS = (
    "weapons", "military", "surveillance", "drugs", "medicines", "organs", "sexual", "alcohol_tobacco",
    "poisons", "pyrotechnics", "wildlife", "documents", "currency", "precious_metals", "accounts", "data",
    "counterfeit", "gambling", "occult", "extremism", "underwear", "keys", "poaching",
)  # fmt: skip


# The proper name of a housing estate, mall or business centre is not goods: `ЖК Асыл Тас`
# (precious stone), `ЖК «Изумрудный»`, `ТРЦ Mega`, `БЦ Нурлы Тау`.
_NAME_MARKERS = frozenset({"жк", "трц", "тц", "бц", "кп", "мкр", "жм", "тк", "рц", "ск", "ст"})
_QUOTED = re.compile(r"[«\"“„][^»\"”“\n]{1,40}[»\"”“]")


def _in_proper_name(ft, first: int, last: int) -> bool:
    start = ft.tokens[first].start
    for q in _QUOTED.finditer(ft.text):
        if q.start() < start < q.end():
            lo = max(0, first - 2)
            if any(ft.tokens[i].text in _NAME_MARKERS for i in range(lo, first)):
                return True
    for back in range(1, 4):
        i = first - back
        if i < 0:
            return False
        if ft.tokens[i].text in _NAME_MARKERS:
            # every word from the marker to the hit is part of the name (capitalised)
            words = [ft.evidence(k, k) for k in range(i + 1, last + 1)]
            return all(w[:1].isupper() or w[:1].isdigit() for w in words)
    return False


# In the kids' and games categories a "pistol" with its "cartridges" is a toy (`Бластер Nerf, 20
# мягких патронов`), unless the text says the weapon is real.
_REAL_WEAPON = re.compile(
    r"боев|огнестрел|травмат|нарезн|охотнич|калибр|\breal\b|combat|firearm|döyüş|odlu|ცეცხლსასროლ|საბრძოლ|"
    r"жауынгер",
    re.IGNORECASE,
)


_TOY = re.compile(
    r"\bnerf\b|бластер|игрушечн|поролонов|присоск|orbeez|орбиз|гидрогел|toy\b|oyuncaq|ойыншық|სათამაშო|foam dart",
    re.IGNORECASE,
)


def _toy_guns(snapshot, a, context) -> bool:
    """Toy guns: in the kids' or games categories, or said to be toys anywhere (`Nerf`, `поролоновые`)."""
    if any(_REAL_WEAPON.search(ft.text) for ft in a):
        return False
    if in_category(snapshot, "kids", context) or in_category(snapshot, "games-consoles", context):
        return True
    return any(_TOY.search(ft.text) for ft in a)


# A dose and a pharmaceutical form name a medicine or a supplement whatever its brand (`Lirika 300 mq,
# 56 kapsul`, `Омега-3 1000 мг, 90 капсул`): RULES.md forbids both.
_DOSAGE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:мг|mg|mq|მგ|мкг|mcg|me|ме|iu)\b")
_PILL_FORM = re.compile(
    r"\b(?:таблет\w*|капсул\w*|ампул\w*|драже|tablet\w*|capsule\w*|pills?|kapsul\w*|həb\w*|ampul\w*|"
    r"ტაბლეტ\w*|კაფსულ\w*|ამპულ\w*|таблетка\w*|капсула\w*)"
)


# A vehicle without documents is stolen or smuggled goods (RULES.md: cars without documents).
_NO_PAPERS = re.compile(
    r"без\s+док(?:ументов|ументы|ов|\b)|документ(?:ов|ы)?\s+(?:нет|отсутству)|s[əe]n[əe]dsiz|s[əe]n[əe]di\s+yoxdur|"
    r"құжатсыз|құжаты\s+жоқ|უსაბუთო|საბუთების\s+გარეშე|no\s+(?:papers|documents|title)|without\s+(?:papers|documents)"
)


# A negated mention is not an offer: `не из майнинга`, `без jailbreak`, `not from mining`, `heç vaxt`.
_NEGATORS = frozenset(
    {"не", "без", "нет", "ни", "no", "not", "without", "non", "never", "heç", "deyil", "емес", "жоқ", "არ"}
)

# Words a phone seller uses for the state of a part: a `crack` on the glass, a `копия`/`replica` screen
# is a spare-part grade, not cracked software or a counterfeit phone.
_PART_HIT = re.compile(r"^(?:crack|кряк|трещин|копи|копия|replica|реплик|aaa)", re.IGNORECASE)
_PART_WORD = re.compile(
    r"^(?:экран|дисплей|дисплэ|стекл|тачскрин|модул|крышк|корпус|screen|display|glass|lcd|oled|back|corner|"
    r"углу|угол|ekran|şüşə|ეკრან|მინა|шыны)",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[,.!?;:—–]")


# A verb negated by its suffix right after the word: `темекі шегілмеген` (never smoked in),
# `siqaret çəkilməyib`; Russian and English put the negator before (`не курили`, handled above).
_NEGATED_VERB = re.compile(
    r"(?:ма|ме|ба|бе|па|пе)(?:ген|йды|йді|йтын|йтін|ған|ген|с)$|(?:ma|mə)(?:yıb|yib|yub|yüb|mış|miş|yan|yən|z)$"
)


_PRIVATIVE = re.compile(r"(?:sız|siz|suz|süz|сыз|сіз|syz|siz)$")


def _harmless(ft, first: int, last: int) -> bool:
    """A negated mention, or a part's condition or grade (`crack on the back glass`, `экран копия`)."""
    if last + 1 < len(ft.tokens) and _NEGATED_VERB.search(ft.tokens[last + 1].text):
        return True

    for i in range(max(0, first - 2), first):
        # `нет, боевой ствол`: a negator closed by punctuation answers something else
        if ft.tokens[i].text in _NEGATORS and not _CLAUSE_BREAK.search(
            ft.text[ft.tokens[i].end : ft.tokens[first].start]
        ):
            return True
    if any(_PART_HIT.match(ft.tokens[i].text) for i in range(first, last + 1)):
        lo, hi = max(0, first - 5), min(len(ft.tokens), last + 6)
        return any(_PART_WORD.match(ft.tokens[i].text) for i in range(lo, hi) if i != first)
    return False


# Goods a job ad names as the trade's (`ფარმაცევტი … მედიკამენტების ცოდნა`, `бармен`, `охранник с
# лицензией на оружие`): a vacancy or a résumé sells none of them. Illegal work is job.prohibited's.
_TRADE_GOODS = frozenset({"medicines", "alcohol_tobacco", "weapons", "precious_metals", "currency", "pyrotechnics"})


def _make(group: str):
    list_name = f"prohibited.{group}"

    def check(snapshot, profile, context) -> Iterator[Finding]:
        if group in _TRADE_GOODS and in_category(snapshot, "jobs", context):
            return  # a pharmacist knows medicines, a bartender drinks, a guard carries arms: no sale
        seen = set()
        a = analyze(snapshot, context)
        toys = group == "weapons" and _toy_guns(snapshot, a, context)
        for ft in a:
            for first, last in ft.spans(list_name):
                if _in_proper_name(ft, first, last) or _harmless(ft, first, last):
                    continue
                if a.excepted_elsewhere(list_name, ft, first, last):
                    continue
                if group == "weapons" and toys:
                    continue
                if group == "accounts" and _PRIVATIVE.search(ft.tokens[first].text):
                    continue  # `Oyunlar hesabsız`: "without an account" offers none
                evidence = ft.evidence(first, last)
                if (ft.name, evidence.casefold()) not in seen:
                    seen.add((ft.name, evidence.casefold()))
                    yield Finding(ft.name, evidence)
        if group == "medicines" and not seen and any(_PILL_FORM.search(ft.text) for ft in a):
            for ft in a:
                m = _DOSAGE.search(ft.text)
                if m:
                    yield Finding(ft.name, ft.norm.original(*m.span()))
                    return
        if group == "counterfeit" and not seen and in_category(snapshot, "transport", context):
            for ft in a:
                m = _NO_PAPERS.search(ft.text)
                if m:
                    yield Finding(ft.name, ft.norm.original(*m.span()))
                    return

    check.__name__ = f"prohibited_{group}"
    check.__doc__ = f"Goods or services of the prohibited group `{group}` in the title or description."
    return check


for _group in GROUPS:
    rule(f"prohibited.{_group}", action="block")(_make(_group))

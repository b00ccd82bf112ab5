"""prohibited.*: goods and services that may not be offered, one code per group.

Each group is a term list in `terms/prohibited.<group>.<lang>.txt`, matched on word forms with
exceptions for harmless neighbours (`водяной пистолет`, `пистолет для монтажной пены`,
`glue gun`). The Georgian profiles switch off the groups Georgian law allows (profiles.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import analyze
from ..registry import Finding, rule

GROUPS = (
    "weapons", "military", "surveillance", "drugs", "medicines", "organs", "sexual", "alcohol_tobacco",
    "poisons", "pyrotechnics", "wildlife", "documents", "currency", "precious_metals", "accounts", "data",
    "counterfeit", "gambling", "occult", "extremism", "underwear", "keys", "poaching",
)  # fmt: skip


def _make(group: str):
    list_name = f"prohibited.{group}"

    def check(snapshot, profile, context) -> Iterator[Finding]:
        seen = set()
        for field, evidence in analyze(snapshot, context).found(list_name):
            if (field, evidence.casefold()) not in seen:
                seen.add((field, evidence.casefold()))
                yield Finding(field, evidence)

    check.__name__ = f"prohibited_{group}"
    check.__doc__ = f"Goods or services of the prohibited group `{group}` in the title or description."
    return check


for _group in GROUPS:
    rule(f"prohibited.{_group}", action="block")(_make(_group))

"""Category-dependent fields of the posting form, stored in `attributes` on the ad.

Keyed by category slug; an ad gets the fields of its category and of every ancestor. The rules
read them too (a job ad needs its employer and position; brand, model, memory and colour tell
one phone from another for the duplicate rules).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Attribute:
    name: str
    label: str
    kind: str = "text"  # text | int
    required: bool = False
    max_length: int = 100


ATTRIBUTES: dict[str, tuple[Attribute, ...]] = {
    "vacancies": (
        Attribute("company", _("Employer or agency"), required=True),
        Attribute("position", _("Position"), required=True),
        Attribute("salary", _("Salary")),
    ),
    "network-marketing": (
        Attribute("company", _("Company"), required=True),
        Attribute("position", _("Position"), required=True),
    ),
    "resumes": (Attribute("position", _("Desired position"), required=True),),
    "phones": (
        Attribute("brand", _("Brand")),
        Attribute("model", _("Model")),
        Attribute("memory_gb", _("Memory, GB"), kind="int"),
        Attribute("colour", _("Colour")),
    ),
    "computers": (Attribute("brand", _("Brand")), Attribute("model", _("Model"))),
    "cars": (
        Attribute("brand", _("Make")),
        Attribute("model", _("Model")),
        Attribute("year", _("Year"), kind="int"),
        Attribute("mileage_km", _("Mileage, km"), kind="int"),
    ),
    "real-estate": (
        Attribute("rooms", _("Rooms"), kind="int"),
        Attribute("area_m2", _("Area, m²"), kind="int"),
    ),
}


def attributes_for(slugs: tuple[str, ...]) -> tuple[Attribute, ...]:
    """The fields for a category given its slug and its ancestors' slugs, most specific first."""
    seen: dict[str, Attribute] = {}
    for slug in slugs:
        for attribute in ATTRIBUTES.get(slug, ()):
            seen.setdefault(attribute.name, attribute)
    return tuple(seen.values())

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.services import normalise_phone
from moderation.queries import current_profile

from .attributes import attributes_for
from .enums import PriceKind
from .models import Category, Listing, ListingPhoto, Region
from .queries import category_ancestors
from .services import ListingContent


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return f"{obj.parent.display_name} › {obj.display_name}" if obj.parent_id else obj.display_name


class ListingForm(forms.Form):
    """The seller's ad. Photos are handled by the view (they are saved on arrival so that a
    re-render with errors keeps them); this form validates the rest."""

    category = CategoryChoiceField(label=_("Category"), queryset=Category.objects.none(), to_field_name="slug")
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.none(), to_field_name="slug")
    title = forms.CharField(label=_("Title"), max_length=100)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 8}), max_length=9000)
    price_kind = forms.ChoiceField(label=_("Price"), choices=PriceKind.choices, initial=PriceKind.FIXED)
    price = forms.DecimalField(
        label=_("Amount"), required=False, min_value=Decimal("0"), max_digits=14, decimal_places=2
    )
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)

    def __init__(self, *args: Any, listing: Listing | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = current_profile()
        self.listing = listing
        leaves = Category.objects.filter(children__isnull=True).select_related("parent")
        self.fields["category"].queryset = leaves
        self.fields["region"].queryset = Region.objects.filter(country=self.profile.country)
        self.fields["title"] = forms.CharField(label=_("Title"), max_length=self.profile.title_max_length)
        self.fields["price"].label = _("Amount, %(currency)s") % {"currency": self.profile.currency}
        if listing is not None and listing.published_at and self.profile.region_locked:
            # jer_kz: the region of a posted ad cannot change (edit.region catches any other path).
            self.fields["region"].disabled = True
            self.fields["region"].help_text = _("The region of a posted ad cannot be changed.")
        self.category = self._chosen_category()
        self.attribute_fields = []
        if self.category is not None:
            for attribute in attributes_for((self.category.slug, *category_ancestors(self.category.pk))):
                name = f"attr_{attribute.name}"
                if attribute.kind == "int":
                    field = forms.IntegerField(
                        label=attribute.label, required=attribute.required, min_value=0, max_value=10**9
                    )
                else:
                    field = forms.CharField(
                        label=attribute.label, required=attribute.required, max_length=attribute.max_length
                    )
                self.fields[name] = field
                self.attribute_fields.append(name)

    def _chosen_category(self) -> Category | None:
        slug = self.data.get("category") if self.is_bound else self.initial.get("category")
        if isinstance(slug, Category):
            return slug
        return Category.objects.filter(slug=slug).first() if slug else None

    def clean_contact_phone(self) -> str:
        return normalise_phone(self.cleaned_data["contact_phone"], country=self.profile.country)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        category: Category | None = data.get("category")
        kind = data.get("price_kind")
        if kind == PriceKind.FIXED:
            if data.get("price") is None and category is not None and category.price_required:
                self.add_error(
                    "price",
                    ValidationError(
                        _("This category needs a price. Choose “Negotiable” if there is none yet."), code="required"
                    ),
                )
        else:
            data["price"] = None
        return data

    def content(self) -> ListingContent:
        data = self.cleaned_data
        attributes = {
            name.removeprefix("attr_"): data[name] for name in self.attribute_fields if data.get(name) not in (None, "")
        }
        return ListingContent(
            category=data["category"],
            region=data["region"],
            title=data["title"].strip(),
            description=data["description"].strip(),
            price=data["price"],
            price_kind=data["price_kind"],
            currency=self.profile.currency,
            contact_phone=data["contact_phone"],
            contact_email=data["contact_email"],
            attributes=attributes,
        )

    @classmethod
    def initial_for(cls, listing: Listing, content: ListingContent) -> dict[str, Any]:
        initial = {
            "category": content.category.slug,
            "region": content.region.slug,
            "title": content.title,
            "description": content.description,
            "price_kind": content.price_kind,
            "price": content.price,
            "contact_phone": content.contact_phone,
            "contact_email": content.contact_email,
        }
        initial.update({f"attr_{k}": v for k, v in (content.attributes or {}).items()})
        return initial


def photo_required_error(category: Category | None, photos: list[ListingPhoto]) -> str | None:
    if category is not None and category.photo_required and not photos:
        return str(_("This category needs at least one real photo."))
    return None

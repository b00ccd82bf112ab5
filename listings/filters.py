from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from moderation.queries import current_profile

from .models import Category, Region
from .queries import category_subtree_ids

MAX_SEARCH_WORDS = 8


class ListingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Words"), method="filter_words")
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=Category.objects.all(), to_field_name="slug", method="filter_category"
    )
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=Region.objects.none(), to_field_name="slug")
    price_min = django_filters.NumberFilter(label=_("Price from"), field_name="price", lookup_expr="gte")
    price_max = django_filters.NumberFilter(label=_("Price to"), field_name="price", lookup_expr="lte")
    with_photos = django_filters.BooleanFilter(
        label=_("With photos only"), field_name="has_photos", method="filter_photos", widget=forms.CheckboxInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["region"].queryset = Region.objects.filter(country=current_profile().country)

    def filter_words(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split()[:MAX_SEARCH_WORDS]:
            queryset = queryset.filter(Q(title__icontains=word) | Q(description__icontains=word))
        return queryset

    def filter_category(self, queryset: QuerySet, name: str, value: Category) -> QuerySet:
        return queryset.filter(category_id__in=category_subtree_ids(value))

    def filter_photos(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        return queryset.filter(has_photos=True) if value else queryset

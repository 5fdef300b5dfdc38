"""The facilitators' admin for tables (with their join codes) and notes."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import ManyToManyField, QuerySet
from django.forms import ModelMultipleChoiceField
from django.http import HttpRequest
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from groups.models import Note, Table
from workshop.admin import edited_object_id
from workshop.models import Organisation


@admin.register(Table)
class TableAdmin(admin.ModelAdmin):
    list_display = ("table_label", "workshop", "organisation_list", "join_code", "host_page")
    list_filter = ("workshop",)
    list_select_related = ("workshop",)
    search_fields = ("name", "join_code", "organisations__name")
    ordering = ("workshop", "number")
    fields = (
        "workshop", "number", "name", "organisations", "join_code", "access_token", "host_page",
    )
    readonly_fields = ("join_code", "access_token", "host_page")
    filter_horizontal = ("organisations",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Table]:
        return super().get_queryset(request).prefetch_related("organisations")

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField[Any] | None:
        if db_field.name == "organisations":
            # When editing a table, only its own workshop's organisations can sit at it.
            object_id = edited_object_id(request)
            queryset = Organisation.objects.select_related("workshop")
            if object_id:
                queryset = queryset.filter(workshop__tables__pk=object_id)
            kwargs["queryset"] = queryset.order_by("workshop", "name")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("table"), ordering="number")
    def table_label(self, obj: Table) -> str:
        return obj.label

    @admin.display(description=_("organisations"))
    def organisation_list(self, obj: Table) -> str:
        return ", ".join(organisation.name for organisation in obj.organisations.all())

    @admin.display(description=_("host page"))
    def host_page(self, obj: Table | None) -> str:
        """A link to the table's own page: the address its QR code carries."""
        if obj is None or obj.pk is None:
            return "—"
        try:
            url = obj.get_absolute_url()
        except NoReverseMatch:
            return "—"
        return format_html('<a href="{}">{}</a>', url, _("Open the table's page"))


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = (
        "short_text", "workshop", "round", "table", "question", "organisation", "kind",
        "highlighted", "shared_in_plenum", "updated_at",
    )
    list_filter = ("workshop", "kind", "highlighted", "shared_in_plenum", "round")
    list_select_related = ("workshop", "round", "table", "question", "organisation")
    search_fields = ("text",)
    autocomplete_fields = ("workshop", "table", "round", "programme_item", "organisation")
    raw_id_fields = ("question",)
    readonly_fields = ("client_id", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("workshop", "table", "round", "question", "programme_item")}),
        (None, {"fields": ("text", "kind", "organisation", "position")}),
        (_("Compiling"), {"fields": ("highlighted", "shared_in_plenum")}),
        (_("Record"), {"fields": ("client_id", "created_at", "updated_at")}),
    )
    list_per_page = 50

    @admin.display(description=_("note"), ordering="text")
    def short_text(self, obj: Note) -> str:
        return Truncator(obj.text).chars(80)

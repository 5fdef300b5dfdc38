"""The facilitators' admin for tables (with their join codes) and notes."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count, ForeignKey, ManyToManyField, Q, QuerySet
from django.forms import CheckboxSelectMultiple, HiddenInput, IntegerField, ModelChoiceField, ModelMultipleChoiceField
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from groups.models import Actor, Note, NoteChange, Table, Theme
from workshop.admin import (
    InOneWorkshopAdmin,
    KeepsItsNotes,
    SavesWhatWasChanged,
    edited_object_id,
    workshop_being_edited,
)
from workshop.changes import SavesWhatWasChangedForm
from workshop.models import Organisation, ProgrammeItem, Round
from workshop.text import is_row_id


@admin.register(Table)
class TableAdmin(InOneWorkshopAdmin, SavesWhatWasChanged, KeepsItsNotes):
    kept = _(
        "A table with notes is not deleted, and nothing is deleted. Move the notes listed below to another "
        "table, or delete them under Notes, first. Notes deleted at the table count too: they can be brought "
        "back."
    )
    list_display = ("table_label", "workshop", "organisation_list", "join_code", "host_page")
    list_filter = ("workshop",)
    list_select_related = ("workshop",)
    search_fields = ("name", "join_code", "organisations__name")
    ordering = ("workshop", "number")
    fields = (
        "workshop", "number", "name", "organisations", "join_code", "access_token", "host_page",
    )
    readonly_fields = ("join_code", "access_token", "host_page")
    actions = ("renew_access",)

    @admin.action(description=_("Renew access (new link and code)"))
    def renew_access(self, request: HttpRequest, queryset: QuerySet[Table]) -> TemplateResponse | None:
        """A lost tablet: the table gets a new link and code, the old ones stop working, notes stay.

        First a page to confirm, which carries the codes it showed: the confirmation sent twice (a
        reload that posts again) renews once, as the live page's button does (Table.renew_access).
        """
        tables = list(queryset.select_related("workshop").order_by("workshop", "number"))
        if request.POST.get("post") != "yes":
            context = {
                **self.admin_site.each_context(request), "title": _("Renew access?"), "tables": tables,
                "opts": self.model._meta, "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            }
            return TemplateResponse(request, "admin/groups/table/renew_access.html", context)
        renewed: list[str] = []
        before: list[str] = []
        for table in tables:
            done = table.renew_access(seen_code=request.POST.get(f"seen-{table.pk}", ""))
            (renewed if done else before).append(f"{table.label} ({table.workshop}): {table.join_code}")
        if renewed:
            self.message_user(request, _("New codes: %(codes)s") % {"codes": "; ".join(renewed)}, messages.SUCCESS)
        if before:
            self.message_user(
                request, _("Renewed already (the same confirmation came twice), so not again: %(codes)s")
                % {"codes": "; ".join(before)}, messages.WARNING,
            )
        return None

    def get_queryset(self, request: HttpRequest) -> QuerySet[Table]:
        return super().get_queryset(request).prefetch_related("organisations")

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField[Any] | None:
        if db_field.name == "organisations":
            # Only the table's own workshop's organisations can sit at it.
            workshop_id = workshop_being_edited(request, Table)
            kwargs["queryset"] = (
                Organisation.objects.filter(workshop_id=workshop_id) if workshop_id else Organisation.objects.none()
            )
            kwargs["help_text"] = _("The organisations of the table's workshop. Choose the workshop and save first.")
            # Boxes to tick, each with its label (Django's two-box picker fails the accessibility check).
            kwargs["widget"] = CheckboxSelectMultiple
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


class NoteChangeInline(admin.TabularInline):
    model = NoteChange
    verbose_name_plural = _("history")
    fields = ("at", "action", "changed_by", "text", "version")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("at", "pk")

    @admin.display(description=_("changed by"))
    def changed_by(self, change: NoteChange) -> str:
        return change.by  # a property has no label of its own: the column said "By", in English

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[NoteChange]:
        return super().get_queryset(request).select_related("table", "user")


class DeletedFilter(admin.SimpleListFilter):
    title = _("deleted")
    parameter_name = "deleted"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("yes", _("Deleted")), ("no", _("Not deleted"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Note]) -> QuerySet[Note]:
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(deleted_at__isnull=True)
        return queryset


class NoteAdminForm(SavesWhatWasChangedForm):
    """A note's admin page, which carries the version of the note it showed.

    The version is read-only and was not posted, so a save raised the version of the row as it was
    then: a page opened before a host's edit wrote its old text over the host's, unseen. Now a save
    from a page that showed an older version is refused, as a host's is on the tablet.
    """

    seen_version = IntegerField(widget=HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["seen_version"]
        field.initial = self.instance.version if self.instance.pk is not None else None
        field.show_hidden_initial = False  # it is the value shown

    def clean(self) -> dict[str, Any] | None:
        cleaned_data = super().clean()
        # The row was read locked (SavesWhatWasChanged.get_object): a host's edit sent now waits for this
        # save, then finds the newer version and gets the tablet's conflict view.
        if self.instance.pk is not None and self.cleaned_data.get("seen_version") != self.instance.version:
            self.add_error(None, _(
                "Someone else has changed the note since you opened it. Open it again from the list to see the "
                "current text (a reload of this page sends the same form again)."
            ))
        return cleaned_data


@admin.register(Note)
class NoteAdmin(SavesWhatWasChanged):
    list_display = (
        "short_text", "workshop", "round", "table", "question", "organisation", "kind",
        "shared_in_plenum", "updated_at", "deleted_at",
    )
    list_filter = (DeletedFilter, "workshop", "kind", "shared_in_plenum", "round")
    inlines = (NoteChangeInline,)
    actions = ("restore_notes",)
    list_select_related = ("workshop", "round", "table", "question", "organisation")
    search_fields = ("text",)
    raw_id_fields = ("question",)
    form = NoteAdminForm
    readonly_fields = ("client_id", "created_at", "updated_at", "deleted_at", "version")
    fieldsets = (
        (None, {"fields": ("workshop", "table", "round", "question", "programme_item")}),
        (None, {"fields": ("text", "kind", "organisation", "position")}),
        (_("Compiling"), {"fields": ("shared_in_plenum",)}),
        (_("Record"), {"fields": ("client_id", "version", "seen_version", "created_at", "updated_at", "deleted_at")}),
    )
    list_per_page = 50

    def get_queryset(self, request: HttpRequest) -> QuerySet[Note]:
        # Facilitators see deleted notes too, to restore them at any time.
        return Note.everything.all()

    # Plain lists of the note's own workshop's tables, rounds, talks and organisations (the
    # admin's search-as-you-type boxes have no accessible name). A new note offers them once its
    # workshop is chosen and saved, as tables and rounds do.
    WORKSHOP_CHOICES: dict[str, type[Table | Round | ProgrammeItem | Organisation]] = {
        "table": Table, "round": Round, "programme_item": ProgrammeItem, "organisation": Organisation,
    }

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        model = self.WORKSHOP_CHOICES.get(db_field.name)
        if model is not None:
            workshop_id = workshop_being_edited(request, Note)
            kwargs["queryset"] = (
                model._default_manager.filter(workshop=workshop_id) if workshop_id else model._default_manager.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Note, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            obj.record(NoteChange.Action.CREATE, Actor(user=request.user))  # type: ignore[arg-type]

    def save_changed(self, request: HttpRequest, obj: Note, columns: list[str]) -> None:
        # Only what was changed on the page, with a new version: a host still editing the note gets a
        # conflict instead of overwriting this (the version the page showed is still the row's,
        # NoteAdminForm.clean). Saved unchanged, nothing is written: no new version for a host to
        # conflict with, no line in the history.
        obj.version += 1
        super().save_changed(request, obj, [*columns, "version"])
        obj.record(NoteChange.Action.EDIT, Actor(user=request.user))  # type: ignore[arg-type]

    @admin.action(description=_("Restore the selected deleted notes"))
    def restore_notes(self, request: HttpRequest, queryset: QuerySet[Note]) -> None:
        restored = 0
        for note in queryset.filter(deleted_at__isnull=False):
            note.restore(by=Actor(user=request.user))  # type: ignore[arg-type]
            restored += 1
        self.message_user(request, _("%(count)s notes restored.") % {"count": restored})

    @admin.display(description=_("note"), ordering="text")
    def short_text(self, obj: Note) -> str:
        return Truncator(obj.text).chars(80)


@admin.register(Theme)
class ThemeAdmin(InOneWorkshopAdmin, SavesWhatWasChanged):
    list_display = ("name", "workshop", "note_count")
    list_filter = ("workshop",)
    list_select_related = ("workshop",)
    search_fields = ("name", "description")
    ordering = ("workshop", "name")
    fields = ("workshop", "name", "description", "notes")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Theme]:
        return super().get_queryset(request).annotate(
            alive_notes=Count("notes", filter=Q(notes__deleted_at__isnull=True))
        )

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField[Any] | None:
        if db_field.name == "notes":
            # Only the theme's own workshop's notes; a new theme gets its notes once saved.
            object_id = edited_object_id(request)
            queryset = Note.objects.none()
            if object_id and is_row_id(object_id):
                queryset = Note.objects.filter(workshop__themes__pk=object_id).order_by(
                    "round__number", "table__number", "position", "pk"
                )
            kwargs["queryset"] = queryset
            kwargs["help_text"] = _("Only this workshop's notes. Save a new theme first to choose its notes.")
            kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("notes"), ordering="alive_notes")
    def note_count(self, obj: Theme) -> int:
        return obj.alive_notes  # type: ignore[attr-defined, no-any-return]

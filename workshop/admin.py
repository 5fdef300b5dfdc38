"""The facilitators' admin for a workshop: its programme, rounds, questions and organisations.

Tables and notes live in `groups/admin.py`; this module must not import `groups`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db.models import ForeignKey, Model, QuerySet, TimeField
from django.forms import BaseInlineFormSet, ModelChoiceField
from django.forms.formsets import DELETION_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy

from workshop.changes import SavesWhatWasChangedForm, changed_columns, write_columns
from workshop.forms import ClockField, ThrottledLoginForm
from workshop.models import ROUND_WRITTEN_IN, Organisation, ProgrammeItem, Question, Round, Speaker, Workshop
from workshop.text import is_row_id

# The admin's own words that Django's Bokmål and Nynorsk catalogues lack: every facilitator's page is
# in the admin's frame, so they are translated in ours (locale/), which Django reads first.
ADMIN_WORDS_DJANGO_LACKS = (
    gettext_noop("Skip to main content"),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Breadcrumbs"),
    gettext_noop("Sidebar"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    # The start page's table headers, read by screen readers, and the list filters' counts.
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Show counts"),
    gettext_noop("Hide counts"),
    # A foreign key's "view" button, and the changelist's boxes to tick for an action.
    gettext_noop("View selected %(model)s"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Select this object for an action - {}"),
)
# Django's catalogues have these two as separate words; its change form asks for one word in two numbers.
ADMIN_PLURALS_DJANGO_LACKS = (
    ngettext_lazy("Please correct the error below.", "Please correct the errors below.", 1),
)

# Django's own Bokmål says "Legg til ny %(name)s": "ny bord", "ny verksted" for our neuter words.
# Said again here, our translations (LOCALE_PATHS) win over Django's: "Legg til bord".
ADMIN_WORDS = (
    _("Add %(name)s"),
    _("Add another %(model)s"),
    _("Add another %(verbose_name)s"),
)

admin.site.site_header = _("Bordnotat administration")
# The login that can publish and delete everything is throttled per account and per address.
admin.site.login_form = ThrottledLoginForm
admin.site.site_title = _("Bordnotat")
admin.site.index_title = _("Set up and run workshops")

# The facilitators' own pages for one workshop, in the order of the day.
# Some may not exist yet: a link is shown only when its URL name resolves.
FACILITATOR_LINKS: list[tuple[Any, str]] = [
    (_("Set-up"), "groups:setup"),
    (_("Live overview"), "groups:live"),
    (_("QR sheet for the tables"), "groups:qr-sheet"),
    (_("Compile the report"), "groups:compile"),
    (_("Themes"), "groups:themes"),
    (_("Evaluation results"), "evaluation:results"),
    (_("Report"), "report"),
]


def facilitator_pages(workshop: Workshop) -> list[tuple[str, Any]]:
    """The addresses and names of the facilitator's pages for `workshop` that exist."""
    links = []
    for label, url_name in FACILITATOR_LINKS:
        try:
            links.append((reverse(url_name, kwargs={"slug": workshop.slug}), label))
        except NoReverseMatch:
            continue
    return links


def edited_object_id(request: HttpRequest) -> str | None:
    """The primary key in the address of an admin change page, or None on the add page."""
    match = request.resolver_match
    object_id = match.kwargs.get("object_id") if match else None
    return unquote(object_id) if object_id else None


def workshop_being_edited(request: HttpRequest, model: type[Model]) -> int | None:
    """The workshop whose choices an admin form for `model` offers.

    On a change page, the edited object's workshop; on the add page, the workshop posted or given
    in the address (`?workshop=3`, which "Save and add another" keeps). None offers no choices:
    nothing of another workshop can be picked by mistake.
    """
    object_id = edited_object_id(request)
    if object_id:
        if not is_row_id(object_id):
            return None
        # Every row, deleted notes too: facilitators correct and restore those in the admin.
        return model._base_manager.filter(pk=object_id).values_list("workshop_id", flat=True).first()
    wanted = request.POST.get("workshop") or request.GET.get("workshop") or ""
    return int(wanted) if is_row_id(wanted) else None


class SavesWhatWasChanged(admin.ModelAdmin):
    """The admin of something also changed on other pages while its admin page is open.

    A save writes only the fields the person changed (`SavesWhatWasChangedForm`), not the whole row
    as the page loaded it.
    """

    form = SavesWhatWasChangedForm

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None) -> Any:
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and request.method == "POST":
            # Locked until the admin's save transaction ends, then read again: what the form checks is what
            # is there when it writes (the day's buttons lock the same row; SQLite's writes queue anyway).
            # Locked by its id alone: the admin's own query may count (a theme's notes), which FOR UPDATE refuses.
            self.model._base_manager.select_for_update().filter(pk=obj.pk).values_list("pk", flat=True).first()
            obj = self.get_queryset(request).get(pk=obj.pk)
        return obj

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        columns = changed_columns(form)
        if columns:
            self.save_changed(request, obj, columns)

    def save_changed(self, request: HttpRequest, obj: Any, columns: list[str]) -> None:
        """Write `columns`, the ones changed on the page (never called with none: saved unchanged)."""
        write_columns(obj, columns)


class InOneWorkshopAdmin(admin.ModelAdmin):
    """The admin of something that belongs to one workshop (a round, a table, a theme, a survey).

    Its workshop is chosen when it is made, and shown, not changed, after: a round moved to another
    workshop took that workshop's notes with it, a theme its notes, a table its organisations.
    "Save and add another" opens the next one in the same workshop instead of clearing the choice.
    """

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        fields = tuple(super().get_readonly_fields(request, obj))
        return (*fields, "workshop") if obj is not None else fields

    def response_add(self, request: HttpRequest, obj: Any, post_url_continue: str | None = None) -> HttpResponse:
        response = super().response_add(request, obj, post_url_continue)
        if "_addanother" in request.POST and isinstance(response, HttpResponseRedirect):
            response = HttpResponseRedirect(
                f"{request.path}?{urlencode({'workshop': obj.workshop_id})}"
            )
        return response


class KeepsItsNotes(admin.ModelAdmin):
    """The admin of what notes are written in: a table, a round, a talk or pitch.

    One with notes, deleted ones too (they can be brought back), is never deleted with them: the model
    refuses (Note's foreign keys are RESTRICT), and Django's delete page and "Delete selected" list the
    notes as protected and delete nothing. Django does not say that it is about the notes or what to do
    instead: `kept` says both, above that list.
    """

    kept: Any  # a translated message

    def get_deleted_objects(
        self, objs: Any, request: HttpRequest
    ) -> tuple[list[Any], dict[str, int], set[str], list[Any]]:
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            self.message_user(request, self.kept, messages.ERROR)
        return deleted, counts, perms_needed, protected


class SavesWhatWasChangedFormSet(BaseInlineFormSet):
    """An inline's rows, each saved as a `SavesWhatWasChangedForm` saves its page's own row.

    Django compared each posted row with the row as it is when the page is saved: a row another facilitator
    (or the set-up page) had changed meanwhile counted as changed here and was written back as the page
    showed it. Now a row unchanged on the page is not written, a changed one writes only its changed
    columns, and one changed both here and elsewhere is refused with the form's message. A row deleted
    elsewhere is passed over if unchanged here (Django refused the page with an error shown nowhere),
    refused with that message if changed. New rows are added as before.
    """

    def add_fields(self, form: Any, index: int | None) -> None:
        gone = (
            isinstance(form, SavesWhatWasChangedForm) and self.is_bound and index is not None
            and index < self.initial_form_count() and form.instance.pk is None
        )
        if gone:
            # Compared with what the page showed, as the rows still there are: unchanged, it is left out as
            # an unchanged extra row is; changed, its form says that someone else has changed it.
            form.show_what_the_page_showed()
            form.empty_permitted = True
        super().add_fields(form, index)
        if gone:
            # The row's id, which the page showed, is no change made on the page.
            pk = self.model._meta.pk.name
            form.fields[pk].initial = form.data.get(form.add_prefix(pk))

    def save_existing(self, form: Any, obj: Any, commit: bool = True) -> Any:
        if not commit or not isinstance(form, SavesWhatWasChangedForm):
            return super().save_existing(form, obj, commit)
        obj = form.save(commit=False)
        columns = changed_columns(form)
        if columns:
            write_columns(obj, columns)
        form.save_m2m()
        return obj


class LabelledInlineFormSet(SavesWhatWasChangedFormSet):
    """A tabular inline's inputs, each named after its column.

    Django's table shows the field names as column headers only, which no input is tied to: a
    screen reader reads "edit text, blank", and axe counts every input as unlabelled. The hidden
    inputs of what each row showed need no name.
    """

    def add_fields(self, form: Any, index: int | None) -> None:
        super().add_fields(form, index)
        for field in form.fields.values():
            if not field.widget.is_hidden:
                field.widget.attrs["aria-label"] = str(field.label)


class TabularInline(admin.TabularInline):
    """A table of rows on another's admin page (a workshop's organisations, a round's questions), saved as
    `SavesWhatWasChangedFormSet` says."""

    form = SavesWhatWasChangedForm
    formset = LabelledInlineFormSet

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.method == "POST":
            # Read locked until the save's transaction ends, as the page's own row is: what each row's form
            # checks is what is there when it writes. Only the rows, not what their order joins.
            queryset = queryset.select_for_update(of=("self",))
        return queryset


class OrganisationInline(TabularInline):
    model = Organisation
    fields = ("name", "kind")
    extra = 3


@admin.register(Workshop)
class WorkshopAdmin(SavesWhatWasChanged):
    """The workshop's details, and a way to correct its day by hand.

    Status, current round, summary, listing and themes stay editable here: this is where a facilitator
    reopens a day ended by mistake or puts the right round back. The day's own buttons (live overview,
    compile page) remain the usual way, and a save here writes only the fields changed on this page,
    so it never undoes what those buttons did while the page was open. Status set here has none of the
    buttons' side effects (timer, closing time, publishing date), as before.
    """

    list_display = ("title", "date", "status", "current_round", "listed")
    list_filter = ("status", "listed")
    list_select_related = ("current_round",)
    search_fields = ("title", "venue", "organiser")
    date_hierarchy = "date"
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("published_at", "facilitator_links")
    inlines = [OrganisationInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "date", "venue", "organiser")}),
        (_("Before the day"), {"fields": ("desired_outcomes", "ground_rules")}),
        (
            _("On the day"),
            {"fields": ("status", "current_round", "listed", "facilitator_links")},
        ),
        (_("Report"), {"fields": ("summary", "report_shows_themes", "published_at")}),
    )

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        if db_field.name == "current_round":
            # Only this workshop's rounds; a new workshop has none yet.
            object_id = edited_object_id(request)
            kwargs["queryset"] = (
                Round.objects.filter(workshop_id=object_id).order_by("number")
                if object_id
                else Round.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("Facilitator pages"))
    def facilitator_links(self, obj: Workshop | None) -> str:
        if obj is None or obj.pk is None:
            return str(_("Available once the workshop is saved."))
        links = facilitator_pages(obj)
        if not links:
            return "—"
        return format_html(
            '<ul class="facilitator-links">{}</ul>',
            format_html_join("", '<li><a href="{}">{}</a></li>', links),
        )


class SpeakerInline(TabularInline):
    model = Speaker
    fields = ("order", "name", "role", "organisation")
    extra = 1


@admin.register(ProgrammeItem)
class ProgrammeItemAdmin(InOneWorkshopAdmin, SavesWhatWasChanged, KeepsItsNotes):
    kept = _(
        "A programme item with notes is not deleted, and nothing is deleted. Move the notes listed below to "
        "another programme item, or delete them under Notes, first. Deleted notes count too: they can be "
        "brought back."
    )
    # Times as Norwegians type them ("09.00", "0900"), as on the set-up page.
    formfield_overrides = {TimeField: {"form_class": ClockField}}
    list_display = ("starts_at", "title", "kind", "workshop")
    list_filter = ("workshop", "kind")
    list_select_related = ("workshop",)
    search_fields = ("title", "speakers__name")
    ordering = ("workshop", "starts_at", "pk")
    inlines = [SpeakerInline]


class QuestionFormSet(LabelledInlineFormSet):
    """A round's questions, of which one with notes is not deleted here.

    Deleted, it left its notes to the round as a whole, and took its summary and highlights with it. The
    set-up page does that on purpose when a question's line is removed; here a tick among the rows did
    it unasked. Deleted notes count too: they can be brought back.
    """

    def clean(self) -> None:
        super().clean()
        ticked = [
            form.instance.pk for form in self.initial_forms
            if form.instance.pk is not None and form.cleaned_data.get(DELETION_FIELD_NAME)
        ]
        answered = Question.objects.filter(pk__in=ticked, notes__isnull=False).distinct().order_by("order", "pk")
        if answered:
            raise ValidationError([
                ValidationError(
                    _(
                        "“%(question)s” has notes and is not deleted. Move its notes to another question, or to "
                        "the round as a whole, under Notes first. Deleted notes count too: they can be brought "
                        "back."
                    ),
                    code="has_notes", params={"question": question.text},
                )
                for question in answered
            ])


class QuestionInline(TabularInline):
    model = Question
    fields = ("order", "text")
    extra = 3
    formset = QuestionFormSet


@admin.register(Round)
class RoundAdmin(InOneWorkshopAdmin, SavesWhatWasChanged, KeepsItsNotes):
    kept = _(
        "A round with notes is not deleted, and nothing is deleted. Move the notes listed below to another "
        "round, or delete them under Notes, first. Deleted notes count too: they can be brought back."
    )
    list_display = ("number", "title", "workshop", "timing")
    list_display_links = ("number", "title")
    list_filter = ("workshop",)
    list_select_related = ("workshop",)
    search_fields = ("title",)
    ordering = ("workshop", "number")
    fieldsets = (
        (None, {"fields": ("workshop", "number", "title", "programme_item")}),
        (
            _("Method"),
            {"fields": ("individual_minutes", "group_minutes", "plenum_minutes", "method")},
        ),
    )
    inlines = [QuestionInline]

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        if db_field.name == "programme_item":
            # The group-work items of this round's own workshop.
            workshop_id = workshop_being_edited(request, Round)
            kwargs["queryset"] = (
                ProgrammeItem.objects.filter(workshop_id=workshop_id, kind=ProgrammeItem.Kind.GROUP_WORK)
                if workshop_id else ProgrammeItem.objects.none()
            )
            kwargs["help_text"] = _("A group-work item of the same workshop. Choose the workshop and save first.")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("timing"))
    def timing(self, obj: Round) -> str:
        return obj.timing()

    def get_deleted_objects(
        self, objs: Any, request: HttpRequest
    ) -> tuple[list[Any], dict[str, int], set[str], list[Any]]:
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # The round the tables write in now, kept as the set-up page keeps it: listed as protected,
        # Django's delete page and "Delete selected" delete nothing.
        written_in = [round_ for round_ in objs if round_.workshop.is_written_in(round_)]
        for round_ in written_in:
            self.message_user(request, ROUND_WRITTEN_IN % {"number": round_.number}, messages.ERROR)
        return deleted, counts, perms_needed, [*protected, *written_in]


@admin.register(Organisation)
class OrganisationAdmin(InOneWorkshopAdmin, SavesWhatWasChanged):
    list_display = ("name", "kind", "workshop")
    list_filter = ("workshop", "kind")
    list_select_related = ("workshop",)
    search_fields = ("name",)


# Django's own user and group admin, without what fails its accessibility check: the two-box picker for groups
# and permissions (its search icon carries an aria-label a span may not have) and the unlabelled
# date and time boxes of the last login. Plain lists and read-only dates instead.
admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class FacilitatorAdmin(UserAdmin):
    filter_horizontal = ()
    readonly_fields = ("last_login", "date_joined")


@admin.register(Group)
class FacilitatorGroupAdmin(GroupAdmin):
    filter_horizontal = ()

"""Themes the facilitator owns: tagging notes from the compile pages, the themes' own pages, and
whether the report shows them. Every write goes through a form, on a facilitator's request."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from groups.compile import NoteChoiceField, SavedOverWhatItShowed, alive_and_deleted, fingerprint
from groups.models import THEME_DESCRIPTION_MAX_LENGTH, THEME_NAME_MAX_LENGTH, Note, Theme
from workshop.access import HtmxHttpRequest, facilitated_workshop
from workshop.models import Workshop
from workshop.text import VisibleTextField, in_norwegian_order, is_row_id

NEXT_MAX_LENGTH = 2000
THEME_FORM_ID = "theme-form"  # the tagging form on the compile pages; the notes' checkboxes point at it

# Forms ---------------------------------------------------------------------------------------


class ThemeTagForm(forms.Form):
    """Tag notes with a theme, by name: the theme is made if the workshop has none by that name.

    Also what a suggested theme posts ("make it a theme"): `name`, `notes` (several), `next`.
    """

    name = VisibleTextField(
        label=gettext_lazy("Theme"),
        max_length=THEME_NAME_MAX_LENGTH,
        help_text=gettext_lazy("Type a new name or pick one."),
        error_messages={"required": gettext_lazy("Give the theme a name.")},
        widget=forms.TextInput(attrs={"list": "theme-names", "autocomplete": "off"}),
    )
    notes = NoteChoiceField(
        label=gettext_lazy("Notes"),
        queryset=Note.objects.none(),
        error_messages={"required": gettext_lazy("Choose at least one note to tag.")},
    )
    # Where to go back to: never a reason to refuse the tagging; see safe_next().
    next = forms.Field(required=False)

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "theme-%s")
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        # Deleted notes too: one deleted at its table while the page was open is left out, not a form error
        # that names a note id and tags nothing.
        self.fields["notes"].queryset = Note.everything.filter(workshop=workshop)  # type: ignore[attr-defined]
        self.left_out = 0

    def clean_notes(self) -> list[Note]:
        alive, deleted = alive_and_deleted(self.cleaned_data["notes"])
        self.left_out = len(deleted)
        if not alive:
            raise forms.ValidationError(
                _("The notes you chose have been deleted at their tables. Nothing was tagged."), code="deleted"
            )
        return alive

    def save(self) -> tuple[Theme, bool]:
        notes = list(self.cleaned_data["notes"])
        return Theme.objects.tag(self.workshop, self.cleaned_data["name"], notes)


class ThemeForm(SavedOverWhatItShowed):
    """A theme's name and summary: made on the themes page, changed on the theme's page."""

    name = VisibleTextField(
        label=gettext_lazy("Name"),
        max_length=THEME_NAME_MAX_LENGTH,
        error_messages={"required": gettext_lazy("Give the theme a name.")},
    )
    description = forms.CharField(
        label=gettext_lazy("Summary"),
        help_text=gettext_lazy("What the tables said about the theme; shown in the report."),
        max_length=THEME_DESCRIPTION_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args: Any, workshop: Workshop, theme: Theme | None = None, **kwargs: Any) -> None:
        if theme is not None:
            kwargs["initial"] = {
                "name": theme.name, "description": theme.description, "written_from": theme_fingerprint(theme),
                **kwargs.get("initial", {}),
            }
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        self.theme = theme
        self.seen = (theme.name, theme.description) if theme is not None else None
        self.saved_meanwhile: Theme | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        written_from = cleaned.get("written_from")
        posted = (cleaned.get("name"), cleaned.get("description"))
        # A page from before this field existed posts none; a retry of a save that went through finds its
        # own text saved, which is no conflict.
        if self.theme is None or not written_from or posted == self.seen:
            return cleaned
        if written_from != theme_fingerprint(self.theme):
            self.meanwhile(self.theme)
        return cleaned

    def meanwhile(self, saved: Theme) -> None:
        """Refuse the save over `saved`, changed since the page was loaded (the name and summary's
        fingerprint, written_from); the page shows both."""
        self.saved_meanwhile = saved
        self.add_error(None, self.refused_as_saved_meanwhile(theme_fingerprint(saved), _(
            "Someone else changed this theme while you were editing it. Nothing was saved: your text is in "
            "the fields, the saved name and summary are below. Combine them, then save again."
        )))

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"]
        same = Theme.objects.named(self.workshop, name)
        if same is not None and self.theme is None and self.repeats(same, name):
            # The same form sent again (a reload that posts again): the theme it made, not an error
            # that says nothing was saved.
            self.theme = same
        elif same is not None and (self.theme is None or same.pk != self.theme.pk):
            raise forms.ValidationError(
                _("The workshop already has a theme called “%(name)s”.") % {"name": same.name},
                code="unique",
            )
        return name

    def repeats(self, theme: Theme, name: str) -> bool:
        """Whether this new theme is `theme` as it was made: the same name and summary."""
        try:
            description = self.fields["description"].clean(self.data.get(self.add_prefix("description"), ""))
        except forms.ValidationError:
            return False
        return (theme.name, theme.description) == (name, description)

    def save(self) -> Theme | None:
        """The saved theme, or None when another request took the name, or changed the theme, meanwhile
        (a form error)."""
        theme = self.theme or Theme(workshop=self.workshop)
        name, description = self.cleaned_data["name"], self.cleaned_data["description"]
        try:
            with transaction.atomic():
                if self.seen is None:  # a new theme, or the same new theme sent again
                    theme.name, theme.description = name, description
                    theme.save()
                elif not Theme.objects.filter(pk=theme.pk, name=self.seen[0], description=self.seen[1]).update(
                    name=name, description=description
                ):
                    # Changed between this request's reading and its writing: the check and the write are one.
                    theme.refresh_from_db()
                    self.meanwhile(theme)
                    return None
                Workshop.objects.filter(pk=self.workshop.pk).touch()
        except IntegrityError:
            self.add_error("name", _("The workshop already has a theme called “%(name)s”.") % {"name": name})
            return None
        theme.name, theme.description = name, description
        return theme


def theme_fingerprint(theme: Theme) -> str:
    return fingerprint(f"{theme.name}\x00{theme.description}")


class UntagForm(forms.Form):
    note = forms.IntegerField(min_value=1, max_value=2**63 - 1)


class DeleteThemeForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("Yes, delete this theme"),
        error_messages={"required": gettext_lazy("Tick the box to confirm that the theme is to be deleted.")},
    )


class ReportThemesForm(forms.Form):
    show = forms.BooleanField(label=gettext_lazy("Show the themes in the report"), required=False)

    def save(self, workshop: Workshop) -> None:
        workshop.report_shows_themes = self.cleaned_data["show"]
        workshop.save(update_fields=["report_shows_themes", "updated_at"])


def safe_next(request: HttpRequest, workshop: Workshop) -> str:
    """Where to go back to after tagging: a local path that was posted, else the compile overview."""
    url = request.POST.get("next", "")
    if (
        url.startswith("/")
        and len(url) <= NEXT_MAX_LENGTH
        and "\x00" not in url
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    ):
        return url
    return reverse("groups:compile", kwargs={"slug": workshop.slug})


def note_themes(workshop: Workshop, notes: QuerySet[Note]) -> dict[int, list[Theme]]:
    """Each of `notes`' themes, by note id, in one query."""
    links = Theme.notes.through.objects.filter(  # type: ignore[attr-defined]
        theme__workshop=workshop, note__in=notes
    ).select_related("theme").order_by("theme__name", "theme__pk")
    themes: dict[int, list[Theme]] = defaultdict(list)
    for link in links:
        themes[link.note_id].append(link.theme)
    return themes


# Tagging from the compile pages -----------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def tag(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = ThemeTagForm(request.POST, workshop=workshop)
    next_url = safe_next(request, workshop)
    # htmx from the compile page's own tagging form gets that form back; any other (a suggested
    # theme's button) gets a short status.
    fragment = "groups/_theme_form.html" if request.htmx.target == THEME_FORM_ID else "groups/_theme_status.html"
    context: dict[str, Any] = {
        "workshop": workshop, "form": form, "next": next_url, "form_id": THEME_FORM_ID,
    }
    if not form.is_valid():
        if request.htmx:
            context["theme_names"] = theme_names(workshop)
            return render(request, fragment, context, status=422)
        context.update(admin.site.each_context(request))
        context["title"] = _("Tag notes with a theme")
        context["theme_names"] = theme_names(workshop)
        context["chosen"] = chosen_notes(request, workshop)
        return render(request, "groups/theme_tag.html", context, status=422)
    theme, made = form.save()
    count = len(form.cleaned_data["notes"])
    if made:
        # Said, so that a name picked on a page opened before a rename is seen to make a theme of its own.
        message = ngettext(
            "Tagged %(count)s note with “%(theme)s”, a new theme.",
            "Tagged %(count)s notes with “%(theme)s”, a new theme.", count,
        ) % {"count": count, "theme": theme.name}
    else:
        message = ngettext(
            "Tagged %(count)s note with “%(theme)s”.", "Tagged %(count)s notes with “%(theme)s”.", count
        ) % {"count": count, "theme": theme.name}
    if form.left_out:
        message += " " + ngettext(
            "%(count)s note was deleted at its table meanwhile and is left out.",
            "%(count)s notes were deleted at their tables meanwhile and are left out.", form.left_out,
        ) % {"count": form.left_out}
    if not request.htmx:
        messages.success(request, message)
        return redirect(next_url)
    tagged = list(form.cleaned_data["notes"])
    themes = note_themes(workshop, Note.objects.filter(pk__in=[note.pk for note in tagged]))
    for note in tagged:
        note.theme_list = themes.get(note.pk, [])  # type: ignore[attr-defined]
    context.update({
        "theme": theme, "message": message, "tagged": tagged, "theme_names": theme_names(workshop),
        # The name stays, to tag more notes with the same theme; the ticks are cleared.
        "form": ThemeTagForm(initial={"name": theme.name}, workshop=workshop),
    })
    return render(request, fragment, context)


def chosen_notes(request: HttpRequest, workshop: Workshop) -> list[Note]:
    """The posted notes that are this workshop's, to post again once the name is put right."""
    ids = [int(pk) for pk in request.POST.getlist("notes") if is_row_id(pk)]
    return list(
        Note.objects.filter(workshop=workshop, pk__in=ids[:1000])
        .select_related("table", "organisation")
        .order_by("table__number", "position", "pk")
    )


def theme_names(workshop: Workshop) -> list[str]:
    themes = Theme.objects.filter(workshop=workshop).order_by(in_norwegian_order("name"))
    return list(themes.values_list("name", flat=True))


# The themes page ----------------------------------------------------------------------------------


def themes_context(
    request: HttpRequest, workshop: Workshop, form: ThemeForm, report_form: ReportThemesForm
) -> dict[str, Any]:
    alive = Q(notes__deleted_at__isnull=True)
    themes = (
        Theme.objects.filter(workshop=workshop)
        .annotate(
            note_count=Count("notes", filter=alive, distinct=True),
            table_count=Count("notes__table", filter=alive, distinct=True),
            round_count=Count("notes__round", filter=alive, distinct=True),
        )
        .order_by(in_norwegian_order("name"), "pk")
    )
    return {
        **admin.site.each_context(request),
        "title": _("Themes: %(workshop)s") % {"workshop": workshop.title},
        "workshop": workshop,
        "themes": themes,
        "form": form,
        "report_form": report_form,
    }


@require_http_methods(["GET", "HEAD", "POST"])
def themes(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    report_form = ReportThemesForm(initial={"show": workshop.report_shows_themes})
    if request.method == "POST":
        form = ThemeForm(request.POST, workshop=workshop)
        theme = form.save() if form.is_valid() else None
        if theme is None:
            return render(
                request, "groups/themes.html", themes_context(request, workshop, form, report_form), status=422
            )
        messages.success(request, _("The theme “%(name)s” is made.") % {"name": theme.name})
        return redirect("groups:theme", slug=workshop.slug, theme_id=theme.pk)
    form = ThemeForm(workshop=workshop)
    return render(request, "groups/themes.html", themes_context(request, workshop, form, report_form))


@require_POST
def report_themes(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = ReportThemesForm(request.POST)
    if not form.is_valid():  # a checkbox cannot be wrong, but the form is the only way in
        messages.error(request, _("Nothing was saved. Please try again."))
        return redirect("groups:themes", slug=workshop.slug)
    form.save(workshop)
    if workshop.report_shows_themes:
        messages.success(request, _("The report shows the themes."))
    else:
        messages.success(request, _("The report does not show the themes."))
    return redirect("groups:themes", slug=workshop.slug)


# One theme ------------------------------------------------------------------------------------------


@dataclass
class QuestionNotes:
    heading: str
    notes: list[Note] = field(default_factory=list)


@dataclass
class PlaceNotes:
    """A round (or a talk) and its notes in the theme, by question."""

    heading: str
    questions: list[QuestionNotes] = field(default_factory=list)


def notes_by_place(notes: list[Note]) -> list[PlaceNotes]:
    """The notes grouped by round then question; talks' and pitches' notes after the rounds.

    `notes` come ordered by round, question, table and position.
    """
    places: dict[tuple[int, int], PlaceNotes] = {}
    questions: dict[tuple[int, int, int], QuestionNotes] = {}
    for note in notes:
        if note.round is not None:
            place_key = (0, note.round.number)
            place_heading = _("Round %(number)s: %(title)s") % {"number": note.round.number, "title": note.round.title}
            question_key = note.question.pk if note.question is not None else 0
            question_heading = note.question.text if note.question is not None else _("The round as a whole")
        else:
            item = note.programme_item
            place_key = (1, item.pk if item is not None else 0)
            place_heading = item.title if item is not None else _("Other notes")
            question_key, question_heading = 0, ""
        place = places.setdefault(place_key, PlaceNotes(place_heading))
        key = (*place_key, question_key)
        if key not in questions:
            questions[key] = QuestionNotes(question_heading)
            place.questions.append(questions[key])
        questions[key].notes.append(note)
    return [places[key] for key in sorted(places)]


def theme_context(
    request: HttpRequest, workshop: Workshop, theme: Theme, form: ThemeForm,
    delete_form: DeleteThemeForm | None = None,
) -> dict[str, Any]:
    notes = list(
        Note.objects.filter(themes=theme)
        .select_related("round", "question", "table", "organisation", "programme_item")
        .order_by(
            # A round's questions in order, then the round as a whole; tables, then the plenum.
            *(F(name).asc(nulls_last=True) for name in ("round__number", "question__order", "question__pk")),
            F("table__number").asc(nulls_last=True), "position", "pk",
        )
    )
    return {
        **admin.site.each_context(request),
        "title": _("Theme: %(name)s") % {"name": theme.name},
        "workshop": workshop,
        "theme": theme,
        "form": form,
        "delete_form": delete_form or DeleteThemeForm(auto_id="delete-%s"),
        "places": notes_by_place(notes),
        "note_count": len(notes),
    }


def workshop_theme(workshop: Workshop, theme_id: int) -> Theme:
    return get_object_or_404(Theme, pk=theme_id, workshop=workshop)


@require_http_methods(["GET", "HEAD", "POST"])
def theme(request: HtmxHttpRequest, slug: str, theme_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    theme = workshop_theme(workshop, theme_id)
    if request.method == "POST":
        form = ThemeForm(request.POST, workshop=workshop, theme=theme)
        saved = form.save() if form.is_valid() else None
        if saved is None:
            theme.refresh_from_db()  # the page's title and links keep the saved name
            return render(
                request, "groups/theme.html", theme_context(request, workshop, theme, form), status=form.error_status()
            )
        messages.success(request, _("The theme is saved."))
        return redirect("groups:theme", slug=workshop.slug, theme_id=theme.pk)
    form = ThemeForm(workshop=workshop, theme=theme)
    return render(request, "groups/theme.html", theme_context(request, workshop, theme, form))


@require_POST
def untag(request: HtmxHttpRequest, slug: str, theme_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    theme = workshop_theme(workshop, theme_id)
    form = UntagForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a note to remove from the theme."))
        return redirect("groups:theme", slug=workshop.slug, theme_id=theme.pk)
    note = Note.everything.filter(pk=form.cleaned_data["note"], workshop=workshop, themes=theme).first()
    if note is None:
        # Removed already (a repeated click), or never in it: nothing to do, and the page says so.
        messages.info(request, _("The note is not in the theme (any more)."))
    else:
        theme.untag(note)
        messages.success(request, _("The note is removed from the theme."))
    return redirect("groups:theme", slug=workshop.slug, theme_id=theme.pk)


@require_POST
def delete(request: HtmxHttpRequest, slug: str, theme_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = DeleteThemeForm(request.POST, auto_id="delete-%s")
    theme = Theme.objects.filter(pk=theme_id, workshop=workshop).first()
    if theme is None:
        # Deleted already (a repeated click), or never this workshop's: nothing to do.
        messages.info(request, _("There is no such theme (any more)."))
        return redirect("groups:themes", slug=workshop.slug)
    if not form.is_valid():
        context = theme_context(
            request, workshop, theme,
            ThemeForm(workshop=workshop, theme=theme), delete_form=form,
        )
        return render(request, "groups/theme.html", context, status=422)
    with transaction.atomic():
        theme.delete()
        Workshop.objects.filter(pk=workshop.pk).touch()
    messages.success(request, _("The theme “%(name)s” is deleted; its notes are kept.") % {"name": theme.name})
    return redirect("groups:themes", slug=workshop.slug)

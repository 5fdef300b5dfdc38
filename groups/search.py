"""Searching the notes: facilitators find what the tables said, in one workshop or in all of them.

Every word of the query must be in a note, compared by its Snowball Norwegian stem, so that
"barnehagene" finds "barnehage" and "barnehagane". The query is always data, never syntax.
PostgreSQL answers from a full-text index (migration 0013); other databases read the notes'
words in Python with the same stemmer and the same stop words, and give the same answers.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass
from functools import reduce
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import PermissionDenied
from django.db import connections
from django.db.models import F, Func, Model, Prefetch, QuerySet, TextField
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from groups.models import Note, Table, Theme
from groups.norwegian import mark_words, search_stems, search_terms
from workshop.access import facilitated_workshop, is_facilitator
from workshop.models import Organisation, Question, Round, Workshop
from workshop.text import in_norwegian_order

TEMPLATE = "groups/search.html"
QUERY_MAX_LENGTH = 200
# More hits than this are counted, not shown: nobody reads further, and the page stays small.
SHOWN_MAX = 200
# The form's filters and the note field each one narrows.
FILTERS = {
    "round": "round", "question": "question", "table": "table", "organisation": "organisation",
    "kind": "kind", "theme": "themes",
}
# Newest workshop first, then as the day went: round, question, table, the note's place.
ORDER = (
    "-workshop__date", "workshop__pk",
    F("round__number").asc(nulls_last=True),
    F("programme_item__starts_at").asc(nulls_first=True),
    F("question__order").asc(nulls_last=True), "question__pk",
    F("table__number").asc(nulls_last=True),
    "position", "pk",
)


# The form ---------------------------------------------------------------------------------------


class QuestionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Model) -> str:
        assert isinstance(obj, Question)
        return f"{obj.round.number}. {obj.text}"


class SearchForm(forms.Form):
    """What to look for. Filters only offer (and accept) the workshop's own rounds, tables…

    Without a workshop (the search over all workshops) only the words and the kind remain.
    """

    q = forms.CharField(
        label=gettext_lazy("Words to find"), max_length=QUERY_MAX_LENGTH, required=False,
        widget=forms.SearchInput,
    )
    round = forms.ModelChoiceField(
        label=gettext_lazy("Round"), queryset=Round.objects.none(), required=False,
        empty_label=gettext_lazy("Every round"),
    )
    question = QuestionChoiceField(
        label=gettext_lazy("Question"), queryset=Question.objects.none(), required=False,
        empty_label=gettext_lazy("Every question"),
    )
    table = forms.ModelChoiceField(
        label=gettext_lazy("Table"), queryset=Table.objects.none(), required=False,
        empty_label=gettext_lazy("Every table"),
    )
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Said by"), queryset=Organisation.objects.none(), required=False,
        empty_label=gettext_lazy("Every organisation"),
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"), required=False,
        choices=[("", gettext_lazy("Every kind")), *Note.Kind.choices],
    )
    theme = forms.ModelChoiceField(
        label=gettext_lazy("Theme"), queryset=Theme.objects.none(), required=False,
        empty_label=gettext_lazy("Every theme"),
    )

    def __init__(self, *args: Any, workshop: Workshop | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if workshop is None:
            for name in ("round", "question", "table", "organisation", "theme"):
                del self.fields[name]
            return
        scoped: dict[str, QuerySet[Any]] = {
            "round": workshop.rounds.order_by("number"),
            "question": Question.objects.filter(round__workshop=workshop)
            .select_related("round").order_by("round__number", "order", "pk"),
            "table": workshop.tables.order_by("number"),
            "organisation": workshop.organisations.order_by(in_norwegian_order("name")),
            "theme": workshop.themes.order_by(in_norwegian_order("name"), "pk"),
        }
        for name, queryset in scoped.items():
            self.fields[name].queryset = queryset  # type: ignore[attr-defined]

    def filters(self) -> dict[str, Any]:
        """The chosen filters as lookups on Note."""
        data = self.cleaned_data
        return {FILTERS[name]: data[name] for name in FILTERS if name in self.fields and data.get(name)}


# The query --------------------------------------------------------------------------------------


class SearchText(Func):
    """A note's text as PostgreSQL indexes it (migration 0013): in NFC, and every run of characters
    but letters and digits made one space, so that PostgreSQL reads the words `groups.norwegian.words`
    reads. Its parser would otherwise read "kommunene/flyktningtjenestene" as one file name, "nav.no"
    and "f.eks" as hosts, "post@imdi.no" as an e-mail address and "2-3" as 2 and -3: words no query
    finds, where SQLite found "kommunene", "nav", "eks", "post" and "3".
    """

    template = "regexp_replace(normalize(%(expressions)s, NFC), '[^[:alnum:]]+', ' ', 'g')"
    output_field = TextField()


def matching(notes: QuerySet[Note], terms: list[dict[str, str]]) -> list[int]:
    """The ids of `notes` whose text has every word of a query (`search_terms`), in the order of `notes`.

    The one place that knows the database: PostgreSQL's `norwegian` configuration through the
    GIN index of migration 0013, elsewhere the same words, stems and stop words read in Python.
    """
    if connections[notes.db].vendor == "postgresql":
        # Exactly the expression the index is built on, or the index is not used.
        vector = SearchVector(SearchText("text"), config="norwegian")
        # Each form through plainto_tsquery, so that no character is an operator: any form of
        # each word, every word.
        any_form = [
            reduce(operator.or_, (SearchQuery(form, config="norwegian", search_type="plain") for form in forms))
            for forms in (word.values() for word in terms)
        ]
        every_word = reduce(operator.and_, any_form)
        return list(notes.alias(search=vector).filter(search=every_word).values_list("pk", flat=True))
    return [pk for pk, text in notes.values_list("pk", "text") if has_every_word(set(search_stems(text)), terms)]


def has_every_word(note_stems: set[str], terms: list[dict[str, str]]) -> bool:
    return all(not note_stems.isdisjoint(forms) for forms in terms)


def compile_url(note: Note) -> str:
    """Where the facilitator works on the note, at the note: its question, its round, or its talk.

    Each of those pages has the note at its anchor (Note.anchor): a question's page has hundreds of notes side
    by side.
    """
    slug = note.workshop.slug
    if note.question_id is not None:
        page = reverse("groups:compile-question", args=[slug, note.question_id])
    elif note.round is not None:
        page = reverse("groups:compile-round", args=[slug, note.round.number])
    elif note.programme_item_id is not None:
        page = reverse("groups:programme", args=[slug, note.programme_item_id])
    else:
        return reverse("groups:compile", args=[slug])
    return f"{page}#{note.anchor}"


@dataclass(frozen=True)
class Hit:
    note: Note
    text: SafeString
    url: str


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    count: int
    no_words: bool = False  # the query had only stop words or punctuation

    @property
    def capped(self) -> bool:
        return self.count > len(self.hits)


def search_notes(notes: QuerySet[Note], query: str, filters: Mapping[str, Any]) -> Results | None:
    """The notes that match the query and the filters; None when nothing was asked.

    Three queries whatever the number of notes: the matching ids, the shown notes with their
    places, their themes.
    """
    if not query and not filters:
        return None
    terms = search_terms(query)
    if query and not terms:
        return Results(hits=[], count=0, no_words=True)
    stems = {word_stem for forms in terms for word_stem in forms}
    notes = notes.filter(**filters).order_by(*ORDER)
    ids = matching(notes, terms) if query else list(notes.values_list("pk", flat=True))
    if not ids:
        return Results(hits=[], count=0)
    shown = ids[:SHOWN_MAX]
    places = (
        Note.objects.filter(pk__in=shown)
        .select_related("workshop", "table", "round", "question", "programme_item", "organisation")
        .prefetch_related(Prefetch("themes", Theme.objects.order_by(in_norwegian_order("name"), "pk")))
    )
    position = {pk: index for index, pk in enumerate(shown)}
    ordered = sorted(places, key=lambda note: position[note.pk])
    hits = [Hit(note, mark_words(note.text, stems), compile_url(note)) for note in ordered]
    return Results(hits=hits, count=len(ids))


# The views --------------------------------------------------------------------------------------


def search_context(
    request: HttpRequest, form: SearchForm, results: Results | None, workshop: Workshop | None
) -> dict[str, Any]:
    if workshop is None:
        title = _("Search the notes of every workshop")
    else:
        title = _("Search the notes: %(workshop)s") % {"workshop": workshop.title}
    return {
        **admin.site.each_context(request),
        "title": title,
        "workshop": workshop,
        "form": form,
        "results": results,
        "shown_max": SHOWN_MAX,
    }


@require_safe
def search(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    # Nothing in the form is required: an empty query string is a valid form that asks nothing.
    form = SearchForm(request.GET, workshop=workshop)
    if not form.is_valid():
        return render(request, TEMPLATE, search_context(request, form, None, workshop), status=400)
    results = search_notes(Note.objects.filter(workshop=workshop), form.cleaned_data["q"], form.filters())
    return render(request, TEMPLATE, search_context(request, form, results, workshop))


@require_safe
def search_all(request: HttpRequest) -> HttpResponse:
    if not is_facilitator(request):
        raise PermissionDenied
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, TEMPLATE, search_context(request, form, None, None), status=400)
    results = search_notes(Note.objects.all(), form.cleaned_data["q"], form.filters())
    return render(request, TEMPLATE, search_context(request, form, results, None))

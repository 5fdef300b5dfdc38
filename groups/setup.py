"""The set-up page: a workshop grows on one page, step by step, in the admin frame.

1. details, 2. programme (typed or pasted from the slides), 3. rounds with their questions and
method minutes, 4. organisations, 5. tables and who sits where, and "use as template".

Each step's form posts to its own address. With htmx the step's section comes back in place
(with the sections that depend on it, swapped out of band); without JavaScript the whole page
comes back: after a save by a redirect, after an error with the form and its messages. The
workshop's own forms are in workshop/forms.py; tables and seating in groups/forms.py.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch, RestrictedError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from groups.forms import SeatingForm, TablesForm
from groups.models import Note, Table
from workshop.access import HtmxHttpRequest, facilitated_workshop, is_facilitator
from workshop.copying import copy_workshop
from workshop.forms import (
    CopyWorkshopForm,
    OrganisationForm,
    OrganisationsForm,
    PasteProgrammeForm,
    ProgrammeItemForm,
    RoundForm,
    WorkshopDetailsForm,
    new_programme_items,
    round_like,
    round_numbers,
)
from workshop.models import ROUND_WRITTEN_IN, Organisation, ProgrammeItem, Round, Workshop, method_timing
from workshop.text import in_norwegian_order

PAGE = "groups/setup.html"
# Which sections show what a step changes: the step's own first, then those that depend on it.
SECTIONS = {
    "details": ["details"],
    "programme": ["programme", "rounds"],
    "rounds": ["rounds", "programme"],
    "organisations": ["organisations", "tables"],
    "tables": ["tables"],
    "copy": ["copy"],
}


def setup_context(request: HttpRequest, workshop: Workshop, **forms: Any) -> dict[str, Any]:
    """Everything the page shows; `forms` are bound forms that replace the blank ones (errors)."""
    items = list(workshop.programme.prefetch_related("speakers"))
    rounds = list(workshop.rounds.order_by("number").prefetch_related("questions").select_related("programme_item"))
    organisations = list(workshop.organisations.all())
    tables = list(workshop.tables.order_by("number").prefetch_related(
        Prefetch("organisations", queryset=Organisation.objects.order_by(in_norwegian_order("name")))
    ))
    preview = forms.get("preview")
    added = new_programme_items(preview, items) if preview else []
    new_items = {id(item) for item in added}
    # The numbers the save gives the pasted rounds: after the workshop's own (Workshop.next_round_number).
    numbers = round_numbers(added, max((round_.number for round_ in rounds), default=0) + 1)
    kinds = dict(ProgrammeItem.Kind.choices)
    bound_item = forms.get("item_form")
    bound_round = forms.get("round_form")
    bound_organisation = forms.get("organisation_form")
    return {
        **admin.site.each_context(request),
        "title": _("Set up: %(workshop)s") % {"workshop": workshop.title},
        "workshop": workshop,
        # Where the language switch goes back to from a page that answered a form's POST.
        "page_url": workshop.setup_url(),
        "details_form": forms.get("details_form") or WorkshopDetailsForm(instance=workshop),
        "items": [
            (item, bound_item if bound_item and bound_item.instance.pk == item.pk else
             ProgrammeItemForm(instance=item, workshop=workshop, prefix=f"item-{item.pk}"))
            for item in items
        ],
        "new_item_form": forms.get("new_item_form") or ProgrammeItemForm(workshop=workshop, prefix="item-new"),
        "paste_form": forms.get("paste_form") or PasteProgrammeForm(),
        "preview": preview,
        "preview_items": [
            (
                item, kinds.get(item.kind, item.kind), id(item) in new_items,
                method_timing(item.round.individual_minutes, item.round.group_minutes, item.round.plenum_minutes)
                if item.round else "",
                numbers.get(id(item)),
                round_like(item.round, rounds) if item.round and id(item) in new_items else None,
            )
            for item in preview.items
        ] if preview else [],
        "rounds_before": len(rounds) if numbers else 0,
        # Lines read, but not as written: an end before the start left out, a text cut to fit.
        "remarks": sorted(
            [(number, line, "end") for number, line in preview.ends_left_out]
            + [(number, line, "cut") for number, line in preview.truncated]
        ) if preview else [],
        "rounds": [
            (round_, bound_round if bound_round and bound_round.instance.pk == round_.pk else
             RoundForm(instance=round_, workshop=workshop, prefix=f"round-{round_.number}"))
            for round_ in rounds
        ],
        "new_round_form": forms.get("new_round_form") or RoundForm(workshop=workshop, prefix="round-new"),
        "organisations": [
            (organisation, bound_organisation
             if bound_organisation and bound_organisation.instance.pk == organisation.pk
             else OrganisationForm(instance=organisation, prefix=f"organisation-{organisation.pk}"))
            for organisation in organisations
        ],
        "organisations_form": forms.get("organisations_form") or OrganisationsForm(workshop=workshop),
        "tables_form": forms.get("tables_form") or TablesForm(workshop=workshop, initial={"count": len(tables) or 8}),
        "seating_form": forms.get("seating_form") or SeatingForm(workshop=workshop, tables=tables),
        "tables": tables,
        "copy_form": forms.get("copy_form") or CopyWorkshopForm(
            initial={"title": workshop.title, "date": workshop.date}, prefix="copy"
        ),
    }


def step_done(
    request: HtmxHttpRequest, workshop: Workshop, step: str, message: str, also: tuple[str, ...] = ()
) -> HttpResponse:
    """After a saved step: its sections in place (htmx), with `also` those it changed this time,
    else the page again at that step."""
    if not request.htmx:
        messages.success(request, message)
        return redirect(f"{workshop.setup_url()}#{step}")
    context = {**setup_context(request, workshop), "saved": {step: message}}
    return render_sections(request, context, [*SECTIONS[step], *also])


def step_refused(request: HtmxHttpRequest, workshop: Workshop, step: str, **forms: Any) -> HttpResponse:
    """A form with errors: its section again with the messages (htmx), else the whole page."""
    context = setup_context(request, workshop, **forms)
    if not request.htmx:
        return render(request, PAGE, {**context, "page_url": f"{workshop.setup_url()}#{step}"}, status=422)
    return render_sections(request, context, [step], status=422)


def step_kept(request: HtmxHttpRequest, workshop: Workshop, step: str, message: str) -> HttpResponse:
    """A delete the page refuses, and why: its section with the message (htmx), else the whole page; 409."""
    context = {**setup_context(request, workshop), "kept": {step: message}}
    if not request.htmx:
        return render(request, PAGE, context, status=409)
    return render_sections(request, context, [step], status=409)


def has_notes(part: Round | ProgrammeItem) -> bool:
    """Whether notes were written in a round or on a talk, deleted ones too (they can be brought back).

    Notes are never lost through the set-up page: what has them is kept, and the page says why.
    """
    if isinstance(part, Round):
        return Note.everything.filter(round=part).exists()
    return Note.everything.filter(programme_item=part).exists()


def render_sections(
    request: HttpRequest, context: dict[str, Any], sections: list[str], status: int = 200
) -> HttpResponse:
    first, *others = sections
    html = str(render_to_string(f"{PAGE}#{first}", context, request))
    html += "".join(render_to_string(f"{PAGE}#{name}", {**context, "oob": True}, request) for name in others)
    return HttpResponse(html, status=status)


# The page, and a new workshop ------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
@vary_on_headers("HX-Request")
def setup(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    return render(request, PAGE, setup_context(request, workshop))


@require_http_methods(["GET", "HEAD", "POST"])
def new_workshop(request: HtmxHttpRequest) -> HttpResponse:
    if not is_facilitator(request):
        raise PermissionDenied
    form = WorkshopDetailsForm(request.POST or None)
    if request.method == "POST" and (earlier := form.workshop_made_before()) is not None:
        return redirect(f"{earlier.setup_url()}#programme")  # the same form sent again: made once
    if request.method == "POST" and form.is_valid():
        workshop = form.save(commit=False)
        workshop.client_id = form.cleaned_data["client_id"]
        workshop.save()
        messages.success(request, _("The workshop is made. Now add its programme."))
        return redirect(f"{workshop.setup_url()}#programme")
    context = {
        **admin.site.each_context(request), "title": _("New workshop"), "details_form": form, "workshop": None,
    }
    return render(request, PAGE, context, status=422 if form.errors else 200)


# 1. Details -----------------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def details(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    with transaction.atomic():
        # Read locked: what the form compares with what the page showed is what is there when it writes.
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        form = WorkshopDetailsForm(request.POST, instance=workshop)
        if form.is_valid():
            workshop = form.save()
    if form.errors:
        workshop.refresh_from_db()
        return step_refused(request, workshop, "details", details_form=form)
    if request.htmx and workshop.slug != slug:
        # The address changed: the page's forms post to the old one. Load the page anew.
        response = HttpResponse(status=204)
        response["HX-Redirect"] = workshop.setup_url()
        return response
    return step_done(request, workshop, "details", _("The details are saved."))


# 2. Programme ---------------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def add_item(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = ProgrammeItemForm(request.POST, workshop=workshop, prefix="item-new")
    if not form.is_valid():
        return step_refused(request, workshop, "programme", new_item_form=form)
    form.save()
    return step_done(request, workshop, "programme", _("The programme item is added."))


@require_POST
@vary_on_headers("HX-Request")
def edit_item(request: HtmxHttpRequest, slug: str, item_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    item = get_object_or_404(ProgrammeItem, workshop=workshop, pk=item_id)
    form = ProgrammeItemForm(request.POST, instance=item, workshop=workshop, prefix=f"item-{item.pk}")
    if not form.is_valid():
        return step_refused(request, workshop, "programme", item_form=form)
    form.save()
    return step_done(request, workshop, "programme", _("The programme item is saved."))


@require_POST
@vary_on_headers("HX-Request")
def delete_item(request: HtmxHttpRequest, slug: str, item_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    item = ProgrammeItem.objects.filter(workshop=workshop, pk=item_id).first()
    if item is not None:  # a repeat finds it gone and changes nothing
        kept = _("“%(title)s” has notes and is kept.") % {"title": item.title}
        if has_notes(item):
            return step_kept(request, workshop, "programme", kept)
        try:
            item.delete()
        except RestrictedError:  # a note written on it meanwhile (the model keeps it)
            return step_kept(request, workshop, "programme", kept)
    return step_done(request, workshop, "programme", _("The programme item is deleted."))


@require_POST
@vary_on_headers("HX-Request")
def paste_programme(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Pasted text gives a preview; only the preview's "Save" adds the items, rounds and questions."""
    workshop = facilitated_workshop(request, slug)
    form = PasteProgrammeForm(request.POST)
    if not form.is_valid():
        return step_refused(request, workshop, "programme", paste_form=form)
    if not form.cleaned_data["confirmed"]:
        preview_form = PasteProgrammeForm(initial={"text": form.cleaned_data["text"], "confirmed": True})
        context = setup_context(request, workshop, paste_form=preview_form, preview=form.programme)
        if request.htmx:
            return render_sections(request, context, ["programme"])
        return render(request, PAGE, {**context, "page_url": f"{workshop.setup_url()}#programme"})
    added = form.save(workshop)
    rounds = len([item for item in added if item.round is not None])
    if not added:
        message = _("Nothing is added: every item was in the programme already.")
    else:
        # Translators: the two counts below, e.g. "2 programme items and 1 round are added."
        message = _("%(items)s and %(rounds)s are added.") % {
            "items": ngettext("%(count)s programme item", "%(count)s programme items", len(added))
            % {"count": len(added)},
            "rounds": ngettext("%(count)s round", "%(count)s rounds", rounds) % {"count": rounds},
        }
    if added and len(added) < len(form.programme.items):
        message += " " + _("The others were in the programme already.")
    # The desired outcomes and ground rules it filled show in the details at once: a details form still
    # showing them empty was saved over them.
    return step_done(request, workshop, "programme", message, also=("details",) if form.filled else ())


# 3. Rounds ------------------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def add_round(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = RoundForm(request.POST, workshop=workshop, prefix="round-new")
    if not form.is_valid():
        return step_refused(request, workshop, "rounds", new_round_form=form)
    form.save()
    return step_done(request, workshop, "rounds", _("The round is added."))


@require_POST
@vary_on_headers("HX-Request")
def edit_round(request: HtmxHttpRequest, slug: str, number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    round_ = get_object_or_404(Round, workshop=workshop, number=number)
    form = RoundForm(request.POST, instance=round_, workshop=workshop, prefix=f"round-{round_.number}")
    if not form.is_valid():
        return step_refused(request, workshop, "rounds", round_form=form)
    form.save()
    return step_done(request, workshop, "rounds", _("Round %(number)s is saved.") % {"number": number})


@require_POST
@vary_on_headers("HX-Request")
def delete_round(request: HtmxHttpRequest, slug: str, number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    kept = ""
    has_notes_kept = _("Round %(number)s has notes and is kept.") % {"number": number}
    with transaction.atomic():
        # The workshop's row first: the day does not move to this round while it is being deleted.
        day = Workshop.objects.select_for_update().get(pk=workshop.pk)
        round_ = Round.objects.filter(workshop=workshop, number=number).first()
        if round_ is not None and has_notes(round_):
            # The admin keeps it too: its notes are moved or deleted there first, if ever.
            kept = has_notes_kept
        elif round_ is not None and day.is_written_in(round_):
            kept = ROUND_WRITTEN_IN % {"number": number}
        elif round_ is not None:
            try:
                round_.delete()
            except RestrictedError:  # a note written in it meanwhile (the model keeps it)
                kept = has_notes_kept
    if kept:
        return step_kept(request, workshop, "rounds", kept)
    return step_done(request, workshop, "rounds", _("The round is deleted."))


# 4. Organisations -----------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def add_organisations(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = OrganisationsForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return step_refused(request, workshop, "organisations", organisations_form=form)
    created = form.save()
    message = ngettext(
        "%(count)s organisation is added.", "%(count)s organisations are added.", len(created)
    ) % {"count": len(created)}
    skipped = form.named - len(created)
    if skipped:
        message += " " + ngettext(
            "%(count)s name was there already, or was given twice.",
            "%(count)s names were there already, or were given twice.", skipped,
        ) % {"count": skipped}
    return step_done(request, workshop, "organisations", message)


@require_POST
@vary_on_headers("HX-Request")
def edit_organisation(request: HtmxHttpRequest, slug: str, organisation_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    organisation = get_object_or_404(Organisation, workshop=workshop, pk=organisation_id)
    form = OrganisationForm(request.POST, instance=organisation, prefix=f"organisation-{organisation.pk}")
    if not form.is_valid():
        return step_refused(request, workshop, "organisations", organisation_form=form)
    form.save()
    return step_done(request, workshop, "organisations", _("The organisation is saved."))


@require_POST
@vary_on_headers("HX-Request")
def delete_organisation(request: HtmxHttpRequest, slug: str, organisation_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    organisation = Organisation.objects.filter(workshop=workshop, pk=organisation_id).first()
    if organisation is not None:
        organisation.delete()  # its notes keep their text, said by nobody named
    return step_done(request, workshop, "organisations", _("The organisation is deleted."))


# 5. Tables ------------------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def add_tables(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = TablesForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return step_refused(request, workshop, "tables", tables_form=form)
    created = form.save()
    if created:
        message = ngettext("%(count)s table is added.", "%(count)s tables are added.", created) % {"count": created}
    else:  # the same number again (a repeat): nothing to add
        have = workshop.tables.count()  # type: ignore[attr-defined]
        message = ngettext(
            "The workshop has %(count)s table already: none is added.",
            "The workshop has %(count)s tables already: none are added.", have,
        ) % {"count": have}
    return step_done(request, workshop, "tables", message)


@require_POST
@vary_on_headers("HX-Request")
def seating(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    tables = list(Table.objects.filter(workshop=workshop).order_by("number").prefetch_related("organisations"))
    form = SeatingForm(request.POST, workshop=workshop, tables=tables)
    if not form.is_valid():
        return step_refused(request, workshop, "tables", seating_form=form)
    form.save()
    return step_done(request, workshop, "tables", _("Who sits where is saved."))


# Use as template ------------------------------------------------------------------------------


@require_POST
def copy(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = CopyWorkshopForm(request.POST, prefix="copy")
    new = form.workshop_made_before()  # the same form sent again: copied once
    if new is None:
        if not form.is_valid():
            return step_refused(request, workshop, "copy", copy_form=form)
        new = copy_workshop(
            workshop, title=form.cleaned_data["title"], slug=form.new_slug(), date=form.cleaned_data["date"],
            client_id=form.cleaned_data["client_id"],
        )
        message = _("A new draft is made from “%(workshop)s”. No notes were copied.") % {"workshop": workshop}
        messages.success(request, message)
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = new.setup_url()
        return response
    return redirect(new.setup_url())

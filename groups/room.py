"""The facilitator's room: following the tables live, the phase timer, and the tables' access."""

from __future__ import annotations

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from groups.forms import JoinForm, NextRoundForm
from groups.models import Note, Table
from workshop.access import HtmxHttpRequest, facilitated_workshop, is_facilitator
from workshop.models import ProgrammeItem, Workshop


@require_http_methods(["GET", "POST"])
def join(request: HtmxHttpRequest) -> HttpResponse:
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        table = Table.objects.filter(join_code=form.cleaned_data["code"]).first()
        if table is not None:
            return redirect(table)
        form.add_error(
            "code", _("No table has that code. Check the code on the sheet and try again.")
        )
    return render(request, "groups/join.html", {"form": form}, status=422 if form.errors else 200)


def live_etag(request: HtmxHttpRequest, slug: str) -> str:
    """Changes whenever a note, the current round or the workshop changes: one query."""
    if not is_facilitator(request):
        raise PermissionDenied
    workshop = get_object_or_404(
        Workshop.objects.annotate(note_count=Count("notes"), latest=Max("notes__updated_at")),
        slug=slug,
    )
    latest = workshop.latest.timestamp() if workshop.latest else 0  # type: ignore[attr-defined]
    return "-".join(
        str(part) for part in (
            "fragment" if request.htmx else "page", workshop.updated_at.timestamp(),
            workshop.current_round_id, workshop.note_count, latest,  # type: ignore[attr-defined]
        )
    )


@require_GET
@vary_on_headers("HX-Request")
@condition(etag_func=live_etag)
def live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    current = workshop.current_round
    round_notes = Note.objects.filter(round=current).select_related("question", "organisation")
    tables = workshop.tables.prefetch_related(
        "organisations", Prefetch("notes", queryset=round_notes, to_attr="round_notes")
    )
    context = {
        "workshop": workshop,
        "current": current,
        "questions": list(current.questions.all()) if current else [],
        "tables": tables,
        "rounds": workshop.rounds.all(),
        "talks": workshop.programme.filter(kind__in=ProgrammeItem.SPOKEN),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
    }
    template = "groups/live.html#tables" if request.htmx else "groups/live.html"
    return render(request, template, context)


@require_POST
def next_round(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = NextRoundForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return HttpResponse(_("That round is not part of this workshop."), status=400)
    seen = form.cleaned_data["from_round"]
    current = workshop.advance_round(seen.pk if seen else None)
    if current is not None:
        messages.success(request, _("The day has moved to round %(number)s.") % {"number": current.number})
    return redirect("groups:live", slug=workshop.slug)


@require_GET
def qr_sheet(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    join_url = request.build_absolute_uri(reverse("groups:join"))
    sheets = []
    for table in workshop.tables.all():
        url = request.build_absolute_uri(table.get_absolute_url())
        # segno writes the SVG itself from the address; nothing a user typed goes into it.
        svg = segno.make(url, error="m").svg_inline(scale=5)
        sheets.append({"table": table, "url": url, "qr": mark_safe(svg)})
    context = {"workshop": workshop, "sheets": sheets, "join_url": join_url}
    return render(request, "groups/qr_sheet.html", context)

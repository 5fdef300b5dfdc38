"""The facilitator's room: following the tables live, the phase timer, and the tables' access."""

from __future__ import annotations

import datetime
import hashlib
import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Prefetch
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRefresh

from groups.forms import JoinForm, NextRoundForm
from groups.models import JOIN_CODE_LENGTH, JoinAttempt, Note, RevokedAccess, Table
from workshop.access import HtmxHttpRequest, facilitated_workshop, is_facilitator
from workshop.models import TIMER_PHASES, ProgrammeItem, Workshop
from workshop.throttle import Limit, keyed

# Join codes: 6 symbols from an alphabet of 31 (JOIN_CODE_ALPHABET) give 31**6 = 887,503,681
# codes. A device (a signed cookie) gets JOIN_ATTEMPTS failed tries (default 10) per
# JOIN_WINDOW_MINUTES (default 10), and an address JOIN_ADDRESS_ATTEMPTS (default 200: a venue's
# tablets often share one NAT address); then every try from it is refused with 429 before any
# lookup. With a thousand tables in the database, one guess hits a table with odds of about
# 1 in 900,000; 200 guesses per 10 minutes would take about a month to expect a hit.


# The device's own id for counting its wrong codes: a signed cookie, set when the join page is shown.
DEVICE_COOKIE = "bordnotat_device"
DEVICE_COOKIE_SALT = "groups.join.device"


def join_limits() -> tuple[Limit, Limit]:
    window = datetime.timedelta(minutes=settings.JOIN_WINDOW_MINUTES)
    return Limit(settings.JOIN_ATTEMPTS, window), Limit(settings.JOIN_ADDRESS_ATTEMPTS, window)


def device_id(request: HtmxHttpRequest) -> str | None:
    value = request.get_signed_cookie(DEVICE_COOKIE, default=None, salt=DEVICE_COOKIE_SALT)
    return value if isinstance(value, str) and len(value) == 32 else None


def with_device_cookie(request: HtmxHttpRequest, response: HttpResponse) -> HttpResponse:
    if device_id(request) is None:
        response.set_signed_cookie(
            DEVICE_COOKIE, secrets.token_hex(16), salt=DEVICE_COOKIE_SALT, max_age=365 * 24 * 60 * 60,
            secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax",
        )
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HtmxHttpRequest) -> HttpResponse:
    form = JoinForm(request.POST or None)
    context: dict[str, object] = {"form": form}
    if request.method != "POST" or not form.is_valid():
        response = render(request, "groups/join.html", context, status=422 if form.errors else 200)
        return with_device_cookie(request, response)
    now = timezone.now()
    device = device_id(request)
    device_limit, address_limit = join_limits()
    # Wrong codes count per device (the tight limit) and per address (a venue's tablets share one).
    keys = [keyed("join-address", request.META.get("REMOTE_ADDR", ""))]
    address_wait = JoinAttempt.objects.seconds_to_wait(keys[0], now, address_limit)
    device_wait = 0
    if device is not None:
        keys.append(keyed("join-device", device))
        device_wait = JoinAttempt.objects.seconds_to_wait(keys[1], now, device_limit)
    wait = max(address_wait, device_wait)
    if wait:
        # No lookup at all: a guesser learns nothing more, not even from a right code.
        minutes = math.ceil(wait / 60)
        if device_wait:
            message = ngettext(
                "Too many wrong codes from this device. Wait %(minutes)s minute and try again, "
                "or ask the facilitator for help.",
                "Too many wrong codes from this device. Wait %(minutes)s minutes and try again, "
                "or ask the facilitator for help.",
                minutes,
            )
        else:
            # Not this device's doing: every device on the venue's network shares the address.
            message = ngettext(
                "Too many wrong codes from this network. Wait %(minutes)s minute and try again, "
                "or ask the facilitator for help.",
                "Too many wrong codes from this network. Wait %(minutes)s minutes and try again, "
                "or ask the facilitator for help.",
                minutes,
            )
        form.add_error("code", message % {"minutes": minutes})
        context["throttled"] = True
        response = render(request, "groups/join.html", context, status=429)
        response["Retry-After"] = str(wait)
        return with_device_cookie(request, response)
    code = form.cleaned_data["code"]
    table = Table.objects.select_related("workshop").filter(join_code=code).first()
    if table is not None:
        if table.workshop.accepts_notes:
            return redirect(table)
        context["ended"] = table.workshop
        return render(request, "groups/join.html", context, status=410)
    JoinAttempt.objects.record_failure(keys, now, device_limit.window)
    if RevokedAccess.objects.filter(join_code=code).exists():
        form.add_error("code", _(
            "This code has been replaced. Ask the facilitator for your table's new code."
        ))
        return render(request, "groups/join.html", context, status=410)
    form.add_error(
        "code", _("No table has that code. Check the code on the sheet and try again.")
    )
    return with_device_cookie(request, render(request, "groups/join.html", context, status=422))


def page_etag(request: HtmxHttpRequest, *parts: object) -> str | None:
    """An ETag for a page or its polled fragment, in the reader's language.

    A page with a message waiting (after a form) is always rendered, so the message shows.
    """
    if not request.htmx and len(messages.get_messages(request)):
        return None
    kind = "fragment" if request.htmx else "page"
    return "-".join(str(part) for part in (kind, get_language(), *parts))


def clock_minute(now: datetime.datetime) -> int:
    """The minute of the clock: the live overview's ETag and its activity lines change with it."""
    return int(now.timestamp() // 60)


def live_etag(request: HtmxHttpRequest, slug: str) -> str | None:
    """Changes whenever a note, the current round, the timer or a table's access changes: one query.

    It also changes every minute: the overview says how long ago each table wrote, and a table
    goes quiet with no note at all.
    """
    if not is_facilitator(request):
        raise PermissionDenied
    workshop = get_object_or_404(
        Workshop.objects.annotate(note_count=Count("notes"), latest=Max("notes__updated_at")),
        slug=slug,
    )
    latest = workshop.latest.timestamp() if workshop.latest else 0  # type: ignore[attr-defined]
    minute = clock_minute(timezone.now())
    return page_etag(
        request, workshop.updated_at.timestamp(), workshop.current_round_id,
        workshop.note_count, latest, minute,  # type: ignore[attr-defined]
    )


# A table's rendered notes on the live overview are kept this long while unchanged (TableActivity.card_key).
LIVE_CARD_CACHE_SECONDS = 10 * 60
LIVE_NOTE_FIELDS = (
    "id", "table_id", "round_id", "question_id", "organisation__name", "kind", "text", "position", "created_at",
)


@dataclass(frozen=True)
class TableActivity:
    """One table in the current round, as the live overview shows it."""

    table: Table
    notes: list[Note]
    last_at: datetime.datetime | None
    quiet: bool
    just_now: bool = False  # the last note is less than a minute old ("0 minutes ago" otherwise)

    @property
    def count(self) -> int:
        return len(self.notes)

    @cached_property  # both of the card's cached parts are keyed on it
    def card_key(self) -> str:
        """What the table's card shows, digested, in the reader's language: the key it is cached under.

        The live overview re-renders every table every few seconds, and between two polls most
        tables have written nothing: a table's card is rendered again only when something it shows
        has changed (its activity line also when the minute changes, as "5 minutes ago" does). The
        key is the shown values themselves, so a note added, edited, moved or deleted, a question or
        organisation renamed, a code renewed, all make a new key and nothing needs invalidating.
        """
        table = self.table
        digest = hashlib.sha256("\x1f".join((
            get_language(), table.workshop.slug, str(table.pk), str(table.number), table.label, table.join_code,
            *(organisation.name for organisation in table.organisations.all()),
        )).encode())
        for note in self.notes:
            digest.update("\x1e".join((
                str(note.pk), note.kind, note.text, note.question.text if note.question else "",
                note.organisation.name if note.organisation else "",
            )).encode())
        return digest.hexdigest()


def table_activity(
    workshop: Workshop, tables: Sequence[Table], now: datetime.datetime
) -> list[TableActivity]:
    """How many notes each table wrote this round, when the last came, and which tables went quiet.

    A table is quiet when it has written nothing for QUIET_TABLE_MINUTES while the day runs.
    A table with no note yet is measured from the round's first note at any table: before that
    nobody has started writing, so nobody is flagged. Not during the plenum phase, when the
    tables listen rather than write.
    """
    quiet_after = datetime.timedelta(minutes=settings.QUIET_TABLE_MINUTES)
    written = {table.pk: [note.created_at for note in table.round_notes] for table in tables}  # type: ignore[attr-defined]
    round_began = min((at for times in written.values() for at in times), default=None)
    watching = (
        workshop.status == Workshop.Status.RUNNING and workshop.current_round_id is not None
        and workshop.timer_phase != "plenum"
    )
    rows = []
    for table in tables:
        last = max(written[table.pk], default=None)
        since = last or round_began
        quiet = watching and since is not None and now - since >= quiet_after
        just_now = last is not None and now - last < datetime.timedelta(minutes=1)
        rows.append(TableActivity(
            table=table, notes=table.round_notes, last_at=last, quiet=quiet, just_now=just_now,  # type: ignore[attr-defined]
        ))
    return rows


def reader_key(request: HtmxHttpRequest) -> str:
    """What makes one reader's cached cards differ from another's: the language, and the CSRF secret
    the token in their forms is valid with (a card cached for one browser is never shown to another)."""
    get_token(request)  # the secret exists from here on, as rendering a form would make it
    secret = request.META.get("CSRF_COOKIE", "")
    return hashlib.sha256(f"{get_language()}\x1f{secret}".encode()).hexdigest()


@require_safe
@vary_on_headers("HX-Request")
@condition(etag_func=live_etag)
def live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    current = workshop.current_round
    questions = list(current.questions.all()) if current else []
    # Only what the overview shows; each note's question is one of the round's, already fetched.
    round_notes = Note.objects.filter(round=current).select_related("organisation").only(*LIVE_NOTE_FIELDS)
    tables = list(workshop.tables.prefetch_related(
        "organisations", Prefetch("notes", queryset=round_notes, to_attr="round_notes")
    ))
    by_id = {question.pk: question for question in questions}
    for table in tables:
        for note in table.round_notes:  # type: ignore[attr-defined]
            if note.question_id in by_id:
                note.question = by_id[note.question_id]
    now = timezone.now()
    context = {
        "workshop": workshop,
        "current": current,
        "questions": questions,
        "tables": table_activity(workshop, tables, now),
        "timer": workshop.timer_state(len(tables), now),
        "quiet_minutes": settings.QUIET_TABLE_MINUTES,
        "rounds": workshop.rounds.all(),
        "talks": workshop.programme.filter(kind__in=ProgrammeItem.SPOKEN),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
        "card_seconds": LIVE_CARD_CACHE_SECONDS,
        "reader_key": reader_key(request),
        "minute": clock_minute(now),  # as live_etag's: the activity lines say "N minutes ago"
        "day_shown": urlencode(day_shown(workshop)),
    }
    if request.htmx:
        if shows_another_day(request, workshop):
            # The round or the day changed on another page (a second facilitator, another tab): the heading,
            # the questions and the round's buttons above the cards are the page's own, not the poll's.
            return HttpResponseClientRefresh()
        return render(request, "groups/live.html#tables", context)
    context["next_round"] = workshop.neighbour_round(current, 1)
    context["previous_round"] = workshop.neighbour_round(current, -1)
    return render(request, "groups/live.html", context)


def day_shown(workshop: Workshop) -> dict[str, str]:
    """What the live overview's poll says its page shows: the round, and whether the day is open."""
    return {"round": str(workshop.current_round_id or ""), "open": "1" if workshop.accepts_notes else "0"}


def shows_another_day(request: HtmxHttpRequest, workshop: Workshop) -> bool:
    """Whether the polling page shows another round, or an open day that has ended (or the reverse)."""
    shown = day_shown(workshop)
    return any(name in request.GET and request.GET[name] != value for name, value in shown.items())


def out_of_date(request: HtmxHttpRequest, workshop: Workshop) -> HttpResponse:
    """A round button on a page older than the rounds: the round it showed is gone (deleted meanwhile)."""
    context = {"workshop": workshop, "step": "out-of-date"}
    return render(request, "groups/confirm_round.html", context, status=400)


def say_not_moved(request: HtmxHttpRequest, workshop: Workshop) -> None:
    """Why a round button did nothing: the page was older than the day (a double click, or another page
    moved the day on or ended it)."""
    if not workshop.accepts_notes:
        messages.info(request, _("The day has been ended. Nothing was changed."))
    elif workshop.current_round is not None:
        messages.info(request, _(
            "The day is already at round %(number)s (moved by an earlier click, or on another page). "
            "Nothing more was changed."
        ) % {"number": workshop.current_round.number})
    else:
        messages.info(request, _("No round has started yet. Nothing was changed."))


@require_POST
def next_round(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = NextRoundForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return out_of_date(request, workshop)
    seen = form.cleaned_data["from_round"]
    if workshop.advance_round(seen.pk if seen else None):
        assert workshop.current_round is not None
        number = workshop.current_round.number
        messages.success(request, _("The day has moved to round %(number)s.") % {"number": number})
    elif workshop.accepts_notes and workshop.current_round_id == (seen.pk if seen else None):
        messages.info(request, _("This is the last round. End the day when the tables are done."))
    else:
        say_not_moved(request, workshop)
    return redirect("groups:live", slug=workshop.slug)


@require_http_methods(["GET", "HEAD", "POST"])
def previous_round(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Back to the round before, after the facilitator confirms (the hosts' pages follow)."""
    workshop = facilitated_workshop(request, slug)
    form = NextRoundForm(request.POST or None, workshop=workshop, initial={"from_round": workshop.current_round_id})
    if request.method == "POST":
        if not form.is_valid():
            return out_of_date(request, workshop)
        seen = form.cleaned_data["from_round"]
        if workshop.go_back_round(seen.pk if seen else None):
            assert workshop.current_round is not None
            messages.success(
                request, _("The day is back at round %(number)s.") % {"number": workshop.current_round.number}
            )
        elif not workshop.accepts_notes or workshop.current_round_id != (seen.pk if seen else None):
            say_not_moved(request, workshop)
        return redirect("groups:live", slug=workshop.slug)
    target = workshop.neighbour_round(workshop.current_round, -1)
    context = {"workshop": workshop, "form": form, "step": "back", "target": target}
    return render(request, "groups/confirm_round.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def end_day(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Close the tables for writing, after the facilitator confirms; then on to compiling."""
    workshop = facilitated_workshop(request, slug)
    if request.method == "POST":
        if workshop.end_day():
            messages.success(
                request, _("The day is ended. The tables can still read their notes, but no longer write.")
            )
        return redirect("groups:compile", slug=workshop.slug)
    return render(request, "groups/confirm_round.html", {"workshop": workshop, "step": "end"})


@require_safe
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


# The phase timer. -------------------------------------------------------------------------------

TIMER_ACTIONS = ("start", "pause", "neste", "nullstill")


class TimerForm(forms.Form):
    # The phase the facilitator saw: a double click, or a click on a page that another
    # facilitator has moved on since, changes nothing.
    phase = forms.ChoiceField(choices=[("", "—"), *((p, p) for p in TIMER_PHASES)], required=False)


def timer_etag(request: HtmxHttpRequest, slug: str) -> str | None:
    """For the polled fragment only: one query over what the timer shows.

    The page itself is always rendered: without JavaScript a reload is how the clock moves on.
    """
    if not is_facilitator(request):
        raise PermissionDenied
    if not request.htmx:
        return None
    workshop = (
        Workshop.objects.filter(slug=slug).select_related("current_round").annotate(table_count=Count("tables"))
        .first()
    )
    if workshop is None:
        raise Http404
    current = workshop.current_round
    table_count: int = workshop.table_count  # type: ignore[attr-defined]
    minutes = (current.individual_minutes, current.group_minutes, current.plenum_minutes) if current else ()
    # Also whether the phase has run out: nothing stored changes then, but the status says to move on.
    return page_etag(
        request, workshop.updated_at.timestamp(), workshop.current_round_id, *minutes, table_count,
        workshop.timer_state(table_count).time_is_up,
    )


def timer_context(request: HtmxHttpRequest, workshop: Workshop) -> dict[str, object]:
    current = workshop.current_round
    table_count = workshop.tables.count()
    timer = workshop.timer_state(table_count)
    following = workshop.phase_after(timer.phase, table_count) if timer.phase else ""
    return {
        "workshop": workshop,
        "current": current,
        "questions": list(current.questions.all()) if current else [],
        "timer": timer,
        "has_next_phase": bool(following),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
    }


@require_safe
@vary_on_headers("HX-Request")
@condition(etag_func=timer_etag)
def timer(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    template = "groups/timer.html#timer" if request.htmx else "groups/timer.html"
    return render(request, template, timer_context(request, workshop))


@require_POST
@vary_on_headers("HX-Request")
def timer_action(request: HtmxHttpRequest, slug: str, action: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    if action not in TIMER_ACTIONS:
        raise Http404
    form = TimerForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("That phase is not one of the timer's phases."), status=400)
    seen = form.cleaned_data["phase"]
    if action == "start":
        changed = workshop.start_timer(seen)
    elif action == "pause":
        changed = workshop.pause_timer(seen)
    elif action == "neste":
        changed = workshop.next_phase(seen)
    else:
        changed = workshop.reset_timer()
    if request.htmx:
        return render(request, "groups/timer.html#timer", timer_context(request, workshop))
    if not changed and workshop.accepts_notes:  # an ended day's page says so itself
        messages.info(request, _("The timer had already changed. This is how it stands now."))
    return redirect("groups:timer", slug=workshop.slug)


# A table's access. ------------------------------------------------------------------------------


class RenewAccessForm(forms.Form):
    # The code the facilitator saw: a double click gives the table one new code, not two.
    code = forms.CharField(max_length=JOIN_CODE_LENGTH * 2)
    back = forms.ChoiceField(choices=[("live", "live"), ("qr", "qr")], required=False)


@require_POST
def renew_access(request: HtmxHttpRequest, slug: str, number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    table = get_object_or_404(workshop.tables, number=number)
    form = RenewAccessForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("The form was incomplete. Reload the page and try again."), status=400)
    if table.renew_access(seen_code=form.cleaned_data["code"]):
        messages.success(request, _(
            "%(table)s has a new code: %(code)s. The old link and code no longer work; "
            "the notes are kept."
        ) % {"table": table.label, "code": table.join_code})
    else:
        messages.info(request, _("%(table)s already has a new code: %(code)s.") % {
            "table": table.label, "code": table.join_code,
        })
    back = "groups:qr-sheet" if form.cleaned_data["back"] == "qr" else "groups:live"
    return redirect(back, slug=workshop.slug)

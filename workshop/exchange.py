"""A whole workshop as one JSON file, and back: moving it to another server, keeping a copy.

The file is a versioned envelope:

    {"format": "bordnotat.workshop", "schema_version": 1, "app_version": "0.1.0",
     "exported_at": "2026-11-29T20:00:00+00:00", "workshop": {...}}

Inside, things point at each other by what is unique within the workshop, never by database ids:
rounds by number, questions by their place in their round, programme items by their place in the
programme, organisations by name, tables by number, notes by client id. So a file exported,
imported into an empty database and exported again is the same file apart from `exported_at`.

This module writes and reads the workshop's own parts (details, programme, rounds, questions,
organisations). Tables, notes and themes (`groups`) and the survey (`evaluation`) are written and
read by their apps through `EXCHANGE_PARTS`, registered in their AppConfig.ready: this app never
imports them.

An import is checked whole before anything is kept: it runs in one transaction, each row through
its model's validation and `save()` (which refuses links into another workshop), and on the first
error the transaction is rolled back and the errors are reported in words. A dry run does the same
and always rolls back, reporting what would have been made.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any, cast

from django.contrib.admin.utils import NestedObjects
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from workshop.models import Organisation, ProgrammeItem, Question, Round, Speaker, Workshop

FORMAT = "bordnotat.workshop"
SCHEMA_VERSION = 1
# Far above a day's notes (10,000 notes are about 4 MB), far below what would tire the server.
MAX_IMPORT_BYTES = 25 * 1024 * 1024

RESTORE, COPY = "restore", "copy"

# What an import makes, in words for the preview (the keys of ImportContext.made).
MADE_LABELS = {
    "workshop": gettext_lazy("workshop"), "speakers": gettext_lazy("speakers"),
    "programme items": gettext_lazy("programme items"), "rounds": gettext_lazy("rounds"),
    "questions": gettext_lazy("questions"), "organisations": gettext_lazy("organisations"),
    "tables": gettext_lazy("tables"), "notes": gettext_lazy("notes"), "themes": gettext_lazy("themes"),
    "survey questions": gettext_lazy("survey questions"), "survey responses": gettext_lazy("survey responses"),
}


def app_version() -> str:
    try:
        return version("bordnotat")
    except PackageNotFoundError:
        return "unknown"


class ImportRefused(Exception):
    """The file cannot be imported; `errors` say why, in words. Nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class ImportContext:
    """What an import has made so far, by the keys the file uses, for the parts that follow."""

    workshop: Workshop
    mode: str
    programme_items: list[ProgrammeItem] = field(default_factory=list)
    rounds: dict[int, Round] = field(default_factory=dict)
    questions: dict[tuple[int, int], Question] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    made: Counter[str] = field(default_factory=Counter)
    replaced: Replaced | None = None
    # Set by the parts: e.g. groups puts the notes by client id here for the themes.
    extra: dict[str, Any] = field(default_factory=dict)

    def question(self, round_number: int | None, index: Any, where: str) -> Question | None:
        if index is None:
            return None
        question = self.questions.get((round_number or 0, index)) if isinstance(index, int) else None
        if question is None:
            raise ImportRefused([_("%(where)s points at a question its round does not have.") % {"where": where}])
        return question

    def round(self, number: Any, where: str) -> Round | None:
        if number is None:
            return None
        round_ = self.rounds.get(number) if isinstance(number, int) else None
        if round_ is None:
            raise ImportRefused([_("%(where)s points at a round the workshop does not have.") % {"where": where}])
        return round_

    def programme_item(self, index: Any, where: str) -> ProgrammeItem | None:
        if index is None:
            return None
        if not isinstance(index, int) or not 0 <= index < len(self.programme_items):
            raise ImportRefused([_("%(where)s points at a programme item that is not there.") % {"where": where}])
        return self.programme_items[index]

    def organisation(self, name: Any, where: str) -> Organisation | None:
        if name is None:
            return None
        organisation = self.organisations.get(name) if isinstance(name, str) else None
        if organisation is None:
            raise ImportRefused([_("%(where)s names an organisation the workshop does not have.") % {"where": where}])
        return organisation


@dataclass(frozen=True)
class ExchangePart:
    """Another app's part of the file: its key in the workshop object, how to write and read it."""

    key: str
    export: Callable[[Workshop, dict[str, Any]], Any]
    load: Callable[[Any, ImportContext], None]


EXCHANGE_PARTS: list[ExchangePart] = []


# Export ---------------------------------------------------------------------------------------


def clock(value: datetime.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def export_workshop(workshop: Workshop, *, history: bool = False) -> dict[str, Any]:
    """The whole workshop as the envelope's plain data (json.dumps it to write the file)."""
    items = list(workshop.programme.order_by("starts_at", "pk").prefetch_related("speakers"))
    item_index = {item.pk: index for index, item in enumerate(items)}
    rounds = list(workshop.rounds.order_by("number").prefetch_related("questions"))
    data: dict[str, Any] = {
        "title": workshop.title, "slug": workshop.slug, "date": workshop.date.isoformat(),
        "venue": workshop.venue, "organiser": workshop.organiser,
        "desired_outcomes": workshop.desired_outcomes, "ground_rules": workshop.ground_rules,
        "status": workshop.status, "listed": workshop.listed, "summary": workshop.summary,
        "report_shows_themes": workshop.report_shows_themes,
        "published_at": workshop.published_at.isoformat() if workshop.published_at else None,
        # A day ended and moved before it was published still takes a tablet's late note (Board.takes_late_change).
        "closed_at": workshop.closed_at.isoformat() if workshop.closed_at else None,
        "current_round": workshop.current_round.number if workshop.current_round else None,
        "programme": [
            {
                "starts_at": clock(item.starts_at), "ends_at": clock(item.ends_at), "title": item.title,
                "kind": item.kind, "description": item.description,
                "speakers": [
                    {"name": s.name, "role": s.role, "organisation": s.organisation} for s in item.speakers.all()
                ],
            }
            for item in items
        ],
        "rounds": [
            {
                "number": round_.number, "title": round_.title,
                "programme_item": item_index.get(round_.programme_item_id) if round_.programme_item_id else None,
                "individual_minutes": round_.individual_minutes, "group_minutes": round_.group_minutes,
                "plenum_minutes": round_.plenum_minutes, "method": round_.method, "summary": round_.summary,
                "questions": [{"text": q.text, "summary": q.summary} for q in round_.questions.all()],
            }
            for round_ in rounds
        ],
        "organisations": [{"name": o.name, "kind": o.kind} for o in workshop.organisations.order_by("name")],
    }
    keys: dict[str, Any] = {
        "programme_items": item_index,
        "questions": {
            q.pk: (round_.number, index) for round_ in rounds for index, q in enumerate(round_.questions.all())
        },
        "history": history,
    }
    for part in EXCHANGE_PARTS:
        data[part.key] = part.export(workshop, keys)
    return {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "app_version": app_version(),
        "exported_at": timezone.now().isoformat(), "workshop": data,
    }


def export_json(workshop: Workshop, *, history: bool = False) -> str:
    return json.dumps(export_workshop(workshop, history=history), ensure_ascii=False, indent=1, sort_keys=True)


# Import ---------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    workshop: Workshop | None
    made: dict[str, int]
    dry_run: bool
    # A restore over a workshop at the same address: its title, and what is deleted with it.
    replaced: Replaced | None = None


@dataclass(frozen=True)
class Replaced:
    title: str
    slug: str
    contents: list[tuple[int, str]]  # (count, what), as Django's admin counts a delete


def replaced_by_import(workshop: Workshop) -> Replaced:
    """What deleting `workshop` deletes with it, counted the way the admin's delete page counts."""
    collector = NestedObjects(using=router.db_for_write(Workshop))
    collector.collect([workshop])
    # Keyed by model class (django-stubs says str).
    by_model = cast("dict[type[models.Model], set[models.Model]]", collector.model_objs)
    contents = [
        (len(objects), str(model._meta.verbose_name_plural))
        for model, objects in by_model.items()
        # The workshop is named; the rows linking tables to organisations are the seating, not things.
        if model is not Workshop and not model._meta.auto_created and objects
    ]
    return Replaced(title=workshop.title, slug=workshop.slug, contents=sorted(contents, key=lambda c: (-c[0], c[1])))


def too_large_message() -> str:
    return _("The file is too large: at most %(mb)s MB.") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}


def read_envelope(raw: bytes | str) -> dict[str, Any]:
    """The file's envelope, checked: format, schema version and the workshop object."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused([too_large_message()])
    try:
        # JSON has no NaN or Infinity; Python's reader takes them, and an infinite number of minutes
        # or a note's place has no meaning (it was a server error).
        envelope = json.loads(raw, parse_constant=_no_constant)
    # RecursionError: a file nested deeper than Python's stack (no export is), e.g. 100,000 "[".
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ImportRefused([_("The file is not a Bordnotat export: it is not JSON, or it is cut short.")]) from None
    if not _storable(envelope):
        raise ImportRefused([_("The file holds a character no text may hold (a NUL, or half of a UTF-16 pair): "
                               "it was edited or damaged. Export it again, or remove that character.")])
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise ImportRefused([_("The file is not a Bordnotat workshop export.")])
    schema = envelope.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ImportRefused([_("The file does not say which version of the format it is.")])
    if schema > SCHEMA_VERSION:
        raise ImportRefused([
            _("The file was made by a newer Bordnotat (format version %(file)s; this one reads up to %(ours)s).")
            % {"file": schema, "ours": SCHEMA_VERSION}
        ])
    if not isinstance(envelope.get("workshop"), dict):
        raise ImportRefused([_("The file has no workshop in it.")])
    return envelope


def _storable(data: Any) -> bool:
    """Whether every string in the file, keys too, is text a database keeps: JSON's "\\u0000" and a
    lone "\\ud800" parse, but PostgreSQL refuses a NUL and a surrogate cannot be written as UTF-8
    (both were a 500; SQLite kept the NUL that every form refuses)."""
    waiting = [data]
    while waiting:  # not recursive: a file may nest as deep as the JSON reader allows
        value = waiting.pop()
        if isinstance(value, dict):
            waiting.extend(value.keys())
            waiting.extend(value.values())
        elif isinstance(value, list):
            waiting.extend(value)
        elif isinstance(value, str):
            if "\x00" in value or (not value.isascii() and _has_surrogate(value)):
                return False
    return True


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_time(value: Any) -> datetime.datetime | None:
    """A time the file gives (ISO 8601), or None; one without its offset is read as the server's time
    zone. A value of the wrong form raises ValueError or TypeError: "a value in it has the wrong form"."""
    if value is None:
        return None
    moment = datetime.datetime.fromisoformat(value)
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def required_time(value: Any) -> datetime.datetime:
    moment = read_time(value)
    if moment is None:
        raise ValueError("a time is missing")  # caught: "a value in it has the wrong form"
    return moment


def _no_constant(name: str) -> None:
    raise ValueError(name)


def import_workshop(
    raw: bytes | str, *, mode: str = RESTORE, replace: bool = False, slug: str = "", title: str = "",
    dry_run: bool = False, client_id: uuid.UUID | None = None,
) -> ImportResult:
    """Make the workshop in the file; refused (ImportRefused) with nothing written on any error.

    restore: the same address, table links and codes, and note ids; refused if a workshop has the
    address, unless `replace`, which deletes that workshop first. copy: a new address (`slug`, or
    one made from the title) and new table links, codes and note ids, so that it can sit next to
    the original.
    """
    envelope = read_envelope(raw)
    data = envelope["workshop"]
    try:
        with transaction.atomic():
            context = _load(data, mode=mode, replace=replace, slug=slug, title=title)
            if client_id is not None:  # the import form's key: that form sent again finds this workshop
                Workshop.objects.filter(pk=context.workshop.pk).update(client_id=client_id)
            if dry_run:
                transaction.set_rollback(True)
    except ValidationError as error:
        raise ImportRefused(_messages(error)) from None
    except KeyError as error:
        raise ImportRefused([_("The file is incomplete or was edited: “%(detail)s” is missing or wrong.")
                             % {"detail": str(error.args[0])[:200]}]) from None
    except (TypeError, AttributeError, ValueError, OverflowError):
        # Python's own words ("Invalid isoformat string") would be English, and say little to a reader.
        raise ImportRefused([_("The file is incomplete or was edited: a value in it has the wrong form.")]) from None
    except IntegrityError:
        raise ImportRefused([_("Something in the file is already on this server (a table code or a note).")]) from None
    return ImportResult(None if dry_run else context.workshop, dict(context.made), dry_run, context.replaced)


def _messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [f"{name}: {message}" for name, messages in error.message_dict.items() for message in messages]
    return list(error.messages)


def refusal(error: ValidationError, where: str) -> ImportRefused:
    """A row's validation errors, each naming where in the file the row is."""
    return ImportRefused([f"{where}: {message}" for message in _messages(error)])


def _checked(obj: Any, where: str, exclude: list[str] | None = None) -> Any:
    """Validate a row as the admin would, naming where in the file it is when it is refused."""
    try:
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        raise refusal(error, where) from None
    return obj


def _load(data: dict[str, Any], *, mode: str, replace: bool, slug: str, title: str) -> ImportContext:
    from workshop.forms import RESERVED_SLUGS, free_slug

    if mode not in (RESTORE, COPY):
        raise ImportRefused([_("Choose restore or copy.")])
    replaced = None
    details = {name: data[name] for name in (
        "title", "date", "venue", "organiser", "desired_outcomes", "ground_rules", "listed", "summary",
        "report_shows_themes",
    )}
    if mode == COPY:
        details["title"] = title or details["title"]
        new_slug = slug or free_slug(details["title"])
        workshop = Workshop(**details, slug=new_slug, status=Workshop.Status.DRAFT)
    else:
        new_slug = data["slug"]
        if new_slug in RESERVED_SLUGS:
            raise ImportRefused([_("That address is taken by a page. Choose another.")])
        existing = Workshop.objects.filter(slug=new_slug).first()
        if existing is not None and not replace:
            raise ImportRefused([_("A workshop with the address “%(slug)s” is already here. Confirm replacing it, "
                                   "or import a copy.") % {"slug": new_slug}])
        if existing is not None:
            replaced = replaced_by_import(existing)
            existing.delete()
        workshop = Workshop(
            **details, slug=new_slug, status=data["status"],
            published_at=read_time(data["published_at"]), closed_at=read_time(data.get("closed_at")),
        )
    _checked(workshop, _("The workshop"))
    if Workshop.objects.filter(slug=workshop.slug).exists():
        raise ImportRefused([_("A workshop with the address “%(slug)s” is already here.") % {"slug": workshop.slug}])
    workshop.save()
    context = ImportContext(workshop=workshop, mode=mode, replaced=replaced)
    context.made["workshop"] += 1

    for index, item_data in enumerate(data["programme"]):
        where = _("Programme item %(n)s") % {"n": index + 1}
        item = ProgrammeItem(
            workshop=workshop, title=item_data["title"], kind=item_data["kind"],
            description=item_data["description"], starts_at=item_data["starts_at"], ends_at=item_data["ends_at"],
        )
        _checked(item, where).save()
        for order, speaker in enumerate(item_data["speakers"]):
            _checked(Speaker(programme_item=item, order=order, name=speaker["name"], role=speaker["role"],
                             organisation=speaker["organisation"]), where).save()
            context.made["speakers"] += 1
        context.programme_items.append(item)
    context.made["programme items"] += len(context.programme_items)

    for round_data in data["rounds"]:
        where = _("Round %(n)s") % {"n": round_data["number"]}
        number = round_data["number"]
        if number in context.rounds:
            raise ImportRefused([_("Two rounds have the number %(n)s.") % {"n": number}])
        round_ = Round(
            workshop=workshop, number=number, title=round_data["title"],
            programme_item=context.programme_item(round_data["programme_item"], where),
            individual_minutes=round_data["individual_minutes"], group_minutes=round_data["group_minutes"],
            plenum_minutes=round_data["plenum_minutes"], method=round_data["method"],
            summary=round_data["summary"],
        )
        _checked(round_, where).save()
        context.rounds[number] = round_
        for index, question_data in enumerate(round_data["questions"]):
            question = Question(round=round_, order=index + 1, text=question_data["text"],
                                summary=question_data["summary"])
            _checked(question, where).save()
            context.questions[(number, index)] = question
            context.made["questions"] += 1
    context.made["rounds"] += len(context.rounds)

    for organisation_data in data["organisations"]:
        name = organisation_data["name"]
        if name in context.organisations:
            raise ImportRefused([_("Two organisations are called “%(name)s”.") % {"name": name}])
        organisation = Organisation(workshop=workshop, name=name, kind=organisation_data["kind"])
        _checked(organisation, _("Organisation “%(name)s”") % {"name": name}).save()
        context.organisations[name] = organisation
    context.made["organisations"] += len(context.organisations)

    for part in EXCHANGE_PARTS:
        part.load(data.get(part.key), context)

    current = data["current_round"]
    if current is not None and mode == RESTORE:
        workshop.current_round = context.round(current, _("The current round"))
        workshop.save(update_fields=["current_round"])
    return context

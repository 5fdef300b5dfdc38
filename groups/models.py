"""Tables, their hosts' access, and the notes they write."""

from __future__ import annotations

import datetime
import re
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshop.models import (
    Organisation,
    PartOfWorkshop,
    ProgrammeItem,
    Question,
    Round,
    Workshop,
    WorkshopQuerySet,
    refuse_other_workshops,
)
from workshop.text import in_norwegian_order, without_bidi_controls
from workshop.throttle import FailedAttempt

# No 0/O, 1/I/L: codes are read off a sheet and typed on a tablet.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6
NOTE_MAX_LENGTH = 4000


ACCESS_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")


def new_access_token() -> str:
    return secrets.token_urlsafe(24)


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def is_access_token(value: object) -> bool:
    """Whether `value` is a link new_access_token() makes: URL-safe, and too long to guess."""
    return isinstance(value, str) and ACCESS_TOKEN.fullmatch(value) is not None


def is_join_code(value: object) -> bool:
    """Whether `value` is a code new_join_code() makes."""
    return (
        isinstance(value, str) and len(value) == JOIN_CODE_LENGTH
        and all(letter in JOIN_CODE_ALPHABET for letter in value)
    )


class Table(PartOfWorkshop):
    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="tables", verbose_name=_("workshop")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=100, blank=True)
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="tables", verbose_name=_("organisations")
    )
    access_token = models.CharField(
        _("access token"), max_length=64, unique=True, default=new_access_token, editable=False
    )
    join_code = models.CharField(
        _("join code"), max_length=12, unique=True, default=new_join_code, editable=False
    )

    class Meta:
        ordering = ["workshop", "number"]
        verbose_name = _("table")
        verbose_name_plural = _("tables")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "number"], name="unique_table_number")
        ]

    def __str__(self) -> str:
        return self.label

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def get_absolute_url(self) -> str:
        return reverse("groups:table", kwargs={"token": self.access_token})

    def owner_id(self) -> int | None:
        return self.workshop_id

    @property
    def label(self) -> str:
        group = _("Group %(number)s") % {"number": self.number}
        return f"{group}: {self.name}" if self.name else str(group)

    @transaction.atomic
    def renew_access(self, *, seen_code: str | None = None) -> bool:
        """Give the table a new link and code (a lost tablet); its notes stay where they are.

        The old link and code are kept in RevokedAccess so that using them gets a clear message.
        `seen_code` is the code the facilitator saw: a double click renews once. A new code is
        never one that any table has or had.
        """
        current = Table.objects.select_for_update().get(pk=self.pk)
        if seen_code is not None and seen_code != current.join_code:
            self.access_token, self.join_code = current.access_token, current.join_code
            return False
        RevokedAccess.objects.create(table=current, access_token=current.access_token, join_code=current.join_code)
        code = free_join_codes(1)[0]
        self.access_token, self.join_code = new_access_token(), code
        Table.objects.filter(pk=self.pk).update(access_token=self.access_token, join_code=code)
        # Pages that poll the workshop (the live overview, hosts' pages) see the change.
        Workshop.objects.filter(pk=self.workshop_id).touch()
        return True


    def had_access_token(self, token: str) -> bool:
        """Whether `token` was one of this table's links before it was replaced."""
        return self.revoked_accesses.filter(access_token=token).exists()


def free_join_codes(count: int) -> list[str]:
    """`count` different join codes that no table has or had (new tables, renewed access, copies).

    Two queries, whatever the count: a clash (about 1 in 887 million a code) only draws again.
    """
    codes: set[str] = set()
    while len(codes) < count:
        wanted = {new_join_code() for _ in range(count - len(codes))} - codes
        # order_by(): a table's default ordering would join the workshops for nothing.
        taken = set(Table.objects.filter(join_code__in=wanted).order_by().values_list("join_code", flat=True))
        taken |= set(
            RevokedAccess.objects.filter(join_code__in=wanted).order_by().values_list("join_code", flat=True)
        )
        codes |= wanted - taken
    return sorted(codes)


@dataclass(frozen=True)
class Actor:
    """Who made a change: a table's host (through the table's current access) or a user.

    `at` is when they made it on their device (a change made offline arrives later), if known.
    """

    table: Table | None = None
    user: User | None = None
    at: datetime.datetime | None = None


# How far back a device's clock is believed: a change kept offline for longer is dated by the server.
DEVICE_CLOCK_WINDOW = datetime.timedelta(days=1)


def device_time(milliseconds: int | None) -> datetime.datetime | None:
    """When a change was made by the device's clock, bounded by the server's: never in the future."""
    if milliseconds is None:
        return None
    now = timezone.now()
    made = datetime.datetime.fromtimestamp(milliseconds / 1000, tz=datetime.UTC)
    return min(now, max(made, now - DEVICE_CLOCK_WINDOW))


class NoteQuerySet(models.QuerySet["Note"]):
    def plenum(self) -> NoteQuerySet:
        return self.filter(table__isnull=True, round__isnull=False)

    def recently_deleted(self) -> NoteQuerySet:
        """Deleted notes a host may still bring back."""
        since = timezone.now() - datetime.timedelta(minutes=settings.NOTE_UNDO_MINUTES)
        return self.filter(deleted_at__gte=since)

    def with_tables(self, tables: Iterable[Table]) -> list[Note]:
        """The notes, read now, each with its table from `tables` (loaded with their organisations, say)
        instead of a query per note. A note of a table not in `tables` (one moved to another workshop in
        the admin) keeps its own, read if asked for: the pages that show notes by table leave it out."""
        table_by_id = {table.pk: table for table in tables}
        notes = list(self)
        for note in notes:
            if note.table_id in table_by_id:
                note.table = table_by_id[note.table_id]
        return notes


class AliveNoteManager(models.Manager.from_queryset(NoteQuerySet)):  # type: ignore[misc]
    """Notes that are not deleted: what every page shows."""

    def get_queryset(self) -> NoteQuerySet:
        return super().get_queryset().filter(deleted_at__isnull=True)


class Note(models.Model):
    """One thing said, written by a table's host or by a facilitator.

    A note belongs to a table's round (table and round), to the plenum of a round (round only),
    or to a talk or pitch (programme item only).
    """

    class Kind(models.TextChoices):
        NOTE = "note", _("Note")
        ADVICE = "advice", _("Good advice")
        ACTION = "action", _("What we do when we get home")
        QUESTION = "question", _("Question to the organisers")

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="notes", verbose_name=_("workshop")
    )
    # A table's, round's, talk's or pitch's notes are never deleted with it (the set-up page, the admin, plain
    # code): only with their whole workshop (RESTRICT, unlike PROTECT, lets that delete take both). Deleted
    # notes count too: they can be brought back.
    table = models.ForeignKey(
        Table, null=True, blank=True, on_delete=models.RESTRICT, related_name="notes",
        verbose_name=_("table"),
    )
    round = models.ForeignKey(
        Round, null=True, blank=True, on_delete=models.RESTRICT, related_name="notes",
        verbose_name=_("round"),
    )
    # A question removed from its round on the set-up page leaves its notes in the round, as answers to the
    # round as a whole; the admin refuses to delete a question with notes (workshop/admin.py).
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes",
        verbose_name=_("question"),
    )
    programme_item = models.ForeignKey(
        ProgrammeItem, null=True, blank=True, on_delete=models.RESTRICT, related_name="notes",
        verbose_name=_("programme item"),
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes",
        verbose_name=_("said by"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NOTE)
    text = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH)
    position = models.PositiveIntegerField(_("position"), default=0)
    shared_in_plenum = models.BooleanField(_("shared in plenum"), default=False)
    # The questions on whose compile page the note was ticked as a highlight. A note on the round
    # as a whole shows on every question's page of its round, and is a highlight only where ticked.
    highlighted_on = models.ManyToManyField(
        Question, blank=True, related_name="highlights", verbose_name=_("highlight on"),
    )
    client_id = models.UUIDField(_("client id"), unique=True, default=uuid.uuid4, editable=False)
    # Raised by every change of the note's content: an edit made from an older version is refused.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

    objects = AliveNoteManager()
    everything = NoteQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        indexes = [
            # With the position last, a table's next position is read from the index's end (next_position).
            models.Index(fields=["workshop", "round", "table", "position"]),
            models.Index(fields=["workshop", "updated_at"]),
        ]

    def __str__(self) -> str:
        return self.text[:60]

    # The columns that say which notes a note is ordered among (siblings; groups/rows.py numbers a new note by them).
    PLACE = ("workshop_id", "table_id", "round_id", "programme_item_id")
    # Where a note is: each must be of the note's own workshop, and its question of its round.
    WORKSHOP_LINKS = ("table", "round", "programme_item", "organisation")

    def save(self, *args: object, **kwargs: object) -> None:
        self.refuse_other_workshops(kwargs.get("update_fields"))  # type: ignore[arg-type]
        if self._state.adding and not self.position:
            self.position = self.next_position()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def anchor(self) -> str:
        """The id of the note's element on every page that lists notes (the host's, the compile pages),
        and what a link to it ends with after "#" (a search hit). queue.js builds the same from its id."""
        return f"note-{self.pk}"

    @property
    def is_action(self) -> bool:
        """Whether it is a thing to do ("What do we do when we get home?"): the report lists those by
        organisation."""
        return self.kind == Note.Kind.ACTION

    def clean(self) -> None:
        super().clean()
        self.refuse_other_workshops()

    def refuse_other_workshops(self, update_fields: Iterable[str] | None = None) -> None:
        refuse_other_workshops(self, self.workshop_id, self.WORKSHOP_LINKS, update_fields)
        if update_fields is not None and "question" not in set(update_fields):
            return
        question = self.question
        if question is not None and question.round_id != self.round_id:
            raise ValidationError(
                {"question": _("Choose one of this round's questions.")}, code="other_round"
            )

    def siblings(self) -> NoteQuerySet:
        """The notes this one is ordered among: same table (or plenum, or talk) and round."""
        # None is a place too (no table: the plenum), so compare the ids as they are.
        return Note.objects.filter(**{name: getattr(self, name) for name in self.PLACE})

    def next_position(self) -> int:
        # ORDER BY … LIMIT 1, not MAX(): the planner walks the index from its end even while its
        # statistics still think the table empty (MAX() then read every note of the table).
        highest = self.siblings().order_by("-position").values_list("position", flat=True).first()
        return (highest or 0) + 1

    def change(self, action: str, by: Actor, request_id: uuid.UUID | None = None) -> NoteChange:
        """The history row of a change `by` made to the note as it is now, not yet saved."""
        return NoteChange(
            note=self, action=action, table=by.table, join_code=by.table.join_code if by.table else "",
            user=by.user, text=self.text, version=self.version, request_id=request_id,
            at=by.at or timezone.now(),
        )

    def record(self, action: str, by: Actor, request_id: uuid.UUID | None = None) -> NoteChange:
        change = self.change(action, by, request_id)
        change.save(force_insert=True)
        return change

    def already_done(self, request_id: uuid.UUID | None) -> bool:
        """A change whose request was applied before: the retry of a lost answer.

        Called inside the change's transaction, it first locks the note's row: a resent copy of a
        slow request waits here until the first copy has committed, then finds it done, instead
        of both passing this check and the second being refused as a conflict with itself.
        """
        if request_id is None:
            return False
        Note.everything.select_for_update().filter(pk=self.pk).values_list("pk", flat=True).first()
        return NoteChange.objects.filter(request_id=request_id).exists()

    @transaction.atomic
    def edit(
        self, fields: dict[str, object], *, version: int, by: Actor, request_id: uuid.UUID | None = None
    ) -> bool:
        """Change the note if nobody changed it since `version`; False means a conflict."""
        if self.already_done(request_id):
            return True
        fields = {name: without_bidi_controls(v) if isinstance(v, str) else v for name, v in fields.items()}
        edited = Note(workshop_id=self.workshop_id, round_id=self.round_id, **fields)
        edited.refuse_other_workshops(fields)
        changed = Note.objects.filter(pk=self.pk, version=version).update(
            **fields, version=F("version") + 1, updated_at=timezone.now()
        )
        if not changed:
            return False
        self.refresh_from_db()
        self.record(NoteChange.Action.EDIT, by, request_id)
        return True

    @transaction.atomic
    def delete_softly(self, *, by: Actor, request_id: uuid.UUID | None = None) -> None:
        """Delete the note so that it can be brought back; a repeat changes nothing."""
        if self.already_done(request_id) or self.deleted_at is not None:
            return
        self.deleted_at = self.updated_at = timezone.now()
        Note.everything.filter(pk=self.pk).update(deleted_at=self.deleted_at, updated_at=self.updated_at)
        self.record(NoteChange.Action.DELETE, by, request_id)

    @transaction.atomic
    def restore(self, *, by: Actor, request_id: uuid.UUID | None = None) -> None:
        if self.already_done(request_id) or self.deleted_at is None:
            return
        self.deleted_at = None
        self.updated_at = timezone.now()
        Note.everything.filter(pk=self.pk).update(deleted_at=None, updated_at=self.updated_at)
        self.record(NoteChange.Action.RESTORE, by, request_id)

    @transaction.atomic
    def move(self, position: int, *, by: Actor, request_id: uuid.UUID | None = None) -> None:
        if self.already_done(request_id):
            return
        self.move_to(position)
        self.record(NoteChange.Action.MOVE, by, request_id)

    @transaction.atomic
    def share(self, shared: bool, *, by: Actor, request_id: uuid.UUID | None = None) -> None:
        if self.already_done(request_id):
            return
        self.share_in_plenum(shared)
        self.record(NoteChange.Action.SHARE, by, request_id)

    @transaction.atomic
    def move_to(self, position: int) -> None:
        """Put the note at `position` (1 = first) among its siblings.

        Takes the target place, not a step, so a repeated request leaves the order as asked.
        """
        siblings = list(self.siblings().select_for_update().order_by("position", "pk"))
        order = [note for note in siblings if note.pk != self.pk]
        order.insert(min(max(position, 1), len(siblings)) - 1, self)
        now = timezone.now()
        for number, note in enumerate(order, start=1):
            note.position = number
            note.updated_at = now
        Note.objects.bulk_update(order, ["position", "updated_at"])
        self.position = order.index(self) + 1

    def share_in_plenum(self, shared: bool) -> None:
        self.shared_in_plenum = shared
        self.save(update_fields=["shared_in_plenum", "updated_at"])


THEME_NAME_MAX_LENGTH = 120
THEME_DESCRIPTION_MAX_LENGTH = 4000


class ThemeQuerySet(models.QuerySet["Theme"]):
    def named(self, workshop: Workshop, name: str) -> Theme | None:
        """The workshop's theme called `name`, whatever its case ("bolig" is "Bolig").

        Compared in Python with casefold: SQLite's LIKE folds only ASCII (not "Ø").
        A workshop has a handful of themes, so reading their names is cheap.
        """
        wanted = name.strip().casefold()
        for theme in self.filter(workshop=workshop):
            if theme.name.casefold() == wanted:
                return theme
        return None

    @transaction.atomic
    def tag(self, workshop: Workshop, name: str, notes: Iterable[Note]) -> tuple[Theme, bool]:
        """Tag `notes` with the theme called `name`, made if the workshop has none by that name.

        A repeat changes nothing. Returns the theme and whether it was made now.
        """
        # One tagger at a time per workshop: two people typing "Bolig" and "bolig" get one theme.
        Workshop.objects.select_for_update().filter(pk=workshop.pk).first()
        theme = self.named(workshop, name)
        created = theme is None
        if theme is None:
            theme = self.create(workshop=workshop, name=name.strip())
        theme.notes.add(*notes)
        Workshop.objects.filter(pk=workshop.pk).touch()
        return theme, created


class Theme(PartOfWorkshop):
    """A theme the facilitator sees across tables and rounds, with the notes tagged with it."""

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="themes", verbose_name=_("workshop")
    )
    name = models.CharField(_("name"), max_length=THEME_NAME_MAX_LENGTH)
    description = models.TextField(
        _("summary"), max_length=THEME_DESCRIPTION_MAX_LENGTH, blank=True,
        help_text=_("What the tables said about the theme; shown in the report."),
    )
    notes = models.ManyToManyField(Note, blank=True, related_name="themes", verbose_name=_("notes"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["workshop", in_norwegian_order("name"), "pk"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [models.UniqueConstraint(fields=["workshop", "name"], name="unique_theme_name")]

    def __str__(self) -> str:
        return self.name

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def get_absolute_url(self) -> str:
        return reverse("groups:theme", kwargs={"slug": self.workshop.slug, "theme_id": self.pk})

    def owner_id(self) -> int | None:
        return self.workshop_id

    @transaction.atomic
    def untag(self, note: Note) -> None:
        """Take `note` out of the theme; a repeat changes nothing."""
        self.notes.remove(note)
        Workshop.objects.filter(pk=self.workshop_id).touch()


@receiver(m2m_changed, sender=Table.organisations.through)
@receiver(m2m_changed, sender=Theme.notes.through)
def refuse_other_workshops_members(
    sender: object, instance: Table | Theme | Organisation | Note, action: str, reverse: bool,
    model: type[models.Model], pk_set: set[int] | None, **kwargs: object,
) -> None:
    """An organisation seated at a table, or a note tagged with a theme, is of the same workshop."""
    if action != "pre_add" or not pk_set:
        return
    workshop_id = instance.workshop_id  # a table, theme, organisation or note
    if model._base_manager.filter(pk__in=pk_set).exclude(workshop_id=workshop_id).exists():
        raise ValidationError(_("Only this workshop's own can be added."), code="other_workshop")


@receiver(m2m_changed, sender=Table.organisations.through)
def organisations_seated(sender: object, instance: Table | Organisation, action: str, **kwargs: object) -> None:
    """Seating an organisation at a table (or unseating it) shows on the table's page at once."""
    if action.startswith("post_"):
        Workshop.objects.filter(pk=instance.workshop_id).touch()


class NoteChange(models.Model):
    """One change to a note, kept for the history and for undo."""

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        EDIT = "edit", _("Edited")
        MOVE = "move", _("Moved")
        SHARE = "share", _("Marked for plenum")
        DELETE = "delete", _("Deleted")
        RESTORE = "restore", _("Restored")

    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="changes", verbose_name=_("note"))
    action = models.CharField(_("change"), max_length=10, choices=Action.choices)
    # When the host made the change (by their device, see device_time), else when it arrived.
    at = models.DateTimeField(_("when"), default=timezone.now)
    table = models.ForeignKey(
        Table, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("by table")
    )
    # The table's code at the time tells which access (before or after a renewal) made the change.
    join_code = models.CharField(_("with code"), max_length=12, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("by user"),
    )
    text = models.TextField(_("text afterwards"))
    version = models.PositiveIntegerField(_("version afterwards"))
    # The browser's id for the request: a retried edit, move or delete is applied once.
    request_id = models.UUIDField(_("request id"), null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("change")
        verbose_name_plural = _("history")

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M:%S}"

    @property
    def by(self) -> str:
        if self.user is not None:
            return str(self.user)
        if self.table is not None:
            return f"{self.table.label} ({self.join_code})"
        return ""


class RevokedAccess(models.Model):
    """A table's replaced link and code: kept so that using them gets a clear message.

    It outlives its table (SET_NULL): a replaced link stays replaced when the workshop is deleted,
    and when a restore replaces the workshop, the restore finds it and gives it to the table again
    (groups/exchange.py, load_tables). A link that leaked is never good again.
    """

    table = models.ForeignKey(
        Table, null=True, blank=True, on_delete=models.SET_NULL, related_name="revoked_accesses"
    )
    access_token = models.CharField(max_length=64, unique=True)
    join_code = models.CharField(max_length=12, db_index=True)
    revoked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("revoked access")
        verbose_name_plural = _("revoked accesses")

    def __str__(self) -> str:
        return f"{self.table} {self.join_code}"


class JoinAttempt(FailedAttempt):
    """A failed try at a join code, for a device or for an address (workshop/throttle.py)."""

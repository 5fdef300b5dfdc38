"""A workshop, its programme, its group-work rounds and their questions."""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshop.clock import PHASE_MAX_MINUTES
from workshop.text import AddressField, in_norwegian_order
from workshop.throttle import FailedAttempt


class WorkshopQuerySet(models.QuerySet["Workshop"]):
    def published(self) -> WorkshopQuerySet:
        return self.filter(status=Workshop.Status.PUBLISHED)

    def listed(self) -> WorkshopQuerySet:
        return self.published().filter(listed=True)

    def touch(self) -> int:
        """Mark these workshops changed: every page that polls them renders afresh (their ETags)."""
        return self.update(updated_at=timezone.now())


# The method's phases in their order: individual work, group work, plenum (minutes per table).
TIMER_PHASES = ("individual", "group", "plenum")


@dataclass(frozen=True)
class TimerState:
    """The phase timer as the projector, the live overview and the hosts' pages show it."""

    phase: str  # "" when no phase runs
    phase_label: str
    running: bool
    remaining_seconds: int
    total_seconds: int
    ends_at: datetime.datetime | None  # when the phase runs out, while running
    done: bool = False  # the round's last phase has been ended

    @property
    def time_is_up(self) -> bool:
        return bool(self.phase) and self.remaining_seconds == 0

    @property
    def clock(self) -> str:
        """The remaining time as mm:ss (minutes may pass 99 for a long plenum)."""
        minutes, seconds = divmod(self.remaining_seconds, 60)
        return f"{minutes:02d}:{seconds:02d}"

    @property
    def ends_at_epoch(self) -> str:
        """Epoch seconds for `data-timer-ends-at`, never localised (a comma would break the script)."""
        return f"{self.ends_at.timestamp():.3f}" if self.ends_at else ""


class Workshop(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        RUNNING = "running", _("Running")
        CLOSED = "closed", _("Closed")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = AddressField(
        _("address"), max_length=80, unique=True,
        help_text=_("The readable part of the report's address, e.g. inkludering-2025."),
        # Django's own says "Workshop with this Address already exists."
        error_messages={"unique": _("Another workshop has this address. Choose another.")},
    )
    date = models.DateField(_("date"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    desired_outcomes = models.TextField(
        _("desired outcomes"), blank=True, help_text=_("One outcome per line.")
    )
    ground_rules = models.TextField(_("ground rules"), blank=True, help_text=_("One rule per line."))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    current_round = models.ForeignKey(
        "Round", verbose_name=_("current round"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    listed = models.BooleanField(
        _("listed on the start page"), default=True,
        help_text=_("Unlisted reports are reachable only by their address."),
    )
    summary = models.TextField(_("summary (conclusion)"), blank=True)
    # Off until the facilitator turns it on: themes are a working tool first, and nothing reaches
    # the report unless the facilitator puts it there.
    report_shows_themes = models.BooleanField(
        _("show recurring themes in the report"), default=False,
        help_text=_("The report gets a section with each theme, its summary and where it came up."),
    )
    # The projector's phase timer for the current round (I, G, P), run by the facilitator.
    timer_phase = models.CharField(
        _("timer phase"), max_length=12, blank=True,
        choices=[("individual", _("Individual")), ("group", _("Group")), ("plenum", _("Plenum"))],
    )
    timer_running = models.BooleanField(_("timer running"), default=False)
    timer_started_at = models.DateTimeField(_("timer started"), null=True, blank=True)
    timer_elapsed_seconds = models.PositiveIntegerField(_("seconds run before the last pause"), default=0)
    # The last phase of the round has been ended: the projector says so instead of offering the
    # first phase again, as if the round were about to start over.
    timer_done = models.BooleanField(_("the round's phases are done"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # When the facilitator ended the day: a table's note written before it, sent after (the tablet was
    # offline), is still taken until the report is published (groups/boards.py, Board.takes_late_change).
    closed_at = models.DateTimeField(_("day ended"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The key of the form that made it (new, "use as template", import): that form sent again (a
    # double click, a reload that posts again) finds this workshop instead of making a second.
    client_id = models.UUIDField(_("client id"), null=True, blank=True, unique=True, editable=False)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            refuse_other_workshops(self, self.pk, ["current_round"], kwargs.get("update_fields"))
        elif self.current_round_id is not None:
            raise ValidationError({"current_round": _("A new workshop has no rounds yet.")})
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("report", kwargs={"slug": self.slug})

    def setup_url(self) -> str:
        return reverse("groups:setup", kwargs={"slug": self.slug})

    def clean(self) -> None:
        super().clean()
        refuse_other_workshops(self, self.pk, ["current_round"])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def accepts_notes(self) -> bool:
        """Hosts may write until the facilitator closes the day."""
        return self.status in (self.Status.DRAFT, self.Status.RUNNING)

    def is_written_in(self, round_: Round) -> bool:
        """Whether `round_` is the round the tables are writing in now: deleted, it would leave the day
        running in no round, and the tables would say that no round has started."""
        return round_.pk == self.current_round_id and self.accepts_notes

    def desired_outcome_lines(self) -> list[str]:
        return [line.strip() for line in self.desired_outcomes.splitlines() if line.strip()]

    def next_round_number(self) -> int:
        return (self.rounds.aggregate(highest=models.Max("number"))["highest"] or 0) + 1

    def neighbour_round(self, round_: Round | None, step: int) -> Round | None:
        """The round after (step 1) or before (step -1) `round_`; before the first round, the first."""
        rounds = self.rounds.order_by("number")
        if round_ is None:
            return rounds.first() if step > 0 else None
        if step > 0:
            return rounds.filter(number__gt=round_.number).first()
        return rounds.filter(number__lt=round_.number).last()

    @transaction.atomic
    def advance_round(self, from_round_id: int | None) -> bool:
        """Move to the round after `from_round_id`; False when nothing moved (the last round)."""
        return self._step_round(from_round_id, 1)

    @transaction.atomic
    def go_back_round(self, from_round_id: int | None) -> bool:
        """Move back to the round before `from_round_id`; False on the first round."""
        return self._step_round(from_round_id, -1)

    def _step_round(self, from_round_id: int | None, step: int) -> bool:
        """Takes the round the facilitator saw, so a repeated click moves the day once only."""
        workshop = Workshop.objects.select_for_update().get(pk=self.pk)
        self.current_round_id, self.status = workshop.current_round_id, workshop.status
        if workshop.current_round_id != from_round_id or not self.accepts_notes:
            return False
        target = self.neighbour_round(workshop.current_round, step)
        if target is None:
            return False
        self.current_round = target
        if self.status == self.Status.DRAFT:
            self.status = self.Status.RUNNING
        self._clear_timer()  # a round starts with its first phase, not the last round's
        self.save(update_fields=["current_round", "status", *self.TIMER_FIELDS])
        return True

    @transaction.atomic
    def end_day(self) -> bool:
        """Close the tables for writing (they stay readable) and stop the timer; False if already done."""
        workshop = Workshop.objects.select_for_update().get(pk=self.pk)
        self.status = workshop.status
        if not self.accepts_notes:
            return False
        self.status = self.Status.CLOSED
        self.closed_at = timezone.now()
        self._clear_timer()
        self.save(update_fields=["status", "closed_at", *self.TIMER_FIELDS])
        return True

    # The phase timer. The facilitator's forms pass the phase they saw: a double click, or a click
    # on a page another facilitator has moved on, changes nothing instead of skipping a phase.
    # Every change saves, so `updated_at` moves and the polls' ETags change.
    TIMER_FIELDS = (
        "timer_phase", "timer_running", "timer_started_at", "timer_elapsed_seconds", "timer_done", "updated_at",
    )

    def phase_seconds(self, phase: str, table_count: int | None = None) -> int:
        """How long `phase` of the current round lasts; the plenum gives each table its minutes."""
        round_ = self.current_round
        if round_ is None or phase not in TIMER_PHASES:
            return 0
        if phase == "individual":
            return round_.individual_minutes * 60
        if phase == "group":
            return round_.group_minutes * 60
        if table_count is None:
            table_count = self.tables.count()  # type: ignore[attr-defined]
        return round_.plenum_minutes * 60 * table_count

    def phase_after(self, phase: str, table_count: int | None = None) -> str:
        """The next phase with time in the current round, or "" when the round's phases are done."""
        later = TIMER_PHASES[TIMER_PHASES.index(phase) + 1:] if phase else TIMER_PHASES
        return next((p for p in later if self.phase_seconds(p, table_count) > 0), "")

    def timer_state(self, table_count: int | None = None, now: datetime.datetime | None = None) -> TimerState:
        """The timer now. Pass `table_count` when the tables are at hand, to save a query.

        With no phase running it shows the first phase that a start would run, unless the
        round's last phase has been ended.
        """
        now = now or timezone.now()
        phase = self.timer_phase or self.phase_after("", table_count)
        total = self.phase_seconds(phase, table_count)
        elapsed = float(self.timer_elapsed_seconds)
        ends_at = None
        running = bool(self.timer_phase) and self.timer_running and self.timer_started_at is not None
        if running:
            assert self.timer_started_at is not None
            elapsed += (now - self.timer_started_at).total_seconds()
            ends_at = self.timer_started_at + datetime.timedelta(seconds=total - self.timer_elapsed_seconds)
        field = self._meta.get_field("timer_phase")
        assert isinstance(field, models.CharField)
        labels = dict(field.choices or [])
        return TimerState(
            phase=self.timer_phase,
            phase_label=str(labels.get(phase, "")),
            done=self.timer_done and not self.timer_phase,
            running=running,
            remaining_seconds=max(0, math.ceil(total - elapsed)) if self.timer_phase else total,
            total_seconds=total,
            ends_at=ends_at,
        )

    def _lock_timer(self) -> None:
        """Read the timer and the round as they are now, locking the row until the transaction ends."""
        locked = Workshop.objects.select_for_update().get(pk=self.pk)
        for name in ("current_round_id", "status", *self.TIMER_FIELDS):
            setattr(self, name, getattr(locked, name))

    def _clear_timer(self) -> None:
        self.timer_phase = ""
        self.timer_running = False
        self.timer_started_at = None
        self.timer_elapsed_seconds = 0
        self.timer_done = False

    def _save_timer(self) -> None:
        self.save(update_fields=list(self.TIMER_FIELDS))

    @transaction.atomic
    def start_timer(self, seen_phase: str | None = None) -> bool:
        """Run the timer: the round's first phase with time if none runs, else resume the paused one.

        Not once the day is ended: ending it stopped the timer, and the tables no longer write.
        """
        self._lock_timer()
        if self.timer_running or (seen_phase is not None and seen_phase != self.timer_phase):
            return False
        if not self.accepts_notes:
            return False
        if not self.timer_phase:
            first = self.phase_after("")
            if not first:
                return False
            self._clear_timer()
            self.timer_phase = first
        self.timer_running = True
        self.timer_started_at = timezone.now()
        self._save_timer()
        return True

    @transaction.atomic
    def pause_timer(self, seen_phase: str | None = None) -> bool:
        self._lock_timer()
        if not self.timer_running or (seen_phase is not None and seen_phase != self.timer_phase):
            return False
        assert self.timer_started_at is not None
        run = round((timezone.now() - self.timer_started_at).total_seconds())
        total = self.phase_seconds(self.timer_phase)
        self.timer_elapsed_seconds = min(self.timer_elapsed_seconds + max(run, 0), total)
        self.timer_running = False
        self.timer_started_at = None
        self._save_timer()
        return True

    @transaction.atomic
    def next_phase(self, from_phase: str) -> bool:
        """Go on from `from_phase` to the next phase with time, running if the timer ran.

        After the last phase the timer stops and says that the round's phases are done; a start
        then runs the round's first phase again.
        """
        self._lock_timer()
        if not self.timer_phase or from_phase != self.timer_phase:
            return False
        running = self.timer_running
        following = self.phase_after(self.timer_phase)
        self._clear_timer()
        if following:
            self.timer_phase = following
            self.timer_running = running
            self.timer_started_at = timezone.now() if running else None
        else:
            self.timer_done = True
        self._save_timer()
        return True

    @transaction.atomic
    def reset_timer(self) -> bool:
        self._lock_timer()
        if not self.timer_phase and not self.timer_running and not self.timer_done:
            return False
        self._clear_timer()
        self._save_timer()
        return True

    def publish(self) -> None:
        self.status = self.Status.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["status", "published_at", "updated_at"])

    def unpublish(self) -> None:
        self.status = self.Status.CLOSED
        self.save(update_fields=["status", "updated_at"])


class PartOfWorkshop(models.Model):
    """Something a workshop's pages show (a round, a question, an organisation, a talk).

    Saving or deleting it marks the workshop changed, so that a host's page, the live overview
    and the timer show the change at their next poll instead of answering 304.
    """

    # Links that must point inside the same workshop, checked on clean() and on every save().
    WORKSHOP_LINKS: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.WORKSHOP_LINKS:
            refuse_other_workshops(self, self.owner_id(), self.WORKSHOP_LINKS, kwargs.get("update_fields"))
        super().save(*args, **kwargs)
        self.workshops().touch()

    def clean(self) -> None:
        super().clean()
        if self.WORKSHOP_LINKS:
            refuse_other_workshops(self, self.owner_id(), self.WORKSHOP_LINKS)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        workshops = list(self.workshops().values_list("pk", flat=True))
        deleted = super().delete(*args, **kwargs)
        Workshop.objects.filter(pk__in=workshops).touch()
        return deleted

    def workshops(self) -> WorkshopQuerySet:
        raise NotImplementedError

    def owner_id(self) -> int | None:
        """The id of the workshop this belongs to, from the loaded objects where they are loaded."""
        raise NotImplementedError


def refuse_other_workshops(
    obj: models.Model, workshop_id: int | None, fields: Iterable[str], update_fields: Iterable[str] | None = None
) -> None:
    """Refuse a link from `obj` to another workshop's organisation, programme item, round or question.

    Called by the models' `clean()` (a form shows the message on the field) and `save()` (the admin,
    the set-up page, an import and plain code are all refused). A link given as a loaded object costs
    no query; one given as an id costs one.
    """
    if workshop_id is None:
        return  # the form has already said that the workshop is missing
    if update_fields is not None:
        fields = [name for name in fields if name in set(update_fields)]
    errors = {}
    for name in fields:
        linked = getattr(obj, name)
        if linked is not None and linked.owner_id() != workshop_id:
            errors[name] = ValidationError(
                _("“%(linked)s” belongs to another workshop. Choose one of this workshop's own."),
                code="other_workshop", params={"linked": linked},
            )
    if errors:
        raise ValidationError(errors)


class Organisation(PartOfWorkshop):
    class Kind(models.TextChoices):
        # The kinds of Norwegian public life that meet at a workshop.
        MUNICIPALITY = "municipal", _("Municipality")
        COUNTY = "county", _("County municipality")
        STATE = "state", _("State agency")
        BUSINESS = "business", _("Business")
        VOLUNTARY = "voluntary", _("Voluntary sector")
        RESEARCH = "research", _("Research and education")
        OTHER = "other", _("Other organisation")

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="organisations", verbose_name=_("workshop")
    )
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COUNTY)

    class Meta:
        ordering = [in_norwegian_order("name")]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "name"], name="unique_organisation_name")
        ]

    def __str__(self) -> str:
        return self.name

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def owner_id(self) -> int | None:
        return self.workshop_id


class ProgrammeItem(PartOfWorkshop):
    class Kind(models.TextChoices):
        WELCOME = "welcome", _("Welcome")
        TALK = "talk", _("Talk")
        PITCH = "pitch", _("Pitch")
        GROUP_WORK = "group_work", _("Group work")
        BREAK = "break", _("Break")
        LUNCH = "lunch", _("Lunch")
        PLENUM = "plenum", _("Plenum")
        CLOSING = "closing", _("Closing")

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="programme", verbose_name=_("workshop")
    )
    starts_at = models.TimeField(_("starts"))
    ends_at = models.TimeField(_("ends"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    # The key of the set-up form that added it: a repeat of that post (a double click, a retry) finds
    # this row instead of adding a second (workshop/forms.py, AddedOnce).
    client_id = models.UUIDField(_("client id"), null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")

    def __str__(self) -> str:
        return f"{self.starts_at:%H.%M} {self.title}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "kind" in set(update_fields):
            self.refuse_kind_its_round_needs()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.refuse_kind_its_round_needs()

    def refuse_kind_its_round_needs(self) -> None:
        """A round's programme item stays group work (the set-up page, the admin, plain code).

        Made a talk, it was no longer among the round's choices, and the round's next save, on the
        set-up page or in the admin, unlinked it without a word.
        """
        if self.pk is None or self.kind == self.Kind.GROUP_WORK:
            return
        number = Round.objects.filter(programme_item_id=self.pk).values_list("number", flat=True).first()
        if number is not None:
            raise ValidationError({"kind": ValidationError(
                _("Round %(number)s belongs to this item, so it stays group work. Link the round to another "
                  "item, or to none, first."),
                code="round_needs_group_work", params={"number": number},
            )})

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def owner_id(self) -> int | None:
        return self.workshop_id

    # Items whose words are noted down by a facilitator and reported with the talks.
    SPOKEN = (Kind.WELCOME, Kind.TALK, Kind.PITCH)


class Speaker(PartOfWorkshop):
    programme_item = models.ForeignKey(
        ProgrammeItem, on_delete=models.CASCADE, related_name="speakers",
        verbose_name=_("programme item"),
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return ", ".join(part for part in (self.name, self.role, self.organisation) if part)

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(programme=self.programme_item_id)

    def owner_id(self) -> int | None:
        return self.programme_item.workshop_id


# Why a round is not deleted (the set-up page and the admin say the same).
ROUND_WRITTEN_IN = _(
    "Round %(number)s is the round the tables are in now and is kept. Move the day to another "
    "round in the live overview first, or end the day."
)


class Round(PartOfWorkshop):
    WORKSHOP_LINKS = ("programme_item",)

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("workshop")
    )
    programme_item = models.OneToOneField(
        ProgrammeItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="round",
        verbose_name=_("programme item"),
        limit_choices_to={"kind": ProgrammeItem.Kind.GROUP_WORK},
        # Django's own says "Round with this Programme item already exists."
        error_messages={"unique": _(
            "Another round is already linked to this programme item. Choose another group work, or none."
        )},
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    individual_minutes = models.PositiveSmallIntegerField(
        _("individual (minutes)"), default=0, validators=[MaxValueValidator(PHASE_MAX_MINUTES)]
    )
    group_minutes = models.PositiveSmallIntegerField(
        _("group (minutes)"), default=0, validators=[MaxValueValidator(PHASE_MAX_MINUTES)]
    )
    plenum_minutes = models.PositiveSmallIntegerField(
        _("plenum (minutes per table)"), default=0, validators=[MaxValueValidator(PHASE_MAX_MINUTES)]
    )
    method = models.TextField(_("method"), blank=True)
    summary = models.TextField(
        _("summary of the round as a whole"), blank=True,
    )
    # The key of the set-up form that added it: a repeat of that post (a double click, a retry) finds
    # this row instead of adding a second (workshop/forms.py, AddedOnce).
    client_id = models.UUIDField(_("client id"), null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["workshop", "number"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "number"], name="unique_round_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def owner_id(self) -> int | None:
        return self.workshop_id

    def timing(self) -> str:
        return method_timing(self.individual_minutes, self.group_minutes, self.plenum_minutes)


def method_timing(individual: int, group: int, plenum: int) -> str:
    """A round's method phases as the slides put them: "I: 3 min, G: 30 min, P: 2 min per table"
    (a round's page, the report, and the preview of a pasted programme)."""
    parts = []
    if individual:
        parts.append(_("I: %(minutes)s min") % {"minutes": individual})
    if group:
        parts.append(_("G: %(minutes)s min") % {"minutes": group})
    if plenum:
        parts.append(_("P: %(minutes)s min per table") % {"minutes": plenum})
    return ", ".join(str(p) for p in parts)


class Question(PartOfWorkshop):
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="questions", verbose_name=_("round")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(_("question"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["round", "order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(rounds=self.round_id)

    def owner_id(self) -> int | None:
        return self.round.workshop_id


class LoginAttempt(FailedAttempt):
    """A failed staff login, for an account or for an address (workshop/throttle.py)."""

"""A workshop, its programme, its group-work rounds and their questions."""

from __future__ import annotations

from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WorkshopQuerySet(models.QuerySet["Workshop"]):
    def published(self) -> WorkshopQuerySet:
        return self.filter(status=Workshop.Status.PUBLISHED)

    def listed(self) -> WorkshopQuerySet:
        return self.published().filter(listed=True)


class Workshop(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        RUNNING = "running", _("Running")
        CLOSED = "closed", _("Closed")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"), max_length=80, unique=True,
        help_text=_("The readable part of the report's address, e.g. inkludering-2025."),
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
    # The projector's phase timer for the current round (I, G, P), run by the facilitator.
    timer_phase = models.CharField(
        _("timer phase"), max_length=12, blank=True,
        choices=[("individual", _("Individual")), ("group", _("Group")), ("plenum", _("Plenum"))],
    )
    timer_running = models.BooleanField(_("timer running"), default=False)
    timer_started_at = models.DateTimeField(_("timer started"), null=True, blank=True)
    timer_elapsed_seconds = models.PositiveIntegerField(_("seconds run before the last pause"), default=0)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("report", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def accepts_notes(self) -> bool:
        """Hosts may write until the facilitator closes the day."""
        return self.status in (self.Status.DRAFT, self.Status.RUNNING)

    def desired_outcome_lines(self) -> list[str]:
        return [line.strip() for line in self.desired_outcomes.splitlines() if line.strip()]

    def ground_rule_lines(self) -> list[str]:
        return [line.strip() for line in self.ground_rules.splitlines() if line.strip()]

    @transaction.atomic
    def advance_round(self, from_round_id: int | None) -> Round | None:
        """Move to the round after `from_round_id`.

        Takes the round the facilitator saw, so a repeated click moves the day on once only.
        """
        workshop = Workshop.objects.select_for_update().get(pk=self.pk)
        if workshop.current_round_id != from_round_id:
            self.current_round_id = workshop.current_round_id
            return workshop.current_round
        rounds = self.rounds.order_by("number")
        if from_round_id is None:
            next_round = rounds.first()
        else:
            current_number = rounds.filter(pk=from_round_id).values_list("number", flat=True).first()
            next_round = rounds.filter(number__gt=current_number or 0).first()
        if next_round is None:
            return workshop.current_round
        self.current_round = next_round
        if self.status == self.Status.DRAFT:
            self.status = self.Status.RUNNING
        self.save(update_fields=["current_round", "status", "updated_at"])
        return next_round

    def publish(self) -> None:
        self.status = self.Status.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["status", "published_at", "updated_at"])

    def unpublish(self) -> None:
        self.status = self.Status.CLOSED
        self.save(update_fields=["status", "updated_at"])


class Organisation(models.Model):
    class Kind(models.TextChoices):
        COUNTY = "county", _("County municipality")
        STATE = "state", _("State agency")
        OTHER = "other", _("Other organisation")

    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="organisations", verbose_name=_("workshop")
    )
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COUNTY)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "name"], name="unique_organisation_name")
        ]

    def __str__(self) -> str:
        return self.name


class ProgrammeItem(models.Model):
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

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")

    def __str__(self) -> str:
        return f"{self.starts_at:%H.%M} {self.title}"

    # Items whose words are noted down by a facilitator and reported with the talks.
    SPOKEN = (Kind.WELCOME, Kind.TALK, Kind.PITCH)


class Speaker(models.Model):
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


class Round(models.Model):
    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("workshop")
    )
    programme_item = models.OneToOneField(
        ProgrammeItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="round",
        verbose_name=_("programme item"),
        limit_choices_to={"kind": ProgrammeItem.Kind.GROUP_WORK},
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    individual_minutes = models.PositiveSmallIntegerField(_("individual (minutes)"), default=0)
    group_minutes = models.PositiveSmallIntegerField(_("group (minutes)"), default=0)
    plenum_minutes = models.PositiveSmallIntegerField(
        _("plenum (minutes per table)"), default=0
    )
    method = models.TextField(_("method"), blank=True)
    summary = models.TextField(
        _("summary of the round as a whole"), blank=True,
    )

    class Meta:
        ordering = ["workshop", "number"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "number"], name="unique_round_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def timing(self) -> str:
        """The method phases as the slides put them: "I: 3 min, G: 30 min, P: 2 min per table"."""
        parts = []
        if self.individual_minutes:
            parts.append(_("I: %(minutes)s min") % {"minutes": self.individual_minutes})
        if self.group_minutes:
            parts.append(_("G: %(minutes)s min") % {"minutes": self.group_minutes})
        if self.plenum_minutes:
            parts.append(_("P: %(minutes)s min per table") % {"minutes": self.plenum_minutes})
        return ", ".join(str(p) for p in parts)


class Question(models.Model):
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

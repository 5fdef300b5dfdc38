"""The set-up page's forms for a workshop's own parts: details, programme, rounds, organisations.

Every choice is scoped to the workshop being edited, and the models refuse anything else however
it is saved (workshop/models.py, `refuse_other_workshops`). Tables and their seating are the
`groups` app's (groups/forms.py).
"""

from __future__ import annotations

import datetime
import math
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.validators import MaxLengthValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from workshop.changes import SavesWhatWasChangedForm, changed_columns, write_columns
from workshop.clock import PHASE_MAX_MINUTES, parse_clock
from workshop.models import Organisation, ProgrammeItem, Question, Round, Speaker, Workshop
from workshop.programme_text import (
    ParsedItem,
    ParsedProgramme,
    ParsedRound,
    ProgrammeTooLong,
    parse_programme,
    speaker_from_line,
)
from workshop.text import INVISIBLE, NORWEGIAN_LETTERS, VisibleTextField, without_bidi_controls
from workshop.throttle import Limit, keyed

# Addresses under /fasilitator/ that are pages, not workshops.
# Pages at /fasilitator/<word>/, where a workshop's address would go (tests/groups/test_setup.py
# checks every such page is here).
RESERVED_SLUGS = {"sok", "oppsett", "importer", "ny", "nytt"}
PASTE_MAX_LENGTH = 20_000
QUESTIONS_MAX_LENGTH = 10_000
SPEAKERS_MAX_LENGTH = 4_000
NAMES_MAX_LENGTH = 10_000


class ExplainsHiddenFields(forms.Form):
    """A form that says so when a field the page filled in itself (hidden) comes back wrong.

    Django keeps such an error on the hidden field, which no template shows: the person got the
    form back with a 422 and no word of why. Here it becomes a message above the form, which
    keeps what they wrote.
    """

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if any(self.fields[name].widget.is_hidden for name in self.errors if name in self.fields):
            raise forms.ValidationError(
                _("This form came back incomplete or out of date. Copy your text, reload the page and try again."),
                code="hidden_field",
            )
        return cleaned


AddedRow = TypeVar("AddedRow", ProgrammeItem, Round)
Row = TypeVar("Row")


def rows_for_lines(
    existing: list[Row], lines: list[str], line_of: Callable[[Row], str]
) -> tuple[list[tuple[Row | None, str]], list[Row]]:
    """Which existing row each line keeps (None: a new row), and the rows no line keeps.

    A row is kept (with what points to it: notes that answer a question, answers that chose an
    option) first by its line anywhere in the list (a line moved, or one above it removed), then by
    its place (a line edited where it stands, e.g. a typo fixed). Everything else is new, or removed.
    """
    unused = list(existing)
    kept: list[Row | None] = [None] * len(lines)
    for index, line in enumerate(lines):
        same = next((row for row in unused if line_of(row) == line), None)
        if same is not None:
            kept[index] = same
            unused.remove(same)
    for index in range(len(lines)):
        if kept[index] is None and index < len(existing) and existing[index] in unused:
            kept[index] = existing[index]
            unused.remove(existing[index])
    return list(zip(kept, lines, strict=True)), unused


class AddedOnce(ExplainsHiddenFields):
    """A form that adds something (a programme item, a round, a workshop), carrying a key made when
    the page showed it.

    A repeat of the same post (a double click without JavaScript, a retry after a lost answer)
    finds what the first one made instead of adding a second: `save_once` for a workshop's part,
    `workshop_made_before` for a workshop. The models' unique key settles two that arrive at once.
    """

    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)
    instance: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if getattr(self, "instance", None) is not None and self.instance.pk is not None:
            del self.fields["client_id"]  # an edit changes the row it shows; only an addition can repeat
        elif not self.is_bound:
            self.initial.setdefault("client_id", uuid.uuid4())

    def posted_key(self) -> uuid.UUID | None:
        """The key as sent, before the rest is checked: a repeat is known even when the rest would now
        be refused (the address the first send took)."""
        if "client_id" not in self.fields:
            return None
        try:
            return uuid.UUID(str(self.data.get(self.add_prefix("client_id"), "")))
        except ValueError:
            return None

    def workshop_made_before(self) -> Workshop | None:
        """The workshop an earlier send of this form made (new, "use as template", import)."""
        key = self.posted_key()
        return Workshop.objects.filter(client_id=key).first() if key else None

    def save_once(self, save: Callable[[], AddedRow]) -> AddedRow:
        """`save()` for a new row, unless this post was made before: then the row it made."""
        key = self.cleaned_data.get("client_id")
        if self.instance.pk is not None or key is None:
            return save()
        rows = type(self.instance)._default_manager.filter(client_id=key)
        earlier = rows.first()
        if earlier is not None:
            if earlier.workshop_id == self.instance.workshop_id:
                return earlier
            key = None  # another workshop's key: only this workshop's own repeats count
        self.instance.client_id = key
        try:
            with transaction.atomic():
                return save()
        except IntegrityError:
            # The same post twice at once: the other one added it.
            if key is None or (earlier := rows.filter(workshop=self.instance.workshop).first()) is None:
                raise
            return earlier


class ClockField(forms.TimeField):
    """A time of day as Norwegians type it: "9", "09.00", "9:00", "0900"; shown as "09.00"."""

    default_error_messages = {"invalid": _("Write the time as 09.00, 9:00, 0900 or 9.")}

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric", "size": 6, "autocomplete": "off"}))
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        return value.strftime("%H.%M") if isinstance(value, datetime.time) else value

    def to_python(self, value: Any) -> datetime.time | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        parsed = parse_clock(str(value)[:20])
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


def free_slug(title: str, exclude: int | None = None) -> str:
    """An address made from `title` that no other workshop has ("inkludering-2025", then "-2")."""
    base = slugify(title.translate(NORWEGIAN_LETTERS))[:70] or "verksted"
    if base in RESERVED_SLUGS:
        base = f"{base}-verksted"
    others = Workshop.objects.filter(slug__startswith=base)
    if exclude is not None:
        others = others.exclude(pk=exclude)
    taken = set(others.values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# A text field of the model with no limit of its own (a TextField): the form's.
LONG_TEXT_MAX_LENGTH = 4000


def limit_length(field: forms.Field, limit: int) -> None:
    assert isinstance(field, forms.CharField)
    field.max_length = limit
    field.validators.append(MaxLengthValidator(limit))
    field.widget.attrs["maxlength"] = limit


class WorkshopDetailsForm(AddedOnce, SavesWhatWasChangedForm):
    """A new workshop's details, or an existing one's: those write only the fields changed on the page.

    A pasted programme fills the desired outcomes and ground rules; a page that showed them empty
    before (a second tab, or the details not shown again) wrote its empty boxes over them.
    """

    changed_elsewhere = _(
        "This was changed elsewhere after the page showed it (by a pasted programme, or another "
        "facilitator). Nothing was saved. Copy your text, open the set-up page again and make your change again."
    )

    class Meta:
        model = Workshop
        fields = ["title", "slug", "date", "venue", "organiser", "desired_outcomes", "ground_rules"]
        field_classes = {"title": VisibleTextField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "desired_outcomes": forms.Textarea(attrs={"rows": 3}),
            "ground_rules": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _("Made from the title when left empty, e.g. inkludering-2025.")
        for name in ("desired_outcomes", "ground_rules"):
            limit_length(self.fields[name], LONG_TEXT_MAX_LENGTH)
        if self.is_bound and self.showed_a_row and not any(
            str(key).startswith(self.add_initial_prefix("")) for key in self.data
        ):
            # A form that does not say what its page showed (one loaded before it did, a script): each
            # field compared with the row, and written if it differs, as it always was.
            self.showed_a_row = False
            for field in self.fields.values():
                field.show_hidden_initial = False

    def clean_slug(self) -> str:
        slug: str = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("That address is taken by a page. Choose another."))
        return slug

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = free_slug(cleaned["title"], exclude=self.instance.pk)
            self.instance.slug = cleaned["slug"]
        return cleaned

    def save(self, commit: bool = True) -> Workshop:
        """A new workshop as Django saves it; an existing one's changed fields only, then read again, so
        that the page shows what is saved, not what it sent for the fields it did not change."""
        if self.instance.pk is None or not commit:
            return super().save(commit)
        columns = changed_columns(self)
        if columns:
            write_columns(self.instance, columns)
        self.instance.refresh_from_db()
        return self.instance


def speaker_lines(speakers: list[Speaker]) -> str:
    return "\n".join(", ".join(part for part in (s.name, s.role, s.organisation) if part) for s in speakers)


class ProgrammeItemForm(AddedOnce, forms.ModelForm):
    starts_at = ClockField(label=capfirst(_("starts")))
    ends_at = ClockField(label=capfirst(_("ends")), required=False)
    speakers = forms.CharField(
        label=_("Speakers"), required=False, max_length=SPEAKERS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line: name, role, organisation."),
    )

    instance: ProgrammeItem

    class Meta:
        model = ProgrammeItem
        fields = ["starts_at", "ends_at", "title", "kind", "description"]
        field_classes = {"title": VisibleTextField}
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.workshop = workshop
        limit_length(self.fields["description"], LONG_TEXT_MAX_LENGTH)  # it had none: 100,000 characters were saved
        if self.instance.pk:
            self.initial["speakers"] = speaker_lines(list(self.instance.speakers.all()))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
        for line in cleaned.get("speakers", "").splitlines():
            if any(len(part.strip()) > 200 for part in line.split(",")):
                self.add_error("speakers", _("A name, role or organisation can have at most 200 characters."))
                break
        return cleaned

    def save(self, commit: bool = True) -> ProgrammeItem:
        return self.save_once(self.save_with_speakers)

    @transaction.atomic
    def save_with_speakers(self) -> ProgrammeItem:
        # Speaker lines sent back as they were shown keep the speakers as they are: a line cannot say
        # every speaker exactly (an organisation with a comma in its name).
        unchanged = self.initial.get("speakers") == "\n".join(self.cleaned_data["speakers"].splitlines())
        item = super().save()
        if unchanged:
            return item
        item.speakers.all().delete()
        lines = (speaker_from_line(line) for line in self.cleaned_data["speakers"].splitlines())
        for order, speaker in enumerate(speaker for speaker in lines if speaker is not None):
            Speaker.objects.create(
                programme_item=item, name=speaker.name, role=speaker.role, organisation=speaker.organisation,
                order=order,
            )
        return item


def new_programme_items(programme: ParsedProgramme, existing: Iterable[ProgrammeItem]) -> list[ParsedItem]:
    """The pasted items the workshop does not have yet, by start and title: a paste saved twice (a
    double click, the same text pasted again), or an item the slides show twice, is added once."""

    def key(item: ProgrammeItem | ParsedItem) -> tuple[datetime.time, str]:
        return item.starts_at, " ".join(item.title.split()).casefold()

    seen = {key(item) for item in existing}
    new = []
    for parsed in programme.items:
        if key(parsed) not in seen:
            seen.add(key(parsed))
            new.append(parsed)
    return new


def round_numbers(added: Iterable[ParsedItem], first: int) -> dict[int, int]:
    """The number each added item's round is saved with, by the item's id(): after the workshop's own
    rounds (`first` is the next number), in programme order. The preview shows the same numbers."""
    numbers = {}
    for item in added:
        if item.round is not None:
            numbers[id(item)] = first
            first += 1
    return numbers


def round_like(parsed: ParsedRound, rounds: Iterable[Round]) -> Round | None:
    """The workshop's round a pasted one looks like: the same title, or the same questions (last year's
    workshop copied as a template, then this year's slides pasted)."""

    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    title, questions = folded(parsed.title), [folded(text) for text in parsed.questions]
    for round_ in rounds:
        if folded(round_.title) == title or [folded(q.text) for q in round_.questions.all()] == questions:
            return round_
    return None


class PasteProgrammeForm(forms.Form):
    """A programme as copied out of slides or a document, previewed before anything is saved."""

    text = forms.CharField(
        label=_("Paste the programme"), max_length=PASTE_MAX_LENGTH, strip=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "One item per line with its time first, e.g. “09.30 Velkommen v/ Marit Mellingen, Distriktssenteret”. "
            "Under a group-work item: its questions, and the method as “I: 3 min, G: 30 min, P: 2 min per gruppe”."
        ),
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)
    filled: list[str] = []  # the workshop's fields the save filled from the slides

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        try:
            self.programme = parse_programme(text)
        except ProgrammeTooLong as too_long:
            raise forms.ValidationError(
                _("The programme is too long: at most %(limit)s %(unit)s.") % {
                    "limit": too_long.limit, "unit": _("characters") if too_long.unit == "characters" else _("lines")
                }
            ) from too_long
        if not self.programme.items:
            raise forms.ValidationError(_("No line starts with a time, so no programme item was found."))
        return text

    @transaction.atomic
    def save(self, workshop: Workshop) -> list[ParsedItem]:
        """Add the previewed items the workshop does not have yet, with their speakers, rounds and
        questions, after what it has. Returns the items added."""
        # The workshop's row first: two saves of one paste at once add it once (the second waits here).
        Workshop.objects.select_for_update().filter(pk=workshop.pk).first()
        added = new_programme_items(self.programme, workshop.programme.all())
        numbers = round_numbers(added, workshop.next_round_number())
        for parsed in added:
            item = ProgrammeItem.objects.create(
                workshop=workshop, starts_at=parsed.starts_at, ends_at=parsed.ends_at,
                title=parsed.title, kind=parsed.kind,
            )
            Speaker.objects.bulk_create([
                Speaker(programme_item=item, name=s.name, role=s.role, organisation=s.organisation, order=order)
                for order, s in enumerate(parsed.speakers)
            ])
            if parsed.round is not None:
                round_ = Round.objects.create(
                    workshop=workshop, programme_item=item, number=numbers[id(parsed)], title=parsed.round.title,
                    individual_minutes=parsed.round.individual_minutes, group_minutes=parsed.round.group_minutes,
                    plenum_minutes=parsed.round.plenum_minutes, method=parsed.round.method,
                )
                Question.objects.bulk_create([
                    Question(round=round_, order=order, text=text)
                    for order, text in enumerate(parsed.round.questions, start=1)
                ])
        # The slides' desired outcomes and ground rules, where the workshop has none yet: never
        # over what the facilitator wrote.
        filled = []
        if self.programme.desired_outcomes and not workshop.desired_outcomes.strip():
            workshop.desired_outcomes = "\n".join(self.programme.desired_outcomes)
            filled.append("desired_outcomes")
        if self.programme.ground_rules and not workshop.ground_rules.strip():
            workshop.ground_rules = "\n".join(self.programme.ground_rules)
            filled.append("ground_rules")
        self.filled = filled
        if filled:
            workshop.save(update_fields=[*filled, "updated_at"])
        Workshop.objects.filter(pk=workshop.pk).touch()
        return added


class RoundForm(AddedOnce, forms.ModelForm):
    questions = forms.CharField(
        label=_("Questions"), required=False, max_length=QUESTIONS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}), help_text=_("One question per line."),
    )

    instance: Round

    class Meta:
        model = Round
        fields = ["title", "programme_item", "individual_minutes", "group_minutes", "plenum_minutes", "method"]
        field_classes = {"title": VisibleTextField}
        widgets = {"method": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.workshop = workshop
        self.fields["programme_item"].queryset = workshop.programme.filter(  # type: ignore[attr-defined]
            kind=ProgrammeItem.Kind.GROUP_WORK
        )
        for name in ("individual_minutes", "group_minutes", "plenum_minutes"):
            self.fields[name].widget.attrs.update({"max": PHASE_MAX_MINUTES, "min": 0})
        if self.instance.pk:
            self.initial["questions"] = "\n".join(q.text for q in self.instance.questions.all())

    def clean_questions(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["questions"].splitlines() if line.strip()]
        if any(len(line) > 500 for line in lines):
            raise forms.ValidationError(_("A question can have at most 500 characters."))
        return lines

    def save(self, commit: bool = True) -> Round:
        return self.save_once(self.save_with_questions)

    @transaction.atomic
    def save_with_questions(self) -> Round:
        round_ = self.instance
        if round_.pk is None:
            round_.number = round_.workshop.next_round_number()
        round_ = super().save()
        # Questions keep their rows by their text, then by place, so notes that answer them (and their
        # summaries) stay with them: removing the first line once moved every note to the next question.
        plan, removed = rows_for_lines(
            list(round_.questions.order_by("order", "pk")), self.cleaned_data["questions"], lambda q: q.text
        )
        for question in removed:
            question.delete()  # its notes stay in the round, as answers to the round as a whole
        for order, (kept, text) in enumerate(plan, start=1):
            if kept is None:
                Question.objects.create(round=round_, order=order, text=text)
            elif (kept.text, kept.order) != (text, order):
                kept.text, kept.order = text, order
                kept.save(update_fields=["text", "order"])
        return round_


class OrganisationsForm(forms.Form):
    """Several organisations at once, one per line, all of one kind (each can be changed after)."""

    names = forms.CharField(
        label=_("Organisations"), max_length=NAMES_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line."),
    )
    kind = forms.ChoiceField(
        label=capfirst(_("kind")), choices=Organisation.Kind.choices, initial=Organisation.Kind.COUNTY
    )

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workshop = workshop

    def clean_names(self) -> list[str]:
        # One organisation per name whatever its case, as save() compares with those the workshop has.
        by_folded: dict[str, str] = {}
        self.named = 0  # lines with a name, repeats included: what the message counts against
        for line in self.cleaned_data["names"].splitlines():
            # A line of nothing but spaces, bidi controls and zero-width characters names no one.
            name = without_bidi_controls(line).strip()
            if name.strip(INVISIBLE):
                self.named += 1
                by_folded.setdefault(name.casefold(), name)
        names = list(by_folded.values())
        if not names:
            raise forms.ValidationError(self.fields["names"].error_messages["required"], code="required")
        if any(len(name) > 100 for name in names):
            raise forms.ValidationError(_("A name can have at most 100 characters."))
        return names

    @transaction.atomic
    def save(self) -> list[Organisation]:
        """The new organisations; a name the workshop already has is left as it is."""
        # The workshop's row first: the same names sent twice at once are added once (the second
        # waits here, then finds them), not a duplicate-key server error.
        Workshop.objects.select_for_update().filter(pk=self.workshop.pk).first()
        have = {name.casefold() for name in self.workshop.organisations.values_list("name", flat=True)}
        new = [
            Organisation(workshop=self.workshop, name=name, kind=self.cleaned_data["kind"])
            for name in self.cleaned_data["names"] if name.casefold() not in have
        ]
        created = Organisation.objects.bulk_create(new)
        Workshop.objects.filter(pk=self.workshop.pk).touch()
        return created


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "kind"]
        field_classes = {"name": VisibleTextField}

    def clean_name(self) -> str:
        # One organisation per name whatever its case, as OrganisationsForm has it (and the database
        # refuses the same name twice: that was a server error).
        name: str = self.cleaned_data["name"]
        others = Organisation.objects.filter(workshop=self.instance.workshop_id).exclude(pk=self.instance.pk)
        if any(other.casefold() == name.casefold() for other in others.values_list("name", flat=True)):
            raise forms.ValidationError(
                _("The workshop already has an organisation called “%(name)s”."), params={"name": name}
            )
        return name


class CopyWorkshopForm(AddedOnce):
    """ "Use as template": the new workshop's title, address and date."""

    title = VisibleTextField(label=capfirst(_("title")), max_length=200)
    date = forms.DateField(
        label=capfirst(_("date")), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def new_slug(self) -> str:
        return free_slug(self.cleaned_data["title"])


class ImportForm(AddedOnce):
    """A workshop's export file, and whether to restore it as it was or make a copy."""

    file = forms.FileField(label=_("Export file (.json)"))
    mode = forms.ChoiceField(
        label=_("How"), widget=forms.RadioSelect, initial="restore",
        choices=[
            ("restore", _("Restore: the same address, table codes and notes (moving to this server)")),
            ("copy", _("Copy: a new draft with a new address and new table codes")),
        ],
    )
    title = forms.CharField(label=_("The copy's title"), max_length=200, required=False)
    replace = forms.BooleanField(
        label=_("Replace a workshop here that has the same address (it is deleted first)"), required=False,
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        from workshop.exchange import MAX_IMPORT_BYTES, too_large_message

        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_large_message())
        return upload


class ThrottledLoginForm(AdminAuthenticationForm):
    """The staff login, with failures counted per account and per address (workshop/throttle.py).

    Past the limit every try is refused before the password is checked, with the same words
    whether or not the account exists, until the window has passed.
    """

    def clean(self) -> dict[str, Any]:
        from workshop.models import LoginAttempt

        window = datetime.timedelta(minutes=settings.LOGIN_WINDOW_MINUTES)
        username = (self.data.get("username") or "").strip().casefold()[:200]
        address = self.request.META.get("REMOTE_ADDR", "") if self.request else ""
        account, client = keyed("login-account", username), keyed("login-address", address)
        now = timezone.now()
        wait = max(
            LoginAttempt.objects.seconds_to_wait(account, now, Limit(settings.LOGIN_ATTEMPTS, window)),
            LoginAttempt.objects.seconds_to_wait(client, now, Limit(settings.LOGIN_ADDRESS_ATTEMPTS, window)),
        )
        if wait:
            minutes = math.ceil(wait / 60)
            raise forms.ValidationError(
                ngettext(
                    "Too many failed logins. Try again in %(minutes)s minute.",
                    "Too many failed logins. Try again in %(minutes)s minutes.",
                    minutes,
                ) % {"minutes": minutes},
                code="throttled",
            )
        try:
            return super().clean()
        except forms.ValidationError:
            LoginAttempt.objects.record_failure([account, client], now, window)
            raise

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from groups.boards import Board
from groups.models import JOIN_CODE_LENGTH, NOTE_MAX_LENGTH, Note, Table, free_join_codes, new_access_token
from workshop.forms import ExplainsHiddenFields
from workshop.models import Organisation, Question, Round, Workshop
from workshop.text import VisibleTextField, is_row_id


class ShownChoices(ModelChoiceIterator):
    """A choice field's options, read from the field's queryset when they are shown, not when made."""

    def __init__(self, field: forms.ModelChoiceField[Any]) -> None:
        self.field = field

    @property
    def queryset(self) -> QuerySet[Any]:  # type: ignore[override]
        return self.field.queryset  # type: ignore[return-value]


class BoardChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A choice among a board's questions or organisations, queried the first time it is needed: a
    value to look up, or the form shown. A host's save that names neither builds no query for it:
    building the two querysets cost the save about a tenth of its throughput in make bench."""

    iterator = ShownChoices
    choices_from: Callable[[], QuerySet[Any]] | None = None
    # Taken too when posted, though not offered (see NoteForm).
    also_from: Callable[[], QuerySet[Any]] | None = None
    _queryset: QuerySet[Any] | None

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except ValidationError:
            if self.also_from is None:
                raise
            found = self.also_from().filter(pk=value).first() if is_row_id(value) else None
            if found is None:
                raise
            return found

    def offer(self, choices: Callable[[], QuerySet[Any]]) -> None:
        self.queryset = None
        self.choices_from = choices

    @property  # type: ignore[override]
    def queryset(self) -> QuerySet[Any] | None:
        if self._queryset is None and self.choices_from is not None:
            self._queryset = self.choices_from()
        return self._queryset

    @queryset.setter
    def queryset(self, queryset: QuerySet[Any] | None) -> None:
        self.choices_from = None
        self._set_queryset(queryset)  # type: ignore[attr-defined]


class NoteForm(ExplainsHiddenFields):
    text = VisibleTextField(
        label=_("Note"), max_length=NOTE_MAX_LENGTH,
        # queue.js saves the note on Ctrl+Enter (⌘+Enter); this tells assistive technology so.
        widget=forms.Textarea(attrs={"rows": 3, "aria-keyshortcuts": "Control+Enter"}),
        error_messages={"required": _("Write something in the note before saving it.")},
    )
    question = BoardChoiceField(
        label=_("Answers"), queryset=None, required=False, empty_label=_("The round as a whole"),
    )
    organisation = BoardChoiceField(
        label=_("Said by"), queryset=None, required=False, empty_label=_("Not stated"),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Note.Kind.choices, initial=Note.Kind.NOTE)

    def __init__(self, *args: Any, board: Board, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.board = board
        # Choices come from this board only: a question or organisation of another table or
        # workshop is "not one of the available choices".
        self.fields["question"].offer(board.questions)  # type: ignore[attr-defined]
        self.fields["organisation"].offer(board.organisations)  # type: ignore[attr-defined]
        # A table offers the organisations seated at it, and takes any of the workshop's: one unseated
        # after the note was written (a note kept on an offline tablet, an editor opened before) is
        # kept with the note instead of the note being refused for good.
        self.fields["organisation"].also_from = board.workshop.organisations.all  # type: ignore[attr-defined]
        if board.round is None:
            del self.fields["question"]

    # What the next note keeps from the one before: hosts note one speaker's points in a row.
    KEPT = ("question", "organisation", "kind")

    @classmethod
    def kept_choices(cls, board: Board, query: Any) -> dict[str, object]:
        """The previous note's choices from the address, as far as the board still offers them.

        Without JavaScript a saved note's page is a redirect, which carries the choices along.
        They are kept for the round they were made in: in the next round the form starts afresh.
        """
        if query.get("round", "") != str(board.round.pk if board.round else ""):
            return {}
        given = {name: query.get(name, "") for name in cls.KEPT if query.get(name)}
        probe = cls({"text": "-", "kind": Note.Kind.NOTE, **given}, board=board)
        probe.is_valid()
        return {name: probe.cleaned_data[name] for name in given if name in probe.cleaned_data}

    def chosen(self) -> dict[str, str]:
        """The saved note's choices, as the address of the next note's form carries them."""
        values = {name: self.cleaned_data.get(name) for name in self.KEPT}
        chosen = {name: str(getattr(value, "pk", value)) for name, value in values.items() if value}
        return {"round": str(self.board.round.pk if self.board.round else ""), **chosen}

    def note_fields(self) -> dict[str, object]:
        return {
            "text": self.cleaned_data["text"],
            "question": self.cleaned_data.get("question"),
            "organisation": self.cleaned_data["organisation"],
            "kind": self.cleaned_data["kind"],
        }


# When the host made a change, in milliseconds since 1970 by their device (up to the year 2100).
MADE_AT_MAX = 4_102_444_800_000


class MadeOnDevice(forms.Form):
    # When the host made the change by their device (Actor.at, bounded by device_time).
    made_at = forms.IntegerField(required=False, min_value=0, max_value=MADE_AT_MAX, widget=forms.HiddenInput)


class NewNoteForm(NoteForm, MadeOnDevice):
    # Made by the page: a retried or double-tapped submit carries the same id and saves once.
    client_id = forms.UUIDField(widget=forms.HiddenInput)
    # The round the page showed when the note was written. A note kept on the tablet while the
    # network was down arrives after the facilitator may have moved the day on: it still belongs
    # to its own round, and answers that round's question.
    round = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, board: Board, **kwargs: Any) -> None:
        super().__init__(*args, board=board, **kwargs)
        self.written_in = board.round
        if board.round is None:
            del self.fields["round"]
            return
        self.fields["round"].initial = board.round.pk
        posted = self.data.get(self.add_prefix("round"), "") if self.is_bound else ""
        if posted and posted != str(board.round.pk) and is_row_id(posted):
            # Only on a note from an earlier page: the usual save costs no query for it.
            self.written_in = board.workshop.rounds.filter(pk=int(posted)).first()  # type: ignore[attr-defined]
            if self.written_in is not None:
                self.fields["question"].queryset = self.written_in.questions.all()  # type: ignore[attr-defined]

    def clean_round(self) -> int | None:
        if self.written_in is None:
            raise forms.ValidationError(_("That round is not part of this workshop."), code="other_round")
        return self.written_in.pk

    def note_fields(self) -> dict[str, object]:
        fields = super().note_fields()
        if self.written_in is not None:
            fields["round"] = self.written_in
        return fields

    @classmethod
    def blank(cls, board: Board) -> NewNoteForm:
        """The form for the next note when nothing was chosen before: a round with one question
        answers that question, so that its notes are not filed under the round as a whole."""
        initial: dict[str, object] = {"client_id": uuid.uuid4()}
        if board.round is not None and len(board.question_list) == 1:
            initial["question"] = board.question_list[0].pk
        return cls(board=board, initial=initial)


class ChangeForm(MadeOnDevice):
    """A change to a saved note. The browser names each request, so that a retry is applied once."""

    request_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


class EditNoteForm(NoteForm, ChangeForm):
    # The version the host saw: an edit of a note someone else has changed since is refused.
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    @staticmethod
    def prefix_for(note_id: int | str) -> str:
        """The one rule for an edit form's field names: "note-12-text" (the page fills in the id)."""
        return f"note-{note_id}"

    @classmethod
    def for_note(cls, note: Note, board: Board, data: Any = None, **values: object) -> EditNoteForm:
        """The form for editing `note`; `values` instead of the note's own (a conflict: the host's)."""
        initial = {
            "text": note.text, "question": note.question_id,
            "organisation": note.organisation_id, "kind": note.kind, "version": note.version,
            # Named once when the form is shown: the same form sent twice (no JavaScript) is one edit,
            # not a clash with itself.
            "request_id": uuid.uuid4(), **values,
        }
        form = cls(data, board=board, initial=initial, prefix=cls.prefix_for(note.pk))
        if note.organisation_id is not None:
            # The note's own, seated at the table or not: an edit keeps who said it.
            # By id, not by joining the seating: an organisation at two tables would come twice (a 500).
            seated_or_own = Q(pk__in=board.organisations().values("pk")) | Q(pk=note.organisation_id)
            form.fields["organisation"].offer(  # type: ignore[attr-defined]
                lambda: Organisation.objects.filter(seated_or_own)
            )
        if note.round_id is not None and note.round_id != (board.round.pk if board.round else None):
            # A note of an earlier round (an edit kept on the tablet while the day moved on): its own
            # round's questions.
            form.fields["question"].queryset = Question.objects.filter(round_id=note.round_id)  # type: ignore[attr-defined]
        return form


class MoveNoteForm(ChangeForm):
    position = forms.IntegerField(min_value=1, max_value=100_000)


class ShareNoteForm(ChangeForm):
    shared = forms.TypedChoiceField(
        choices=[("1", _("Shared in plenum")), ("0", _("Not shared"))], coerce=lambda v: v == "1",
    )


class EarlierLinkForm(forms.Form):
    """A link this device kept changes under, which may have been this table's before it was replaced."""

    token = forms.CharField(max_length=64)


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Table code"), max_length=JOIN_CODE_LENGTH * 2,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self) -> str:
        # As people copy a code off a sheet: "28j fbm", "28J-FBM" (a code never has a hyphen).
        return "".join(self.cleaned_data["code"].replace("-", " ").replace("\u2010", " ").split()).upper()


class NextRoundForm(forms.Form):
    # The round the facilitator saw: a second click after the day moved on does nothing.
    from_round = forms.ModelChoiceField(queryset=Round.objects.none(), required=False)

    def __init__(self, *args: Any, workshop: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["from_round"].queryset = workshop.rounds.all()  # type: ignore[attr-defined]


MAX_TABLES = 200


class TablesForm(forms.Form):
    """ "Create 8 tables": the workshop gets tables numbered 1 to N (shown as "Group N")."""

    count = forms.IntegerField(label=_("Number of tables"), min_value=1, max_value=MAX_TABLES)

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workshop = workshop

    def clean_count(self) -> int:
        count: int = self.cleaned_data["count"]
        have = self.workshop.tables.count()  # type: ignore[attr-defined]
        if count < have:
            # 6 when there were 8 said "0 tables are added", as if the form had removed none by mistake.
            raise forms.ValidationError(ngettext(
                "The workshop has %(count)s table already. Tables are only added here; a table without notes "
                "can be deleted in the admin.",
                "The workshop has %(count)s tables already. Tables are only added here; a table without notes "
                "can be deleted in the admin.",
                have,
            ) % {"count": have}, code="fewer_than_there_are")
        return count

    @transaction.atomic
    def save(self) -> int:
        """Add the tables up to the number asked for; tables already there stay. Returns how many are new."""
        # The workshop's row first: the same form sent twice at once adds each table once (the
        # second waits here, then finds them), not a duplicate-key server error.
        Workshop.objects.select_for_update().filter(pk=self.workshop.pk).first()
        have = set(self.workshop.tables.values_list("number", flat=True))  # type: ignore[attr-defined]
        wanted = [number for number in range(1, self.cleaned_data["count"] + 1) if number not in have]
        codes = free_join_codes(len(wanted))
        Table.objects.bulk_create([
            Table(workshop=self.workshop, number=number, access_token=new_access_token(), join_code=code)
            for number, code in zip(wanted, codes, strict=True)
        ])
        Workshop.objects.filter(pk=self.workshop.pk).touch()
        return len(wanted)


class SeatingForm(forms.Form):
    """Who sits at which table, as one grid: a row of checkboxes per table, a column per organisation."""

    def __init__(self, *args: Any, workshop: Workshop, tables: list[Table], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        self.tables = tables
        self.organisations = list(workshop.organisations.all())  # type: ignore[attr-defined]
        choices = [(organisation.pk, organisation.name) for organisation in self.organisations]
        for table in tables:
            self.fields[self.field_name(table)] = forms.TypedMultipleChoiceField(
                label=table.label, choices=choices, coerce=int, required=False,
                widget=forms.CheckboxSelectMultiple,
            )
            self.initial[self.field_name(table)] = [organisation.pk for organisation in table.organisations.all()]

    @staticmethod
    def field_name(table: Table) -> str:
        return f"table-{table.pk}"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        # The grid shows no error per row: a tick for an organisation deleted since the page was
        # loaded (or never this workshop's) was refused without a word.
        if any(self.has_error(self.field_name(table)) for table in self.tables):
            raise forms.ValidationError(
                _("The organisations have changed since the page was loaded: check the ticks and save again.")
            )
        return cleaned

    def rows(self) -> list[tuple[Table, set[int]]]:
        """Each table with the organisations ticked for it (as posted, else as saved)."""
        rows = []
        for table in self.tables:
            value = self[self.field_name(table)].value() or []
            rows.append((table, {int(v) for v in value if is_row_id(v)}))
        return rows

    @transaction.atomic
    def save(self) -> None:
        for table in self.tables:
            table.organisations.set(self.cleaned_data[self.field_name(table)])

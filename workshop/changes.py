"""Forms that write only what was changed on their page, not the whole row as the page loaded it.

Several pages change one row: a workshop's details on the set-up page and in the admin, a paste of its
programme that fills its desired outcomes, the live page that moves its round on. A form that wrote every
field it showed put back what it had loaded over what was saved meanwhile. These forms carry what the page
showed (`SavesWhatWasChangedForm`), and a save writes the fields changed on the page (`changed_columns`,
`write_columns`). The admin's pages (workshop/admin.py) and the set-up page's details (workshop/forms.py)
use them; this module imports neither.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Model
from django.forms import CharField, Field, ModelForm
from django.utils.translation import gettext_lazy as _


def same_text(value: Any) -> Any:
    """A value as compared: browsers send a text's line breaks as CRLF, the database may hold LF."""
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


def stored_as_posted(field: Field, value: Any) -> Any:
    """A stored value as the form reads it back from the page: a text field strips its spaces, so a
    text stored with a trailing space (an imported note) would otherwise always count as changed."""
    value = same_text(value)
    return field.to_python(value) if isinstance(field, CharField) and isinstance(value, str) else value


# Not "reload": a reload of the refused page sends the same form again.
CHANGED_ELSEWHERE = _(
    "Someone else has changed this since you opened the page. Open the page again from the "
    "list to see their change, then make yours again."
)


class SavesWhatWasChangedForm(ModelForm):
    """A change form whose `changed_data` is what the person changed on the page.

    Each field carries the value the page showed (Django's `show_hidden_initial`). Without it Django
    compares the posted page with the row as it is when the page is saved, so whatever another
    facilitator changed meanwhile (the round moved on, the day ended, a summary written on the compile
    page) counted as changed here and was written back as the page had loaded it.

    A many-to-many field (a table's organisations, a theme's notes) is merged, not refused: a save takes
    away from the set as it is now what was unticked on the page and adds what was ticked, so what was
    seated or tagged elsewhere meanwhile stays.
    """

    # Whether the page showed a row (each field then carries what it showed): False on an add page.
    showed_a_row = False
    # What a field changed both here and elsewhere since the page was opened says (the admin's words).
    changed_elsewhere = CHANGED_ELSEWHERE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.show_what_the_page_showed()

    def show_what_the_page_showed(self) -> None:
        """Send with each field the value the page showed, in a hidden input named "initial-…" (no label)."""
        self.showed_a_row = True
        for field in self.fields.values():
            field.show_hidden_initial = True

    def is_many_to_many(self, name: str) -> bool:
        try:
            return bool(self.instance._meta.get_field(name).many_to_many)
        except FieldDoesNotExist:
            return False

    def shown_value(self, name: str) -> Any:
        """What the page showed for field `name` (raw, as posted), or None if the page did not say."""
        key = self.add_initial_prefix(name)
        if key not in self.data:
            return None
        field: Field = self.fields[name]
        return field.hidden_widget().value_from_datadict(self.data, self.files, key)

    def shown_choices(self, name: str) -> set[Any] | None:
        """The choices the page showed ticked for many-to-many field `name`, or None if the page did not say.

        A set shown empty sends no hidden input at all: the page said if it sent what it showed of any field.
        """
        field: Field = self.fields[name]
        prefix = self.add_initial_prefix("")
        if not (field.show_hidden_initial and any(str(key).startswith(prefix) for key in self.data)):
            return None
        raw = field.hidden_widget().value_from_datadict(self.data, self.files, self.add_initial_prefix(name))
        pk = field.queryset.model._meta.pk  # type: ignore[attr-defined]
        shown = set()
        for value in raw or ():
            try:
                shown.add(pk.to_python(value))
            except ValidationError:
                continue  # not a row's id: no choice the page could have shown
        return shown

    def clean(self) -> dict[str, Any] | None:
        cleaned_data = super().clean()
        if self.showed_a_row and self.instance.pk is None:
            # An inline's row deleted elsewhere since the page was opened, and changed here (unchanged, the
            # formset passes it over): there is nothing left to write the change into. Said in place of
            # Django's "Select a valid choice" for the row's id, which the page shows nowhere.
            self.errors.pop(self.instance._meta.pk.name, None)
            self.add_error(None, self.changed_elsewhere)
            return cleaned_data
        # A field changed both here and elsewhere since the page was opened: neither change is thrown
        # away unseen. The row was read locked (SavesWhatWasChanged.get_object), so it stays as checked.
        for name in self.changed_data:
            shown = self.shown_value(name)
            if shown is None or self.is_many_to_many(name):
                continue  # a set is merged (_save_m2m)
            field = self.fields[name]
            now = stored_as_posted(field, self[name].initial)
            if field.has_changed(now, same_text(shown)) and field.has_changed(now, same_text(self[name].data)):
                self.add_error(name, self.changed_elsewhere)
        return cleaned_data

    def _save_m2m(self) -> None:
        """Write the many-to-many fields: each as changed on the page, applied to the set as it is now.

        Django's own sets each to the whole set posted, which undid what was changed elsewhere meanwhile.
        """
        merged = {}
        for name in self.fields:
            shown = self.shown_choices(name) if self.is_many_to_many(name) else None
            if shown is not None and name in self.cleaned_data:
                merged[name] = shown
        cleaned_data = self.cleaned_data
        self.cleaned_data = {name: value for name, value in cleaned_data.items() if name not in merged}
        try:
            super()._save_m2m()  # type: ignore[misc]  # the others as Django saves them
        finally:
            self.cleaned_data = cleaned_data
        for name, shown in merged.items():
            if name in self.changed_data:
                chosen = {obj.pk for obj in cleaned_data[name]}
                related = getattr(self.instance, name)
                related.remove(*(shown - chosen))
                related.add(*(chosen - shown))


def changed_columns(form: ModelForm[Any]) -> list[str]:
    """The model's own fields among the form's changed fields: what a save should write."""
    columns = []
    for name in form.changed_data:
        try:
            field = form.instance._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # a field of the form only
        if field.concrete and not field.many_to_many:
            columns.append(name)
    return columns


def write_columns(obj: Model, columns: list[str]) -> None:
    """Write `columns` of the row, and its "updated" time, which moves the pages' ETags so that they
    show the change."""
    stamps = [field.name for field in obj._meta.concrete_fields if getattr(field, "auto_now", False)]
    obj.save(update_fields=[*columns, *stamps])

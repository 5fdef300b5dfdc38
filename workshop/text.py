"""User text as it is kept and sorted: without the controls that reorder what is around them, and
in Norwegian alphabetical order.

The bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) let a note that
starts with U+202E display reversed, and spill into the text after it. They are removed from every
text field of our models when saved (the receiver below, in WorkshopConfig.ready) and from rows
made in bulk (imports, survey answers), and the templates show user text in <bdi> as well. The
marks (U+200E, U+200F, U+061C) stay: they reorder nothing beyond themselves and Arabic or Hebrew
text may need them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.functions import Collate
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

# For addresses and option values made from Norwegian words ("Ørsta" → "orsta").
NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
OUR_APPS = {"workshop", "groups", "evaluation"}


def is_row_id(value: object) -> bool:
    """Whether a posted value can be a row's id: ASCII digits within the id range. "²" passes
    str.isdigit() but int() and the database refuse it (a 500 where a 422 belongs)."""
    text = str(value)
    return text.isascii() and text.isdigit() and int(text) < 2**63


def without_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)


# Characters that show nothing: a text of only these (and bidi controls) is an empty text.
INVISIBLE = " \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"


class VisibleTextField(forms.CharField):
    """Text as it will be kept, bidi controls removed (strip_bidi_controls): a text of nothing but
    those and zero-width characters is empty, so `required` refuses it as it refuses spaces, instead
    of a nameless theme or workshop, or an invisible note, being saved."""

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        if isinstance(value, str):
            value = without_bidi_controls(value)
            if not value.strip(INVISIBLE):
                return self.empty_value
        return value


# What Django's validate_slug takes; its message ('Enter a valid “slug” consisting of letters, numbers,
# underscores or hyphens.', in Norwegian with "slug" left in English) did not say that æøå is refused.
ADDRESS = re.compile(r"[-a-zA-Z0-9_]+")


def validate_address(value: str) -> None:
    """A workshop's address: letters a to z, digits and hyphens; the message suggests one for what was typed."""
    if not ADDRESS.fullmatch(value):
        suggestion = slugify(value.translate(NORWEGIAN_LETTERS))[:80] or "inkludering-2025"
        raise ValidationError(
            _("An address can have only the letters a–z, digits and hyphens (-): no æ, ø, å, spaces or other "  # noqa: RUF001
              "characters. For example “%(suggestion)s”."),
            code="invalid", params={"value": value, "suggestion": suggestion},
        )


class AddressFormField(forms.SlugField):
    default_validators = [validate_address]


class AddressField(models.SlugField):
    """A SlugField whose message for a wrong address says what an address can have and suggests one."""

    default_validators = [validate_address]

    def formfield(
        self, form_class: type[forms.Field] | None = None, choices_form_class: type[forms.ChoiceField] | None = None,
        **kwargs: Any,
    ) -> forms.Field | None:
        return super().formfield(
            form_class=form_class or AddressFormField, choices_form_class=choices_form_class, **kwargs
        )


def strip_bidi_controls(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    """pre_save: every text field of our models, whoever saves it (forms, admin, import, code)."""
    if sender._meta.app_label not in OUR_APPS:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and BIDI_CONTROLS.search(value):
                setattr(instance, field.attname, without_bidi_controls(value))


# Names (organisations, themes) in the order a Norwegian reader looks for them: case aside ("arbeid"
# before "Zebra"), and Æ, Ø, Å after Z in that order (in code points Å comes first, and every
# capital before every small letter). PostgreSQL has the order from ICU; on SQLite a collation of the
# same name is made on each connection from norwegian_key (connect_norwegian_order).
NORWEGIAN = "nb-x-icu"
# The letters after Z, and the Swedish and German forms Norwegian files with them ("Göteborg" by Ø).
AFTER_Z = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}  # "{", "|", "}" follow "z" in ASCII


def in_norwegian_order(field: str) -> Collate:
    """`order_by(in_norwegian_order("name"))`."""
    return Collate(field, NORWEGIAN)


def norwegian_key(text: str) -> str:
    """A sort key for Norwegian order: casefolded, accents off ("é" is "e"), Æ Ø Å after Z."""
    key = []
    for letter in unicodedata.normalize("NFC", text).casefold():
        after_z = AFTER_Z.get(letter)
        if after_z is not None:
            key.append(after_z)
            continue
        key.extend(part for part in unicodedata.normalize("NFD", letter) if not unicodedata.combining(part))
    return "".join(key)


def _compare_norwegian(first: str, second: str) -> int:
    # Equal keys ("Bolig", "bolig") are told apart as they are written, so the order is total.
    a, b = (norwegian_key(first), first), (norwegian_key(second), second)
    return (a > b) - (a < b)


def connect_norwegian_order(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """connection_created: SQLite learns the Norwegian collation PostgreSQL has from ICU."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(NORWEGIAN, _compare_norwegian)

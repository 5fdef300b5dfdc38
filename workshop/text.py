"""User text as it is kept: without the controls that reorder what is around them.

The bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) let a note that
starts with U+202E display reversed, and spill into the text after it. They are removed from every
text field of our models when saved (the receiver below, in WorkshopConfig.ready) and from rows
made in bulk (imports, survey answers), and the templates show user text in <bdi> as well. The
marks (U+200E, U+200F, U+061C) stay: they reorder nothing beyond themselves and Arabic or Hebrew
text may need them.
"""

from __future__ import annotations

import re
from typing import Any

from django.db import models

# For addresses and option values made from Norwegian words ("Ørsta" → "orsta").
NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
OUR_APPS = {"workshop", "groups", "evaluation"}


def without_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)


def strip_bidi_controls(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    """pre_save: every text field of our models, whoever saves it (forms, admin, import, code)."""
    if sender._meta.app_label not in OUR_APPS:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and BIDI_CONTROLS.search(value):
                setattr(instance, field.attname, without_bidi_controls(value))

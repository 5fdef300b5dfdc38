"""Themes on the compile pages: the tagging form, and each note's themes as badges.

    {% load theme_tags %}
    {% theme_tag_form workshop %}                         (once per page, outside other forms)
    {% board_themes workshop round as theme_map %}        (before the notes: one query)
    {% include "groups/_note_theme_choice.html" %}        (per note, with `note` and `theme_map`)
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django import template

from groups.models import Note, Theme
from groups.themes import THEME_FORM_ID, ThemeTagForm, theme_names
from workshop.models import Round, Workshop

register = template.Library()


@register.simple_tag
def board_themes(workshop: Workshop, round_: Round) -> dict[int, list[Theme]]:
    """The themes of every note of the round, by note id, in one query."""
    links = (
        Theme.notes.through.objects.filter(  # type: ignore[attr-defined]
            theme__workshop=workshop, note__round=round_, note__deleted_at__isnull=True
        )
        .select_related("theme")
        .order_by("theme__name", "theme__pk")
    )
    themes: dict[int, list[Theme]] = defaultdict(list)
    for link in links:
        themes[link.note_id].append(link.theme)
    return dict(themes)


@register.filter
def themes_of(theme_map: dict[int, list[Theme]] | None, note: Note) -> list[Theme]:
    return (theme_map or {}).get(note.pk, [])


@register.inclusion_tag("groups/_theme_form.html", takes_context=True)
def theme_tag_form(context: template.Context, workshop: Workshop) -> dict[str, Any]:
    """The page's tagging form; the notes' "Choose for a theme" boxes belong to it."""
    request = context["request"]
    return {
        "workshop": workshop,
        "form": ThemeTagForm(workshop=workshop),
        "form_id": THEME_FORM_ID,
        "theme_names": theme_names(workshop),
        # The page's own address: after "Use in the summary" without JavaScript the browser is at the
        # button's, which answers only POST.
        "next": context.get("page_url") or request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }

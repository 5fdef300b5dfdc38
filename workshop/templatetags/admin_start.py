"""The admin's start page: each workshop with links to its facilitator pages."""

from __future__ import annotations

from typing import Any

from django import template

from workshop.admin import facilitator_pages
from workshop.models import Workshop

register = template.Library()

# The start page lists the newest workshops; older ones are in the admin's list of workshops.
SHOWN = 20


@register.simple_tag
def workshops_with_pages() -> list[tuple[Workshop, list[tuple[str, Any]]]]:
    return [(workshop, facilitator_pages(workshop)) for workshop in Workshop.objects.all()[:SHOWN]]

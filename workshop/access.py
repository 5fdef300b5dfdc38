"""Who may see which workshop: one helper per kind of caller, used on the first line of a view."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django_htmx.middleware import HtmxDetails

from workshop.models import Workshop


class HtmxHttpRequest(HttpRequest):
    """A request as django-htmx's middleware leaves it, for type checking."""

    htmx: HtmxDetails


def is_facilitator(request: HttpRequest) -> bool:
    return bool(request.user.is_authenticated and request.user.is_staff)


def facilitated_workshop(request: HttpRequest, slug: str) -> Workshop:
    """The workshop for a facilitator's page; everyone else is refused."""
    if not is_facilitator(request):
        raise PermissionDenied
    return get_object_or_404(Workshop, slug=slug)


def readable_workshop(request: HttpRequest, slug: str) -> Workshop:
    """A published workshop, or any workshop for a facilitator previewing it.

    Unpublished reports answer 404 to everyone else, so their addresses give nothing away.
    """
    workshop = get_object_or_404(Workshop, slug=slug)
    if not workshop.is_published and not is_facilitator(request):
        raise Http404
    return workshop

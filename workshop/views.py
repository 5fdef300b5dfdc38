from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_safe

from workshop.access import readable_workshop
from workshop.models import Workshop
from workshop.report import build_report, report_cache_key


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    workshops = Workshop.objects.listed()
    return render(request, "workshop/index.html", {"workshops": workshops})


def report_body(request: HttpRequest, workshop: Workshop) -> str:
    """The report's body as HTML, from the cache while nothing it shows has changed (report_cache_key).

    The page and every download (PDF, Word, Markdown) are made from this one rendering.
    """
    key = report_cache_key(workshop, get_language())
    body = cache.get(key)
    if body is None:
        context = {"workshop": workshop, "preview": not workshop.is_published, "report": build_report(workshop)}
        body = render_to_string("workshop/report.html#body", context, request)
        cache.set(key, body, settings.REPORT_CACHE_SECONDS)
    return str(body)


@require_safe
def report(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = readable_workshop(request, slug)
    context: dict[str, object] = {"workshop": workshop, "preview": not workshop.is_published}
    # The page around the body is rendered every time: its CSP nonce and CSRF token are the request's own.
    return render(request, "workshop/report.html", {**context, "body": mark_safe(report_body(request, workshop))})

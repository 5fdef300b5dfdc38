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


@require_safe
def report(request: HttpRequest, slug: str) -> HttpResponse:
    """The report, from the cache while nothing it shows has changed (report_cache_key)."""
    workshop = readable_workshop(request, slug)
    context: dict[str, object] = {"workshop": workshop, "preview": not workshop.is_published}
    key = report_cache_key(workshop, get_language())
    body = cache.get(key)
    if body is None:
        body = render_to_string("workshop/report.html#body", {**context, "report": build_report(workshop)}, request)
        cache.set(key, body, settings.REPORT_CACHE_SECONDS)
    # The page around it is rendered every time: its CSP nonce and CSRF token are the request's own.
    return render(request, "workshop/report.html", {**context, "body": mark_safe(body)})

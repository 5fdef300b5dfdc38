from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from workshop.access import readable_workshop
from workshop.models import Workshop
from workshop.report import build_report


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    workshops = Workshop.objects.listed()
    return render(request, "workshop/index.html", {"workshops": workshops})


@require_GET
def report(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = readable_workshop(request, slug)
    context = {
        "workshop": workshop,
        "report": build_report(workshop),
        "preview": not workshop.is_published,
    }
    return render(request, "workshop/report.html", context)

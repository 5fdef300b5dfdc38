from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from workshop.models import Workshop


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    workshops = Workshop.objects.listed()
    return render(request, "workshop/index.html", {"workshops": workshops})


@require_GET
def report(request: HttpRequest, slug: str) -> HttpResponse:
    raise NotImplementedError

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from workshop.access import facilitated_workshop, is_facilitator, readable_workshop
from workshop.exchange import COPY, MADE_LABELS, ImportRefused, export_json, import_workshop
from workshop.forms import ImportForm
from workshop.models import Workshop
from workshop.report import build_report, report_cache_key
from workshop.report_pdf import PDF_UNAVAILABLE_REASON, pdf_available

# How long a browser or a shared cache may keep a published report, its page and its files, in seconds.
PUBLIC_REPORT_MAX_AGE = 300


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Nothing, said once a day: our pages name no icon (base.html's is empty, to spare the tablets a
    request), but the admin's pages do not say so and browsers ask for /favicon.ico, a 404 each time."""
    return HttpResponse(status=204, headers={"Cache-Control": "public, max-age=86400"})


@require_safe
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
    """The report's page: the same bytes for every reader of a published report, so caches may keep it.

    A facilitator's page (which may be the unpublished preview) is theirs alone: private, no-store,
    with the CSP nonce and CSRF token of the request. Everyone else gets a page with neither (its
    scripts come from our own static files, and the language form needs no token: set_language),
    no cookie, and an ETag, so a cache or browser revalidates with 304 until anything on it changes.
    A reader with a message waiting (messages framework) gets a private page that shows it.
    """
    workshop = readable_workshop(request, slug)
    public = workshop.is_published and not is_facilitator(request) and not get_messages(request)
    context: dict[str, object] = {
        "workshop": workshop, "preview": not workshop.is_published,
        "pdf_available": pdf_available(), "pdf_unavailable_reason": PDF_UNAVAILABLE_REASON,
        "public_page": public,
    }
    if public:
        # Never read request.csp_nonce: django-csp then sends a policy without a nonce.
        context["csp_nonce"] = None
    response = render(request, "workshop/report.html", {**context, "body": mark_safe(report_body(request, workshop))})
    if not public:
        response["Cache-Control"] = "private, no-store"
        return response
    response["Cache-Control"] = f"public, max-age={PUBLIC_REPORT_MAX_AGE}"
    # The language is chosen by cookie (LanguageMiddleware ignores Accept-Language), and a
    # facilitator's session cookie gets another page.
    patch_vary_headers(response, ["Cookie"])
    # The ETag is the page's own bytes: the body's cache key alone would miss the page around it
    # (templates, static file names, translations after a deploy). The body comes from the cache,
    # so a revalidation costs the page around it and no report building.
    set_response_etag(response)
    not_modified = get_conditional_response(request, etag=response["ETag"], response=response)
    return response if not_modified is None else not_modified


@csrf_exempt
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, without the CSRF check, so that the published report needs no token.

    The published report's page is the same for every reader and cacheable, so it cannot carry a
    CSRF token for the language form. A forged cross-site request here can do no more than change
    someone's language: Django's view sets only the language cookie, changes it only on POST, and
    redirects only to an address on this site (the `next` field, else the Referer, else "/").
    """
    return i18n.set_language(request)


@require_safe
@never_cache
def export(request: HttpRequest, slug: str) -> HttpResponse:
    """The whole workshop as a JSON file, for facilitators (import_workshop reads it back)."""
    workshop = facilitated_workshop(request, slug)
    history = request.GET.get("historikk") == "1"
    response = HttpResponse(export_json(workshop, history=history), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{workshop.slug}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def import_page(request: HttpRequest) -> HttpResponse:
    """Upload an export: "Preview" says what would be made; "Import" makes it, all or nothing."""
    if not is_facilitator(request):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    preview = errors = replaced = None
    if request.method == "POST" and "preview" not in request.POST and (earlier := form.workshop_made_before()):
        return redirect(earlier.setup_url())  # the same form sent again: imported once
    if request.method == "POST" and form.is_valid():
        try:
            result = import_workshop(
                form.cleaned_data["file"].read(), mode=form.cleaned_data["mode"],
                replace=form.cleaned_data["replace"], title=form.cleaned_data["title"],
                dry_run="preview" in request.POST, client_id=form.cleaned_data["client_id"],
            )
        except ImportRefused as refused:
            errors = refused.errors
        else:
            if result.workshop is None:
                preview = [(count, MADE_LABELS.get(what, what)) for what, count in result.made.items()]
                replaced = result.replaced
            else:
                messages.success(request, _("“%(workshop)s” is imported.") % {"workshop": result.workshop.title})
                return redirect(result.workshop.setup_url())
    context = {
        **admin.site.each_context(request), "title": _("Import a workshop"), "form": form,
        "preview": preview, "replaced": replaced, "errors": errors, "copy": COPY, "workshop": None,
    }
    status = 422 if errors or form.errors else 200
    return render(request, "workshop/import.html", context, status=status)

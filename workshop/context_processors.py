from __future__ import annotations

from django.http import HttpRequest


def csp_nonce(request: HttpRequest) -> dict[str, str]:
    """Expose the CSP nonce under the name django-htmx's {% htmx_script %} looks for."""
    return {"csp_nonce": str(getattr(request, "csp_nonce", ""))}

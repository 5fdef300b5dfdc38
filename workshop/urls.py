"""Root URLs: the public report, the tables and facilitators' pages, and the admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from workshop import downloads, views

urlpatterns = [
    path("", views.index, name="index"),
    path("favicon.ico", views.favicon),
    path("rapport/<slug:slug>/", views.report, name="report"),
    path("rapport/<slug:slug>/rapport.pdf", downloads.pdf, name="report-pdf"),
    path("rapport/<slug:slug>/rapport.docx", downloads.docx, name="report-docx"),
    path("rapport/<slug:slug>/rapport.md", downloads.markdown, name="report-markdown"),
    path("rapport/<slug:slug>/alt.zip", downloads.everything, name="report-zip"),
    path("fasilitator/<slug:slug>/eksport/", views.export, name="export"),
    path("fasilitator/importer/", views.import_page, name="import"),
    path("", include("groups.urls")),
    path("", include("evaluation.urls")),
    # Django's own view, without the CSRF check (views.set_language says why).
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("admin/", admin.site.urls),
]

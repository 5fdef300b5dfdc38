"""Root URLs: the public report, the tables and facilitators' pages, and the admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from workshop import views

urlpatterns = [
    path("", views.index, name="index"),
    path("rapport/<slug:slug>/", views.report, name="report"),
    path("fasilitator/<slug:slug>/eksport/", views.export, name="export"),
    path("fasilitator/importer/", views.import_page, name="import"),
    path("", include("groups.urls")),
    path("", include("evaluation.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

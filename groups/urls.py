from __future__ import annotations

from django.urls import path

from groups import views

app_name = "groups"

urlpatterns = [
    path("bord/", views.join, name="join"),
    path("bord/<str:token>/", views.table, name="table"),
]

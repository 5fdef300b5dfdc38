from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopConfig(AppConfig):
    name = "workshop"
    verbose_name = _("Workshops")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created
        from django.db.models.signals import pre_save

        from workshop.text import connect_norwegian_order, strip_bidi_controls

        pre_save.connect(strip_bidi_controls, dispatch_uid="workshop.text.strip_bidi_controls")
        connection_created.connect(connect_norwegian_order, dispatch_uid="workshop.text.connect_norwegian_order")

"""Failed attempts, counted per key (a device, an address, an account) so that guessing is throttled.

Kept in the database, not in process memory, so that several app servers share the count. A key
is a keyed hash: neither an address nor a user name is ever stored. Used by the join codes
(groups.JoinAttempt) and the staff login (workshop.LoginAttempt).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Count, Min
from django.utils import timezone


@dataclass(frozen=True)
class Limit:
    """At most `attempts` failures per key within `window`; then every try waits."""

    attempts: int
    window: datetime.timedelta


def keyed(kind: str, value: str) -> str:
    """A key for `value` that says nothing about it: an HMAC with the server's secret."""
    return hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


class FailedAttemptQuerySet(models.QuerySet["FailedAttempt"]):
    def seconds_to_wait(self, key: str, now: datetime.datetime, limit: Limit) -> int:
        """Seconds until `key` may try again, or 0 when it may try now."""
        recent = self.filter(client=key, at__gte=now - limit.window).aggregate(failures=Count("pk"), first=Min("at"))
        if recent["failures"] < limit.attempts:
            return 0
        return max(1, math.ceil((recent["first"] + limit.window - now).total_seconds()))

    def record_failure(self, keys: Iterable[str], now: datetime.datetime, window: datetime.timedelta) -> None:
        self.bulk_create([self.model(client=key, at=now) for key in keys])
        # Rows older than the window count for nobody: clear them as we go.
        self.filter(at__lt=now - window).delete()


class FailedAttempt(models.Model):
    client = models.CharField(max_length=64, db_index=True)  # a keyed hash (see keyed())
    at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = FailedAttemptQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.client[:8]} {self.at}"

"""Times of day as Norwegians type them: "9", "09.00", "9:00", "0900", "kl. 9.30"."""

from __future__ import annotations

import datetime
import re

# A phase of a round (individual, group, plenum) lasts at most this long: the set-up form, the import
# and a pasted programme all hold to it.
PHASE_MAX_MINUTES = 600

# "kl." is often typed before a time; the hour and minutes are parted by "." or ":" or nothing.
CLOCK = re.compile(r"^(?:kl\.?\s*)?(?P<hour>\d{1,2})(?:(?:[.:]\s?)?(?P<minute>\d{2}))?$", re.IGNORECASE)
# The same, inside a longer line: a time at the start of a programme line, or a span "10.45-11.00".
CLOCK_IN_TEXT = r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2}|\d{2})?"


def parse_clock(text: str) -> datetime.time | None:
    """The time of day `text` names, or None when it names none (25.00, 9.75, "ni")."""
    match = CLOCK.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)

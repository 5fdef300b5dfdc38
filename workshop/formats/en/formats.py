"""English as a Norwegian workshop writes it: day before month, and the 24-hour clock.

Django's own English formats are American ("Oct. 23, 2025, 2:30 p.m."), which no one at the
workshop writes or reads that way.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"

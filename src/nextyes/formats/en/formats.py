"""NextYes's one way of showing a date in English: "3 Dec 2026", read the same everywhere.

Templates use the named formats (`|date:"DATE_FORMAT"`, `"MONTH_DAY_FORMAT"` when the year is
plain, `"YEAR_MONTH_FORMAT"` for a month), and Python `django.utils.formats.date_format`, so
another language brings its own (Django's, or a file beside this one). Forms keep
<input type=date>, whose value is always ISO.
"""

DATE_FORMAT = "j M Y"
MONTH_DAY_FORMAT = "j M"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"

"""Server-rendered SVG charts: one 100 % stacked horizontal bar per row of a question's result.

No JavaScript and no styles: only SVG presentation attributes (fill, x, width), so the strict
Content Security Policy allows them. Ordered scales are a sequential blue scale (light = low),
unordered choices the Okabe-Ito palette, "don't know" grey: all distinguishable with the common
colour-vision deficiencies, and every part wide enough carries its percentage as text. The same
numbers are in the table beside each chart (templates/evaluation/question_result.html).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from evaluation.models import Question
from evaluation.results import Category, QuestionResult, format_percent

WIDTH = 400
LABEL_HEIGHT = 18
BAR_HEIGHT = 26
ROW_GAP = 10
AXIS_HEIGHT = 20
CHAR_WIDTH = 7.5  # about, at font-size 13: parts too narrow for their percentage leave it to the table

# ColorBrewer "Blues", from light to dark.
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]
OKABE_ITO = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]
DONT_KNOW_FILL = "#bdbdbd"


@dataclass
class Swatch:
    category: Category
    fill: str
    ink: str  # black or white, whichever reads better on the fill


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _mix(a: str, b: str, t: float) -> str:
    ra, ga, ba = _rgb(a)
    rb, gb, bb = _rgb(b)
    red, green, blue_ = round(ra + (rb - ra) * t), round(ga + (gb - ga) * t), round(ba + (bb - ba) * t)
    return f"#{red:02x}{green:02x}{blue_:02x}"


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ink_for(fill: str) -> str:
    light = luminance(fill)
    on_white = 1.05 / (light + 0.05)
    on_black = (light + 0.05) / 0.05
    return "#ffffff" if on_white > on_black else "#000000"


def blue(t: float) -> str:
    """A blue from the light third (t=0) to the darkest (t=1) of the ColorBrewer scale."""
    position = 2 + 6 * t
    low = min(int(position), len(BLUES) - 2)
    return _mix(BLUES[low], BLUES[low + 1], position - low)


def swatches(result: QuestionResult) -> list[Swatch]:
    ordered = result.question.kind == Question.Kind.SCALE
    points = [c for c in result.categories if not c.dont_know]
    found = []
    for index, category in enumerate(points):
        if ordered:
            fill = blue(index / (len(points) - 1)) if len(points) > 1 else blue(0.6)
        else:
            fill = OKABE_ITO[index % len(OKABE_ITO)]
        found.append(Swatch(category, fill, ink_for(fill)))
    found += [Swatch(c, DONT_KNOW_FILL, ink_for(DONT_KNOW_FILL)) for c in result.categories if c.dont_know]
    return found


def chart_svg(result: QuestionResult) -> SafeString:
    """The bars of every row, with a <title> naming the question and what the bars show."""
    fills = {swatch.category.key: swatch for swatch in swatches(result)}
    chart_id = f"{result.anchor}-chart"
    row_height = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    height = len(result.rows) * row_height + AXIS_HEIGHT
    summary = "; ".join(
        f"{row.label} (n = {row.n}): "
        + ", ".join(f"{cell.category.label} {format_percent(cell.percent)}" for cell in row.cells)
        for row in result.rows
    )
    parts = [
        format_html(
            '<svg class="chart" role="img" aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" '
            'width="{1}" height="{2}" font-size="14" xmlns="http://www.w3.org/2000/svg">'
            '<title id="{0}-title">{3}</title><desc id="{0}-desc">{4}</desc>',
            chart_id, WIDTH, height, result.question.text, summary,
        )
    ]
    for index, row in enumerate(result.rows):
        top = index * row_height
        weight = "700" if row.is_total else "400"
        parts.append(format_html(
            '<text x="0" y="{}" font-weight="{}" fill="#1b1f23">{}</text>'
            '<text x="{}" y="{}" text-anchor="end" fill="#4a5560">n = {}</text>',
            top + 14, weight, row.label, WIDTH, top + 14, row.n,
        ))
        bar_top = top + LABEL_HEIGHT
        parts.append(format_html(
            '<rect x="0" y="{}" width="{}" height="{}" fill="#ffffff" stroke="#6e7781" stroke-width="1"/>',
            bar_top, WIDTH, BAR_HEIGHT,
        ))
        x = 0.0
        for cell in row.cells:
            if not row.n or not cell.count:
                continue
            width = WIDTH * cell.count / row.n
            swatch = fills[cell.category.key]
            parts.append(format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="1"/>',
                f"{x:.2f}", bar_top, f"{width:.2f}", BAR_HEIGHT, swatch.fill,
            ))
            label = format_percent(cell.percent)
            if width >= len(label) * CHAR_WIDTH + 6:
                parts.append(format_html(
                    '<text x="{}" y="{}" text-anchor="middle" font-size="13" fill="{}">{}</text>',
                    f"{x + width / 2:.2f}", bar_top + 18, swatch.ink, label,
                ))
            x += width
    axis_y = len(result.rows) * row_height + 14
    for tick in (0, 25, 50, 75, 100):
        anchor = "start" if tick == 0 else "end" if tick == 100 else "middle"
        parts.append(format_html(
            '<text x="{}" y="{}" text-anchor="{}" font-size="12" fill="#4a5560">{}</text>',
            WIDTH * tick // 100, axis_y, anchor, format_percent(tick),
        ))
    parts.append(mark_safe("</svg>"))
    return mark_safe("".join(parts))  # every part is escaped by format_html above


@dataclass
class Chart:
    """A question's result as the templates show it: the bars, their legend, the numbers."""

    result: QuestionResult
    svg: SafeString | None
    swatches: list[Swatch]


def charts(results: list[QuestionResult]) -> list[Chart]:
    return [
        Chart(result, None, [])
        if result.is_text
        else Chart(result, chart_svg(result), swatches(result))
        for result in results
    ]

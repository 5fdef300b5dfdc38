"""The report's body HTML read back into a small document model, for the Word and Markdown downloads.

The page, the PDF, the Word file and the Markdown all come from the one rendering of the body
(workshop.views.report_body), so every format says what the page says. This module reads that
HTML with the standard library's HTMLParser into a flat list of blocks; workshop/report_docx.py
and workshop/report_markdown.py each write those blocks in their own format.

What is read, and from where in the templates (templates/workshop/report.html and its includes):
  h1…h6                    Heading (h1 is the workshop's title)
  p, summary, loose text   Paragraph of Runs (bold from strong/b, italic from em/i, "\\n" from br)
  li.note                  NoteItem, its spans said-at, said-by, badge kind, badge shared
  other li                 ListItem
  svg.chart                Chart: the SVG source as written, its alt text from aria-labelledby
                           (title and desc), aria-label or its own title/desc; the legend beside it
                           (ul.chart-legend) and the numbers table after it
  table                    Table (one that follows a chart is the chart's)
Left out: nav (the contents, which a document's own navigation replaces), forms, buttons,
scripts and styles, anything hidden or aria-hidden, and text for screen readers only
(.visually-hidden), which repeats what a document shows anyway.

All text comes out as plain text, entities decoded: the writers escape it for their format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr


@dataclass(frozen=True)
class Run:
    """Text in one format. A line break (the page's <br>) is a Run of exactly "\\n"."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Heading:
    level: int  # the HTML level: 1 is the title, 2 a section, … 5 a table's notes
    text: str
    id: str = ""


@dataclass
class Paragraph:
    runs: list[Run]


@dataclass
class ListItem:
    runs: list[Run]


@dataclass
class NoteItem:
    """A note as the page shows it: where it was said, by whom, its text, its kind, shared or not."""

    said_at: str  # as the page writes it: "Gruppe 2" before SAID_AT_SEPARATOR, or "Gruppe 1:" in the actions; or ""
    said_by: str  # the organisation's name, without the page's colon; or ""
    text: str  # line breaks as "\n"
    kind: str = ""  # the kind's label when not a plain note ("Godt råd")
    shared: str = ""  # the page's label ("Delt i plenum") when shared in plenum, else ""


@dataclass
class TableCell:
    text: str
    header: bool = False


@dataclass
class Table:
    rows: list[list[TableCell]]
    caption: str = ""  # the table's <caption>: what it is about, for a screen reader


@dataclass
class LegendEntry:
    label: str
    fill: str  # the colour of its bars, "#rrggbb"


@dataclass
class Chart:
    svg: str  # the chart's SVG source exactly as the page has it
    alt: str  # what the chart shows, in words
    legend: list[LegendEntry] = field(default_factory=list)
    table: Table | None = None  # the same numbers as a table


Block = Heading | Paragraph | ListItem | NoteItem | Chart | Table

# Between where a note was said and the rest, as templates/_note.html writes it: an en dash.
SAID_AT_SEPARATOR = " \u2013 "


def said_at_prefix(said_at: str) -> str:
    """ "Gruppe 2" + the dash; "Gruppe 1:" (the actions section's own form) + a space."""
    return said_at + (" " if said_at.endswith(":") else SAID_AT_SEPARATOR)


def read_report(body_html: str) -> list[Block]:
    """The blocks of the report body, in document order."""
    reader = _ReportReader(body_html)
    reader.feed(body_html)
    reader.close()
    return reader.finish()


def plain_text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


# XML 1.0 cannot hold these (python-docx raises on them), and no page shows them as text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# HTML collapses runs of its own whitespace (not NBSP or other Unicode spaces) to one space.
_HTML_SPACE = re.compile("[ \t\n\r\f]+")

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIPPED = {
    "nav", "form", "button", "script", "style", "template", "noscript", "select", "textarea",
    "iframe", "object", "dialog", "head",
}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def tidy(runs: list[Run]) -> list[Run]:
    """Whitespace as a browser shows it: collapsed, none at the start or end of a line."""
    out: list[Run] = []
    line_start = True
    for run in runs:
        if run.text == "\n":
            if out and out[-1].text != "\n":
                out[-1] = Run(out[-1].text.rstrip(" "), out[-1].bold, out[-1].italic)
                if not out[-1].text:
                    out.pop()
            out.append(run)
            line_start = True
            continue
        text = _HTML_SPACE.sub(" ", run.text)
        if line_start or (out and out[-1].text.endswith(" ")):
            text = text.lstrip(" ")
        if not text:
            continue
        last = out[-1] if out else None
        if last is not None and last.text != "\n" and (last.bold, last.italic) == (run.bold, run.italic):
            out[-1] = Run(last.text + text, run.bold, run.italic)
        else:
            out.append(Run(text, run.bold, run.italic))
        line_start = False
    # No line break or space at either end.
    while out and out[-1].text == "\n":
        out.pop()
    while out and out[0].text == "\n":
        out.pop(0)
    if out:
        out[-1] = Run(out[-1].text.rstrip(" "), out[-1].bold, out[-1].italic)
        if not out[-1].text:
            out.pop()
    return out


def tidy_text(parts: list[str]) -> str:
    """Plain text from data and "\\n" line breaks, tidied as tidy() does."""
    return plain_text(tidy([Run(part) for part in parts]))


@dataclass
class _Open:
    """An element still open, and what it means for the text inside it."""

    tag: str
    skip: bool = False
    bold: bool = False
    italic: bool = False
    note_field: str = ""  # inside li.note: which part of the note its text is
    legend: bool = False  # ul.chart-legend


@dataclass
class _Collector:
    """Text being gathered for one block, owned by the element that opened it (or none: loose text)."""

    kind: str  # "paragraph", "summary", "heading", "item", "note", "cell", "caption", "legend"
    owner: int | None  # the depth in the stack of the element that opened it
    runs: list[Run] = field(default_factory=list)
    note_parts: dict[str, list[str]] = field(default_factory=dict)
    level: int = 0
    id: str = ""
    header: bool = False
    fill: str = ""


@dataclass
class _SvgCapture:
    start: int  # where in the source its start tag begins
    depth: int = 1  # nested <svg>s still open
    ids: dict[str, list[str]] = field(default_factory=dict)  # text of elements with an id
    labelledby: list[str] = field(default_factory=list)
    label: str = ""
    title: list[str] = field(default_factory=list)
    desc: list[str] = field(default_factory=list)
    text_into: list[list[str]] = field(default_factory=list)  # where data inside goes now


class _ReportReader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        # getpos() gives (line, column): the offsets of line starts turn it into an index into source.
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self.blocks: list[Block] = []
        self.stack: list[_Open] = []
        self.skipping = 0  # open elements that hide their content
        self.collector: _Collector | None = None
        self.table: Table | None = None
        self.row: list[TableCell] | None = None
        self.svg: _SvgCapture | None = None
        self.chart_index: int | None = None  # the last chart since the last heading
        self.summary_index: int | None = None  # the last <summary>'s paragraph
        self.heading_text = ""  # the last heading's: a chart without a title of its own is about it

    # -- positions -------------------------------------------------------------------------------

    def _index(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    # -- the open elements -----------------------------------------------------------------------

    def _in(self, attribute: str) -> bool:
        return any(getattr(element, attribute) for element in self.stack)

    def _note_field(self) -> str:
        for element in reversed(self.stack):
            if element.note_field:
                return element.note_field
        return "text"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = set(attributes.get("class", "").split())

        if self.svg is not None:
            self._svg_start(tag, attributes)
            return
        if tag == "rect" and self._in("legend") and self.collector is not None and self.collector.kind == "legend":
            # The legend's colour swatch: hidden from screen readers, but its colour is the key to the chart.
            self.collector.fill = self.collector.fill or attributes.get("fill", "")
        hidden = (
            tag in _SKIPPED
            or "hidden" in attributes
            or attributes.get("aria-hidden") == "true"
            or ("visually-hidden" in classes and tag != "caption")
        )
        if tag in _VOID:
            if tag == "br" and not self.skipping and not hidden:
                self._add_text("", line_break=True)
            elif tag == "hr" and not self.skipping:
                self._flush()
            return
        element = _Open(tag, skip=hidden)
        self.stack.append(element)
        if hidden:
            self.skipping += 1
        if self.skipping:
            return

        if tag == "svg":
            self.svg = _SvgCapture(
                start=self._index(),
                labelledby=attributes.get("aria-labelledby", "").split(),
                label=attributes.get("aria-label", ""),
            )
            self._flush()
            return
        if tag in ("strong", "b"):
            element.bold = True
        elif tag in ("em", "i"):
            element.italic = True
        elif tag == "span" and self.collector is not None and self.collector.kind == "note":
            if "said-at" in classes:
                element.note_field = "said_at"
            elif "said-by" in classes:
                element.note_field = "said_by"
            elif "badge" in classes and "kind" in classes:
                element.note_field = "kind"
            elif "badge" in classes and "shared" in classes:
                element.note_field = "shared"
        elif tag == "ul" and "chart-legend" in classes:
            element.legend = True

        if tag not in _BLOCKS:
            return
        # A block ends the text before it, whoever opened it (<li>text<p>… is two blocks).
        if self.collector is not None:
            self._emit(self.collector)
            self.collector = None
        depth = len(self.stack)
        if tag in _HEADINGS:
            self.collector = _Collector("heading", depth, level=_HEADINGS[tag], id=attributes.get("id", ""))
        elif tag == "p":
            self.collector = _Collector("paragraph", depth)
        elif tag == "summary":
            self.collector = _Collector("summary", depth)
        elif tag == "li" and self._in("legend"):
            self.collector = _Collector("legend", depth)
        elif tag == "li" and "note" in classes:
            self.collector = _Collector("note", depth)
        elif tag == "li":
            self.collector = _Collector("item", depth)
        elif tag == "table":
            self.table = Table(rows=[])
        elif tag == "tr" and self.table is not None:
            self.row = []
            self.table.rows.append(self.row)
        elif tag in ("td", "th") and self.row is not None:
            self.collector = _Collector("cell", depth, header=tag == "th")
        elif tag == "caption" and self.table is not None:
            self.collector = _Collector("caption", depth)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <rect/>, <br/>: an element with nothing inside.
        if tag in _VOID:
            self.handle_starttag(tag, attrs)
            return
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.svg is not None:
            self._svg_end(tag)
            return
        if tag in _VOID or not any(element.tag == tag for element in self.stack):
            return  # a stray end tag: browsers ignore it too
        while self.stack:
            depth = len(self.stack)
            element = self.stack.pop()
            if element.skip:
                self.skipping -= 1
            if self.collector is not None and self.collector.owner == depth:
                self._emit(self.collector)
                self.collector = None
            elif element.tag in _BLOCKS and not self.skipping:
                self._flush()
            if element.tag == "table" and self.table is not None:
                self._table_done(self.table)
                self.table = None
                self.row = None
            elif element.tag == "tr":
                self.row = None
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.svg is not None:
            for target in self.svg.text_into:
                target.append(clean(_HTML_SPACE.sub(" ", data)))
            return
        if self.skipping:
            return
        self._add_text(data)

    # -- text ------------------------------------------------------------------------------------

    def _add_text(self, text: str, *, line_break: bool = False) -> None:
        # Collapsed here, so that only a <br> is ever a Run of "\n" (a newline in the source is a space).
        text = "\n" if line_break else clean(_HTML_SPACE.sub(" ", text))
        if not text:
            return
        if self.collector is None:
            if text == " ":
                return  # whitespace between blocks
            if self.table is not None:
                return  # between a table's cells
            self.collector = _Collector("paragraph", None)
        if self.collector.kind == "note":
            self.collector.note_parts.setdefault(self._note_field(), []).append(text)
        else:
            self.collector.runs.append(Run(text, self._in("bold"), self._in("italic")))

    def _flush(self) -> None:
        """Loose text ends where a block starts or ends."""
        if self.collector is not None and self.collector.owner is None:
            self._emit(self.collector)
            self.collector = None

    def _emit(self, collector: _Collector) -> None:
        kind = collector.kind
        if kind == "note":
            self._emit_note(collector.note_parts)
            return
        runs = tidy(collector.runs)
        text = plain_text(runs)
        if kind == "heading":
            if text:
                self.blocks.append(Heading(collector.level, text.replace("\n", " "), collector.id))
                self.heading_text = text.replace("\n", " ")
                self.chart_index = None
        elif kind == "cell" and self.row is not None:
            self.row.append(TableCell(text, collector.header))
        elif kind == "caption" and self.table is not None:
            self.table.caption = text.replace("\n", " ")
        elif kind == "legend" and self._last_chart() is not None:
            chart = self._last_chart()
            assert chart is not None
            chart.legend.append(LegendEntry(text.replace("\n", " "), collector.fill))
        elif not runs:
            return
        elif kind == "summary":
            # A <details>' label: a document shows what it hides, under the label in bold.
            self.summary_index = len(self.blocks)
            self.blocks.append(Paragraph([Run(run.text, True, run.italic) for run in runs]))
        elif kind in ("item", "legend"):
            self.blocks.append(ListItem(runs))
        else:
            self.blocks.append(Paragraph(runs))

    def _emit_note(self, parts: dict[str, list[str]]) -> None:
        said_at = tidy_text(parts.get("said_at", []))
        text = tidy_text(parts.get("text", []))
        if said_at:
            # The page's separator after "Gruppe 2": the writers put it back (said_at_prefix).
            text = text.removeprefix(SAID_AT_SEPARATOR.lstrip())
        self.blocks.append(NoteItem(
            said_at=said_at,
            said_by=tidy_text(parts.get("said_by", [])).removesuffix(":").rstrip(),
            text=text,
            kind=tidy_text(parts.get("kind", [])),
            shared=tidy_text(parts.get("shared", [])),
        ))

    def _last_chart(self) -> Chart | None:
        if self.chart_index is None:
            return None
        block = self.blocks[self.chart_index]
        return block if isinstance(block, Chart) else None

    def _table_done(self, table: Table) -> None:
        if not any(table.rows):
            return
        table.rows = [row for row in table.rows if row]
        chart = self._last_chart()
        if chart is not None and chart.table is None:
            # The chart's numbers: kept with the chart. The "The numbers" label of the <details>
            # they were folded into goes: in a document nothing is folded.
            if self.summary_index is not None and self.summary_index == len(self.blocks) - 1:
                self.blocks.pop()
                self.summary_index = None
            chart.table = table
            return
        self.blocks.append(table)

    # -- charts ----------------------------------------------------------------------------------

    def _svg_start(self, tag: str, attributes: dict[str, str]) -> None:
        assert self.svg is not None
        if tag == "svg":
            self.svg.depth += 1
        into: list[list[str]] = []
        if attributes.get("id"):
            into.append(self.svg.ids.setdefault(attributes["id"], []))
        if tag == "title":
            into.append(self.svg.title)
        elif tag == "desc":
            into.append(self.svg.desc)
        if into:
            self.svg.text_into = into

    def _svg_end(self, tag: str) -> None:
        assert self.svg is not None
        self.svg.text_into = []
        if tag != "svg":
            return
        self.svg.depth -= 1
        if self.svg.depth:
            return
        capture = self.svg
        self.svg = None
        if self.stack and self.stack[-1].tag == "svg":
            self.stack.pop()
        end = self.source.find(">", self._index()) + 1
        source = self.source[capture.start:end]
        if capture.labelledby:
            parts = [tidy_text(capture.ids.get(name, [])) for name in capture.labelledby]
        elif capture.label:
            parts = [tidy_text([capture.label])]
        else:
            parts = [tidy_text(capture.title), tidy_text(capture.desc)]
        self.chart_index = len(self.blocks)
        self.blocks.append(Chart(svg=source, alt=_sentences(parts) or self.heading_text))

    def finish(self) -> list[Block]:
        if self.collector is not None:
            self._emit(self.collector)
            self.collector = None
        return self.blocks


def _sentences(parts: list[str]) -> str:
    """ "Hvor jobber du?" and "I alt (n = 6): …" as one text, a full stop between when there is none."""
    text = ""
    for part in (part.replace("\n", " ") for part in parts if part):
        if text and not text.endswith((".", "?", "!", ":")):
            text += "."
        text = f"{text} {part}" if text else part
    return text


# -- the chart as an image file -----------------------------------------------------------------

LEGEND_ROW = 20
LEGEND_GAP = 10
MARGIN = 4  # the bars' outline sits on the chart's edge: a margin keeps it whole in an image
# The page's text is sans-serif; an image is drawn with what the machine has (resvg: system fonts).
FONTS = "Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif"
_NUMBER_ATTRIBUTE = '\\s{0}="([0-9.]+)"'


def _size(svg: str, name: str, default: float) -> float:
    start_tag = svg[: svg.find(">") + 1]
    match = re.search(_NUMBER_ATTRIBUTE.format(name), start_tag)
    return float(match.group(1)) if match else default


def figure_size(chart: Chart) -> tuple[float, float]:
    """The width and height of figure_svg(chart), in CSS pixels."""
    width = _size(chart.svg, "width", 400)
    height = _size(chart.svg, "height", 100)
    legend_height = LEGEND_GAP + LEGEND_ROW * len(chart.legend) if chart.legend else 0
    return width + 2 * MARGIN, height + legend_height + 2 * MARGIN


def figure_svg(chart: Chart) -> str:
    """The chart with its legend beneath, as one standalone SVG on white.

    The page has the legend in HTML beside the chart; an image in a Word file or beside a Markdown
    file must carry it itself, or its colours mean nothing. The chart goes in unchanged, as a
    nested <svg>; the legend's text is escaped here.
    """
    width, total = figure_size(chart)
    chart_height = _size(chart.svg, "height", 100)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{total:g}" '
        f'viewBox="0 0 {width:g} {total:g}" font-size="14" font-family={quoteattr(FONTS)}>',
        f"<title>{xml_escape(chart.alt)}</title>",
        '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>',
        f'<g transform="translate({MARGIN} {MARGIN})">',
        chart.svg,
    ]
    for index, entry in enumerate(chart.legend):
        top = chart_height + LEGEND_GAP + index * LEGEND_ROW
        fill = entry.fill if re.fullmatch("#[0-9a-fA-F]{3,8}", entry.fill) else "#ffffff"
        parts.append(
            f'<rect x="0.5" y="{top + 0.5:g}" width="13" height="13" fill={quoteattr(fill)} stroke="#6e7781"/>'
            f'<text x="20" y="{top + 12:g}" fill="#1b1f23">{xml_escape(entry.label)}</text>'
        )
    parts.append("</g></svg>")
    return "".join(parts)

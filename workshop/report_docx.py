"""The published report as a Word file (.docx), from the same body HTML as the page.

The body is read into blocks by workshop/report_html.py and written here with python-docx:
real heading styles (Title, Heading 1…4), so Word's navigation pane and table of contents work;
notes and lists as "List Bullet" paragraphs; charts as PNG (Word does not take SVG) with their
alt text and their numbers as a Word table beneath. Every text goes in as a run's text, never
as a field or markup, so a note reading "=HYPERLINK(…)" or "<script>" stays those characters.
The one field and the only links are the contents list's own (a TOC field after the title,
its entries linking to bookmarks on the headings), with text in them only as runs' text too.

The language is set where Word's spell-checker looks (w:lang on the document defaults and the
Normal style, and the theme's font language), not only in the core properties, which Word
shows but does not check with.
"""

from __future__ import annotations

import datetime
import io
import time
import tracemalloc
from typing import cast

import resvg_py
from django.utils import timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Pt, Twips
from docx.styles.style import ParagraphStyle
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run as WordRun

from workshop.report_html import (
    Block,
    Chart,
    Heading,
    ListItem,
    NoteItem,
    Paragraph,
    Run,
    Table,
    clean,
    figure_size,
    figure_svg,
    read_report,
    said_at_prefix,
)

# Django's language codes to Word's. Bokmål when in doubt: the report's first language.
WORD_LANGUAGES = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "no": "nb-NO"}
DEFAULT_WORD_LANGUAGE = "nb-NO"

# An image pixel is a CSS pixel, 1/96 inch: the chart's 14 px text comes out at 10.5 pt, like the body.
EMU_PER_CSS_PIXEL = 914400 // 96
# Drawn at twice its size, so that the PNG stays sharp when printed or zoomed.
PNG_ZOOM = 2.0
PAGE_WIDTH, PAGE_HEIGHT, PAGE_MARGIN = Cm(21), Cm(29.7), Cm(2.5)  # A4, as printed in Norway
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * PAGE_MARGIN)

# The contents field as Word's References → Table of Contents inserts it: Heading 1 to 3 (the sections,
# the rounds, the questions), entries as links (\h), no page numbers in Web Layout (\z), and
# paragraphs' own outline levels (\u).
TOC_FIELD = ' TOC \\o "1-3" \\h \\z \\u '
TOC_LEVELS = 3
# Word's built-in "TOC 1…3" (their names in styles.xml are lower case, as "heading 1" is), which
# python-docx's template lacks. Indented as Word's own, by 11 pt a level, so that a round's
# questions stand under it.
TOC_STYLE_INDENT_TWIPS = 220


def word_language(language: str) -> str:
    """"nb", "nn-no", "en" → "nb-NO", "nn-NO", "en-GB"."""
    return WORD_LANGUAGES.get(language.lower().replace("_", "-").split("-")[0], DEFAULT_WORD_LANGUAGE)


def report_docx(
    body_html: str, *, title: str, language: str, author: str = "", made_at: datetime.datetime | None = None
) -> bytes:
    """The report body (workshop.views.report_body) as the bytes of a .docx file."""
    blocks = read_report(body_html)
    document = Document()
    _set_language(document, word_language(language))
    _set_page(document)
    _set_properties(document, title=clean(title), author=clean(author), made_at=made_at)
    writer = _Writer(document)
    if not any(isinstance(block, Heading) and block.level == 1 for block in blocks):
        writer.heading(Heading(1, clean(title)))
    for block in blocks:
        writer.block(block)
    writer.contents()
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def chart_png(chart: Chart) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=figure_svg(chart), zoom=PNG_ZOOM))


def bench_report_docx(body_html: str, *, title: str = "Benchmark", language: str = "nb") -> tuple[float, float]:
    """Seconds for one conversion, and its peak traced memory in MiB, for a benchmark to print.

    Timed in one run and traced in a second: tracing allocations slows Python down severalfold.
    tracemalloc sees Python's allocations only: lxml's XML tree of the document, made in C, is
    not in the peak (the process's RSS grows by about 65 MiB more for 10,000 notes).
    """
    started = time.perf_counter()
    report_docx(body_html, title=title, language=language)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        report_docx(body_html, title=title, language=language)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / 2**20


# -- the document's settings -------------------------------------------------------------------


def _set_lang(rpr: BaseOxmlElement, word_lang: str) -> None:
    """w:lang in a w:rPr: Latin text in `word_lang`; East Asian and complex scripts as they were."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # w:lang has its place in the sequence of run properties, before these.
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange")
    lang.set(qn("w:val"), word_lang)
    if lang.get(qn("w:eastAsia")) is None:
        lang.set(qn("w:eastAsia"), "en-US")
    if lang.get(qn("w:bidi")) is None:
        lang.set(qn("w:bidi"), "ar-SA")


def _set_language(document: WordDocument, word_lang: str) -> None:
    # python-docx's template says en-US in the document defaults: Word would spell-check Norwegian
    # as English and underline every word.
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_lang(rpr, word_lang)
    # The Normal style too: every other style is based on it, and some readers look there first.
    normal = document.styles["Normal"].element
    _set_lang(normal.get_or_add_rPr(), word_lang)
    # Any style of the template that names a language of its own follows the document's.
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), word_lang)

    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), word_lang)
    # The template says its spelling was checked and found clean: this text was not checked.
    proof_state = settings.find(qn("w:proofState"))
    if proof_state is not None:
        settings.remove(proof_state)
    if word_lang in ("nb-NO", "nn-NO"):
        # Norwegian decimal comma, as in the report's own numbers ("4,0"), for any field Word computes.
        for name, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            element = settings.find(qn(name))
            if element is not None:
                element.set(qn("w:val"), value)
    document.core_properties.language = word_lang


def _set_properties(document: WordDocument, *, title: str, author: str, made_at: datetime.datetime | None) -> None:
    """Who made the file and when: python-docx's template says "python-docx", 2013."""
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = author
    properties.comments = ""
    properties.keywords = ""
    properties.revision = 1
    made = (made_at or timezone.now()).astimezone(datetime.UTC).replace(tzinfo=None)  # python-docx writes UTC
    properties.created = properties.modified = made


def _set_page(document: WordDocument) -> None:
    for section in document.sections:
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.left_margin = section.right_margin = PAGE_MARGIN
        section.top_margin = section.bottom_margin = PAGE_MARGIN


def _set_update_fields(document: WordDocument) -> None:
    """Asks Word to update the fields when the file is opened, so that the contents get page numbers.

    Word asks before it does: "This document contains fields that may refer to other files. Do you
    want to update the fields in this document?" That may puzzle a reader, but it stays: without it
    only a reader who knows to update the field gets page numbers, and either answer leaves a
    whole list (its entries are written in and link to their headings; only the numbers are
    missing). LibreOffice does not read this setting (tried with 7.4, and its DOCX import still
    ignores it): it asks nothing and shows the entries as written; Tools → Update → Update All
    adds the page numbers.
    """
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        # Its place in the settings' sequence: after w:savePreviewPicture and the like, before these.
        settings.insert_element_before(
            update, "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
            "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
            "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
            "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
            "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
        )
    update.set(qn("w:val"), "true")


def _toc_styles(document: WordDocument) -> dict[int, str]:
    """The style ids of "TOC 1"…"TOC 3", made as Word's own where the template has none."""
    styles = document.styles
    style_ids = {}
    for level in range(1, TOC_LEVELS + 1):
        name = f"toc {level}"
        if name in styles:
            style = styles[name]
        else:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
            style.style_id = f"TOC{level}"
            assert isinstance(style, ParagraphStyle)
            style.base_style = styles["Normal"]
            style.next_paragraph_style = styles["Normal"]
            style.priority = 39  # where Word lists them, as its own
            style.unhide_when_used = True
            style.paragraph_format.space_after = Pt(5)  # as Word's
            if level > 1:
                style.paragraph_format.left_indent = Twips((level - 1) * TOC_STYLE_INDENT_TWIPS)
        style_ids[level] = style.style_id
    return style_ids


def _in_run(p: CT_P, tag: str) -> BaseOxmlElement:
    """A new element `tag` in a new run at the end of the paragraph."""
    run = OxmlElement("w:r")
    element = OxmlElement(tag)
    run.append(element)
    p.append(run)
    return element


def _field_character(p: CT_P, kind: str) -> None:
    _in_run(p, "w:fldChar").set(qn("w:fldCharType"), kind)


# -- the blocks ------------------------------------------------------------------------------------


class _Writer:
    def __init__(self, document: WordDocument) -> None:
        self.document = document
        # New paragraphs go before the body's closing section properties. python-docx's own
        # add_paragraph finds that place by walking every paragraph before it, and checks each
        # style against the default by walking every style: quadratic, 11 s for 10,000 notes.
        self.section_properties = document.element.body.sectPr
        # Looked up once: finding a style by name walks all the styles, for every paragraph.
        self.bullet = self._style("List Bullet")
        self.headings = {level: self._style("Title" if level == 0 else f"Heading {level}") for level in range(5)}
        # The contents list's entries, (level, text, bookmark), and the heading it goes before:
        # the first after the title, so that it follows the title and the line of date and place.
        self.entries: list[tuple[int, str, str]] = []
        self.after_title = False
        self.first_section: CT_P | None = None

    def _style(self, name: str) -> ParagraphStyle:
        style = self.document.styles[name]
        assert isinstance(style, ParagraphStyle)
        return style

    def paragraph(self, style: ParagraphStyle | None = None) -> WordParagraph:
        """A new paragraph at the end of the document, as document.add_paragraph() but in constant time."""
        if self.section_properties is None:
            return self.document.add_paragraph(style=style)
        p = cast(CT_P, OxmlElement("w:p"))
        if style is not None and style.style_id:
            p.style = style.style_id
        self.section_properties.addprevious(p)
        return WordParagraph(p, self.document.part)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            self.runs(self.paragraph(), block.runs)
        elif isinstance(block, ListItem):
            self.runs(self.paragraph(self.bullet), block.runs)
        elif isinstance(block, NoteItem):
            self.note(block)
        elif isinstance(block, Chart):
            self.chart(block)
        elif isinstance(block, Table):
            self.table(block)

    def heading(self, heading: Heading) -> None:
        # h1 is the workshop's title; h2…h5 are Heading 1…4, the levels Word's navigation pane shows.
        level = min(max(heading.level - 1, 0), 4)
        paragraph = self.paragraph(self.headings[level])
        if level == 0:
            self.after_title = True
        elif self.after_title and self.first_section is None:
            self.first_section = paragraph._p
        if not 1 <= level <= TOC_LEVELS:
            paragraph.add_run(heading.text)
            return
        # A bookmark around the heading's text, for its entry in the contents to link to. Named as
        # Word names its own, "_Toc" and a number: at most 40 characters, and the "_" keeps it out
        # of the reader's list of bookmarks.
        number = len(self.entries)
        name = f"_Toc{number}"
        paragraph._p.append(OxmlElement("w:bookmarkStart", {qn("w:id"): str(number), qn("w:name"): name}))
        paragraph.add_run(heading.text)
        paragraph._p.append(OxmlElement("w:bookmarkEnd", {qn("w:id"): str(number)}))
        self.entries.append((level, heading.text, name))

    def contents(self) -> None:
        """ "Contents" and a TOC field after the title, its result the headings already, linked.

        A TOC field is empty until a program updates it, and many viewers never do (phones,
        previews, converters): written in, the list is there in all of them, without page numbers
        until Word or LibreOffice updates it.
        """
        if not self.entries:
            return
        _set_update_fields(self.document)
        styles = _toc_styles(self.document)
        # "TOC Heading" looks as Heading 1 but is body text in the outline: not an entry of its own.
        heading = self._contents_paragraph(self._style("TOC Heading").style_id)
        heading.add_run(_("Contents"))
        paragraphs = [heading]
        for level, text, bookmark in self.entries:
            paragraph = self._contents_paragraph(styles[level])
            if len(paragraphs) == 1:
                # The field begins in the first entry's paragraph, as Word writes it: a paragraph of
                # its own would be an empty line above the list.
                _field_character(paragraph._p, "begin")
                instruction = _in_run(paragraph._p, "w:instrText")
                instruction.set(qn("xml:space"), "preserve")
                instruction.text = TOC_FIELD
                _field_character(paragraph._p, "separate")
            link = OxmlElement("w:hyperlink", {qn("w:anchor"): bookmark, qn("w:history"): "1"})
            paragraph._p.append(link)
            run = cast(CT_R, OxmlElement("w:r"))
            link.append(run)
            WordRun(run, paragraph).text = text
            paragraphs.append(paragraph)
        _field_character(paragraphs[-1]._p, "end")
        place = self.first_section
        for paragraph in paragraphs:
            if place is not None:
                place.addprevious(paragraph._p)
            elif self.section_properties is not None:
                self.section_properties.addprevious(paragraph._p)
            else:
                self.document.element.body.append(paragraph._p)

    def _contents_paragraph(self, style_id: str | None) -> WordParagraph:
        p = cast(CT_P, OxmlElement("w:p"))
        p.style = style_id
        return WordParagraph(p, self.document.part)

    def runs(self, paragraph: WordParagraph, runs: list[Run]) -> None:
        for run in runs:
            if run.text == "\n":
                paragraph.add_run().add_break(WD_BREAK.LINE)
                continue
            word_run = paragraph.add_run(run.text)
            if run.bold:
                word_run.bold = True
            if run.italic:
                word_run.italic = True

    def note(self, note: NoteItem) -> None:
        """Where, who (in bold), the note, its kind and "shared in plenum" (in italics), as the page reads."""
        paragraph = self.paragraph(self.bullet)
        if note.said_at:
            paragraph.add_run(said_at_prefix(note.said_at))
        if note.said_by:
            paragraph.add_run(f"{note.said_by}:").bold = True
            paragraph.add_run(" ")
        # A run's text setter turns "\n" into a line break (w:br), as the page's <br>.
        paragraph.add_run(note.text)
        for label in (note.kind, note.shared):
            if label:
                paragraph.add_run(" ")
                paragraph.add_run(f"({label})").italic = True

    def chart(self, chart: Chart) -> None:
        width_px, _ = figure_size(chart)
        width = min(Emu(int(width_px * EMU_PER_CSS_PIXEL)), TEXT_WIDTH)
        paragraph = self.paragraph()
        # The picture and its numbers on one page where they fit.
        paragraph.paragraph_format.keep_with_next = chart.table is not None
        shape = paragraph.add_run().add_picture(io.BytesIO(chart_png(chart)), width=width)
        # Alt text: Word's "Description", read aloud by screen readers and kept in exports.
        shape._inline.docPr.set("descr", chart.alt)
        if chart.table is not None:
            self.table(chart.table)

    def table(self, table: Table) -> None:
        columns = max(len(row) for row in table.rows)
        word_table: WordTable = self.document.add_table(rows=len(table.rows), cols=columns)
        word_table.style = self.document.styles["Table Grid"]
        for row, word_row in zip(table.rows, word_table.rows, strict=True):
            cells = word_row.cells  # once per row: table.cell() rebuilds the grid on every call
            for cell, word_cell in zip(row, cells, strict=False):
                run = word_cell.paragraphs[0].add_run(cell.text)
                if cell.header:
                    run.bold = True
        # The header row repeats on every page the table runs over, and tells screen readers it is one.
        if table.rows and all(cell.header for cell in table.rows[0]):
            tr_pr = word_table.rows[0]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        if table.caption:
            # The table's title for screen readers (Word: Table Properties → Alt Text).
            caption = OxmlElement("w:tblCaption")
            caption.set(qn("w:val"), table.caption)
            word_table._tbl.tblPr.insert_element_before(caption, "w:tblDescription", "w:tblPrChange")
        self.paragraph()  # Word joins tables that touch; the page has space after each

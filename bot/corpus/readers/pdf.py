"""PDF (text layer): characters, their boxes and sizes from PDFium (pypdfium2), laid out here.

Characters become lines (a baseline move, a step back left or a gutter-wide gap ends a line),
lines become blocks (a line joins the block just above it in the same column and type size), and
blocks are read column by column between full-width blocks, so a two-column page reads right
even when the file draws its lines across the columns. Then, by position and font size:

* running headers and footers (a line in the top or bottom band of the page that recurs, digits
  aside, on many pages) and page numbers are dropped;
* footnote markers (digits or * † ‡ set small beside body text) are dropped from the text, and the
  footnotes themselves (small lines at the foot of the page) are kept, after the text, under a
  "Footnotes" heading;
* lines set clearly larger than the body text are headings.

The result is line-based text that ``bot.corpus.clean`` un-wraps and de-hyphenates like any
hard-wrapped text. A PDF without a text layer is refused ("no text layer (scanned?)"), never
read as garbage.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.corpus.readers.base import MAX_TEXT_CHARS, PLACEHOLDER_AUTHORS, Unreadable, iso_date
from bot.corpus.readers.xpath import strings

if TYPE_CHECKING:
    import pypdfium2  # type: ignore[import-untyped]  # no stubs or py.typed

MAX_PAGES = 2000
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time per process
_BAND = 0.09  # top and bottom share of the page where running headers and footers live
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$",
                          re.IGNORECASE)
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)  # "2.1 Syntax ....... 15"
_MARK = re.compile(r"^[\d*†‡§¶]+$")
_NOTE_START = re.compile(r"^\s*(\d{1,3}|[*†‡§¶])[.)]?\s+(\S.*)$")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


@dataclass
class _Line:
    text: str
    size: float  # the most common character size of the line
    x0: float
    y0: float
    y1: float
    box: int  # the text box (the reading-order unit) the line belongs to
    x1: float = 0.0


@dataclass
class _Box:
    lines: list[_Line]
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


_Char = tuple[str, float, float, float, float, float, float]  # text, size, x0, y0, x1, y1, baseline


def _chars_to_lines(chars: list[_Char]) -> list[_Line]:
    """Characters in content order to lines: a new line starts where
    the baseline moves, the text goes back left, or a gap wider than a column gutter opens."""
    lines: list[_Line] = []
    run: list[_Char] = []

    def flush() -> None:
        if not run:
            return
        sizes = Counter(round(c[1], 1) for c in run if c[0].strip())
        size = sizes.most_common(1)[0][0] if sizes else round(run[0][1], 1)
        text = "".join(c[0] for c in run if not (_MARK.match(c[0]) and c[1] < 0.8 * size))
        text = text.translate(_LIGATURES).strip()
        if text:
            body = [c for c in run if c[0].strip()] or run
            lines.append(_Line(text, size, min(c[2] for c in body), min(c[3] for c in body),
                               max(c[5] for c in body), -1, max(c[4] for c in body)))
        run.clear()

    last: _Char | None = None  # the run's last visible char
    for char in chars:
        text = char[0]
        if text in ("\r", "\n"):
            continue
        visible = not text.isspace()
        if last is not None and visible:
            tall = char[1] if char[1] > last[1] else last[1]
            if abs(char[6] - last[6]) > 0.5 * tall or char[2] < last[2] - tall or char[2] - last[4] > 1.5 * tall:
                flush()
                last = None
        if last is None and not visible:
            continue
        run.append(char)
        if visible:
            last = char
    flush()
    return lines


def _lines_to_boxes(lines: list[_Line]) -> list[_Box]:
    """Lines to blocks: a line joins the block whose last line sits just above it, left-aligned
    with it or overlapping it, in the same type size; otherwise it opens a block."""
    boxes: list[_Box] = []
    for line in lines:
        height = max(line.y1 - line.y0, line.size)
        home = None
        for box in reversed(boxes[-12:]):
            last = box.lines[-1]
            gap = last.y0 - line.y1
            overlap = min(box.x1, line.x1) - max(box.x0, line.x0)
            if (-0.3 * height < gap < 0.9 * height and abs(last.size - line.size) < 0.15 * line.size
                    and overlap > 0.3 * min(box.width, line.x1 - line.x0)):
                home = box
                break
        if home is None:
            boxes.append(_Box([line], line.x0, line.x1, line.y0, line.y1))
        else:
            home.lines.append(line)
            home.x0, home.x1 = min(home.x0, line.x0), max(home.x1, line.x1)
            home.y0 = min(home.y0, line.y0)
    return boxes


def _decode_date(value: str) -> str:
    match = re.match(r"^D?:?(\d{4})(\d{2})?(\d{2})?", value.strip())
    return "-".join(p for p in match.groups() if p) if match else ""


_XMP = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta>", re.DOTALL)


def _xmp_fields(data: bytes) -> dict[str, str]:
    """Title, creator and date from an XMP packet (written uncompressed, as the XMP spec asks)."""
    from lxml import etree

    fields: dict[str, str] = {}
    match = _XMP.search(data)
    if not match:
        return fields
    try:
        root = etree.fromstring(match.group(0), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return fields
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "xmp": "http://ns.adobe.com/xap/1.0/", "prism": "http://prismstandard.org/namespaces/basic/2.0/"}
    for name, xpath in (("title", "//dc:title//rdf:li/text()"), ("author", "//dc:creator//rdf:li/text()"),
                        ("date", "//prism:publicationDate/text() | //dc:date//rdf:li/text() | //dc:date/text()"
                                 " | //xmp:CreateDate/text() | //@xmp:CreateDate")):
        found = strings(root, xpath, ns)
        if found:
            fields[name] = "; ".join(found) if name == "author" else found[0]
    return fields


def _metadata(document: pypdfium2.PdfDocument, data: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken info dictionary only costs the metadata it would have given
        info = {}
    for name, key in (("title", "Title"), ("author", "Author"), ("date", "CreationDate")):
        value = (info.get(key) or "").strip()
        if name == "date":
            value = _decode_date(value)
        if value:
            fields[name] = value
    for name, value in _xmp_fields(data).items():
        fields.setdefault(name, value)
    if "date" in fields:
        date = iso_date(fields["date"])
        if date:
            fields["date"] = date
        else:
            del fields["date"]
    # Producers write placeholders; a title that is a file name or "untitled" is no title.
    title = fields.get("title", "")
    if re.search(r"(?i)^untitled|\.(?:docx?|pdf|tex|dvi|indd|qxd)$|^microsoft word", title):
        del fields["title"]
    if fields.get("author", "").lower() in PLACEHOLDER_AUTHORS:
        del fields["author"]
    return fields


def _page_chars(page: pypdfium2.PdfPage) -> list[_Char]:
    """(char, size, x0, y0, x1, y1, baseline) per character, through PDFium's C calls directly (its
    Python helpers cost several times as much). The "loose" box spans the font's ascent to
    descent, so its bottom is the same for every glyph of a line: it serves as the baseline."""
    import ctypes

    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]  # no stubs or py.typed

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = pdfium_c.FPDFText_CountChars(handle)
        text = textpage.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # characters outside the BMP: ask for each one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i) or 0xFFFD) for i in range(count))
        rect = pdfium_c.FS_RECTF()
        ref = ctypes.byref(rect)
        get_box, get_size = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetFontSize
        chars = []
        for i, char in enumerate(text):
            if char in "\x02\ufffe":
                char = "-"  # PDFium marks a line-end hyphen as U+0002 (U+FFFE in its text range)
            elif char in "\r\n" or (not char.isprintable() and not char.isspace()):
                continue
            get_box(handle, i, ref)
            chars.append((char, get_size(handle, i), rect.left, rect.bottom, rect.right, rect.top, rect.bottom))
        return chars
    finally:
        textpage.close()


def read_pdf(data: bytes) -> tuple[dict[str, str], str, list[str]]:
    """(metadata fields, line-based text, warnings)."""
    with _PDFIUM:
        fields, pages, warnings = _read_pages(data)
    empty = sum(1 for _, lines in pages if not lines)
    chars = sum(len(line.text) for _, lines in pages for line in lines)
    if not pages or sum(len(line.text.strip()) for _, lines in pages for line in lines) < 20:
        raise Unreadable("no text layer (scanned?): OCR is not supported")
    garbled = sum(line.text.count("\ufffd") for _, lines in pages for line in lines)
    if garbled * 6 > chars:
        raise Unreadable("the PDF's text layer cannot be decoded (its fonts map no characters): OCR is not supported")
    if empty:
        warnings.append(f"{empty} of {len(pages)} pages have no text layer (scanned?) and were left out")
    return fields, _layout_text(pages), warnings


def _read_pages(data: bytes) -> tuple[dict[str, str], list[tuple[float, list[_Line]]], list[str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Unreadable("encrypted PDF: it needs a password to open; save a copy without one and add that") from exc
        raise Unreadable("damaged or not a real PDF (it cannot be parsed)") from exc
    warnings: list[str] = []
    pages: list[tuple[float, list[_Line]]] = []
    chars = 0
    try:
        total = len(document)
        if total > MAX_PAGES:
            warnings.append(f"only the first {MAX_PAGES} of {total} pages were read")
        for number in range(min(total, MAX_PAGES)):
            page = None
            try:
                page = document[number]
            except pdfium.PdfiumError as exc:
                if not pages:
                    raise Unreadable("damaged or not a real PDF (its pages cannot be read)") from exc
                warnings.append(f"the PDF is damaged after page {len(pages)}; the pages before it were read")
            if page is None:
                break
            try:
                height = page.get_height() or 1.0
                width = page.get_width() or 1.0
                boxes = reading_order(_lines_to_boxes(_chars_to_lines(_page_chars(page))), width)
            finally:
                page.close()
            lines: list[_Line] = []
            for box_no, box in enumerate(boxes):
                for line in box.lines:
                    line.box = box_no
                    lines.append(line)
                    chars += len(line.text)
            pages.append((height, lines))
            if chars > MAX_TEXT_CHARS:
                raise Unreadable("file too large after decompression (more text than one document may hold)")
        fields = _metadata(document, data)
    finally:
        document.close()
    return fields, pages, warnings


def reading_order(boxes: list[_Box], width: float) -> list[_Box]:
    """Text boxes in reading order: top to bottom between full-width boxes (titles, wide
    paragraphs), and column by column (left to right, each top to bottom) in between.

    The order of the content stream is not enough: some producers write lines across columns."""
    if len(boxes) < 2:
        return boxes
    wide = [b for b in boxes if b.width > 0.55 * width]
    narrow = [b for b in boxes if b.width <= 0.55 * width]
    starts: list[float] = []
    for x0 in sorted(b.x0 for b in narrow):
        if not starts or x0 - starts[-1] > 0.2 * width:
            starts.append(x0)

    def column(box: _Box) -> int:
        return max((i for i, start in enumerate(starts) if box.x0 >= start - 2), default=0)

    ordered: list[_Box] = []
    remaining = sorted(narrow, key=lambda b: -b.y1)
    for breaker in sorted(wide, key=lambda b: -b.y1):
        above = [b for b in remaining if b.y1 > breaker.y1]
        remaining = [b for b in remaining if b.y1 <= breaker.y1]
        ordered.extend(sorted(above, key=lambda b: (column(b), -b.y1)))
        ordered.append(breaker)
    ordered.extend(sorted(remaining, key=lambda b: (column(b), -b.y1)))
    return ordered


def _layout_text(pages: list[tuple[float, list[_Line]]]) -> str:
    sizes: Counter[float] = Counter()
    for _, lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    # Running headers and footers: the same line (digits aside) in a page band on many pages, or
    # on a nearby page (a chapter's running title changes with the chapter; even and odd pages
    # may carry different ones).
    bands = [{_band_key(line) for line in lines if _in_band(line, height)} for height, lines in pages]
    recurring: Counter[str] = Counter(key for keys in bands for key in keys)
    needed = max(2, int(len(pages) * 0.4))

    def running(number: int, line: _Line) -> bool:
        key = _band_key(line)
        if recurring[key] >= needed:
            return True
        return any(key in bands[k] for k in range(max(0, number - 2), min(len(pages), number + 3)) if k != number)

    paragraphs: list[str] = []
    notes: list[str] = []
    for number, (height, lines) in enumerate(pages):
        kept = [line for line in lines
                if not (_in_band(line, height) and (_PAGE_NUMBER.match(line.text) or running(number, line)))
                and not _TOC_LINE.search(line.text)]
        kept = [line for line in kept if not (_MARK.match(line.text) and line.size < 0.8 * body)]
        body_lines = [line for line in kept if line.size >= 0.9 * body]
        lowest_body = min((line.y0 for line in body_lines), default=height)
        current: list[str] = []
        box = -1
        heading = False
        for line in kept:
            if line.size < 0.9 * body and line.y1 <= lowest_body + 1 and line.y1 < height * 0.5:
                match = _NOTE_START.match(line.text)
                if match or not notes:
                    notes.append(match.group(2) if match else line.text)
                else:
                    notes[-1] += "\n" + line.text
                continue
            is_heading = line.size >= 1.15 * body and len(line.text) <= 200
            if current and (line.box != box or is_heading != heading):
                paragraphs.append(("# " if heading else "") + "\n".join(current))
                current = []
            current.append(line.text)
            box, heading = line.box, is_heading
        if current:
            paragraphs.append(("# " if heading else "") + "\n".join(current))
    text = "\n\n".join(p.replace("\n", " ") if p.startswith("# ") else p for p in paragraphs)
    if notes:
        text += "\n\n# Footnotes\n\n" + "\n\n".join(notes)
    return text


def _in_band(line: _Line, height: float) -> bool:
    return line.y0 > height * (1 - _BAND) or line.y1 < height * _BAND


def _band_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower()).strip()

"""PDF (text layer), read with pdfminer.six's layout analysis.

pdfminer groups characters into lines and lines into text boxes and orders the boxes for
reading, so a two-column page reads column by column even when the file draws its lines across
the columns. On top of that, by position and font size:

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

import io
import re
from collections import Counter
from dataclasses import dataclass

from bot.corpus.readers.base import MAX_TEXT_CHARS, Unreadable, iso_date

MAX_PAGES = 2000
_BAND = 0.09  # top and bottom share of the page where running headers and footers live
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$",
                          re.IGNORECASE)
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
    box: int  # the text box (pdfminer's reading-order unit) the line belongs to


def _line_of(line, box: int) -> _Line | None:  # line: pdfminer LTTextLine
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return None
    sizes = Counter(round(c.size, 1) for c in chars if c.get_text().strip())
    size = sizes.most_common(1)[0][0] if sizes else round(chars[0].size, 1)
    parts: list[str] = []
    for item in line:
        text = item.get_text()
        if isinstance(item, LTChar) and _MARK.match(text) and item.size < 0.8 * size:
            continue  # a footnote marker set small beside the text
        parts.append(text)
    text = "".join(parts).replace("\n", " ").translate(_LIGATURES).strip()
    if not text:
        return None
    return _Line(text, size, line.x0, line.y0, line.y1, box)


def _decode(value: object) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", errors="replace")
        return decode_text(value)
    if isinstance(value, PSLiteral):
        return str(value.name)
    return str(value) if value is not None else ""


def _xmp_fields(xmp: bytes) -> dict[str, str]:
    from lxml import etree

    fields: dict[str, str] = {}
    try:
        root = etree.fromstring(xmp, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return fields
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "xmp": "http://ns.adobe.com/xap/1.0/", "prism": "http://prismstandard.org/namespaces/basic/2.0/"}
    for name, xpath in (("title", "//dc:title//rdf:li/text()"), ("author", "//dc:creator//rdf:li/text()"),
                        ("date", "//prism:publicationDate/text() | //dc:date//rdf:li/text() | //dc:date/text()"
                                 " | //xmp:CreateDate/text() | //@xmp:CreateDate")):
        found = [str(v).strip() for v in root.xpath(xpath, namespaces=ns) if str(v).strip()]
        if found:
            fields[name] = "; ".join(found) if name == "author" else found[0]
    return fields


def _metadata(document) -> dict[str, str]:  # document: pdfminer PDFDocument
    from pdfminer.pdftypes import resolve1, stream_value

    fields: dict[str, str] = {}
    info = resolve1(document.info[0]) if document.info else {}
    for name, key in (("title", "Title"), ("author", "Author"), ("date", "CreationDate")):
        value = _decode(resolve1(info.get(key))).strip() if isinstance(info, dict) else ""
        if name == "date":
            match = re.match(r"^D?:?(\d{4})(\d{2})?(\d{2})?", value)
            value = "-".join(p for p in match.groups() if p) if match else ""
        if value:
            fields[name] = value
    try:
        metadata = document.catalog.get("Metadata")
        if metadata is not None:
            xmp = _xmp_fields(stream_value(metadata).get_data())
            for name, value in xmp.items():
                fields.setdefault(name, value)
    except Exception:  # a broken XMP packet only costs the metadata it would have given
        pass
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
    if fields.get("author", "").lower() in ("anonymous", "unknown", "user", "admin", "author"):
        del fields["author"]
    return fields


def _pages(data: bytes):
    """(PDFDocument, iterator of pdfminer LTPage), raising ``Unreadable`` for encrypted/damaged files."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))  # an empty user password is tried
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise Unreadable("encrypted PDF: it needs a password to open; save a copy without one and add that") from exc
    except Exception as exc:
        raise Unreadable("damaged or not a real PDF (it cannot be parsed)") from exc
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)

    def pages():
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                return
            interpreter.process_page(page)
            yield device.get_result()

    return document, pages()


def read_pdf(data: bytes) -> tuple[dict[str, str], str, list[str]]:
    """(metadata fields, line-based text, warnings)."""
    from pdfminer.layout import LTTextBox, LTTextLine

    document, page_iter = _pages(data)
    warnings: list[str] = []
    pages: list[tuple[float, list[_Line]]] = []
    chars = 0
    try:
        for page in page_iter:
            lines: list[_Line] = []
            boxes = reading_order([obj for obj in page if isinstance(obj, LTTextBox)], page.width or 1.0)
            for box_no, box in enumerate(boxes):
                for line in box:
                    if isinstance(line, LTTextLine):
                        parsed = _line_of(line, box_no)
                        if parsed is not None:
                            lines.append(parsed)
                            chars += len(parsed.text)
            pages.append((page.height or 1.0, lines))
            if chars > MAX_TEXT_CHARS:
                raise Unreadable("file too large after decompression (more text than one document may hold)")
    except Unreadable:
        raise
    except Exception as exc:
        if not pages:
            raise Unreadable("damaged or not a real PDF (its pages cannot be read)") from exc
        warnings.append(f"the PDF is damaged after page {len(pages)}; the pages before it were read")
    if len(pages) >= MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} pages were read")
    fields = _metadata(document)
    empty = sum(1 for _, lines in pages if not lines)
    if not pages or sum(len(line.text.strip()) for _, lines in pages for line in lines) < 20:
        raise Unreadable("no text layer (scanned?): OCR is not supported")
    garbled = sum(line.text.count("(cid:") for _, lines in pages for line in lines)
    if garbled * 6 > chars:
        raise Unreadable("the PDF's text layer cannot be decoded (its fonts map no characters): OCR is not supported")
    if empty:
        warnings.append(f"{empty} of {len(pages)} pages have no text layer (scanned?) and were left out")
    return fields, _layout_text(pages), warnings


def reading_order(boxes: list, width: float) -> list:
    """Text boxes in reading order: top to bottom between full-width boxes (titles, wide
    paragraphs), and column by column (left to right, each top to bottom) in between.

    pdfminer's own box order is a hierarchical grouping that can put a right column first."""
    if len(boxes) < 2:
        return boxes
    wide = [b for b in boxes if b.width > 0.55 * width]
    narrow = [b for b in boxes if b.width <= 0.55 * width]
    starts: list[float] = []
    for x0 in sorted(b.x0 for b in narrow):
        if not starts or x0 - starts[-1] > 0.2 * width:
            starts.append(x0)

    def column(box) -> int:
        return max((i for i, start in enumerate(starts) if box.x0 >= start - 2), default=0)

    ordered: list = []
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
    # Running headers and footers: the same line (digits aside) in a page band on many pages.
    recurring: Counter[str] = Counter()
    for height, lines in pages:
        seen = {_band_key(line) for line in lines if _in_band(line, height)}
        recurring.update(seen)
    needed = max(2, int(len(pages) * 0.4))
    paragraphs: list[str] = []
    notes: list[str] = []
    for height, lines in pages:
        kept = [line for line in lines
                if not (_in_band(line, height) and (_PAGE_NUMBER.match(line.text)
                                                     or recurring[_band_key(line)] >= needed))]
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

"""Writers of real documents in every format the bot reads, made with the libraries writers use.

PDFs come from reportlab (laid out line by line on the canvas, so a test knows exactly where each
line, running header, page number and footnote sits), Word files from python-docx, e-books are
an OPF package of XHTML files in a zip (as EPUB tools write them), web pages are HTML with the
usual boilerplate around the article. Used by the reader tests and by ``bench.formats``; both need
the test extra (reportlab is not a runtime dependency).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path


@dataclass
class Section:
    heading: str
    paragraphs: list[str]
    notes: list[str] = field(default_factory=list)  # footnotes (their markers are added to the text)


# --- PDF ----------------------------------------------------------------------------------

def _break_lines(text: str, width: float, font: str, size: float, *, hyphenate: bool) -> list[str]:
    """Greedy line breaking; a long word that does not fit is split with a hyphen, as TeX would."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if hyphenate and len(word) >= 8 and word.isalpha():
            for cut in range(len(word) - 3, 3, -1):
                head = f"{current} {word[:cut]}-" if current else f"{word[:cut]}-"
                if stringWidth(head, font, size) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def write_pdf(path: Path, sections: list[Section], *, title: str = "", author: str = "",
              columns: int = 1, running_header: str = "", page_numbers: bool = True,
              hyphenate: bool = True, encrypt_password: str | None = None,
              creation_date: str | None = None, row_order: bool = False, toc: bool = False) -> Path:
    """A typeset PDF: 1 or 2 columns, a running header, page numbers, footnotes at the foot of the
    page that calls them (marker as a raised small digit), hyphenation across lines.

    ``row_order`` writes each page's text in rows across the columns (as some producers do, e.g.
    from tables or text frames), so the content-stream order is not the reading order.
    ``running_header`` may hold ``{section}``: the current section's heading (a chapter's running
    title). ``toc`` starts with a table of contents page with dot leaders and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    page_w, page_h = A4
    margin, gutter, body_size, leading = 56.0, 18.0, 10.0, 13.0
    col_w = (page_w - 2 * margin - gutter * (columns - 1)) / columns
    top, bottom = page_h - margin - 24, margin + 30
    encrypt = None
    if encrypt_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(encrypt_password, canPrint=0)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creation_date:  # "D:YYYYMMDDhhmmssZ"
        c.setDateFormatter(lambda *_: creation_date)
    page = 1
    col = 0
    y = top
    page_notes: list[tuple[int, str]] = []
    note_no = 0
    draws: list[tuple[float, float, str, float, str]] = []  # (y, x, font, size, text) of one page

    def draw(x: float, y_pos: float, font: str, size: float, text: str) -> None:
        draws.append((y_pos, x, font, size, text))

    def finish_page() -> None:
        nonlocal page, col, y, page_notes
        if running_header and (current_section or "{section}" not in running_header):
            draw(margin, page_h - margin + 4, "Helvetica-Oblique", 8,
                 running_header.replace("{section}", current_section))
        if page_notes:
            ny = bottom - 4
            for number, note in page_notes:
                for k, line in enumerate(_break_lines(note, page_w - 2 * margin - 10, "Helvetica", 7,
                                                      hyphenate=False)):
                    draw(margin, ny, "Helvetica", 7, (f"{number} " if k == 0 else "   ") + line)
                    ny -= 9
        if page_numbers:
            draw(page_w / 2 - 3, margin - 20, "Helvetica", 8, str(page))
        ops = sorted(draws, key=lambda d: (-round(d[0]), d[1])) if row_order else draws
        for y_pos, x, font, size, text in ops:
            c.setFont(font, size)
            c.drawString(x, y_pos, text)
        draws.clear()
        c.showPage()
        page += 1
        col, y, page_notes = 0, top, []

    def advance(lines_needed: int = 1) -> None:
        nonlocal col, y
        floor = bottom + 12 + 9 * sum(1 + len(n) // 120 for _, n in page_notes)
        if y - leading * lines_needed < floor:
            col += 1
            y = top
            if col >= columns:
                finish_page()

    def x_of() -> float:
        return margin + col * (col_w + gutter)

    current_section = ""
    if toc:
        toc_y = top
        for number, section in enumerate(sections, 1):
            draw(margin, toc_y, "Times-Roman", body_size,
                 f"{number}. {section.heading} " + "." * (60 - len(section.heading)) + f" {number + 1}")
            toc_y -= leading
        finish_page()
    for section in sections:
        current_section = section.heading
        if section.heading:
            advance(3)
            draw(x_of(), y, "Helvetica-Bold", 13, section.heading)
            y -= leading * 1.6
        notes = list(section.notes)
        for para in section.paragraphs:
            marker = ""
            if notes and para.endswith("^"):
                para = para[:-1]
                note_no += 1
                marker = str(note_no)
                page_notes.append((note_no, notes.pop(0)))
            lines = _break_lines(para, col_w - 6, "Times-Roman", body_size, hyphenate=hyphenate)
            for i, line in enumerate(lines):
                advance()
                draw(x_of(), y, "Times-Roman", body_size, line)
                if marker and i == len(lines) - 1:
                    draw(x_of() + stringWidth(line, "Times-Roman", body_size) + 0.5, y + 4, "Times-Roman", 6, marker)
                y -= leading
            y -= leading * 0.6
    finish_page()
    c.save()
    return path


def write_image_only_pdf(path: Path) -> Path:
    """A 'scanned' PDF: each page is one picture of text, with no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for row in range(30):
        draw.text((40, 30 + row * 24), "A scanned line of text that only a picture holds.", fill=0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(2):
        c.drawImage(ImageReader(image), 40, 40, width=A4[0] - 80, height=A4[1] - 80)
        c.showPage()
    c.save()
    return path


# --- DOCX ---------------------------------------------------------------------------------

def write_docx(path: Path, sections: list[Section], *, title: str = "", author: str = "",
               created: str | None = None, quote: tuple[str, str] | None = None,
               bullets: list[str] | None = None, table: list[list[str]] | None = None) -> Path:
    from datetime import datetime

    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if author:
        document.core_properties.author = author
    if created:
        document.core_properties.created = datetime.fromisoformat(created)
    if title:
        document.add_heading(title, level=0)
    for i, section in enumerate(sections):
        if section.heading:
            document.add_heading(section.heading, level=1)
        for para in section.paragraphs:
            document.add_paragraph(para)
        if i == 0 and quote:
            document.add_paragraph(quote[0], style="Quote")
            document.add_paragraph(quote[1], style="Quote")
        if i == 0 and bullets:
            for item in bullets:
                document.add_paragraph(item, style="List Bullet")
        if i == 0 and table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for k, cell in enumerate(row):
                    grid.cell(r, k).text = cell
    document.save(str(path))
    return path


# --- HTML ---------------------------------------------------------------------------------

BOILERPLATE = {
    "nav": "Home | World | Business | Sport | Opinion | Subscribe to our newsletter",
    "cookie": "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "comment": "Reader comment: totally agree with this article, great read, thanks for sharing.",
    "footer": "Copyright 2024 Example Media Group. All rights reserved. Privacy policy. Contact us.",
    "related": "Related stories: Ten things you did not know about railways",
    "script": "window.dataLayer.push({'event': 'pageview'})",
}


def html_page(sections: list[Section], *, title: str, author: str = "", published: str = "",
              site: str = "Example News", blockquote: tuple[str, str] | None = None,
              bullets: list[str] | None = None) -> str:
    """A news article page wrapped in everything a real site puts around one."""
    b = BOILERPLATE
    body: list[str] = []
    for i, section in enumerate(sections):
        if section.heading:
            body.append(f"<h2>{escape(section.heading)}</h2>")
        body.extend(f"<p>{escape(p)}</p>" for p in section.paragraphs)
        if i == 0 and blockquote:
            body.append(f"<blockquote><p>{escape(blockquote[0])}</p><footer>{escape(blockquote[1])}</footer>"
                        "</blockquote>")
        if i == 0 and bullets:
            body.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in bullets) + "</ul>")
    meta = [f'<meta property="og:title" content="{escape(title)}">',
            f'<meta property="og:site_name" content="{escape(site)}">']
    if author:
        meta.append(f'<meta name="author" content="{escape(author)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    nav_links = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in b["nav"].split(" | "))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
{chr(10).join(meta)}
<script>{b["script"]}</script><style>body {{ font-family: serif; }}</style></head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>{b["cookie"]}</p><button>Accept</button></div>
<header class="site-header"><a href="/">{escape(site)}</a><nav class="menu"><ul>{nav_links}</ul></nav></header>
<div class="layout">
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">{b["related"]}</a></li></ul></aside>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By {escape(author)} · <time datetime="{published}">{published[:10]}</time></p>
{chr(10).join(body)}
<script>document.write("{b["script"]}")</script>
</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>{b["comment"]}</p></div></section>
</main></div>
<footer class="site-footer"><p>{b["footer"]}</p></footer>
<!-- tracking: {b["script"]} -->
<noscript>Please enable JavaScript to read the comments.</noscript>
</body></html>
"""


# --- EPUB ---------------------------------------------------------------------------------

def write_epub(path: Path, chapters: list[Section], *, title: str, author: str = "", date: str = "",
               bomb_bytes: int = 0) -> Path:
    """An EPUB 3 package; ``bomb_bytes`` adds a chapter of that many zeros (a zip bomb)."""
    manifest, spine = [], []
    files: dict[str, bytes] = {}
    note_no = 0
    for i, chapter in enumerate(chapters, 1):
        notes = list(chapter.notes)
        parts, asides = [], []
        for para in chapter.paragraphs:
            if notes and para.endswith("^"):  # a footnote: a noteref mark here, the note in an aside
                note_no += 1
                parts.append(f'<p>{escape(para[:-1])}<a epub:type="noteref" href="#n{note_no}">'
                             f"<sup>{note_no}</sup></a></p>")
                asides.append(f'<aside epub:type="footnote" id="n{note_no}"><p>{escape(notes.pop(0))}</p></aside>')
            else:
                parts.append(f"<p>{escape(para)}</p>")
        files[f"OEBPS/ch{i}.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{escape(chapter.heading)}</title></head><body><section>"
            f"<h1>{escape(chapter.heading)}</h1>{''.join(parts)}</section>{''.join(asides)}</body></html>").encode()
        manifest.append(f'<item id="ch{i}" href="ch{i}.xhtml" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="ch{i}"/>')
    files["OEBPS/nav.xhtml"] = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
                                'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
                                + "".join(f'<li><a href="ch{i}.xhtml">{escape(ch.heading)}</a></li>'
                                          for i, ch in enumerate(chapters, 1))
                                + "</ol></nav></body></html>").encode()
    manifest.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>')
    files["OEBPS/content.opf"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>{escape(title)}</dc:title>'
        + (f"<dc:creator>{escape(author)}</dc:creator>" if author else "")
        + (f"<dc:date>{date}</dc:date>" if date else "")
        + f'<dc:language>en</dc:language></metadata><manifest>{"".join(manifest)}</manifest>'
        f'<spine>{"".join(spine)}</spine></package>').encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml",
                         '<?xml version="1.0"?><container version="1.0" '
                         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                         '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                         "</rootfiles></container>")
        for name, data in files.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        if bomb_bytes:
            bomb = zipfile.ZipInfo("OEBPS/zeros.xhtml")
            bomb.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(bomb, "w") as handle:
                chunk = b"\0" * (1 << 20)
                for _ in range(bomb_bytes >> 20):
                    handle.write(chunk)
    path.write_bytes(buffer.getvalue())
    return path


def zip_bomb_docx(path: Path, megabytes: int) -> Path:
    """A .docx whose document part inflates to ``megabytes`` MB (about 1000:1 compression)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
                         '.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w") as handle:
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                handle.write(chunk)
    return path

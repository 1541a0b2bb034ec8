"""Word documents (``.docx``), read with python-docx: paragraphs and tables in document order,
headings by paragraph style (including custom styles based on a heading), list items, quotes,
and the core properties (title, author, created) as metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.corpus.readers.base import PLACEHOLDER_AUTHORS, Block, BlockRole, Unreadable, iso_date, open_zip

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph


def _style_chain(paragraph: Paragraph) -> list[str]:
    names: list[str] = []
    style = paragraph.style
    while style is not None and len(names) < 8:
        names.append((style.name or "").lower())
        style = style.base_style
    return names


def _role(paragraph: Paragraph, cache: dict[str | None, BlockRole]) -> BlockRole:
    """By the paragraph's style and the styles it is based on (looked up once per style: python-docx
    resolves a style by scanning every style in the file)."""
    style_id = paragraph._p.style  # None: the default paragraph style
    if style_id not in cache:
        names = _style_chain(paragraph)
        role: BlockRole = "para"
        if any(n.startswith(("heading", "title", "subtitle")) for n in names):
            role = "heading"
        elif any("quote" in n for n in names):
            role = "quote"
        elif any(n.startswith("list") for n in names):
            role = "item"
        cache[style_id] = role
    role = cache[style_id]
    if role == "para" and paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return "item"  # numbered or bulleted by direct formatting
    return role


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _footnotes(data: bytes) -> list[str]:
    """The text of each footnote and endnote (python-docx does not read them); their reference
    marks are not in the paragraphs' text, so the notes go after the body, as in a PDF."""
    from lxml import etree

    notes: list[str] = []
    with open_zip(data, "Word file") as archive:
        names = set(archive.namelist())
        for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            if part not in names:
                continue
            try:
                root = etree.fromstring(archive.read(part), parser=etree.XMLParser(resolve_entities=False,
                                                                                    no_network=True))
            except (etree.XMLSyntaxError, OSError, ValueError):
                continue  # a damaged notes part costs the notes, not the document
            for note in root.iter(f"{_W}{tag}"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join("".join(str(t) for t in para.itertext()).strip()
                                for para in note.iter(f"{_W}p"))
                if text.strip():
                    notes.append(" ".join(text.split()))
    return notes


def read_docx(data: bytes) -> tuple[dict[str, str], list[Block]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    open_zip(data, "Word file").close()  # refuses zip bombs before python-docx inflates anything
    import io

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise Unreadable("damaged Word file (python-docx cannot open it; is it really .docx?)") from exc
    blocks: list[Block] = []
    quote: list[str] = []
    roles: dict[str | None, BlockRole] = {}

    def flush_quote() -> None:
        if quote:
            blocks.append(Block("quote", " ".join(quote)))
            quote.clear()

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            role = _role(item, roles)
            if role == "quote":
                quote.append(text)  # consecutive quote paragraphs (the words, then "— Author") are one quote
                continue
            flush_quote()
            blocks.append(Block(role, text))
        elif isinstance(item, Table):
            flush_quote()
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                if cells:
                    blocks.append(Block("cell", " · ".join(cells)))
    flush_quote()
    blocks.extend(Block("note", note) for note in _footnotes(data))
    props = document.core_properties
    fields: dict[str, str] = {}
    if (props.title or "").strip():
        fields["title"] = props.title.strip()
    author = (props.author or "").strip()
    if author.lower() not in PLACEHOLDER_AUTHORS:
        fields["author"] = author
    when = props.created or None
    date = iso_date(when.date().isoformat()) if when is not None and when.year > 1980 else None
    if date and author != "python-docx":  # python-docx's own template carries a 2013 date
        fields["date"] = date
    if not any(b.role != "heading" for b in blocks):
        raise Unreadable("no text in the Word file")
    return fields, blocks

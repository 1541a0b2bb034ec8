"""E-books (``.epub``), read with zipfile and lxml (EbookLib is AGPL): ``META-INF/container.xml``
names the OPF package, whose metadata gives title, author and date and whose spine gives the
chapters in reading order; each XHTML chapter is read with the web-page block walker (its
navigation and scripts dropped; footnote asides kept as notes)."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from lxml import etree

from bot.corpus.readers.base import Block, Unreadable, iso_date, open_zip, read_member
from bot.corpus.readers.html import parse_html, remove_boilerplate, text_of, walk
from bot.corpus.readers.xpath import elements, strings

_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "opf": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/"}
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _xml(data: bytes, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, parser=_XML)
    except etree.XMLSyntaxError as exc:
        raise Unreadable(f"damaged e-book ({what} is not well-formed XML)") from exc


def read_epub(data: bytes) -> tuple[dict[str, str], list[Block]]:
    with open_zip(data, "e-book") as archive:
        container = _xml(read_member(archive, "META-INF/container.xml", "e-book"), "container.xml")
        rootfile = strings(container, "//c:rootfile/@full-path", _NS)
        if not rootfile:
            raise Unreadable("damaged e-book (container.xml names no package)")
        opf_path = rootfile[0]
        opf = _xml(read_member(archive, opf_path, "e-book"), opf_path)
        base = posixpath.dirname(opf_path)
        fields: dict[str, str] = {}
        for name, xpath in (("title", "//dc:title/text()"), ("author", "//dc:creator/text()"),
                            ("date", "//dc:date/text()")):
            found = strings(opf, xpath, _NS)
            if found:
                fields[name] = "; ".join(found) if name == "author" else found[0]
        if "date" in fields:
            date = iso_date(fields["date"])
            if date:
                fields["date"] = date
            else:
                del fields["date"]
        manifest = {item.get("id"): item for item in elements(opf, "//opf:manifest/opf:item", _NS)}
        blocks: list[Block] = []
        for ref in elements(opf, "//opf:spine/opf:itemref", _NS):
            item = manifest.get(ref.get("idref"))
            if item is None or "nav" in (item.get("properties") or "").split():
                continue
            if "html" not in (item.get("media-type") or ""):
                continue
            href = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
            blocks.extend(_chapter(read_member(archive, href, "e-book")))
    if not any(b.role != "heading" for b in blocks):
        raise Unreadable("no text in the e-book's chapters")
    return fields, blocks


def _chapter(data: bytes) -> list[Block]:
    if not data.strip():
        return []
    root = parse_html(data)
    # Footnotes are <aside epub:type="footnote"> (the HTML parser keeps "epub:type" as the name).
    notes = [text_of(el) for el in root.iter("aside")
             if any(key.endswith("type") and "note" in value for key, value in el.attrib.items())]
    remove_boilerplate(root, by_class=False)
    body = root.find("body")
    blocks = list(walk(body if body is not None else root))
    blocks.extend(Block("note", note) for note in notes if note)
    return blocks

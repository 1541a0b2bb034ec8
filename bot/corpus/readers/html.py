"""Web pages (``.html``/``.htm``): the main article, without navigation, menus, cookie banners,
comments, footers or scripts; and the page's own metadata (``og:title``, ``author``,
``article:published_time``, ``<time>``, the canonical address).

Our own extractor on lxml (see the measurement in the commit that added it): boilerplate is
dropped by element (script, nav, aside, forms, site header and footer), by ARIA role and by the
usual class/id words (cookie, consent, menu, comments, related, share, newsletter, ...); the
article is ``<article>``, else ``<main>``, else the element holding the most paragraph text.
The same block walker reads the XHTML chapters of an EPUB.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from bot.corpus.readers.base import Block, BlockRole, Unreadable, iso_date
from bot.corpus.readers.xpath import elements
from bot.corpus.timex import MONTHS

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
              "input", "select", "textarea", "nav", "aside", "object", "embed", "video", "audio", "map",
              "dialog", "menu")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert",
               "menu", "menubar", "toolbar", "alertdialog"}
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|newsletter|subscribe|subscription|signup|sign-up|share|"
    r"sharing|social|comments?|disqus|related|recommended|promo|advert|ads?|sponsored|sidebar|breadcrumbs?|"
    r"menu|navbar|nav|footer|popup|modal|paywall|byline|masthead|toolbar|skip-link|tags|author-bio|"
    r"print-only|visually-hidden|sr-only|hidden)(?:$|[\s_-])", re.IGNORECASE)
_KEEP = {"html", "body", "main", "article"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_PARAS = {"p", "dd", "dt", "figcaption", "address", "caption", "summary"}
_SKIP_CONTENT = {"pre", "img", "picture", "math"}
_CONTAINERS = {"div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tbody", "thead",
               "tfoot", "figure", "details", "center", "header", "footer", "hgroup", "blockquote", "html"}
_BLOCK_LEVEL = {"p", "div", "footer", "header", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                "section", "dd", "dt", "figcaption", "table"}
_SPACE = re.compile(r"\s+")
_PERMALINKS = {"¶", "#", "§", "🔗", "⚓", ""}
_DOUBLE_BR = re.compile(r"\x1d\s*\x1d[\s\x1d]*")
_NOTE_MARK = re.compile(r"^\[?\s*(?:\d{1,3}|[*†‡§]|[ivx]{1,4})\s*\]?$")


_UTF8 = lxml.html.HTMLParser(encoding="utf-8")


def parse_html(data: bytes) -> lxml.html.HtmlElement:
    if not data.strip():
        raise Unreadable("empty file")
    parser: lxml.html.HTMLParser | None = None
    head = data[:4096].lower()
    if b"charset" not in head and b"encoding=" not in head:
        try:
            data.decode("utf-8")
            parser = _UTF8  # no declared encoding: libxml2 would assume Latin-1
        except UnicodeDecodeError:
            pass
    try:
        root = lxml.html.document_fromstring(data, parser=parser) if parser else lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise Unreadable("not a readable web page (the HTML cannot be parsed)") from exc
    return root


def _attr_text(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def remove_boilerplate(root: lxml.html.HtmlElement, *, by_class: bool = True) -> None:
    for comment in root.xpath("//comment() | //processing-instruction()"):
        _drop(comment)
    total = sum(len(p.text_content()) for p in root.iter("p"))
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.split("}")[-1].lower()
        if tag in _KEEP:
            continue
        role = (el.get("role") or "").lower()
        in_quote = any(a.tag == "blockquote" for a in el.iterancestors())
        drop = (tag in _DROP_TAGS or role in _DROP_ROLES or el.get("hidden") is not None
                or el.get("aria-hidden") == "true" or "display:none" in (el.get("style") or "").replace(" ", ""))
        if tag in ("header", "footer") and not in_quote:
            # The page's header and footer go; an article's own header (its title) stays.
            drop = drop or not any(a.tag in ("article", "main") for a in el.iterancestors())
            drop = drop or tag == "footer"
        if not drop and by_class and not in_quote and _BOILERPLATE.search(_attr_text(el)):
            # A class word is only a hint: "overflow-hidden" or "has-share-bar" on the element
            # that holds most of the page's paragraphs is the article's wrapper, not boilerplate.
            inner = sum(len(p.text_content()) for p in el.iter("p"))
            drop = not (inner > 500 and inner > 0.4 * total)
        if drop:
            _drop(el)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_EXPONENT = re.compile(r"([-−–])?\+?\d{1,3}")
_BASE = re.compile(r"(?:\d|\b(?:m|km|cm|mm|s|ft))\Z")  # what a power follows: a number or a unit
_YEAR_END = re.compile(r"\b1\d{3}\Z|\b20\d{2}\Z")
_SUPERSCRIPT = str.maketrans("0123456789-+−–", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁻⁻")


def _text(el: etree._Element, out: list[str], *, skip_lists: bool = False) -> None:
    """The visible text of ``el`` (footnote reference marks such as <sup>3</sup> left out)."""
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            tag = child.tag.split("}")[-1].lower()
            if tag == "br":
                out.append(" ")
            elif tag in _BLOCK_LEVEL:
                out.append(" ")
                _text(child, out, skip_lists=False)
                out.append(" ")
            elif tag == "sup" and (power := _EXPONENT.fullmatch("".join(str(t) for t in child.itertext()).strip())) \
                    and _BASE.search("".join(out[-3:])) and (power.group(1) or not _YEAR_END.search("".join(out[-3:]))):
                # "10<sup>-9</sup>" is ten to the minus nine, never "10-9", and "km<sup>2</sup>" square kilometres; a
                # mark after a year ("in 1859<sup>4</sup>") is a footnote's (judge 238)
                out.append(power.group(0).translate(_SUPERSCRIPT))
            elif not (_is_note_ref(child, tag) or (skip_lists and tag in ("ul", "ol"))
                      or tag in _SKIP_CONTENT):
                _text(child, out)
        if child.tail:
            out.append(child.tail)


def _is_note_ref(el: etree._Element, tag: str) -> bool:
    """A footnote reference mark (<sup>3</sup>, a link to #fn3 reading "[3]") or a heading's
    permalink (a link to #section reading ¶, # or §)."""
    if tag == "sup" or (tag == "a" and (el.get("href") or "").startswith("#")):
        text = "".join(str(t) for t in el.itertext()).strip()
        return bool(_NOTE_MARK.match(text)) or (tag == "a" and text in _PERMALINKS)
    return False


def text_of(el: etree._Element, *, skip_lists: bool = False) -> str:
    out: list[str] = []
    _text(el, out, skip_lists=skip_lists)
    return _SPACE.sub(" ", "".join(out)).strip()


def _tag(el: etree._Element) -> str:
    tag = getattr(el, "tag", None)  # a comment's or processing instruction's tag is a function
    return tag.split("}")[-1].lower() if isinstance(tag, str) else ""


def walk(el: etree._Element) -> Iterator[Block]:
    """The blocks under ``el`` in document order."""
    pending: list[str] = []

    def flush() -> Iterator[Block]:
        # Text straight in a container, with <br><br> between paragraphs (\x1d marks a <br>).
        for part in _DOUBLE_BR.split("".join(pending)):
            text = _SPACE.sub(" ", part.replace("\x1d", " ")).strip()
            if text:
                yield Block("para", text)
        pending.clear()

    if el.text:
        pending.append(el.text)
    for child in el:
        tag = _tag(child)
        if not tag:
            pass
        elif tag == "br":
            pending.append("\x1d")
        elif tag in _HEADINGS:
            yield from flush()
            text = text_of(child)
            if text:
                yield Block("heading", text)
        elif tag == "blockquote":
            yield from flush()
            text = text_of(child)
            if text:
                yield Block("quote", text)
        elif tag == "li":
            yield from flush()
            text = text_of(child, skip_lists=True)
            if text:
                yield Block("item", text)
            for sub in child.iter("ul", "ol"):
                if sub.getparent() is child:
                    yield from walk(sub)
        elif tag == "tr":
            yield from flush()
            cells = [cell for cell in child if _tag(cell) in ("td", "th")]
            if any(_has_block_child(cell) for cell in cells):
                for cell in cells:  # a layout table: its cells hold paragraphs, not data
                    yield from walk(cell)
                continue
            row = " · ".join(text for text in (text_of(cell) for cell in cells) if text)
            if row:
                yield Block("cell", row)
        elif tag in _PARAS:
            yield from flush()
            text = text_of(child)
            if text:
                role: BlockRole = "para"
                yield Block(role, text)
        elif tag in _SKIP_CONTENT:
            yield from flush()
        elif tag in _CONTAINERS or _has_block_child(child):
            yield from flush()
            yield from walk(child)
        else:
            pending.append(text_of(child) + " ")
        if tag and child.tail:
            pending.append(child.tail)
    yield from flush()


def _has_block_child(el: etree._Element) -> bool:
    return any(_tag(c) in _HEADINGS or _tag(c) in _PARAS or _tag(c) in _CONTAINERS or _tag(c) in ("li", "tr")
               for c in el)


def main_content(root: lxml.html.HtmlElement) -> etree._Element:
    """<article> (the one with most text), else <main>, else the densest paragraph container."""
    found_body = root.find("body")
    body: etree._Element = found_body if found_body is not None else root
    for xpath in ("//article", "//main | //*[@role='main']"):
        found = elements(root, xpath)
        if found:
            best = max(found, key=lambda e: len(text_of(e)))
            if len(text_of(best)) >= 200 or len(found) == 1:
                return best
    scores: dict[etree._Element, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(text_of(p))
    if not scores:
        return body
    best = max(scores, key=lambda e: scores[e])
    total = sum(scores.values())
    # Paragraphs split over sibling containers: climb while the parent holds much more of the text.
    while (parent := best.getparent()) is not None and best is not body:
        inside = sum(s for e, s in scores.items() if e is parent or any(a is parent for a in e.iterancestors()))
        if inside < 0.9 * total or inside <= scores[best] * 1.2:
            break
        best = parent
    return best


def _meta(root: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in elements(root, f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']"):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


SHORT_LINE_WORDS = 15  # a byline or a footer line; a sentence of the article is longer
_MONTH = "(" + "|".join(m.capitalize() for m in list(MONTHS)[:12]) + ")"  # the full names come first
_YEAR = r"((?:1[5-9]|20)\d{2})"
# "Published 12 March 2017", "Posted on March 12, 2017", "Updated: 2017": the page's own words for its date
_PUBLISHED = re.compile(rf"\b(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Ww]ritten)(?:\s+on)?:?\s+(?:(\d{{1,2}})\s+{_MONTH}\s+"
                        rf"|{_MONTH}\s+(\d{{1,2}}),?\s+|{_MONTH}\s+)?{_YEAR}\b")
# "© 2020 Remarkable Lives Magazine": one year (a range "© 2009-2024" dates the site, not the page)
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|[Cc]opyright)\s*(?:©\s*)?{_YEAR}\b(?!\s*[–-]\s*\d)")


def _written_date(root: lxml.html.HtmlElement, author: str | None) -> str | None:
    """A date the page writes but does not tag, in a short line (a byline or a footer, never a sentence of
    the article): "Published 12 March 2017", else the author's name with one year ("Susan Feldhaus —
    2020"), else a one-year copyright line ("© 2020 Remarkable Lives")."""
    lines = []
    for el in elements(root, "//p | //span | //div[not(*)] | //address | //small | //li"):
        line = _SPACE.sub(" ", " ".join(str(t) for t in el.itertext())).strip()  # text_content() runs "1999" into what follows
        if line and len(line.split()) <= SHORT_LINE_WORDS:
            lines.append(line)
    for line in lines:
        if m := _PUBLISHED.search(line):
            day, month = m.group(1) or m.group(4), m.group(2) or m.group(3) or m.group(5)
            date = m.group(6)
            if month:
                date += f"-{MONTHS[month.lower()]:02d}" + (f"-{int(day):02d}" if day else "")
            return iso_date(date)
    for line in lines:
        years = re.findall(_YEAR, line)
        if author and author in line and len(years) == 1:
            return str(years[0])
    for line in lines:
        if m := _COPYRIGHT.search(line):
            return m.group(1)
    return None


def html_metadata(root: lxml.html.HtmlElement) -> dict[str, str]:
    fields: dict[str, str] = {}
    title = _meta(root, "og:title", "twitter:title", "dc.title", "DC.title", "citation_title")
    if not title:
        h1 = root.xpath("//h1")
        page_title = root.findtext(".//title") or ""
        title = text_of(h1[0]) if h1 else re.split(r"\s+[|–—·]\s+|\s+-\s+", page_title.strip())[0]
    if title:
        fields["title"] = _SPACE.sub(" ", title).strip()
    author = _meta(root, "author", "article:author", "dc.creator", "DC.creator", "citation_author",
                   "parsely-author", "sailthru.author")
    if not author:
        rel = root.xpath("//a[@rel='author'] | //*[@itemprop='author']")
        author = text_of(rel[0]) if rel else None
    if author and not author.startswith("http"):
        fields["author"] = author
    date = iso_date(_meta(root, "article:published_time", "datePublished", "og:published_time",
                          "dc.date", "DC.date", "citation_publication_date", "date", "pubdate"))
    if not date:
        for time_el in root.xpath("//time"):
            date = iso_date(time_el.get("datetime") or time_el.text_content())
            if date:
                break
    if not date:
        date = _written_date(root, author)
    if date:
        fields["date"] = date
    kind = _meta(root, "kind", "dc.type", "DC.type")  # checked, and read through aliases, by build_meta
    if not kind and (_meta(root, "og:type") == "article" or root.xpath("//article")):
        kind = "article"  # a page that says it is an article, or wraps its text in <article>
    if kind:
        fields["kind"] = kind
    url = _meta(root, "og:url")
    if not url:
        canonical = root.xpath("//link[@rel='canonical']/@href")
        url = str(canonical[0]) if canonical else None
    if url and url.startswith(("http://", "https://")):
        fields["url"] = url
    return fields


def read_html(data: bytes) -> tuple[dict[str, str], list[Block]]:
    root = parse_html(data)
    fields = html_metadata(root)
    remove_boilerplate(root)
    blocks = list(walk(main_content(root)))
    if not any(b.role != "heading" for b in blocks):
        raise Unreadable("no readable text (the page holds only scripts, menus or markup)")
    return fields, blocks

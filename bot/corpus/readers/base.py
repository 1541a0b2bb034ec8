"""What every reader shares: the document records, limits, front matter, sidecars and metadata.

A document may carry its metadata in a small front-matter block at its top (text and Markdown),
or in a sidecar file next to it named after it plus ``.yaml`` (``report.pdf.yaml``) holding the
same fields (any format; the only way for PDF, HTML, DOCX and EPUB)::

    ---
    title: China Russia strategic ties
    author: Global Times
    kind: opinion            # paper | news | opinion
    date: 2017-07            # YYYY, YYYY-MM or YYYY-MM-DD
    url: https://example.org/article
    ---

Only ``key: value`` lines are read (a deliberately tiny subset of YAML, so a date stays a
string and a stray colon in a title cannot break parsing). Without them, the fields come from
the file itself (PDF info dictionary or XMP, HTML meta tags, DOCX core properties, EPUB OPF);
a sidecar's fields override the file's, and a text file's front matter. A bad field is reported
and ignored; a bad file is reported and skipped; nothing here ever stops the build.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from bot.corpus.model import DOC_KINDS, DocMeta

MAX_BYTES = 10 * 1024 * 1024  # one document file; a bigger file is almost surely not prose
MAX_UNZIPPED = 64 * 1024 * 1024  # a DOCX or EPUB, all its parts inflated (zip bombs)
MAX_ZIP_MEMBERS = 5000
MAX_TEXT_CHARS = 20_000_000  # extracted text of one document (a PDF's streams can inflate too)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")

# What a structured reader (HTML, DOCX, EPUB, Markdown) knows about each block of text.
# heading: a heading; para: a paragraph; item: a list item; quote: a blockquote (with its
# attribution); cell: a table cell; note: a footnote. Only headings can become titles.
BlockRole = Literal["heading", "para", "item", "quote", "cell", "note"]


@dataclass(frozen=True)
class Block:
    role: BlockRole
    text: str


@dataclass
class RawDocument:
    doc_key: str  # path relative to the folder, with "/" separators
    text: str  # text and Markdown: decoded, front matter removed; PDF: line-based extraction; else ""
    raw_sha256: str  # of the file's bytes
    meta: DocMeta
    has_metadata: bool  # front matter, a sidecar or the file's own title: never re-guess the title
    warnings: list[str] = field(default_factory=list)  # reported, never fatal
    blocks: list[Block] | None = None  # the structure a parser found; None for line-based text
    format: str = "text"  # text | markdown | pdf | html | docx | epub


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str  # one polite sentence fragment, shown after the file name


class Unreadable(Exception):
    """Raised by a reader for a file it cannot use; the message is the reason shown to the owner."""


# Authors that producers and templates write when nobody said who wrote the document.
PLACEHOLDER_AUTHORS = frozenset({"anonymous", "unknown", "user", "admin", "administrator", "author",
                                 "python-docx", "microsoft office user", "windows user", "owner"})


def valid_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= 31


def iso_date(value: str | None) -> str | None:
    """The YYYY, YYYY-MM or YYYY-MM-DD prefix of a date as files write it, or None."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return None
    date = "-".join(part for part in match.groups() if part)
    return date if valid_date(date) else None


def parse_fields(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    fields: dict[str, str] = {}
    warnings: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped in ("---", "..."):
            continue
        match = _FIELD.match(stripped)
        if not match:
            warnings.append(f"front-matter line ignored: {stripped[:60]!r}")
            continue
        value = match.group(2).strip()
        if " #" in value and not value.startswith(("'", '"')):
            value = value.split(" #", 1)[0].rstrip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[match.group(1).lower()] = value
    return fields, warnings


def split_front_matter(text: str) -> tuple[dict[str, str] | None, str, list[str]]:
    """Return (fields or None, the text after the block, warnings)."""
    if not text.startswith("---"):
        return None, text, []
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, []
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return None, text, ["a front-matter block was opened with '---' but never closed; read as text"]
    fields, warnings = parse_fields(lines[1:end])
    return fields, "\n".join(lines[end + 1 :]), warnings


SIDECAR_SUFFIXES = (".yaml", ".yml")


def sidecar_of(path: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> tuple[dict[str, str] | None, list[str]]:
    """The fields of ``name.ext.yaml`` beside a document (None when there is none)."""
    sidecar = sidecar_of(path)
    if sidecar is None:
        return None, []
    try:
        data = sidecar.read_bytes()[:65536]
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None, [f"sidecar {sidecar.name} could not be read as UTF-8 text; ignored"]
    fields, warnings = parse_fields(text.replace("\r\n", "\n").split("\n"))
    return fields, [f"{sidecar.name}: {w}" for w in warnings]


def pretty_name(doc_key: str) -> str:
    stem = Path(doc_key).stem
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else doc_key


def fallback_title(text: str, doc_key: str) -> str:
    """The first non-empty line when it looks like a title (short, no final period), else the file name."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip().strip("*_").strip()
        if not line:
            continue
        if len(line) <= 150 and not line.endswith((".", ",", ";", ":")) and len(line.split()) <= 20:
            return line
        break
    return pretty_name(doc_key)


# Kinds of writing owners name that are one of DOC_KINDS in other words: cited, and treated, as that kind.
KIND_ALIASES: dict[str, str] = {
    # (engineering and technology are kinds of their own: a judge rejected a page its owner called engineering
    # cited as science, judge 73)
    **dict.fromkeys(("medicine", "astronomy", "physics", "chemistry", "biology",
                     "geology", "mathematics", "nature", "natural history"), "science"),
    **dict.fromkeys(("tech",), "technology"),
    **dict.fromkeys(("profile", "obituary", "memoir", "autobiography", "life"), "biography"),
    **dict.fromkeys(("editorial", "column", "commentary", "op-ed", "oped"), "opinion"),
    **dict.fromkeys(("journal article", "study", "thesis", "dissertation", "research"), "paper"),
    **dict.fromkeys(("feature", "encyclopedia", "encyclopaedia", "encyclopedia article", "magazine"), "article"),
    **dict.fromkeys(("press release", "newspaper", "news article", "wire"), "news"),
    **dict.fromkeys(("white paper", "whitepaper"), "report"),
}


def build_meta(fields: dict[str, str] | None, text: str, doc_key: str,
               fallback: str | None = None) -> tuple[DocMeta, list[str]]:
    """Check the fields; the title falls back to ``fallback``, then to the text's first line."""
    fields = fields or {}
    warnings: list[str] = []
    known = {"title", "author", "kind", "date", "url"}
    for name in sorted(set(fields) - known):
        warnings.append(f"unknown front-matter field '{name}' ignored")
    kind = fields.get("kind", "").strip().lower() or None
    if kind is not None and kind not in DOC_KINDS:
        if kind in KIND_ALIASES:
            warnings.append(f"kind '{kind}' read as '{KIND_ALIASES[kind]}'")
            kind = KIND_ALIASES[kind]
        else:
            warnings.append(f"kind '{kind}' is not one of {', '.join(DOC_KINDS)}; ignored")
            kind = None
    date = fields.get("date", "").strip() or None
    if date is not None and not valid_date(date):
        warnings.append(f"date '{date}' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
        date = None
    title = fields.get("title", "").strip() or fallback or fallback_title(text, doc_key)
    meta = DocMeta(
        title=title,
        author=fields.get("author", "").strip() or None,
        kind=kind,  # type: ignore[arg-type]  # checked against DOC_KINDS above
        date=date,
        url=fields.get("url", "").strip() or None,
    )
    return meta, warnings


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """Open a DOCX/EPUB container, refusing one that would inflate past ``MAX_UNZIPPED``.

    The declared sizes are what ``zipfile`` inflates to (it stops at the declared size and then
    fails the CRC check), so checking them bounds the memory a hostile file can take.
    """
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Unreadable(f"damaged {what} (not a valid zip container)") from exc
    total = sum(info.file_size for info in members)
    if len(members) > MAX_ZIP_MEMBERS or total > MAX_UNZIPPED:
        archive.close()
        raise Unreadable(f"file too large after decompression ({total / 1_048_576:.0f} MB unpacked; "
                         f"the limit is {MAX_UNZIPPED // 1_048_576} MB)")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError as exc:
        raise Unreadable(f"damaged {what} ({name} is missing)") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Unreadable(f"damaged {what} ({name} cannot be unpacked)") from exc

"""Reading the documents folder: decoding, size and type checks, and the optional front matter.

A document may start with a small front-matter block giving its metadata::

    ---
    title: China Russia strategic ties
    author: Global Times
    kind: opinion            # paper | news | opinion
    date: 2017-07            # YYYY, YYYY-MM or YYYY-MM-DD
    url: https://example.org/article
    ---

Only ``key: value`` lines are read (a deliberately tiny subset of YAML, so a date stays a
string and a stray colon in a title cannot break parsing). A bad field is reported and
ignored; a bad file is reported and skipped; nothing here ever stops the build.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus.model import DocMeta

READ_EXTENSIONS = (".txt", ".md")
MAX_BYTES = 10 * 1024 * 1024  # one document; a bigger file is almost surely not prose

_KINDS = ("paper", "news", "opinion")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
# Control characters other than tab/newline/CR/form feed mean "binary", not prose.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass
class RawDocument:
    doc_key: str  # path relative to the folder, with "/" separators
    text: str  # decoded, front matter removed
    raw_sha256: str
    meta: DocMeta
    has_front_matter: bool
    warnings: list[str] = field(default_factory=list)  # reported, never fatal


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), then cp1252 only when it decodes with no undefined bytes.

    cp1252 is the usual encoding of "plain text" saved on Windows; latin-1 is not tried because
    it decodes anything, which would let binary junk through as text.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def valid_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= 31


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
    fields: dict[str, str] = {}
    warnings: list[str] = []
    for line in lines[1:end]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
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
    return fields, "\n".join(lines[end + 1 :]), warnings


def _pretty_name(doc_key: str) -> str:
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
    return _pretty_name(doc_key)


def build_meta(fields: dict[str, str] | None, text: str, doc_key: str) -> tuple[DocMeta, list[str]]:
    fields = fields or {}
    warnings: list[str] = []
    known = {"title", "author", "kind", "date", "url"}
    for name in sorted(set(fields) - known):
        warnings.append(f"unknown front-matter field '{name}' ignored")
    kind = fields.get("kind", "").strip().lower() or None
    if kind is not None and kind not in _KINDS:
        warnings.append(f"kind '{kind}' is not one of paper, news, opinion; ignored")
        kind = None
    date = fields.get("date", "").strip() or None
    if date is not None and not valid_date(date):
        warnings.append(f"date '{date}' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
        date = None
    title = fields.get("title", "").strip() or fallback_title(text, doc_key)
    meta = DocMeta(
        title=title,
        author=fields.get("author", "").strip() or None,
        kind=kind,  # type: ignore[arg-type]  # checked against _KINDS above
        date=date,
        url=fields.get("url", "").strip() or None,
    )
    return meta, warnings


def read_document(path: Path, doc_key: str) -> RawDocument | Skipped:
    """Read one file; a problem becomes a ``Skipped`` with a reason for the build report."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(doc_key, f"too large ({size / 1_048_576:.1f} MB; the limit is "
                                    f"{MAX_BYTES // 1_048_576} MB per document)")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(doc_key, f"cannot be read ({exc.__class__.__name__})")
    if not data.strip():
        return Skipped(doc_key, "empty file")
    if b"\x00" in data[:8192]:
        return Skipped(doc_key, "binary file, not text")
    text = decode(data)
    if text is None:
        return Skipped(doc_key, "not UTF-8 or Windows-1252 text")
    if len(_BINARY.findall(text[:65536])) > 8:
        return Skipped(doc_key, "binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body, warnings = split_front_matter(text)
    if not body.strip():
        return Skipped(doc_key, "no text after the front matter")
    meta, more = build_meta(fields, body, doc_key)
    return RawDocument(
        doc_key=doc_key,
        text=body,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
        has_front_matter=fields is not None,
        warnings=warnings + more,
    )


def document_paths(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every file under the folder (sorted, hidden files skipped) with its doc_key."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield path, rel.as_posix()


def iter_documents(folder: Path) -> Iterator[RawDocument | Skipped]:
    for path, doc_key in document_paths(folder):
        if path.stem.upper() == "README" and path.parent == folder:
            continue  # the folder's own instructions, not a document
        if path.suffix.lower() not in READ_EXTENSIONS:
            if path.name.lower() not in ("license", "licence"):
                yield Skipped(doc_key, f"not a .txt or .md file ({path.suffix or 'no extension'})")
            continue
        yield read_document(path, doc_key)

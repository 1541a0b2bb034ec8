"""Reading documents of every supported format: one entry point, ``read_document``.

``read_document(path)`` returns a ``RawDocument`` (text or structured blocks, metadata, warnings)
or a ``Skipped`` whose ``reason`` is one polite line for the owner ("encrypted PDF: ...",
"no text layer (scanned?): OCR is not supported", "file too large after decompression ...").
It never raises for a bad file, so it serves both the documents folder (``iter_documents``)
and an uploaded attachment saved to disk (pass ``doc_key`` to name it).

The format comes from the extension and is checked against the file's first bytes: a PDF, Word
file or e-book under a wrong or missing extension is read as what it is (with a warning); any
other unknown extension is skipped with the list of supported ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from bot.corpus.readers.base import (
    MAX_BYTES,
    SIDECAR_SUFFIXES,
    Block,
    RawDocument,
    Skipped,
    Unreadable,
    build_meta,
    pretty_name,
    read_sidecar,
    split_front_matter,
)

__all__ = ["EXTENSIONS", "MAX_BYTES", "Block", "RawDocument", "Skipped", "document_files", "document_paths",
           "iter_documents",
           "read_document", "split_front_matter"]

# extension -> format
EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf", ".html": "html",
              ".htm": "html", ".xhtml": "html", ".docx": "docx", ".epub": "epub"}
_BINARY_FORMATS = ("pdf", "docx", "epub")
_NAMES = {"text": "a text file", "markdown": "a Markdown file", "pdf": "a PDF", "html": "a web page",
          "docx": "a Word file", "epub": "an e-book"}


def supported_list() -> str:
    return " ".join(sorted(EXTENSIONS))


def sniff(data: bytes) -> str | None:
    """The format the first bytes show, for the formats that have a signature."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/epub+zip" in data[:100]:
            return "epub"
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:200]:
            return "docx"
        return "zip"
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def _read(fmt: str, data: bytes, path: Path, doc_key: str) -> RawDocument:
    from bot.corpus.readers.text import read_text

    warnings: list[str] = []
    blocks: list[Block] | None = None
    text = ""
    fallback: str | None = None
    front: dict[str, str] | None = None
    if fmt in ("text", "markdown"):
        front, text, warnings = read_text(data)
        fields = front or {}
        if fmt == "markdown":
            from bot.corpus.readers.markdown import markdown_blocks

            blocks = markdown_blocks(text)
            if not any(b.role != "heading" for b in blocks):
                raise Unreadable("no text in the Markdown (only headings, code or markup)")
            fallback = blocks[0].text[:150] if blocks[0].role == "heading" else pretty_name(doc_key)
    else:
        if fmt == "pdf":
            from bot.corpus.readers.pdf import read_pdf

            fields, text, warnings = read_pdf(data)
        elif fmt == "html":
            from bot.corpus.readers.html import read_html

            fields, blocks = read_html(data)
        elif fmt == "docx":
            from bot.corpus.readers.docx import read_docx

            fields, blocks = read_docx(data)
        else:
            from bot.corpus.readers.epub import read_epub

            fields, blocks = read_epub(data)
        if blocks:
            fallback = blocks[0].text[:150] if blocks[0].role == "heading" else pretty_name(doc_key)
    # A sidecar (report.pdf.yaml) overrides, field by field, what the file itself says.
    sidecar, more = read_sidecar(path)
    warnings += more
    if sidecar is not None:
        fields = {**fields, **sidecar}
    if fmt in ("text", "markdown"):
        has_metadata = front is not None or sidecar is not None  # the owner said what it is
    else:
        has_metadata = bool(fields.get("title"))
    meta, more = build_meta(fields, text, doc_key, fallback)
    return RawDocument(doc_key=doc_key, text=text,
                       raw_sha256=hashlib.sha256(data).hexdigest(), meta=meta, has_metadata=has_metadata,
                       warnings=warnings + more, blocks=blocks, format=fmt)


def read_document(path: Path, doc_key: str | None = None) -> RawDocument | Skipped:
    """Read one file of any supported format; every problem becomes a ``Skipped`` with a reason."""
    doc_key = doc_key or path.name
    fmt = EXTENSIONS.get(path.suffix.lower())
    try:
        if fmt is None:  # an unknown extension: only a recognisable PDF, Word file or e-book is read
            with path.open("rb") as handle:
                found = sniff(handle.read(65536))
            if found not in _BINARY_FORMATS:
                return Skipped(doc_key, f"not a supported file type ({path.suffix or 'no extension'}); "
                                        f"supported: {supported_list()}")
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(doc_key, f"too large ({size / 1_048_576:.1f} MB; the limit is "
                                    f"{MAX_BYTES // 1_048_576} MB per document)")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(doc_key, f"cannot be read ({exc.__class__.__name__})")
    if not data.strip():
        return Skipped(doc_key, "empty file")
    found = sniff(data)
    warnings: list[str] = []
    if found in _BINARY_FORMATS and found != fmt:
        named = f"named {path.suffix}" if path.suffix else "without an extension"
        warnings.append(f"this is {_NAMES[found]} {named}; read as {_NAMES[found]}")
        fmt = found
    elif fmt in _BINARY_FORMATS and found != fmt:
        what = "a zip archive" if found == "zip" else _NAMES[found] if found else "something else"
        return Skipped(doc_key, f"named {path.suffix} but the file is {what}, not {_NAMES[fmt]}")
    if fmt is None:  # the first 64 KB looked like a binary format, the whole file does not
        return Skipped(doc_key, f"not a supported file type ({path.suffix or 'no extension'})")
    try:
        document = _read(fmt, data, path, doc_key)
    except Unreadable as exc:
        return Skipped(doc_key, str(exc))
    except MemoryError:
        return Skipped(doc_key, "file too large after decompression (out of memory while reading it)")
    document.warnings[:0] = warnings
    return document


def document_paths(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every file under the folder (sorted, hidden files skipped) with its doc_key."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield path, rel.as_posix()


def is_sidecar(path: Path) -> bool:
    """``report.pdf.yaml`` beside ``report.pdf``: metadata, not a document."""
    if path.suffix.lower() not in SIDECAR_SUFFIXES:
        return False
    return path.with_name(path.stem).is_file()


def document_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """The documents in ``folder`` as (path, doc_key): every file but the folder's README, the
    sidecar metadata files and licence files."""
    for path, doc_key in document_paths(folder):
        if path.stem.upper() == "README" and path.parent == folder:
            continue  # the folder's own instructions, not a document
        if is_sidecar(path):
            continue
        if path.suffix.lower() not in EXTENSIONS and path.name.lower() in ("license", "licence"):
            continue
        yield path, doc_key


def iter_documents(folder: Path) -> Iterator[RawDocument | Skipped]:
    for path, doc_key in document_files(folder):
        yield read_document(path, doc_key)

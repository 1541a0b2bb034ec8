"""Every kind of bad file gets one clear reason (or a warning when it can still be read), and
never stops the others from being read or the store from being built."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from files.prose import all_sentences, sections

from bench.docfiles import html_page, write_docx, write_epub, write_image_only_pdf, write_pdf, zip_bomb_docx
from bot.build import build_store
from bot.corpus.readers import RawDocument, Skipped, iter_documents, read_document
from bot.corpus.readers.base import MAX_UNZIPPED


def _reason(path: Path) -> str:
    result = read_document(path)
    assert isinstance(result, Skipped), f"{path.name} was read"
    assert result.path == path.name and "\n" not in result.reason
    return result.reason


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "locked.pdf", sections("treaty", 6), encrypt_password="s3cret")
    assert _reason(path).startswith("encrypted PDF")


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    # "Can't print" restrictions need no password to open: such files are read as usual.
    path = write_pdf(tmp_path / "restricted.pdf", sections("treaty", 6), encrypt_password="")
    raw = read_document(path)
    assert isinstance(raw, RawDocument) and all_sentences("treaty", 6)[0] in raw.text.replace("\n", " ")


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_corrupt_pdf(tmp_path: Path, damage: str) -> None:
    good = write_pdf(tmp_path / "good.pdf", sections("railway", 6)).read_bytes()
    data = good[: len(good) // 3] if damage == "truncated" else b"%PDF-1.4\n" + bytes(range(256)) * 20
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    assert _reason(path).startswith("damaged or not a real PDF")


def test_scanned_pdf_without_a_text_layer(tmp_path: Path) -> None:
    path = write_image_only_pdf(tmp_path / "scan.pdf")
    assert _reason(path) == "no text layer (scanned?): OCR is not supported"


@pytest.mark.parametrize("kind", ["docx", "epub"])
def test_zip_bombs_are_refused_before_inflating(tmp_path: Path, kind: str) -> None:
    megabytes = MAX_UNZIPPED // 1_048_576 + 16
    if kind == "docx":
        path = zip_bomb_docx(tmp_path / "bomb.docx", megabytes)
    else:
        path = write_epub(tmp_path / "bomb.epub", sections("harbour", 4), title="Bomb", bomb_bytes=megabytes << 20)
    assert path.stat().st_size < 1_048_576  # small on disk ...
    assert _reason(path).startswith("file too large after decompression")  # ... huge inside


def test_html_full_of_scripts(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body>"
                    + "<script>document.write('x'.repeat(1000))</script>" * 200
                    + "<nav><a href='/'>Home</a></nav><noscript>Enable JavaScript</noscript></body></html>",
                    encoding="utf-8")
    assert _reason(path) == "no readable text (the page holds only scripts, menus or markup)"


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.epub", "empty.html", "empty.md", "blank.txt"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"" if name.startswith("empty") else b"  \n\n ")
    assert _reason(path) == "empty file"


def test_a_known_format_under_a_wrong_or_missing_extension_is_read_with_a_warning(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "x.pdf", sections("railway", 6)).read_bytes()
    docx = write_docx(tmp_path / "y.docx", sections("treaty", 4)).read_bytes()
    for name, data, said in (("report.txt", pdf, "PDF named .txt"), ("report", pdf, "PDF without an extension"),
                             ("letter.doc", docx, "Word file named .doc"),
                             ("book.epub", docx, "Word file named .epub")):
        path = tmp_path / name
        path.write_bytes(data)
        raw = read_document(path)
        assert isinstance(raw, RawDocument), raw
        assert said in raw.warnings[0]


def test_a_wrong_extension_on_something_else_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("Just some text, not a PDF at all.\n", encoding="utf-8")
    assert _reason(tmp_path / "notes.pdf") == "named .pdf but the file is something else, not a PDF"
    (tmp_path / "book.epub").write_bytes(html_page(sections("treaty", 2), title="T").encode())
    assert _reason(tmp_path / "book.epub") == "named .epub but the file is a web page, not an e-book"
    with zipfile.ZipFile(tmp_path / "archive.docx", "w") as archive:
        archive.writestr("photos/a.jpg", b"\xff\xd8")
    assert _reason(tmp_path / "archive.docx") == "named .docx but the file is a zip archive, not a Word file"
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert _reason(tmp_path / "photo.png").startswith("not a supported file type (.png); supported: .docx")
    (tmp_path / "Makefile").write_text("all:\n\techo hi\n", encoding="utf-8")
    assert _reason(tmp_path / "Makefile").startswith("not a supported file type (no extension)")


def test_damaged_containers(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "hollow.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert _reason(tmp_path / "hollow.docx").startswith("damaged Word file")
    with zipfile.ZipFile(tmp_path / "hollow.epub", "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    assert _reason(tmp_path / "hollow.epub") == "damaged e-book (META-INF/container.xml is missing)"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_over_the_size_limit(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n" if suffix == ".pdf" else b"PK\x03\x04")
        handle.truncate(11 * 1024 * 1024)
    assert _reason(path) == "too large (11.0 MB; the limit is 10 MB per document)"


def test_odd_unicode_names_are_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "Ünïcödé – report ① 東京.pdf", sections("harbour", 4))
    raw = read_document(path)
    assert isinstance(raw, RawDocument) and raw.doc_key == "Ünïcödé – report ① 東京.pdf"


def test_bad_files_never_stop_the_good_ones_or_the_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write_pdf(docs / "good.pdf", sections("railway", 8), title="Rails")
    write_docx(docs / "good.docx", sections("treaty", 8), title="Fish")
    (docs / "good.html").write_text(html_page(sections("harbour", 8), title="Cranes"), encoding="utf-8")
    write_pdf(docs / "locked.pdf", sections("treaty", 4), encrypt_password="pw")
    write_image_only_pdf(docs / "scan.pdf")
    zip_bomb_docx(docs / "bomb.docx", MAX_UNZIPPED // 1_048_576 + 1)
    (docs / "empty.epub").write_bytes(b"")
    (docs / "good.pdf.yaml").write_text("kind: paper\n", encoding="utf-8")  # a sidecar, not a document
    results = list(iter_documents(docs))
    read = {r.doc_key for r in results if isinstance(r, RawDocument)}
    skipped = {r.path: r.reason for r in results if isinstance(r, Skipped)}
    assert read == {"good.pdf", "good.docx", "good.html"}
    assert set(skipped) == {"locked.pdf", "scan.pdf", "bomb.docx", "empty.epub"}
    report = build_store(docs, tmp_path / "no-questions", tmp_path / "content.sqlite3")
    assert report.documents == 3 and {s.path for s in report.skipped} == set(skipped)
    assert report.passages > 0

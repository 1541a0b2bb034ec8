"""PDF reading on typeset files: reading order on two-column pages (also when the file draws its
lines across the columns), running headers, page numbers, footnotes, hyphenation, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from files.prose import all_sentences, sections

from bench.docfiles import write_pdf
from bot.corpus.clean import clean_document
from bot.corpus.model import CleanDocument
from bot.corpus.readers import RawDocument, read_document

HEADER = "Quarterly Review of Invented History"


def _read(path: Path) -> tuple[RawDocument, CleanDocument]:
    raw = read_document(path)
    assert isinstance(raw, RawDocument), raw
    return raw, clean_document(raw)


@pytest.mark.parametrize(("subject", "columns", "row_order"), [
    ("railway", 2, True), ("treaty", 2, False), ("harbour", 1, False), ("harbour", 2, True)])
def test_every_sentence_intact_and_in_reading_order(tmp_path: Path, subject: str, columns: int,
                                                     row_order: bool) -> None:
    path = write_pdf(tmp_path / f"{subject}.pdf", sections(subject, paragraphs=30, note_every=4),
                     columns=columns, running_header=HEADER, row_order=row_order)
    _raw, doc = _read(path)
    body = " ".join(p.text for p in doc.paragraphs if p.kind == "body")
    positions = []
    for sentence in all_sentences(subject, 30):
        assert sentence in body, sentence  # not split by a header, page number, marker or hyphen
        positions.append(body.index(sentence))
    assert positions == sorted(positions)


@pytest.mark.parametrize("subject", ["railway", "treaty"])
def test_running_headers_page_numbers_and_note_markers_stay_out(tmp_path: Path, subject: str) -> None:
    path = write_pdf(tmp_path / "a.pdf", sections(subject, paragraphs=40, note_every=3), columns=2,
                     running_header=HEADER, row_order=True)
    _raw, doc = _read(path)
    assert HEADER not in doc.clean_text
    assert not [p for p in doc.paragraphs if p.text.strip().isdigit()]  # no page-number paragraphs
    for p in doc.paragraphs:
        if p.kind == "body" and "Footnote" not in p.text:
            # A marker would follow a sentence's last word ("administrations.3").
            assert "administrations.1" not in p.text and "administrations. 1" not in p.text


@pytest.mark.parametrize("subject", ["railway", "harbour"])
def test_footnotes_are_kept_as_text_after_the_body(tmp_path: Path, subject: str) -> None:
    path = write_pdf(tmp_path / "n.pdf", sections(subject, paragraphs=24, note_every=4), columns=2,
                     running_header=HEADER)
    _raw, doc = _read(path)
    notes = [p for p in doc.paragraphs if p.text.startswith("Footnote for paragraph")]
    assert [int(p.text.split()[3].rstrip(":")) for p in notes] == [4, 8, 12, 16, 20, 24]
    last_sentence = all_sentences(subject, 24)[-1]
    assert all(p.start > doc.clean_text.index(last_sentence) for p in notes)
    assert any(p.kind == "heading" and p.text == "Footnotes" for p in doc.paragraphs)


def test_words_hyphenated_across_lines_are_joined(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "h.pdf", sections("harbour", paragraphs=20), columns=2)
    raw, doc = _read(path)
    assert "-\n" in raw.text  # the typesetter did split words at line ends
    for word in ("extraordinary", "administrations", "representatives", "investments"):
        assert word in doc.clean_text
        assert not any(f"{word[:k]}-{word[k:]}" in doc.clean_text for k in range(2, len(word) - 1))


def test_headings_come_from_font_size(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "t.pdf", sections("treaty", paragraphs=18), columns=1)
    _raw, doc = _read(path)
    headings = [p.text for p in doc.paragraphs if p.kind == "heading"]
    assert headings == ["Part 1 of the history", "Part 2 of the history", "Part 3 of the history"]


def test_metadata_from_the_info_dictionary_and_a_sidecar_overrides_it(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "meta.pdf", sections("railway", paragraphs=6), title="Rails of the North",
                     author="Ada Example", creation_date="D:20190314120000Z")
    raw, _doc = _read(path)
    assert (raw.meta.title, raw.meta.author, raw.meta.date) == ("Rails of the North", "Ada Example", "2019-03-14")
    (tmp_path / "meta.pdf.yaml").write_text("title: The Northern Railway, 1850-1920\nkind: paper\n"
                                            "date: 1921\n", encoding="utf-8")
    raw, _doc = _read(path)
    assert (raw.meta.title, raw.meta.author, raw.meta.kind, raw.meta.date) == (
        "The Northern Railway, 1850-1920", "Ada Example", "paper", "1921")


def test_without_metadata_the_title_is_the_first_heading(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "untitled-report.pdf", sections("harbour", paragraphs=6))
    _raw, doc = _read(path)
    assert doc.meta.title == "Part 1 of the history"


@pytest.mark.parametrize("subject", ["treaty", "harbour"])
def test_chapter_running_titles_and_the_table_of_contents_stay_out(tmp_path: Path, subject: str) -> None:
    path = write_pdf(tmp_path / "c.pdf", sections(subject, paragraphs=40, per_section=10), columns=2,
                     running_header="Chapter: {section}", toc=True)
    _raw, doc = _read(path)
    assert "Chapter:" not in doc.clean_text and "....." not in doc.clean_text
    headings = [p.text for p in doc.paragraphs if p.kind == "heading"]
    assert headings == [f"Part {n} of the history" for n in range(1, 5)]
    body = " ".join(p.text for p in doc.paragraphs if p.kind == "body")
    assert all(s in body for s in all_sentences(subject, 40))

"""Reading throughput per format: ``python -m bench.formats [--kb N] [FILE ...]``.

Writes one document of each format from the same synthetic text (about ``--kb`` kB of prose,
default 300: sentences from ``bench.synthetic``, in sections with headings) with the libraries a
writer would use (``bench.docfiles``; needs the test extra for reportlab), then times
``read_document`` (reading) and ``read_document`` + ``clean_document`` (the build's whole first
pass) on each, best of three, and prints a table in MB/s: of file size, and of the clean text
it yields (a zipped or compressed format is smaller on disk than its text). Times are CPU time of
this process (PDFium's C code included), so other work on a shared machine does not blur them. Files given on the command
line (real documents of your own, never committed) are measured the same way.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench.docfiles import Section, html_page, write_docx, write_epub, write_pdf
from bench.synthetic import generate_corpus
from bot.corpus.clean import clean_document
from bot.corpus.readers import RawDocument, read_document


def _sections(kilobytes: int, work: Path) -> list[Section]:
    paragraphs: list[str] = []
    for path in generate_corpus(work / "synthetic", max(1, kilobytes // 500 + 1), seed=7):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block) > 200 and not block.startswith(("---", "#")):
                paragraphs.append(block)
    out: list[Section] = []
    total = 0
    while total < kilobytes * 1000 and paragraphs:
        chunk = paragraphs[:8]
        del paragraphs[:8]
        out.append(Section(f"Section {len(out) + 1}", chunk))
        total += sum(len(p) for p in chunk)
    return out


def sample_files(kilobytes: int, work: Path) -> list[Path]:
    sections = _sections(kilobytes, work)
    text = "\n\n".join(f"{s.heading}\n\n" + "\n\n".join(s.paragraphs) for s in sections)
    markdown = "\n\n".join(f"## {s.heading}\n\n" + "\n\n".join(s.paragraphs) for s in sections)
    files = [work / "sample.txt", work / "sample.md"]
    files[0].write_text("Synthetic report\n\n" + text, encoding="utf-8")
    files[1].write_text("# Synthetic report\n\n" + markdown, encoding="utf-8")
    files.append(write_pdf(work / "sample.pdf", sections, title="Synthetic report", columns=2,
                           running_header="Synthetic Review"))
    page = work / "sample.html"
    page.write_text(html_page(sections, title="Synthetic report", author="Bench"), encoding="utf-8")
    files.append(page)
    files.append(write_docx(work / "sample.docx", sections, title="Synthetic report"))
    files.append(write_epub(work / "sample.epub", sections, title="Synthetic report"))
    return files


def measure(path: Path, repeats: int = 3) -> tuple[float, float, int] | str:
    """(read CPU seconds, read+clean CPU seconds, characters of clean text), best of ``repeats``; or a reason."""
    read_best = full_best = float("inf")
    chars = 0
    for _ in range(repeats):
        began = time.process_time()
        raw = read_document(path)
        read_done = time.process_time()
        if not isinstance(raw, RawDocument):
            return raw.reason
        chars = len(clean_document(raw).clean_text)
        ended = time.process_time()
        read_best = min(read_best, read_done - began)
        full_best = min(full_best, ended - began)
    return read_best, full_best, chars


def table(paths: list[Path], repeats: int) -> str:
    rows = ["| Format | File | Size | Clean text | Read (file) | Read (text) | Read + clean (file) |",
            "|---|---|---|---|---|---|---|"]
    for path in paths:
        size = path.stat().st_size / 1_048_576
        result = measure(path, repeats)
        if isinstance(result, str):
            rows.append(f"| {path.suffix or '?'} | {path.name} | {size:.2f} MB | — | skipped: {result} | — | — |")
            continue
        read, full, chars = result
        rows.append(f"| {path.suffix.lstrip('.').upper()} | {path.name} | {size:.2f} MB | {chars / 1e6:.2f} M chars | "
                    f"{size / read:.2f} MB/s | {chars / 1_048_576 / read:.2f} MB/s | {size / full:.2f} MB/s |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.formats", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="real documents to measure as well")
    parser.add_argument("--kb", type=int, default=300, help="prose per generated sample (kB)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-formats-") as tmp:
        paths = sample_files(args.kb, Path(tmp)) + list(args.files)
        print(f"Reading throughput · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
              f"Python {platform.python_version()} · {platform.machine()}")
        print(table(paths, args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m bench.summaries [FOLDER ...] [--mb N]``: timeline summaries that lean on their paragraph.

A timeline summary is shown without the text around it, so one that opens with a pronoun, a
demonstrative, a connective or a definite reference whose referent is elsewhere ("He signed …",
"It opened …", "The company said …", "This treaty …", "However, …": ``grammar.opening_reference``)
does not stand alone. For each folder (default: the bundled corpus and the test documents; with
``--mb N`` also a synthetic corpus of N MB from ``bench.synthetic``) this runs each document
through the build's reader, cleaner, passages and ``extract_events`` and counts such summaries,
with examples.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus.clean import clean_document
from bot.corpus.dates import extract_events
from bot.corpus.grammar import opening_reference
from bot.corpus.passages import make_passages
from bot.corpus.readers import Skipped, document_files, read_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (ROOT / "data" / "documents", ROOT / "tests" / "corpus" / "documents")


@dataclass
class Count:
    documents: int = 0
    events: int = 0
    leaning: int = 0
    openers: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    seconds: float = 0.0


def count_folder(folder: Path, keep: int = 5) -> Count:
    count = Count()
    began = time.perf_counter()
    for path, key in document_files(folder):
        raw = read_document(path, key)
        if isinstance(raw, Skipped):
            continue
        doc = clean_document(raw)
        count.documents += 1
        for event in extract_events(doc, make_passages(doc)):
            count.events += 1
            opener = opening_reference(event.summary)
            if opener is None:
                continue
            count.leaning += 1
            count.openers[opener.split()[0]] += 1
            if len(count.examples) < keep:
                count.examples.append(f"{path.name}: {event.summary[:140]}")
    count.seconds = time.perf_counter() - began
    return count


def report(rows: list[tuple[str, Count]], examples: bool) -> str:
    lines = ["| corpus | documents | events | summaries leaning on context | share | most common openers |",
             "|---|---|---|---|---|---|"]
    for name, count in rows:
        share = f"{100 * count.leaning / count.events:.1f}%" if count.events else "-"
        top = ", ".join(f"{w} {n}" for w, n in count.openers.most_common(5)) or "-"
        lines.append(f"| {name} | {count.documents} | {count.events} | {count.leaning} | {share} | {top} |")
    if examples:
        for name, count in rows:
            lines += ["", f"{name} ({count.seconds:.1f} s):"] + [f"  {line}" for line in count.examples]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.summaries", description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", help="folders of documents (default: bundled and test)")
    parser.add_argument("--mb", type=int, default=0, help="also a synthetic corpus of this many MB")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N examples per corpus")
    args = parser.parse_args(argv)
    rows = [(str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder), count_folder(folder,
             args.examples)) for folder in (args.folders or DEFAULT_FOLDERS)]
    if args.mb:
        from bench.synthetic import generate_corpus

        with tempfile.TemporaryDirectory() as tmp:
            generate_corpus(Path(tmp), args.mb, args.seed)
            rows.append((f"synthetic {args.mb} MB (seed {args.seed})", count_folder(Path(tmp), args.examples)))
    print(report(rows, examples=args.examples > 0))
    return 0


if __name__ == "__main__":
    sys.exit(main())

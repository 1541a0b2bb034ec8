"""A generator of large, varied, English-like corpora for benchmarks (not for tests of meaning).

Sentences are recombined from the bundled documents (or a built-in fallback list), with years,
numbers and a few names perturbed so that documents differ; document shapes vary (plain
paragraphs, markdown with headings, hard-wrapped PDF-like text, front matter or none).
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

from bot.corpus.sentences import split_sentences

_BUNDLED = Path(__file__).resolve().parents[1] / "data" / "documents"
_FALLBACK = [
    "On April 28, 1946, the council approved the new charter after a long debate.",
    "In February 1991, trade between the two countries fell by 20%.",
    "The bank agreed to lend $300 million to the railway company in 1998.",
    "Mr. Ivanov met Dr. Chen in St. Petersburg on Nov. 15, 2003.",
    "The treaty, signed in 2001, settled the border question for twenty years.",
    "Exports reached US$244.8 billion in 2022, according to the customs office.",
    "More than 156 key projects were completed between 2000 and 2004.",
    "The summit in Xiamen brought together the leaders of Brazil, Russia, India, China and South Africa.",
]
_NAMES = ["Anna Petrova", "Li Wei", "John Carter", "Maria Lopez", "Otto Weber", "Sara Khan", "Ivan Sokolov"]
_PLACES = ["Harbin", "Kazan", "Minsk", "Lisbon", "Tashkent", "Odessa", "Dalian", "Riga"]
_TOPICS = ["trade", "railways", "energy", "border", "culture", "security", "science", "ports"]


def _sentences() -> list[str]:
    found: list[str] = []
    if _BUNDLED.is_dir():
        for path in sorted(_BUNDLED.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
            for para in text.split("\n"):
                para = para.strip()
                if len(para) < 80:
                    continue
                for s, e in split_sentences(para):
                    sentence = para[s:e]
                    if 40 <= len(sentence) <= 400 and "*" not in sentence:
                        found.append(sentence)
    return found or list(_FALLBACK)


def _perturb(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    # Swap about a fifth of the longer lower-case words, so that documents built from the same
    # small sentence pool do not share 5-word shingles (and are not near-duplicates).
    words = sentence.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 4 and word.isalpha() and word.islower() and rng.random() < 0.2:
            words[i] = rng.choice(vocabulary)
    sentence = " ".join(words)
    sentence = re.sub(r"\b(1[89]\d\d|20[0-4]\d)\b", lambda m: str(int(m.group(1)) + rng.randint(-30, 30)), sentence)
    sentence = re.sub(r"\b(\d{2,3})\b(?!\d)", lambda m: str(max(2, int(m.group(1)) + rng.randint(-9, 9))), sentence)
    if rng.random() < 0.2:
        sentence = sentence.replace("Putin", rng.choice(_NAMES)).replace("Moscow", rng.choice(_PLACES))
    return sentence


def _paragraph(pool: list[str], rng: random.Random, vocabulary: list[str]) -> str:
    return " ".join(_perturb(rng.choice(pool), rng, vocabulary) for _ in range(rng.randint(2, 7)))


def generate_corpus(folder: Path, megabytes: int, seed: int) -> list[Path]:
    """Write about ``megabytes`` MB of documents (20-200 kB each) into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = _sentences()
    vocabulary = sorted({w for s in pool for w in s.split() if len(w) >= 4 and w.isalpha() and w.islower()})
    target = megabytes * 1_000_000
    written = 0
    paths: list[Path] = []
    number = 0
    while written < target:
        number += 1
        size = min(rng.randint(20_000, 200_000), max(2_000, target - written))
        shape = rng.choice(("plain", "plain", "markdown", "wrapped"))
        topic = rng.choice(_TOPICS)
        title = f"Report {number} on {topic} in {rng.choice(_PLACES)}"
        parts: list[str] = []
        if rng.random() < 0.6:
            parts.append(f"---\ntitle: {title}\nauthor: {rng.choice(_NAMES)}\n"
                         f"kind: {rng.choice(('paper', 'news', 'opinion'))}\n"
                         f"date: {rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}\n---\n")
        parts.append(("# " if shape == "markdown" else "") + title + "\n\n")
        length = 0
        section = 0
        while length < size:
            if rng.random() < 0.08:
                section += 1
                heading = f"{section}. {rng.choice(_TOPICS).capitalize()} and {rng.choice(_TOPICS)}"
                parts.append(("## " if shape == "markdown" else "") + heading + "\n\n")
            para = _paragraph(pool, rng, vocabulary)
            if shape == "wrapped":
                para = textwrap.fill(para, width=rng.randint(80, 100))
            parts.append(para + "\n\n")
            length += len(para) + 2
        path = folder / f"synthetic-{seed}-{number:05d}.{'md' if shape == 'markdown' else 'txt'}"
        data = "".join(parts).encode("utf-8")
        path.write_bytes(data)
        written += len(data)
        paths.append(path)
    return paths

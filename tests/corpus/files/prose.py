"""Three small made-up documents on different subjects; every sentence is unique and numbered
by its place, so a test can check that each one survives intact and in order."""

from __future__ import annotations

from bench.docfiles import Section

_SUBJECTS = {
    "railway": ("the northern railway", "Harbin", "engineers", "considerable warehouses along the river"),
    "treaty": ("the fisheries treaty", "Reykjavik", "negotiators", "international commissions on quotas"),
    "harbour": ("the harbour authority", "Valparaiso", "dockworkers", "extraordinary investments in cranes"),
}


def sentences(subject: str, count: int, offset: int = 0) -> list[str]:
    what, place, who, thing = _SUBJECTS[subject]
    out = []
    for i in range(offset, offset + count):
        year = 1850 + 3 * i
        out.append(f"In {year} the {who} of {what} met in {place} for meeting number {i + 1}, "
                   f"and they discussed {thing} with representatives of neighbouring administrations.")
    return out


def sections(subject: str, paragraphs: int = 12, per_section: int = 6, note_every: int = 0) -> list[Section]:
    """``paragraphs`` paragraphs of two sentences each, in sections of ``per_section``."""
    out: list[Section] = []
    for s in range(0, paragraphs, per_section):
        paras, notes = [], []
        for p in range(s, min(paragraphs, s + per_section)):
            text = " ".join(sentences(subject, 2, 2 * p))
            if note_every and p % note_every == note_every - 1:
                text += "^"
                notes.append(f"Footnote for paragraph {p + 1}: the minutes of that meeting are kept in the "
                             f"archive of {_SUBJECTS[subject][1]}.")
            paras.append(text)
        out.append(Section(f"Part {len(out) + 1} of the history", paras, notes))
    return out


def all_sentences(subject: str, paragraphs: int = 12) -> list[str]:
    return sentences(subject, 2 * paragraphs)

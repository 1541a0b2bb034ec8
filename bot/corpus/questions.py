"""Quiz questions generated from the documents (first version: the interface only)."""

from __future__ import annotations

from bot.corpus.model import CleanDocument, Event, Passage, Question


def generate_questions(
    docs: list[CleanDocument], passages: list[Passage], events: list[Event]
) -> tuple[list[Question], list[tuple[str, str]]]:
    """Accepted questions and rejections as (item, reason) for the build report."""
    return [], []

"""Paths and names of the bundled corpus, shared by the store tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ROOT / "data" / "documents"
QUESTIONS = ROOT / "data" / "questions"
PAPER = "jia-2022-china-russia-relations.txt"
PAPER_PDF = "jia-2022-china-russia-relations-pdf.txt"
ESSAY = "sino-soviet-relations-essay.txt"
NEWS = "xinhua-2025-xi-victory-day-visit.txt"
EDITORIAL = "global-times-2017-strategic-ties.txt"

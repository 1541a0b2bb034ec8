"""Fixtures for the corpus/store tests: the bundled documents and one store built from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_paths import DOCUMENTS, QUESTIONS

from bot.build import BuildReport, build_store
from bot.corpus.clean import clean_document
from bot.corpus.model import CleanDocument
from bot.corpus.readers import RawDocument, iter_documents


@pytest.fixture(scope="session")
def bundled_docs() -> dict[str, CleanDocument]:
    docs = {}
    for item in iter_documents(DOCUMENTS):
        assert isinstance(item, RawDocument), item
        docs[item.doc_key] = clean_document(item)
    return docs


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    out = tmp_path_factory.mktemp("store") / "content.sqlite3"
    report = build_store(DOCUMENTS, QUESTIONS, out)
    return out, report

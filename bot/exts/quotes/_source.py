"""Turning what a member typed in ``source`` into one document, and back into a short id.

Autocomplete sends the doc_key, but Discord validates autocomplete values only on the client,
so a typed title (or nonsense) arrives too: accept a doc_key, an exact title, or a title that
matches exactly one document; anything else is a polite error that lists valid sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import app_commands

from bot.corpus.keys import make_key
from bot.store.content import DocumentInfo
from bot.ui.errors import UserFacingError
from bot.ui.passages import inline, shown
from bot.ui.text import CHOICE_NAME, CHOICE_VALUE, CHOICES, truncate

if TYPE_CHECKING:
    from bot.store.scoped import ScopedContent

SUGGESTIONS = 5


def short_id(doc_key: str) -> str:
    """A 16-character id for a document, small enough for a button's custom_id."""
    return make_key("d", doc_key)


async def doc_by_short_id(content: ScopedContent, short: str) -> DocumentInfo | None:
    for doc in await content.documents():
        if short_id(doc.doc_key) == short:
            return doc
    return None


async def resolve_source(content: ScopedContent, text: str | None) -> DocumentInfo | None:
    """The document meant by ``text`` (None when no source was given).

    A duplicate resolves to its original: the store keeps the shared text only once, there.
    """
    doc = await _named_document(content, text)
    if doc is not None and doc.duplicate_of is not None:
        return await content.document(doc.duplicate_of) or doc
    return doc


async def _named_document(content: ScopedContent, text: str | None) -> DocumentInfo | None:
    if text is None or not text.strip():
        return None
    text = text.strip()
    doc = await content.document(text)
    if doc is not None:
        return doc
    documents = await content.documents()
    exact = [d for d in documents if d.title.casefold() == text.casefold()]
    if exact:
        return exact[0]  # canonical documents come first
    found = await content.find_documents(text, limit=CHOICES)
    canonical = [d for d in found if d.duplicate_of is None]
    if len(canonical) == 1:
        return canonical[0]
    suggestions = (canonical or [d for d in documents if d.duplicate_of is None])[:SUGGESTIONS]
    names = "\n".join(f"• {inline(truncate(d.title, 90))}" for d in suggestions)
    raise UserFacingError(f"I don't know a source called “{shown(text)}”. "
                          f"Pick one from the list as you type, for example:\n{names}")


async def source_choices(content: ScopedContent, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete: titles matching what was typed (all documents when nothing was), ≤ 25."""
    docs = await content.find_documents(current, limit=CHOICES) if current.strip() else await content.documents()
    choices: list[app_commands.Choice[str]] = []
    for doc in docs:
        if len(doc.doc_key) > CHOICE_VALUE or doc.duplicate_of is not None:
            continue  # too long for a value (the title still resolves when typed) / quoted via its original
        label = doc.title
        if doc.kind:
            label += f" · {doc.kind}"
        choices.append(app_commands.Choice(name=truncate(label, CHOICE_NAME), value=doc.doc_key))
        if len(choices) == CHOICES:
            break
    return choices

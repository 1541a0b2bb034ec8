"""What /sources and /help show: documents with what each yields, and every command."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, overload

import discord
from discord import app_commands

from bot.store.content import CorpusSummary, DocumentInfo
from bot.ui.cite import format_partial_date
from bot.ui.passages import inline
from bot.ui.text import EMBED_DESCRIPTION, truncate

DOCS_PER_PAGE = 6
INFO_COLOUR = discord.Colour.dark_teal()

AnyCommand = app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def document_field(doc: DocumentInfo, titles: dict[str, DocumentInfo],
                   copies: Sequence[DocumentInfo]) -> tuple[str, str]:
    """(name, value) for one document: byline, yield, file, and its duplicate relation."""
    byline = " · ".join([
        inline(doc.author) if doc.author else "author unknown",
        doc.kind or "kind unknown",
        format_partial_date(doc.date) if doc.date else "undated",
    ])
    counts = (f"{_plural(doc.passages, 'passage')} · {_plural(doc.events, 'event')} · "
              f"{_plural(doc.questions, 'question')}")
    lines = [byline, counts, f"File: `{truncate(doc.doc_key, 120)}`"]
    if doc.duplicate_of is not None:
        original = titles.get(doc.duplicate_of)
        what = (f"“{inline(truncate(original.title, 120))}” (`{truncate(original.doc_key, 120)}`)"
                if original else f"`{doc.duplicate_of}`")
        lines.append(f"↳ **Duplicate of** {what}: its text is counted there, not twice")
    if copies:
        names = ", ".join(f"`{truncate(c.doc_key, 80)}`" for c in copies)
        lines.append(f"↳ Also found as {names}")
    prefix = "🔁 " if doc.duplicate_of is not None else ""
    return prefix + truncate(doc.title, 240), "\n".join(lines)


class SourcePages(Sequence[discord.Embed]):
    """The documents ``per_page`` to an embed, each page built when it is shown: a large folder
    has hundreds of pages, and each document's copies are looked up once, not per document."""

    def __init__(self, docs: Sequence[DocumentInfo], per_page: int = DOCS_PER_PAGE) -> None:
        self.docs, self.per_page = docs, per_page
        self.by_key = {d.doc_key: d for d in docs}
        self.copies: dict[str, list[DocumentInfo]] = {}
        for d in docs:
            if d.duplicate_of is not None:
                self.copies.setdefault(d.duplicate_of, []).append(d)
        duplicates = sum(len(c) for c in self.copies.values())
        header = _plural(len(docs), "document")
        if duplicates:
            header += f", {duplicates} of them {'a duplicate' if duplicates == 1 else 'duplicates'}"
        self.header = header + ". Quotes are attributed to their source; opinion pieces are marked as opinion."

    def __len__(self) -> int:
        return -(-len(self.docs) // self.per_page)

    @overload
    def __getitem__(self, index: int) -> discord.Embed: ...

    @overload
    def __getitem__(self, index: slice) -> list[discord.Embed]: ...

    def __getitem__(self, index: int | slice) -> discord.Embed | list[discord.Embed]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        embed = discord.Embed(title="Sources", description=self.header, colour=INFO_COLOUR)
        for doc in self.docs[index * self.per_page:(index + 1) * self.per_page]:
            name, value = document_field(doc, self.by_key, self.copies.get(doc.doc_key, []))
            embed.add_field(name=name, value=value, inline=False)
        return embed


def source_pages(docs: Sequence[DocumentInfo], per_page: int = DOCS_PER_PAGE) -> SourcePages:
    return SourcePages(docs, per_page)


def _server_only(command: AnyCommand) -> bool:
    node: AnyCommand | None = command
    while node is not None:
        if getattr(node, "guild_only", False):
            return True
        contexts = getattr(node, "allowed_contexts", None)
        if contexts is not None and not contexts.dm_channel:
            return True
        node = getattr(node, "parent", None)
    return False


def command_lines(commands: Iterable[AnyCommand]) -> list[str]:
    """One line per runnable command, group subcommands included, in name order."""
    lines: list[tuple[str, str]] = []
    for command in commands:
        if isinstance(command, app_commands.ContextMenu):
            lines.append((command.name, f"**{inline(command.name)}** (right-click menu)"))
            continue
        leaves = [c for c in command.walk_commands() if isinstance(c, app_commands.Command)] \
            if isinstance(command, app_commands.Group) else [command]
        for leaf in leaves:
            note = " *(servers only)*" if _server_only(leaf) else ""
            lines.append((leaf.qualified_name,
                          f"**/{leaf.qualified_name}** — {inline(leaf.description)}{note}"))
    return [line for _, line in sorted(lines)]


def summary_text(summary: CorpusSummary | None) -> str:
    if summary is None:
        return "The documents are still being indexed; try again in a minute."
    duplicates = f" ({summary.duplicates} duplicate{'s' if summary.duplicates != 1 else ''})" \
        if summary.duplicates else ""
    return (f"{_plural(summary.documents, 'document')}{duplicates} · {_plural(summary.passages, 'passage')} · "
            f"{_plural(summary.events, 'dated event')} · {_plural(summary.questions, 'quiz question')}\n"
            f"Built {summary.built_at[:16].replace('T', ' ')} UTC")


INTRO = ("I turn a folder of documents into quizzes, a timeline of dated events and quotable, searchable "
         "passages, each traced back to its source. Quotes are the documents' words, attributed, not mine.")


def help_embed(commands: Iterable[AnyCommand], summary: CorpusSummary | None, version: str) -> discord.Embed:
    lines = command_lines(commands)
    description = f"{INTRO}\n\n**Commands**\n" + "\n".join(lines)
    embed = discord.Embed(title="Help", description=truncate(description, EMBED_DESCRIPTION),
                          colour=INFO_COLOUR)
    embed.add_field(name="The documents", value=summary_text(summary), inline=False)
    embed.set_footer(text=f"Version {version} · /sources lists every document")
    return embed

"""How passages, search hits and their sources look in Discord (shared with /fact and /timeline).

Quoted text goes through one order of operations: cut the plain text at a sentence boundary,
mark the matched words with the store's \\x02/\\x03 markers, then ``highlight`` (which escapes
markdown and mention look-alikes first and only then turns the markers into bold). Escaping
after marking means a ``*`` or ``_`` in a document can never open or close the bold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import discord

from bot.corpus.model import Passage
from bot.store.content import DocumentInfo, SearchHit
from bot.ui.cite import attribution, format_citation
from bot.ui.errors import UserFacingError
from bot.ui.text import cut_at_sentence, escape_markdown, highlight, truncate

START, END = "\x02", "\x03"
QUOTE_LIMIT = 3000  # a quote in an embed description (4096) with room for the lead-in and citation
FULL_LIMIT = 3800  # the whole passage, shown privately
SEARCH_LIMIT = 200  # longer searches are cut: FTS gains nothing from a paragraph of query
OPINION_COLOUR = discord.Colour.orange()
SOURCE_COLOUR = discord.Colour.blurple()

_MARKED = re.compile(f"{START}(.*?){END}", re.DOTALL)
_WORD = re.compile(r"\w", re.UNICODE)


def clean_search(text: str | None, *, what: str = "search") -> str | None:
    """Normalise an optional search: blank → None; punctuation only → a polite error."""
    if text is None or not text.strip():
        return None
    text = " ".join(text.split())[:SEARCH_LIMIT]
    if not _WORD.search(text):
        raise UserFacingError(f"Your {what} has no letters or digits in it, so there is nothing to look "
                              "for. Try a word or a name, for example `Shanghai`.")
    return text


def inline(text: str) -> str:
    """``escape_markdown`` for text set inside a line (a title in a citation, an echoed search).

    Line-start syntax ("1. ", "# ", "> ") cannot take effect mid-line, so escaping it there would
    only show a stray backslash: escape as if something already stood before the text.
    """
    return escape_markdown("x" + text)[1:]


def shown(text: str, limit: int = 80) -> str:
    """User input echoed back: short, escaped, and unable to ping."""
    return inline(truncate(text, limit))


def colour_for(doc: DocumentInfo | None) -> discord.Colour:
    return OPINION_COLOUR if doc is not None and doc.kind == "opinion" else SOURCE_COLOUR


def citation(doc: DocumentInfo, passage: Passage | None = None, *, short: bool = False) -> str:
    """"*Title* — Author, date (kind) · section"; every part escaped, opinion always marked.

    A section that only repeats the title (a document whose first heading is its title) is left out.
    """
    title = truncate(doc.title, 60) if short else doc.title
    text = format_citation(inline(title), inline(doc.author) if doc.author else None,
                           doc.date, doc.kind, short=short)
    if (passage is not None and passage.section and not short
            and passage.section.strip().casefold() != doc.title.strip().casefold()):
        text += f" · {inline(truncate(passage.section, 80))}"
    return text


def lead_in(doc: DocumentInfo) -> str:
    """"According to Global Times (opinion):": a quote is the source's claim, not the bot's."""
    return inline(attribution(doc.author, doc.title, doc.kind)) + ":"


def marked_terms(snippet: str) -> list[str]:
    """The words the store marked in a snippet, so the same words can be marked in the full text."""
    terms = {m.group(1).strip() for m in _MARKED.finditer(snippet)}
    return sorted((t for t in terms if t), key=len, reverse=True)


def mark_terms(text: str, terms: Iterable[str]) -> str:
    """Wrap whole-word, case-insensitive occurrences of ``terms`` in \\x02…\\x03."""
    words = [re.escape(t) for t in terms if t]
    if not words:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{START}{m.group(1)}{END}", text)
    # "**Shanghai** **Cooperation**" reads worse than one bold phrase.
    return re.sub(f"{END}([ \t]+){START}", r"\1", marked)


def block(text: str) -> str:
    """Quote every line with "> " (blank lines too, so the block does not break)."""
    return "\n".join(f"> {line}".rstrip() if line.strip() else ">" for line in text.splitlines())


def render_quote(text: str, terms: Iterable[str] = (), limit: int = QUOTE_LIMIT) -> str:
    """Cut at a sentence, mark, escape, highlight, then quote as a block."""
    return block(highlight(mark_terms(cut_at_sentence(text, limit), terms)))


def quote_embed(passage: Passage, doc: DocumentInfo, *, terms: Sequence[str] = (), title: str | None = None,
                limit: int = QUOTE_LIMIT) -> discord.Embed:
    """One quoted passage: lead-in, the block quote, and the full citation."""
    embed = discord.Embed(title=title, colour=colour_for(doc),
                          description=f"{lead_in(doc)}\n{render_quote(passage.text, terms, limit)}")
    embed.add_field(name="Source", value=citation(doc, passage), inline=False)
    return embed


def hit_field(number: int, hit: SearchHit) -> tuple[str, str]:
    """A search result as an embed field: highlighted snippet, then a short citation."""
    name = f"{number}. {truncate(hit.doc.title, 200)}"
    value = f"{highlight(hit.snippet)}\n— {citation(hit.doc, short=True)}"
    return name, value


def plain_snippet(hit: SearchHit, limit: int = 100) -> str:
    """A snippet without markers or markdown, for a select option's description."""
    return truncate(hit.snippet.replace(START, "").replace(END, ""), limit)


def fact_sentence(passage: Passage, start: int, end: int, expr_start: int, expr_end: int) -> str:
    """The source sentence with its date expression highlighted, quoted as a block."""
    sentence = passage.text[start:end]
    a, b = max(expr_start - start, 0), min(expr_end - start, len(sentence))
    if 0 <= a < b <= len(sentence):
        sentence = f"{sentence[:a]}\x02{sentence[a:b]}\x03{sentence[b:]}"
    return block(highlight(sentence))

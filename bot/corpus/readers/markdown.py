"""Markdown (``.md``), parsed with markdown-it-py (CommonMark, plus GitHub tables).

Headings are headings; paragraphs, list items, blockquotes and table rows are body text. A
blockquote is one block with everything in it, so its attribution line ("— Author") stays with
the words it attributes, and it is never taken for a title. Code blocks, raw HTML and images
are not prose and are left out; link text is kept, the address is not.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.corpus.readers.base import Block, BlockRole

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts).strip()


def markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    quote_depth = 0
    quote_parts: list[str] = []
    list_depth = 0
    row: list[str] | None = None
    heading = False
    for token in _PARSER.parse(text):
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
            if quote_depth == 0 and quote_parts:
                blocks.append(Block("quote", " ".join(quote_parts)))
                quote_parts = []
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                blocks.append(Block("cell", " · ".join(cell for cell in row if cell)))
            row = None
        elif kind == "inline":
            content = _inline_text(token)
            if not content:
                continue
            if row is not None:
                row.append(content.replace("\n", " "))
            elif quote_depth:
                quote_parts.append(content)
            else:
                role: BlockRole = "heading" if heading else "item" if list_depth else "para"
                blocks.append(Block(role, content))
    return blocks

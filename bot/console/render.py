"""Messages as readable plain text, for the console: what a Discord user would see, in a terminal.

Works on message *payloads* (the dicts the bot sent), so the console shows exactly what went
over the wire: content, embeds (title, description, fields, footer), buttons as numbered
choices ``[1] A: 1991  [2] B: 1989`` and select menus as numbered options continuing the count.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any

ZWSP = "\u200b"
_ESCAPED = re.compile(r"\\([*_`~|>#\-\\.\[\]()])")
_BOLD = re.compile(r"(?<!\\)\*\*")
_TIMESTAMP = re.compile(r"<t:(\d+)(?::([tTdDfFR]))?>")
_MENTION = re.compile(r"<(@[!&]?|#)\u200b?(\d+)>")


@dataclass(frozen=True)
class Choice:
    """One thing the console user can pick by number or label."""

    number: int
    kind: str  # button | option
    label: str
    custom_id: str
    value: str | None = None  # select option value
    disabled: bool = False


def plain(text: str) -> str:
    """Discord markdown as a terminal shows it: escapes removed, timestamps made readable."""
    text = _BOLD.sub("", text)  # a terminal has no bold; literal ** are escaped and survive
    text = _ESCAPED.sub(r"\1", text).replace(ZWSP, "")
    text = _TIMESTAMP.sub(_timestamp, text)
    return _MENTION.sub(lambda m: {"@": "@user:", "@!": "@user:", "@&": "@role:", "#": "#channel:"}[m.group(1)]
                        + m.group(2), text)


def _timestamp(match: re.Match[str]) -> str:
    import datetime as dt

    moment = dt.datetime.fromtimestamp(int(match.group(1)), tz=dt.UTC)
    if match.group(2) == "R":
        delta = int(moment.timestamp() - dt.datetime.now(dt.UTC).timestamp())
        return f"in {delta} s" if delta >= 0 else f"{-delta} s ago"
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def choices(components: list[dict[str, Any]]) -> list[Choice]:
    """Buttons first, then select options, numbered from 1 in reading order."""
    found: list[Choice] = []
    selects: list[dict[str, Any]] = []
    for row in components or []:
        for comp in row.get("components", [row]) if row.get("type") == 1 else [row]:
            if comp.get("type") == 2 and comp.get("custom_id"):
                label = comp.get("label") or (comp.get("emoji") or {}).get("name") or comp["custom_id"]
                found.append(Choice(len(found) + 1, "button", label, comp["custom_id"],
                                    disabled=bool(comp.get("disabled"))))
            elif comp.get("type") == 3:
                selects.append(comp)
    for select in selects:
        for option in select.get("options", []):
            found.append(Choice(len(found) + 1, "option", option.get("label", option.get("value", "")),
                                select["custom_id"], value=option.get("value"),
                                disabled=bool(select.get("disabled"))))
    return found


def render_message(message: dict[str, Any], *, width: int = 78, edited: bool = False, author: str = "QuizBot") -> str:
    """A message payload as text lines; ephemeral ones are marked "(only you see this)"."""
    flags = int(message.get("flags") or 0)
    header = f"── {author}"
    if flags & 64:
        header += " (only you see this)"
    if edited:
        header += " (edited)"
    lines = [header]
    content = message.get("content") or ""
    if content:
        lines.extend(_wrap(plain(content), width))
    for embed in message.get("embeds") or []:
        lines.extend(render_embed(embed, width=width))
    for line in render_components(message.get("components") or []):
        lines.append(line)
    if len(lines) == 1 and flags & 128:
        lines.append("QuizBot is thinking…")
    return "\n".join(lines)


def render_embed(embed: dict[str, Any], *, width: int = 78) -> list[str]:
    bar = "┃ "
    out: list[str] = []
    author = (embed.get("author") or {}).get("name")
    if author:
        out.append(plain(author))
    if embed.get("title"):
        out.append(plain(embed["title"]))
    if embed.get("description"):
        out.extend(_wrap(plain(embed["description"]), width - len(bar)))
    for fld in embed.get("fields") or []:
        name, value = plain(fld.get("name", "")), plain(fld.get("value", ""))
        if name.strip():
            out.append(f"{name}:")
        out.extend("  " + line for line in _wrap(value, width - len(bar) - 2))
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        out.append(f"— {plain(footer)}")
    if embed.get("url"):
        out.append(embed["url"])
    return [bar + line if line else bar.rstrip() for line in out]


def render_components(components: list[dict[str, Any]]) -> list[str]:
    picks = choices(components)
    lines: list[str] = []
    buttons = [c for c in picks if c.kind == "button"]
    if buttons:
        lines.append("  ".join(f"[{c.number}] {plain(c.label)}" + (" (disabled)" if c.disabled else "")
                               for c in buttons))
    for row in components:
        for comp in row.get("components", []) if row.get("type") == 1 else []:
            if comp.get("type") == 2 and comp.get("url"):
                lines.append(f"(link) {comp.get('label', '')}: {comp['url']}")
    options = [c for c in picks if c.kind == "option"]
    if options:
        lines.append("Choose: " + "  ".join(f"[{c.number}] {plain(c.label)}" for c in options))
    return lines


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width=max(20, width), replace_whitespace=False,
                                   drop_whitespace=True) or [""])
    return lines

"""Messages as readable plain text, for the console: what a Discord user would see, in a terminal.

Works on message *payloads* (the dicts the bot sent), so the console shows exactly what went
over the wire: content, embeds (title, description, fields, footer), buttons as numbered
choices ``[1] A: 1991  [2] B: 1989`` and select menus as numbered options continuing the count,
each with its description. In a terminal (``ansi=True``) bold and italics are shown as such, so
search highlights stay visible; otherwise their markers are dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ZWSP = "\u200b"
BOLD, RESET_BOLD = "\x1b[1m", "\x1b[22m"
ITALIC, RESET_ITALIC = "\x1b[3m", "\x1b[23m"
_ESCAPED = re.compile(r"\\([*_`~|>#\-\\.\[\]()])")
_BOLD = re.compile(r"(?<![\\*])\*\*(?=\S)(.+?)(?<=\S)(?<!\\)\*\*(?!\*)", re.DOTALL)
# Discord's italics: *x* (not next to a space inside) or _x_ (on word boundaries, so snake_case stays).
_ITALIC = re.compile(r"(?<![\\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![*\w])"
                     r"|(?<![\\\w])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)", re.DOTALL)
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
    description: str | None = None  # a select option's second line (a search hit's snippet)


def plain(text: str, *, ansi: bool = False, names: Mapping[str, str] | None = None,
          now: dt.datetime | None = None) -> str:
    """Discord markdown as a terminal shows it: bold and italics styled (``ansi``) or unmarked,
    escapes removed, timestamps readable, mentions by name where ``names`` ("#id"/"@id") knows it."""
    bold, italic = (BOLD, RESET_BOLD), (ITALIC, RESET_ITALIC)
    text = _BOLD.sub(lambda m: _styled(m.group(1), bold, ansi), text)
    text = _ITALIC.sub(lambda m: _styled(m.group(1) or m.group(2), italic, ansi), text)
    text = _ESCAPED.sub(r"\1", text).replace(ZWSP, "")
    moment = now or dt.datetime.now(dt.UTC)
    text = _TIMESTAMP.sub(lambda m: _timestamp(m, moment), text)
    return _MENTION.sub(lambda m: _mention(m, names or {}), text)


def _styled(inner: str, codes: tuple[str, str], ansi: bool) -> str:
    return f"{codes[0]}{inner}{codes[1]}" if ansi else inner


def _mention(match: re.Match[str], names: Mapping[str, str]) -> str:
    kind, snowflake = match.group(1), match.group(2)
    sigil = "#" if kind == "#" else "@&" if kind == "@&" else "@"
    known = names.get(f"{sigil}{snowflake}")
    if known:
        return known
    return {"@": "@user:", "@!": "@user:", "@&": "@role:", "#": "#channel:"}[kind] + snowflake


def _timestamp(match: re.Match[str], now: dt.datetime) -> str:
    moment = dt.datetime.fromtimestamp(int(match.group(1)), tz=dt.UTC)
    if match.group(2) != "R":
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    delta = int((moment - now).total_seconds())
    if abs(delta) < 60:
        span = f"{abs(delta)} s"
    elif abs(delta) < 3600:
        span = f"{abs(delta) // 60} min"
    else:  # far away: a time of day says more than a count of seconds
        return "at " + moment.strftime("%H:%M UTC" if moment.date() == now.date() else "%Y-%m-%d %H:%M UTC")
    return f"in {span}" if delta >= 0 else f"{span} ago"


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
                                disabled=bool(select.get("disabled")),
                                description=option.get("description")))
    return found


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def saved_line(path: Path) -> str:
    """What the console says where Discord would show an attachment: "image saved to PATH"."""
    what = "image" if path.suffix.lower() in IMAGE_SUFFIXES else "file"
    return f"{what} saved to {path}"


def render_message(message: dict[str, Any], *, width: int = 78, edited: bool = False, author: str = "QuizBot",
                   ansi: bool = False, names: Mapping[str, str] | None = None) -> str:
    """A message payload as text lines; ephemeral ones are marked "(only you see this)".

    ``ansi``: style bold and italics for a terminal; ``names``: "#id"/"@id" -> how to show a mention.
    """
    text = functools.partial(plain, ansi=ansi, names=names)
    flags = int(message.get("flags") or 0)
    header = f"── {author}"
    if flags & 64:
        header += " (only you see this)"
    if edited:
        header += " (edited)"
    lines = [header]
    content = message.get("content") or ""
    if content:
        lines.extend(_wrap(text(content), width))
    for embed in message.get("embeds") or []:
        lines.extend(render_embed(embed, width=width, text=text))
    lines.extend(render_components(message.get("components") or [], text=text, width=width))
    if len(lines) == 1 and flags & 128:
        lines.append("QuizBot is thinking…")
    return "\n".join(lines)


def render_embed(embed: dict[str, Any], *, width: int = 78, text: Callable[[str], str] = plain) -> list[str]:
    bar = "┃ "
    out: list[str] = []
    author = (embed.get("author") or {}).get("name")
    if author:
        out.append(text(author))
    if embed.get("title"):
        out.append(text(embed["title"]))
    if embed.get("description"):
        out.extend(_wrap(text(embed["description"]), width - len(bar)))
    for fld in embed.get("fields") or []:
        name, value = text(fld.get("name", "")), text(fld.get("value", ""))
        if name.strip():
            out.append(f"{name}:")
        out.extend("  " + line for line in _wrap(value, width - len(bar) - 2))
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        out.append(f"— {text(footer)}")
    if embed.get("url"):
        out.append(embed["url"])
    return [bar + line if line else bar.rstrip() for line in out]


def render_components(components: list[dict[str, Any]], *, text: Callable[[str], str] = plain,
                      width: int = 78) -> list[str]:
    picks = choices(components)
    lines: list[str] = []
    buttons = [c for c in picks if c.kind == "button"]
    if buttons:
        lines.append("  ".join(f"[{c.number}] {text(c.label)}" + (" (disabled)" if c.disabled else "")
                               for c in buttons))
    for row in components:
        for comp in row.get("components", []) if row.get("type") == 1 else []:
            if comp.get("type") == 2 and comp.get("url"):
                lines.append(f"(link) {comp.get('label', '')}: {comp['url']}")
    options = [c for c in picks if c.kind == "option"]
    if any(c.description for c in options):  # a menu of search hits: one per line, with its snippet
        lines.append("Choose:")
        for c in options:
            entry = f"[{c.number}] {text(c.label)}" + (f" — {text(c.description)}" if c.description else "")
            lines.extend(textwrap.wrap(entry, width=width, initial_indent="  ", subsequent_indent="      "))
    elif options:
        lines.append("Choose: " + "  ".join(f"[{c.number}] {text(c.label)}" for c in options))
    return lines


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width=max(20, width), replace_whitespace=False,
                                   drop_whitespace=True) or [""])
    return lines

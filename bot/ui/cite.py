"""How sources and dates are written everywhere the bot shows them (Discord and console alike)."""

from __future__ import annotations

from bot.corpus.model import Event

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASON = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def format_partial_date(value: str | None) -> str:
    """"2025-05-07" -> "7 May 2025"; "2017-07" -> "Jul 2017"; "2022" -> "2022"; None -> "undated"."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return value
    if month and day:
        return f"{day} {MONTHS[month - 1]} {year}"
    if month:
        return f"{MONTHS[month - 1]} {year}"
    return str(year)


def format_event_date(event: Event) -> str:
    """The date at its real precision: "28 Apr 1946", "Dec 1992", "2000–2004", "mid May 2017"."""
    if event.precision == "range" and event.end_year is not None:
        start = _ymd(event.start_year, event.start_month, event.start_day)
        end = _ymd(event.end_year, event.end_month, event.end_day)
        return f"{start}–{end}"
    if event.precision == "decade":
        text = f"{event.start_year}s"
    elif event.precision == "season" and event.season:
        text = f"{_SEASON[event.season]} {event.start_year}"
    elif event.precision == "week":
        text = f"week of {_ymd(event.start_year, event.start_month, event.start_day)}"
    else:
        text = _ymd(event.start_year, event.start_month, event.start_day)
    if event.modifier == "MID":
        text = f"mid {text}"
    elif event.modifier == "ABOUT":
        text = f"c. {text}"
    return text


def _ymd(year: int, month: int | None, day: int | None) -> str:
    if month and day:
        return f"{day} {MONTHS[month - 1]} {year}"
    if month:
        return f"{MONTHS[month - 1]} {year}"
    return str(year)


def format_citation(title: str, author: str | None, date: str | None, kind: str | None,
                    *, short: bool = False) -> str:
    """"*Title* — Author, 7 May 2025 (news)"; opinion pieces are always marked as opinion. What the document does not
    say is said too ("— author unknown, undated"): a reader weighs an anonymous, undated claim differently."""
    pieces = [f"*{title}*"] if not short else [title]
    if short:
        byline = ", ".join(p for p in (author, format_partial_date(date) if date else None) if p)
    else:
        byline = f"{author or 'author unknown'}, {format_partial_date(date) if date else 'undated'}"
    if byline:
        pieces.append(byline)
    text = " — ".join(pieces)
    if kind:
        text += f" ({kind})"
    return text


def attribution(author: str | None, title: str, kind: str | None) -> str:
    """The lead-in for opinion text, so it is never stated as fact: "According to the Global Times editorial"."""
    who = author or f"“{title}”"
    if kind == "opinion":
        return f"According to {who} (opinion)"
    return f"According to {who}"

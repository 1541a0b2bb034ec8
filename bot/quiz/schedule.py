"""Calendar rules: when the daily question is due, where "this week" and "this month" begin (UTC)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from bot.store.game_records import Period

# A post missed by at most this much (the bot was down at the time) is still made after a restart.
CATCH_UP = timedelta(hours=1)

_HHMM = re.compile(r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*$")


def parse_hhmm(text: str) -> str | None:
    """"9:05", "09:05", "21.30", "21h30" → "HH:MM"; anything else → None."""
    match = _HHMM.match(text or "")
    if not match:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def due_daily_slot(now: float, hhmm: str, last_posted: str | None) -> date | None:
    """The day whose daily question should be posted now, or None.

    The slot is the latest HH:MM (UTC) not after ``now``: it is due when it passed less than
    ``CATCH_UP`` ago and was not posted yet. Checking yesterday's slot too covers 23:30 + a restart
    at 00:10; ``last_posted`` holding the slot's date makes a second post the same day impossible.
    """
    moment = datetime.fromtimestamp(now, UTC)
    hour, minute = (int(p) for p in hhmm.split(":"))
    slot = moment.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if slot > moment:
        slot -= timedelta(days=1)
    if moment - slot > CATCH_UP:
        return None
    if last_posted == slot.date().isoformat():
        return None
    return slot.date()


def next_daily_post(now: float, hhmm: str) -> datetime:
    """The next time the daily question will be posted, for /settings show."""
    moment = datetime.fromtimestamp(now, UTC)
    hour, minute = (int(p) for p in hhmm.split(":"))
    slot = moment.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if slot <= moment:
        slot += timedelta(days=1)
    return slot


def period_start(period: Period, now: float) -> float | None:
    """UNIX time where a leaderboard period begins: Monday 00:00 UTC, the 1st 00:00 UTC, or None (all)."""
    moment = datetime.fromtimestamp(now, UTC)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return (midnight - timedelta(days=moment.weekday())).timestamp()
    if period == "month":
        return midnight.replace(day=1).timestamp()
    return None

"""Small game rules the Discord glue asks about: limits, who may stop a game, the start cooldown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.store.game_records import Game

ROUNDS_MIN, ROUNDS_MAX, ROUNDS_DEFAULT = 1, 30, 10
SECONDS_MIN, SECONDS_MAX, SECONDS_DEFAULT = 10, 120, 20
DIFFICULTIES = ("easy", "medium", "hard")
REVEAL_PAUSE = 3.0  # seconds between a reveal and the next question
DAILY_SECONDS = 600  # the daily question stays open ten minutes
START_COOLDOWN = 30.0  # seconds between two game starts in one channel


def check_range(name: str, value: int, low: int, high: int) -> str | None:
    """A polite message when ``value`` is out of range (Discord enforces it too, but never trust the client)."""
    if low <= value <= high:
        return None
    return f"`{name}` must be between {low} and {high} (you gave {value})."


def normalise_difficulty(value: str | None) -> str | None:
    """"any" and empty mean no filter; otherwise one of DIFFICULTIES, or ValueError."""
    if value is None or value.strip().lower() in ("", "any"):
        return None
    value = value.strip().lower()
    if value not in DIFFICULTIES:
        raise ValueError(value)
    return value


def may_stop(game: Game, user_id: int, can_manage_messages: bool) -> bool:
    """The starter and anyone who may manage messages in the channel may stop a game."""
    return can_manage_messages or (game.starter_id is not None and game.starter_id == user_id)


@dataclass
class ChannelCooldown:
    """At most one game start per channel every ``per`` seconds, on an injectable clock."""

    per: float
    clock: Callable[[], float]
    _last: dict[int, float] = field(default_factory=dict)

    def retry_after(self, channel_id: int) -> float:
        """Seconds until a start is allowed here (0 when it is)."""
        last = self._last.get(channel_id)
        if last is None:
            return 0.0
        return max(0.0, last + self.per - self.clock())

    def mark(self, channel_id: int) -> None:
        self._last[channel_id] = self.clock()

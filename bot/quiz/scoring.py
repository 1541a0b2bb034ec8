"""Scoring: what one answer is worth, and the final standings of a game.

The arithmetic (everything is fixed at the moment of the click, so it can be stored with the answer):

* a wrong answer scores 0 and ends the member's streak;
* a correct answer scores ``BASE`` (100)
  + a speed bonus of up to ``SPEED_MAX`` (50), linear in the fraction of the round's time left:
    ``round(50 * time_left / round_seconds)`` — answering at once gives +50, at the buzzer +0;
  + a streak bonus of ``STREAK_STEP`` (10) per consecutive correct answer after the first in this
    game, capped at ``STREAK_CAP`` (50): the 2nd correct in a row +10, the 3rd +20, … the 6th and
    later +50. The streak counts this member's answers in the previous, already revealed rounds of
    the same game; a round they skipped breaks it, as a wrong answer does.

So one answer is worth 0 or 100–200 points. Standings sort by points, then correct answers; members
level on both share a place ("1, 1, 3"), and every member on the first place with points is a winner.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.game_records import Standing

BASE = 100
SPEED_MAX = 50
STREAK_STEP = 10
STREAK_CAP = 50


def speed_bonus(time_left: float, seconds: float) -> int:
    """``SPEED_MAX`` times the fraction of time left, clamped to [0, 1] (clock skew, late clicks)."""
    if seconds <= 0:
        return 0
    fraction = min(1.0, max(0.0, time_left / seconds))
    return round(SPEED_MAX * fraction)


def streak_bonus(streak: int) -> int:
    """``streak`` counts this correct answer too: 1 → 0, 2 → 10, …, 6 and more → 50."""
    return min(STREAK_STEP * max(0, streak - 1), STREAK_CAP)


def answer_points(correct: bool, time_left: float, seconds: float, previous_streak: int) -> tuple[int, int]:
    """(points, streak after this answer) for one answer.

    ``previous_streak`` is the number of consecutive correct answers the member gave in the rounds
    immediately before this one in the same game.
    """
    if not correct:
        return 0, 0
    streak = previous_streak + 1
    return BASE + speed_bonus(time_left, seconds) + streak_bonus(streak), streak


def rank(rows: Sequence[tuple[int, str, int, int, int]]) -> list[Standing]:
    """Standings from (user_id, display_name, points, correct, answered) rows, ties sharing a place."""
    ordered = sorted(rows, key=lambda r: (-r[2], -r[3], r[1].casefold(), r[0]))
    standings: list[Standing] = []
    for index, (user_id, name, points, correct, answered) in enumerate(ordered):
        previous = standings[-1] if standings else None
        if previous is not None and (previous.points, previous.correct) == (points, correct):
            place = previous.place
        else:
            place = index + 1
        standings.append(Standing(place, user_id, name, points, correct, answered))
    return standings


def winners(standings: Sequence[Standing]) -> list[Standing]:
    """Everyone on the first place, provided they scored at all (a game nobody got right has no winner)."""
    return [s for s in standings if s.place == 1 and s.points > 0]

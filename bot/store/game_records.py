"""The records the quiz works with: plain data shared by the game logic, the SQL layer and the glue."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal

GameMode = Literal["game", "single", "daily"]
Period = Literal["all", "week", "month"]
LETTERS = "ABCD"


class GameStatus(enum.StrEnum):
    RUNNING = "running"
    FINISHED = "finished"  # every planned round was played
    STOPPED = "stopped"  # /quiz stop
    INTERRUPTED = "interrupted"  # the bot shut down or restarted mid-game


class AnswerStatus(enum.Enum):
    RECORDED = "recorded"
    ALREADY_ANSWERED = "already"  # a second click: the first answer stands
    ROUND_OVER = "over"  # revealed, or its time is up
    NO_SUCH_ROUND = "missing"  # not in the database (e.g. a forged custom_id)
    BAD_CHOICE = "bad-choice"  # a button index the round never showed


@dataclass(frozen=True)
class Game:
    game_id: int
    guild_id: int
    channel_id: int
    starter_id: int | None
    mode: GameMode
    rounds_planned: int
    seconds: int
    topic: str | None
    difficulty: str | None
    status: GameStatus
    message_id: int | None
    started_at: float
    ended_at: float | None = None


@dataclass(frozen=True)
class RoundSnapshot:
    """A question exactly as shown: options in display order, so old scores stay explainable."""

    question_key: str
    kind: str
    topic: str
    difficulty: str
    prompt: str
    options: list[str]
    answer_index: int
    explanation: str
    doc_key: str | None = None
    passage_key: str | None = None
    source_title: str | None = None
    source_author: str | None = None
    source_date: str | None = None
    source_kind: str | None = None

    @property
    def answer(self) -> str:
        return self.options[self.answer_index]


@dataclass(frozen=True)
class Round:
    game_id: int
    round_no: int
    snapshot: RoundSnapshot
    opened_at: float
    closes_at: float
    revealed_at: float | None = None
    message_id: int | None = None

    @property
    def seconds(self) -> float:
        return self.closes_at - self.opened_at

    def is_open(self, now: float) -> bool:
        return self.revealed_at is None and now < self.closes_at


@dataclass(frozen=True)
class AnswerOutcome:
    status: AnswerStatus
    choice: int | None = None  # the answer on record (the first one, for ALREADY_ANSWERED)
    correct: bool | None = None
    points: int | None = None


@dataclass(frozen=True)
class Scored:
    """One member's answer in a revealed round."""

    user_id: int
    display_name: str
    choice: int
    correct: bool
    points: int
    streak: int


@dataclass(frozen=True)
class RoundResult:
    round: Round
    counts: list[int]  # answers per option, in display order
    answers: list[Scored] = field(default_factory=list)  # fastest first

    @property
    def winners(self) -> list[Scored]:
        return [a for a in self.answers if a.correct]


@dataclass(frozen=True)
class Standing:
    place: int  # ties share a place ("1, 1, 3")
    user_id: int
    display_name: str
    points: int
    correct: int
    answered: int


@dataclass(frozen=True)
class BoardRow:
    rank: int
    user_id: int
    display_name: str
    points: int
    correct: int
    answered: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class MemberStats:
    user_id: int
    display_name: str | None
    points: int
    answered: int
    correct: int
    best_streak: int
    rank: int | None  # None when the member has not answered yet
    ranked_members: int
    weakest_topic: str | None
    weakest_accuracy: float | None

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class DailySettings:
    guild_id: int
    channel_id: int | None
    time: str | None  # "HH:MM" UTC
    last_posted: str | None  # ISO date of the last slot posted

    @property
    def enabled(self) -> bool:
        return self.channel_id is not None and self.time is not None

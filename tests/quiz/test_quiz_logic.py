"""Pure game rules: scoring arithmetic, standings, selection, the daily schedule, periods."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from bot.quiz import rules, schedule, scoring
from bot.quiz.selection import freshest, playable_pool, snapshot
from bot.store.game_records import Game, GameStatus
from tests.quiz.helpers import make_question


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


# --- scoring --------------------------------------------------------------------------------

@pytest.mark.parametrize(("time_left", "seconds", "bonus"), [
    (20, 20, 50), (10, 20, 25), (0, 20, 0), (5, 20, 12), (-3, 20, 0), (30, 20, 50), (60, 120, 25),
])
def test_speed_bonus_is_linear_in_the_time_left(time_left, seconds, bonus):
    assert scoring.speed_bonus(time_left, seconds) == bonus


@pytest.mark.parametrize(("streak", "bonus"), [(1, 0), (2, 10), (3, 20), (5, 40), (6, 50), (7, 50), (30, 50)])
def test_streak_bonus_grows_by_ten_and_caps_at_fifty(streak, bonus):
    assert scoring.streak_bonus(streak) == bonus


def test_answer_points_combines_base_speed_and_streak():
    assert scoring.answer_points(True, 20, 20, 0) == (150, 1)
    assert scoring.answer_points(True, 10, 20, 1) == (100 + 25 + 10, 2)
    assert scoring.answer_points(True, 0, 20, 9) == (100 + 0 + 50, 10)
    assert scoring.answer_points(False, 20, 20, 9) == (0, 0)


def test_standings_share_places_on_ties_and_name_every_winner():
    rows = [(1, "ann", 300, 2, 3), (2, "bob", 300, 2, 2), (3, "cy", 150, 1, 3), (4, "dee", 0, 0, 3)]
    standings = scoring.rank(rows)
    assert [(s.user_id, s.place) for s in standings] == [(1, 1), (2, 1), (3, 3), (4, 4)]
    assert [s.user_id for s in scoring.winners(standings)] == [1, 2]


def test_equal_points_are_split_by_correct_answers():
    standings = scoring.rank([(1, "a", 200, 1, 1), (2, "b", 200, 2, 2)])
    assert [(s.user_id, s.place) for s in standings] == [(2, 1), (1, 2)]


def test_nobody_wins_a_game_nobody_scored_in():
    assert scoring.winners(scoring.rank([(1, "a", 0, 0, 2), (2, "b", 0, 0, 1)])) == []


# --- selection ------------------------------------------------------------------------------

def test_selection_never_repeats_a_key_or_a_question_within_a_game():
    pool = [make_question(i) for i in range(10)]
    same_as_4 = make_question(4)
    same_as_4 = type(same_as_4)(**{**same_as_4.__dict__, "question_key": "q-other-doc"})
    pool += [make_question(3), same_as_4]
    chosen = freshest(playable_pool(pool), 30, {}, random.Random(1))
    keys = [q.question_key for q in chosen]
    assert len(keys) == len(set(keys)) == 10
    assert len({(q.prompt, q.answer) for q in chosen}) == 10


def test_a_shared_prompt_with_different_answers_is_a_different_question():
    pool = [make_question(i, prompt="Which of these happened first?") for i in range(5)]
    assert len(freshest(playable_pool(pool), 10, {}, random.Random(2))) == 5


def test_selection_prefers_unseen_then_least_recently_asked():
    pool = [make_question(i) for i in range(6)]
    asked = {"q0000": 50.0, "q0001": 10.0, "q0002": 30.0}
    chosen = freshest(playable_pool(pool), 5, asked, random.Random(7))
    assert {q.question_key for q in chosen[:3]} == {"q0003", "q0004", "q0005"}
    assert [q.question_key for q in chosen[3:]] == ["q0001", "q0002"]


def test_selection_excludes_keys_used_by_the_running_game():
    pool = [make_question(i) for i in range(4)]
    chosen = freshest(playable_pool(pool, {"q0001"}), 4, {}, random.Random(3))
    assert "q0001" not in {q.question_key for q in chosen}
    assert len(chosen) == 3


def test_unplayable_questions_are_skipped():
    bad = make_question(1)
    bad = type(bad)(**{**bad.__dict__, "distractors": ["answer 1"]})  # option equals the answer
    assert freshest(playable_pool([bad, make_question(2)]), 5, {}, random.Random(0)) == [make_question(2)]


def test_snapshot_shuffles_but_keeps_the_answer_index_right():
    question = make_question(5)
    seen_positions = set()
    for seed in range(20):
        snap = snapshot(question, random.Random(seed), title="T", author="A", date="2020", kind="news")
        assert snap.options[snap.answer_index] == "answer 5"
        assert sorted(snap.options) == sorted([question.answer, *question.distractors])
        seen_positions.add(snap.answer_index)
    assert len(seen_positions) > 1
    two = snapshot(make_question(6, two=True), random.Random(0))
    assert len(two.options) == 2


# --- rules ------------------------------------------------------------------------------------

def _game(starter: int | None) -> Game:
    return Game(1, 10, 20, starter, "game", 5, 20, None, None, GameStatus.RUNNING, None, 0.0)


def test_stop_is_for_the_starter_or_message_managers():
    assert rules.may_stop(_game(7), 7, False)
    assert not rules.may_stop(_game(7), 8, False)
    assert rules.may_stop(_game(7), 8, True)
    assert not rules.may_stop(_game(None), 8, False)


def test_range_check_messages():
    assert rules.check_range("rounds", 10, 1, 30) is None
    assert "between 1 and 30" in rules.check_range("rounds", 31, 1, 30)
    assert "between 10 and 120" in rules.check_range("seconds", 5, 10, 120)


def test_difficulty_normalisation():
    assert rules.normalise_difficulty("any") is None
    assert rules.normalise_difficulty(None) is None
    assert rules.normalise_difficulty(" Hard ") == "hard"
    with pytest.raises(ValueError):
        rules.normalise_difficulty("extreme")


def test_channel_cooldown_uses_the_injected_clock():
    now = [100.0]
    cooldown = rules.ChannelCooldown(30, lambda: now[0])
    assert cooldown.retry_after(5) == 0
    cooldown.mark(5)
    now[0] = 110.0
    assert cooldown.retry_after(5) == pytest.approx(20)
    assert cooldown.retry_after(6) == 0
    now[0] = 131.0
    assert cooldown.retry_after(5) == 0


# --- schedule ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parsed"), [
    ("09:05", "09:05"), ("9:05", "09:05"), ("21.30", "21:30"), ("21h30", "21:30"), (" 00:00 ", "00:00"),
    ("24:00", None), ("12:60", None), ("noon", None), ("", None), ("1230", None),
])
def test_parse_hhmm(text, parsed):
    assert schedule.parse_hhmm(text) == parsed


def test_daily_slot_is_due_at_its_time_and_never_twice():
    assert schedule.due_daily_slot(ts("2026-03-10T08:59:59"), "09:00", None) is None
    assert schedule.due_daily_slot(ts("2026-03-10T09:00:00"), "09:00", None) == date(2026, 3, 10)
    assert schedule.due_daily_slot(ts("2026-03-10T09:30:00"), "09:00", "2026-03-10") is None
    assert schedule.due_daily_slot(ts("2026-03-10T09:30:00"), "09:00", "2026-03-09") == date(2026, 3, 10)


def test_daily_slot_catches_up_within_an_hour_only():
    assert schedule.due_daily_slot(ts("2026-03-10T09:59:00"), "09:00", None) == date(2026, 3, 10)
    assert schedule.due_daily_slot(ts("2026-03-10T10:01:00"), "09:00", None) is None


def test_daily_slot_just_before_midnight_is_caught_up_after_midnight():
    assert schedule.due_daily_slot(ts("2026-03-11T00:10:00"), "23:30", "2026-03-09") == date(2026, 3, 10)
    assert schedule.due_daily_slot(ts("2026-03-11T00:10:00"), "23:30", "2026-03-10") is None


def test_next_daily_post():
    assert schedule.next_daily_post(ts("2026-03-10T08:00:00"), "09:00").isoformat() == "2026-03-10T09:00:00+00:00"
    assert schedule.next_daily_post(ts("2026-03-10T09:00:00"), "09:00").isoformat() == "2026-03-11T09:00:00+00:00"


def test_period_starts_monday_and_first_of_month_utc():
    now = ts("2026-03-12T15:00:00")  # a Thursday
    assert schedule.period_start("week", now) == ts("2026-03-09T00:00:00")
    assert schedule.period_start("month", now) == ts("2026-03-01T00:00:00")
    assert schedule.period_start("all", now) is None

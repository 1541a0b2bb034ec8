"""The withholding rule: hidden by hand, or at least the server's threshold of open reports; the
picker never asks a withheld question in that server, and only there."""

from __future__ import annotations

import random

import pytest

from bot.quiz import feedback, scoring
from bot.quiz.picker import TopicFilter, pick_rounds
from bot.store.games import GameStore
from bot.store.reports import Flagged, Report, ReportStore, ShownQuestion
from tests.quiz.helpers import T0, FakeContent, make_question

GUILD, OTHER_GUILD = 10, 11


def shown(n: int) -> ShownQuestion:
    return ShownQuestion(f"q{n:04d}", f"Question number {n}?", f"answer {n}")


@pytest.mark.parametrize(("hidden", "reports", "threshold", "withheld"), [
    (False, 0, 3, False), (False, 2, 3, False), (False, 3, 3, True), (False, 7, 3, True),
    (True, 0, 3, True), (True, 0, 100, True), (False, 1, 1, True), (False, 0, 1, False),
])
def test_is_withheld(hidden, reports, threshold, withheld):
    assert feedback.is_withheld(hidden, reports, threshold) is withheld


def test_the_default_threshold():
    assert feedback.threshold_or_default(None) == feedback.DEFAULT_THRESHOLD == 3
    assert feedback.threshold_or_default(1) == 1
    assert set(feedback.REASON_LABELS) == {"wrong_answer", "unclear", "several_answers", "other"}


async def test_withheld_keys_follow_the_servers_threshold(db):
    store = ReportStore(db)
    for user in (1, 2, 3):
        await store.report(GUILD, shown(1), user, "unclear", None, T0)
    for user in (1, 2):
        await store.report(GUILD, shown(2), user, "wrong_answer", None, T0)
    await store.hide(GUILD, shown(3), 99, T0)
    await store.report(OTHER_GUILD, shown(4), 1, "unclear", None, T0)
    assert await feedback.withheld_keys(store, GUILD) == {"q0001", "q0003"}
    await store.set_threshold(GUILD, 2)
    assert await feedback.withheld_keys(store, GUILD) == {"q0001", "q0002", "q0003"}
    await store.set_threshold(GUILD, 50)
    assert await feedback.withheld_keys(store, GUILD) == {"q0003"}  # hiding by hand ignores the threshold
    assert await feedback.withheld_keys(store, OTHER_GUILD) == set()
    await store.restore(GUILD, "q0003", T0)
    assert await feedback.withheld_keys(store, GUILD) == set()


async def test_the_picker_never_asks_a_withheld_question_in_that_server(db):
    content = FakeContent([make_question(i, topic="trade" if i % 2 else "energy") for i in range(1, 13)])
    games, store = GameStore(db, scoring), ReportStore(db)
    for user in (1, 2, 3):
        await store.report(GUILD, shown(3), user, "wrong_answer", None, T0)
    await store.hide(GUILD, shown(8), 99, T0)
    for seed in range(60):
        for where in (TopicFilter("any topic"), TopicFilter("trade", topic="trade"),
                      TopicFilter("energy", topic="energy")):
            picked = await pick_rounds(content, games, GUILD, where, None, 30, random.Random(seed))
            keys = {r.question_key for r in picked.rounds}
            assert not keys & {"q0003", "q0008"}
            assert picked.available == len(keys)  # the withheld ones do not count as available
        elsewhere = await pick_rounds(content, games, OTHER_GUILD, TopicFilter("any topic"), None, 30,
                                      random.Random(seed))
        assert {"q0003", "q0008"} <= {r.question_key for r in elsewhere.rounds}
    # Everything withheld: nothing to ask, which the quiz reports as "no questions".
    for n in range(1, 13):
        await store.hide(GUILD, shown(n), 99, T0)
    assert (await pick_rounds(content, games, GUILD, TopicFilter("any topic"), None, 5, random.Random(0))).rounds == []


def test_review_order_puts_withheld_and_most_reported_first():
    def flagged(n: int, reports: int, *, hidden: bool = False, at: float = T0) -> Flagged:
        return Flagged(shown(n), hidden, None, at, [Report(u, "unclear", None, at, False) for u in range(reports)])

    items = [flagged(1, 1, at=T0 + 9), flagged(2, 4), flagged(3, 0, hidden=True), flagged(4, 2), flagged(5, 1)]
    order = [f.question.question_key for f in feedback.review_order(items, 3)]
    assert order == ["q0002", "q0003", "q0004", "q0001", "q0005"]
    both = Flagged(shown(6), False, None, T0, [Report(1, "unclear", None, T0, False),
                                                Report(2, "other", "x", T0, False),
                                                Report(3, "unclear", None, T0, False)])
    assert feedback.reason_counts(both) == [("unclear", 2), ("other", 1)]

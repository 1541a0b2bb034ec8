"""The quiz on the bundled corpus: every shipped question fits Discord, and a game plays end to end."""

from __future__ import annotations

import random
import re

from bot.console.transport import validate_message
from bot.exts.quiz import _embeds
from bot.exts.quiz._views import question_view, revealed_view
from bot.quiz.picker import snapshot_with_source
from bot.quiz.selection import freshest, playable_pool
from bot.store.game_records import Game, GameStatus, Round, RoundResult, Scored
from tests.quiz.helpers import T0, FakeClock


def _payload(embed, view=None) -> dict:
    data = {"embeds": [embed.to_dict()], "allowed_mentions": {"parse": []}}
    if view is not None:
        data["components"] = view.to_components()
    return data


async def test_every_shipped_question_renders_within_discord_limits(local):
    content = local.bot.content
    questions = await content.questions()
    assert questions, "the bundled corpus has no quiz questions"
    playable = freshest(playable_pool(questions), len(questions), {}, random.Random(0))
    assert len(playable) >= len(questions) * 0.9  # almost nothing is dropped as unplayable
    game = Game(1, 1, 1, 1, "game", 30, 120, None, None, GameStatus.RUNNING, None, T0)
    for question in playable:
        snap = await snapshot_with_source(content, question, random.Random(1))
        rnd = Round(1, 30, snap, T0, T0 + 120, message_id=5)
        crowd = [Scored(i, "名前" * 16 + "@everyone", i % len(snap.options), i % len(snap.options) == snap.answer_index,
                        150, 1) for i in range(60)]
        result = RoundResult(rnd, [15] * len(snap.options), crowd)
        for payload in (_payload(_embeds.question_embed(game, rnd), question_view(rnd)),
                        _payload(_embeds.question_embed(game, rnd, closed=True), revealed_view(rnd)),
                        _payload(_embeds.reveal_embed(game, result))):
            assert validate_message(payload, creating=True) == [], question.question_key
        if snap.doc_key:
            assert snap.source_title, f"{question.question_key} cites a document the store does not know"


async def test_a_game_on_the_bundled_corpus_cites_its_sources(local):
    clock = FakeClock()
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    ann = local.user("ann")
    start = await local.slash("quiz start", user=ann, channel=local.channel("quiz"), rounds=2)
    assert "A quiz is starting" in start.text
    question = await local.wait_for_message(lambda s: re.match(r"Question 1/\d+\n", s.text) is not None, timeout=30)
    assert 2 <= len(question.buttons) <= 4
    await local.click(question.message_id, 1, user=ann)
    await clock.advance(20)
    reveal = await local.wait_for_message(lambda s: re.search(r"Question 1/\d+: the answer is [A-D]", s.text), timeout=30)
    source = reveal.text.split("From the source", 1)[1]
    assert "> " in source and "According to" in source and re.search(r"\((paper|news|opinion)\)", source)

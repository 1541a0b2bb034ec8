"""Buttons on reference messages still answer after a restart: the state is in the custom_id.

A message sent by one bot process is clicked in a second, fresh one (the same content store),
which is what happens when the bot restarts between the message and the click.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from bot.console.transport import LocalDiscord
from bot.exts.quotes._views import _ran_it


async def _sent_before_restart(content_path: Path, command: str, **options: object) -> dict:
    """The message payload one bot process sent for ``/command``; that process is then closed."""
    async with LocalDiscord.open(content_path=content_path) as before:
        reply = await before.slash(command, user=before.user("alice"), **options)
        return dict(before.message(reply.message_id))


def _restore(after: LocalDiscord, message: dict) -> int:
    """Put the old message in the new process's channel (channel ids are per process here)."""
    message["channel_id"] = str(after.channel("general"))
    after.messages[int(message["id"])] = message
    return int(message["id"])


async def test_show_passage_and_next_match_survive_a_restart(content_path: Path) -> None:
    fact = await _sent_before_restart(content_path, "fact")
    quote = await _sent_before_restart(content_path, "quote", search="Russia")
    async with LocalDiscord.open(content_path=content_path) as after:
        shown = await after.click(_restore(after, fact), "Show passage", user=after.user("bob"))
        assert shown.ephemeral and shown.embeds[0]["description"].startswith("According to")
        nxt = await after.click(_restore(after, quote), "Next match", user=after.user("bob"))
        assert "Match 2" in nxt.embeds[0]["title"]


async def test_old_page_buttons_say_they_expired_after_a_restart(content_path: Path) -> None:
    timeline = await _sent_before_restart(content_path, "timeline")
    async with LocalDiscord.open(content_path=content_path) as after:
        clicked = await after.click(_restore(after, timeline), "Next", user=after.user("alice"))
        assert clicked.response_type == 7  # the stale buttons are disabled in place
        assert all(c["disabled"] for row in after.message(int(timeline["id"]))["components"]
                   for c in row["components"])
        assert "expired" in clicked.followups[0].content and clicked.followups[0].ephemeral


def _message(*, ephemeral: bool, invoker: int | None) -> SimpleNamespace:
    metadata = None if invoker is None else SimpleNamespace(user=SimpleNamespace(id=invoker))
    return SimpleNamespace(flags=SimpleNamespace(ephemeral=ephemeral), interaction_metadata=metadata)


def test_next_match_turns_in_place_only_for_whoever_ran_it() -> None:
    def clicked(message: SimpleNamespace, user: int) -> bool:
        return _ran_it(SimpleNamespace(message=message, user=SimpleNamespace(id=user)))  # type: ignore[arg-type]

    assert clicked(_message(ephemeral=False, invoker=1), 1)
    assert not clicked(_message(ephemeral=False, invoker=1), 2)
    assert not clicked(_message(ephemeral=False, invoker=None), 1)  # unknown: never edit others' view
    assert clicked(_message(ephemeral=True, invoker=None), 2)  # a private message is the clicker's own

"""Start-up moves what it loaded out of the cyclic collector's generations (``gc.freeze``): the
content store's caches once they are warm, and what the connection loaded once it is ready. A full
collection during interactions then walks only what interactions leave open, instead of stalling
the event loop over everything the bot holds for its whole life."""

from __future__ import annotations

import gc

from bot.console.transport import LocalDiscord


def _tracked(obj: object) -> bool:
    """Whether the cyclic collector's generations hold ``obj`` (frozen objects are in none)."""
    return any(o is obj for o in gc.get_objects())


async def test_ready_freezes_what_the_connection_loaded(bare_local: LocalDiscord) -> None:
    guild = bare_local.guild
    channel = bare_local.bot.get_channel(bare_local.channel("freeze-check"))
    command = bare_local.bot.tree.get_commands()[0] if bare_local.bot.tree.get_commands() else None
    loaded = [o for o in (guild, channel, command, guild.default_role) if o is not None]
    gc.collect()
    assert len(loaded) >= 3 and all(_tracked(o) for o in loaded)
    await bare_local.bot.on_ready()
    assert not any(_tracked(o) for o in loaded)


async def test_the_content_store_caches_are_frozen_once_warm(local: LocalDiscord) -> None:
    content = local.bot.content
    events = await content.events()
    documents = await content.documents()
    questions = await content.questions()
    gc.collect()
    for cached in (events[0], events[-1], documents[0], questions[0]):
        assert not _tracked(cached), cached

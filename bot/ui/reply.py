"""Answer an interaction correctly whatever state it is in, inside Discord's limits.

Features call :func:`send` (and :func:`edit` for component updates) instead of
``interaction.response`` / ``interaction.followup`` directly:

* not yet answered → ``response.send_message`` (the 3-second initial response);
* already answered or deferred → ``followup.send`` (after a defer the first followup
  replaces the "thinking…" message);
* token expired (15 min) → a plain channel message when the reply is public, else nothing;
* the first answer must reach Discord within 3 seconds: discord.py retries a callback that meets
  5xx for up to 25 s, so the attempt is abandoned at the deadline and treated like an expired
  token (a late answer would be refused anyway, and the member would wait for nothing).

Content is cut to 2000 characters and every embed is fitted to the embed limits, so a long
quoted passage never turns into a 400 from Discord.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any, Protocol, TypeVar

import discord

from bot.ui.text import CONTENT, fit_embed, fit_embeds, truncate

log = logging.getLogger(__name__)

T = TypeVar("T")
RESPONSE_DEADLINE = 3.0  # seconds Discord gives the first answer to an interaction
DEADLINE_MARGIN = 0.25  # the request must also travel
MIN_ATTEMPT = 0.5  # when our clock runs ahead of Discord's, still try for this long


class Timer(Protocol):
    """Awaits ``answer`` for at most ``seconds``, then raises ``TimeoutError``."""

    async def __call__(self, answer: Awaitable[T], seconds: float, /) -> T: ...


async def _wait_for(answer: Awaitable[T], seconds: float, /) -> T:
    # asyncio.timeout, not wait_for: no task of its own for every reply (25 µs against 55 µs a call).
    async with asyncio.timeout(seconds):
        return await answer


# The deadline's clock: real time; tests put simulated time here so a 3-second bound costs none.
deadline_timer: Timer = _wait_for


async def within_deadline(interaction: discord.Interaction, answer: Awaitable[T]) -> T:
    """Await the first answer to ``interaction``, giving up (``TimeoutError``) at its deadline."""
    elapsed = (discord.utils.utcnow() - interaction.created_at).total_seconds()
    left = min(RESPONSE_DEADLINE, RESPONSE_DEADLINE - elapsed) - DEADLINE_MARGIN
    return await deadline_timer(answer, max(left, MIN_ATTEMPT))


def _limited(content: Any, embed: discord.Embed | None, embeds: Sequence[discord.Embed] | None,
             ) -> tuple[str | None, list[discord.Embed] | None]:
    text = None if content is None else truncate(str(content), CONTENT)
    all_embeds: list[discord.Embed] | None = None
    if embed is not None or embeds:
        all_embeds = ([embed] if embed is not None else []) + list(embeds or [])
        all_embeds = fit_embeds(all_embeds)
    return text, all_embeds


async def send(interaction: discord.Interaction, content: Any = None, *, embed: discord.Embed | None = None,
               embeds: Sequence[discord.Embed] | None = None, view: discord.ui.View | None = None,
               ephemeral: bool = False, files: Sequence[discord.File] | None = None,
               **extra: Any) -> discord.Message | None:
    """Send a reply to ``interaction``; returns the message when Discord gives it back."""
    text, all_embeds = _limited(content, embed, embeds)
    kwargs: dict[str, Any] = dict(extra)
    if all_embeds is not None:
        kwargs["embeds"] = all_embeds
    if view is not None:
        kwargs["view"] = view
    if files:
        kwargs["files"] = list(files)

    if interaction.is_expired():
        return await _channel_fallback(interaction, text, ephemeral, kwargs)
    try:
        if not interaction.response.is_done():
            callback = await within_deadline(
                interaction, interaction.response.send_message(text, ephemeral=ephemeral, **kwargs))
            resource = getattr(callback, "resource", None)
            return resource if isinstance(resource, discord.Message) else None
        return await interaction.followup.send(text if text is not None else discord.utils.MISSING,
                                               ephemeral=ephemeral, wait=True, **kwargs)
    except discord.NotFound as exc:
        # 10062 Unknown interaction: the token died (slow start-up, clock skew); say it elsewhere.
        if exc.code != 10062:
            raise
        log.warning("interaction %s expired before the reply could be sent", interaction.id)
        return await _channel_fallback(interaction, text, ephemeral, kwargs)
    except TimeoutError:
        log.warning("Discord did not accept the reply to interaction %s within its 3-second deadline "
                    "(server errors?); %s", interaction.id,
                    "posting it in the channel instead" if not ephemeral else "it was private, so it is dropped")
        return await _channel_fallback(interaction, text, ephemeral, kwargs)


async def _channel_fallback(interaction: discord.Interaction, text: str | None, ephemeral: bool,
                            kwargs: dict[str, Any]) -> discord.Message | None:
    channel = interaction.channel
    if ephemeral or channel is None or not hasattr(channel, "send"):
        return None
    kwargs.pop("delete_after", None)
    return await channel.send(text, **kwargs)


async def edit(interaction: discord.Interaction, content: Any = discord.utils.MISSING, *,
               embed: discord.Embed | None = discord.utils.MISSING,
               embeds: Sequence[discord.Embed] | None = discord.utils.MISSING,
               view: discord.ui.View | None = discord.utils.MISSING, **extra: Any) -> None:
    """Edit the message a component sits on (or the original response), inside the limits.

    Arguments left out stay as they are; ``None`` removes (e.g. ``view=None`` drops the buttons).
    """
    kwargs: dict[str, Any] = dict(extra)
    if content is not discord.utils.MISSING:
        kwargs["content"] = None if content is None else truncate(str(content), CONTENT)
    if embed is not discord.utils.MISSING:
        kwargs["embeds"] = [] if embed is None else [fit_embed(embed)]
    if embeds is not discord.utils.MISSING:
        kwargs["embeds"] = fit_embeds(list(embeds or []))
    if view is not discord.utils.MISSING:
        kwargs["view"] = view
    if not interaction.response.is_done() and interaction.type is discord.InteractionType.component:
        try:
            await within_deadline(interaction, interaction.response.edit_message(**kwargs))
        except TimeoutError:
            log.warning("Discord did not accept the update for interaction %s within its 3-second deadline",
                        interaction.id)
    else:
        await interaction.edit_original_response(**kwargs)

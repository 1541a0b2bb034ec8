"""Loaded by the bot subprocess the e2e tests and the benchmark start (bench/fake/shim is on its
PYTHONPATH), never in production.

discord.py's ``Client.connect`` opens ``DiscordWebSocket.DEFAULT_GATEWAY`` (wss://gateway.discord.gg)
unless the bot asks ``GET /gateway/bot`` first. The e2e tests must never reach the real Discord, so
this points that default at the fake's *fallback* gateway path, which the fake records: a bot that
does fetch /gateway/bot connects to the URL from there instead, and a test can tell the two apart.

discord.py also waits 5 s before every IDENTIFY but the first (``Client.before_identify_hook``), for
Discord's limit on identifies per bucket. The fake has no such limit, so against it a bot identifies
again at once: a test of an invalid session waits for the bot, not for a pause meant for Discord.
"""

import os

_fallback = os.environ.get("DOCQUIZ_E2E_FALLBACK_GATEWAY")
if _fallback:
    import yarl
    from discord.gateway import DiscordWebSocket

    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(_fallback)

    import discord

    async def _identify_at_once(self: discord.Client, shard_id: int | None, *, initial: bool = False) -> None:
        return None

    discord.Client.before_identify_hook = _identify_at_once  # type: ignore[method-assign]  # the fake only

if os.environ.get("DOCQUIZ_BENCH_PROBE"):
    from bench.fake import probe

    probe.install()

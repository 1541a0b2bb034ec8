"""The bot process: ``QuizBot`` (a ``commands.Bot``), start-up, shutdown and command sync.

What features rely on::

    bot.settings          # bot.config.Settings
    bot.state             # bot.store.state.StateDB (open from setup_hook on)
    bot.content           # the open ContentStore, or raises bot.ui.errors.StoreNotReady
    await bot.reload_content()   # reopen the content store after a rebuild
    await bot.rebuilder.rebuild()  # bring the store up to date with the documents folder, live
    bot.collections       # bot.store.collections.CollectionSettings (per-server collections)
    bot.started_at        # aware UTC datetime
    bot.local             # True in the console / in-process tests (no Discord connection)

Start-up (``setup_hook``): open the state database (WAL, migrations), start building the content
store in a thread if it is stale (commands answer "still building" meanwhile), load every
extension under ``bot.exts`` (a failing one is logged, the rest still load), wait up to
CONTENT_READY_WAIT for the store to open and warm its caches (so the first command is as fast as
any), then sync the command tree only if it changed since the last sync (hash in the state DB
``meta`` table).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import json
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bot.config import EXIT_CONFIG, Settings
from bot.exts import walk_extensions
from bot.library import Rebuilder
from bot.logs import setup_logging
from bot.store.collections import CollectionSettings
from bot.store.state import StateDB
from bot.ui.errors import STORE_BUILDING, STORE_FAILED, QuizTree, StoreNotReady

if TYPE_CHECKING:
    from bot.store.content import ContentStore

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNAVAILABLE = 69  # EX_UNAVAILABLE: Discord or the network refused us at start-up
EXIT_SOFTWARE = 70  # EX_SOFTWARE: a bug stopped start-up

SYNC_HASH_KEY = "command_sync_hash"
# Net allocations between two young-generation collections (CPython's default: 700). An interaction
# in flight holds reference cycles (discord.py's interaction, response, message and view objects
# point at each other), so in a burst of 500 simultaneous answer clicks a young collection ran every
# five clicks, promoting what was still in use to the older generations, whose collections then
# walked and freed it. At 5,000 a burst runs 11 young collections instead of 97 and no full one: the
# collector's CPU fell from 0.21-0.29 ms a click to 0.14-0.17 (a no-op: 0.16-0.20 to 0.10) and its
# longest pause from 125-240 ms to 58-69 ms. Sequential traffic rarely reaches either threshold.
YOUNG_COLLECTION_THRESHOLD = 5000
# A store replaced by a rebuild stays open this long for queries already under way on it.
RETIRED_STORE_SECONDS = 60.0
# How long start-up waits for the content store (open and warm; a build if the documents changed)
# before connecting: a built store is ready well within it, so the first command after the bot
# shows online is as fast as any other. A longer build goes on in the background.
CONTENT_READY_WAIT = 10.0


def sync_scope_key(application_id: int | None, guild_id: int | None) -> str:
    """The ``meta`` key of the last synced tree: per application (a new token on the same data
    folder is a new application, with none of our commands yet) and per scope."""
    scope = "global" if guild_id is None else f"guild:{guild_id}"
    return f"{SYNC_HASH_KEY}:app:{application_id}:{scope}"


def tree_payload(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None = None,
                 ) -> list[dict[str, Any]]:
    """What ``tree.sync(guild=...)`` would send, in a stable order."""
    payload = [cmd.to_dict(tree) for cmd in tree.get_commands(guild=guild)]
    return sorted(payload, key=lambda c: (c.get("type", 1), c["name"]))


def tree_hash(payload: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class QuizBot(commands.Bot):
    def __init__(self, settings: Settings, *, state: StateDB | None = None, content: ContentStore | None = None,
                 content_path: Path | None = None, local: bool = False, build_content: bool = True,
                 open_content: bool = True, extensions: list[str] | None = None) -> None:
        """``state``/``content`` may be pre-opened (tests); ``local`` means no Discord connection
        (console, in-process tests, ``sync``): never sync at start-up. ``build_content``: build the
        store when stale; ``open_content``: open it at all. ``extensions`` overrides discovery."""
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),  # no privileged intents
            allowed_mentions=discord.AllowedMentions.none(),  # document text must never ping
            tree_cls=QuizTree,
            help_command=None,
        )
        self.settings = settings
        self._state = state
        self._owns_state = state is None
        self._content = content
        self._owns_content = content is None
        self.content_path = content_path or settings.content_path
        self.local = local
        self.build_content = build_content
        self.open_content = open_content
        self.extension_names = extensions
        self.failed_extensions: dict[str, str] = {}
        self.started_at = datetime.now(UTC)
        self.content_task: asyncio.Task[None] | None = None
        self.content_failed = False  # the start-up build/open failed: say so instead of "building"
        self._shutdown_task: asyncio.Task[None] | None = None
        self._collections: CollectionSettings | None = None
        self._retired: list[tuple[float, ContentStore]] = []
        self.watch_task: asyncio.Task[None] | None = None
        self.rebuilder = Rebuilder(self._build_store, self.reload_content,
                                   (settings.documents_dir, settings.questions_dir), self.content_path)

    @property
    def collections(self) -> CollectionSettings:
        """Each server's collections (from ``setup_hook`` on)."""
        if self._collections is None:
            raise RuntimeError("the collection settings load in setup_hook; nothing may use them before")
        return self._collections

    def _build_store(self) -> None:
        """The live rebuild (in a thread): rebuild the store when the documents changed."""
        from bot.build import ensure_store

        ensure_store(self.settings)

    @property
    def state(self) -> StateDB:
        """The open state database (from ``setup_hook`` on)."""
        if self._state is None:
            raise RuntimeError("the state database opens in setup_hook; nothing may use it before")
        return self._state

    # -- content store -------------------------------------------------------------------
    @property
    def content(self) -> ContentStore:
        """The open ContentStore; raises ``StoreNotReady`` while it is being built."""
        if self._content is None:
            raise StoreNotReady(STORE_FAILED if self.content_failed else STORE_BUILDING)
        return self._content

    @property
    def content_ready(self) -> bool:
        return self._content is not None

    async def reload_content(self) -> None:
        """Open the (rebuilt) content store file and swap it in; the old one is closed."""
        from bot.store.content import ContentStore

        new = await ContentStore.open(self.content_path)
        try:  # commands' whole-table reads, in a thread, before any command can reach the store
            await new.warm()
        except BaseException:
            await new.close()
            raise
        # The caches are tens of thousands of long-lived objects (35,000 events at 50 MB): move
        # them out of the cyclic collector's generations, whose full passes over them stalled the
        # event loop for 100 ms and more. Reference counting still frees them with the old store.
        gc.collect()
        gc.freeze()
        old, self._content = self._content, new
        now = asyncio.get_running_loop().time()
        if old is not None and old is not new and self._owns_content:
            # Not closed at once: a query that began on it (a search, a button) still finishes.
            self._retired.append((now, old))
        self._owns_content = True
        for retired in [item for item in self._retired if now - item[0] >= RETIRED_STORE_SECONDS]:
            self._retired.remove(retired)
            await retired[1].close()
        log.info("content store opened: build %s", new.build_id)

    async def _prepare_content(self) -> None:
        """Build the store if stale (in a thread: it is CPU work), then open it."""
        try:
            if self.build_content:
                from bot.build import ensure_store

                log.info("checking the content store (building it if the documents changed)")
                await asyncio.to_thread(ensure_store, self.settings)
            await self.reload_content()
            self.content_failed = False
            await self.rebuilder.mark_current()
        except Exception:
            self.content_failed = True
            log.exception("the content store could not be prepared; content commands stay unavailable "
                          "(run 'python -m bot build' to see why)")

    async def _watch(self) -> None:
        """After start-up, rebuild live when the documents folder or the store file changes."""
        await self.wait_for_content()
        await self.rebuilder.watch(self.settings.watch_seconds)

    async def wait_for_content(self, timeout: float | None = None) -> bool:
        """Wait for the start-up build/open to finish; True when the store is open."""
        if self.content_task is not None:
            await asyncio.wait({self.content_task}, timeout=timeout)
        return self.content_ready

    # -- start-up ------------------------------------------------------------------------
    async def setup_hook(self) -> None:
        if self._state is None:
            self._state = await StateDB.open(self.settings.state_path)
        self._collections = await CollectionSettings.load(self._state)
        if self._content is None and self.open_content:
            self.content_task = asyncio.create_task(self._prepare_content(), name="content-prepare")
            if self.build_content and self.settings.watch_seconds > 0:
                self.watch_task = asyncio.create_task(self._watch(), name="documents-watch")
        await self.load_all_extensions()
        if not self.local and self.content_task is not None:
            await asyncio.wait({self.content_task}, timeout=CONTENT_READY_WAIT)
        app = getattr(self, "_application", None)
        if app is not None and app.interactions_endpoint_url:
            log.warning("Your application has an Interactions Endpoint URL set (%s) in the Discord Developer "
                        "Portal: Discord will send commands there instead of to this bot. Clear that field.",
                        app.interactions_endpoint_url)
        if not self.local and self.application_id is not None:
            await self.sync_if_changed()

    async def load_all_extensions(self) -> None:
        for name in self.extension_names if self.extension_names is not None else walk_extensions():
            try:
                await self.load_extension(name)
            except Exception as exc:
                self.failed_extensions[name] = f"{exc.__class__.__name__}: {exc}"
                log.exception("extension %s failed to load; the other features still work", name)
            else:
                log.debug("extension %s loaded", name)

    async def on_ready(self) -> None:
        # After every full (re)connection: the operator's first question, answered in the log.
        count = len(self.guilds)
        log.info("connected as %s (id %s) in %d server%s", self.user, self.user.id if self.user else "?",
                 count, "" if count == 1 else "s")
        # What the connection loaded (every server's channels, roles and emojis, the extensions and
        # the command tree) lives as long as it does: out of the cyclic collector's generations too,
        # as the store's caches are, so that its full passes walk only what interactions leave open.
        gc.collect()
        gc.freeze()

    # -- command sync --------------------------------------------------------------------
    async def sync_if_changed(self) -> bool:
        """Sync only when the tree differs from the last synced one; True when it synced.

        With BOT_DEV_GUILD_ID the global commands are mirrored into that guild (instant updates)
        and nothing is pushed globally.
        """
        guild = discord.Object(self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        key = sync_scope_key(self.application_id, guild.id if guild else None)
        digest = tree_hash(tree_payload(self.tree, guild))
        if await self.state.get_meta(key) == digest:
            log.info("slash commands unchanged since the last sync; not syncing")
            return False
        try:
            synced = await self.tree.sync(guild=guild)
        except discord.HTTPException:
            log.exception("command sync failed; will retry at the next start")
            return False
        await self.state.set_meta(key, digest)
        log.info("synced %d slash commands %s", len(synced), f"to guild {guild.id}" if guild else "globally")
        return True

    # -- shutdown ------------------------------------------------------------------------
    async def close(self) -> None:
        """Close everything once; every caller (signal handler, ``async with`` exit) awaits the
        same shutdown, so the process never ends while the databases are still closing."""
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.get_running_loop().create_task(self._shutdown(), name="bot-shutdown")
        await asyncio.shield(self._shutdown_task)

    async def __aexit__(self, *exc_info: object) -> None:
        # discord.py's __aexit__ awaits only its own closing task, not our database cleanup.
        await self.close()

    async def _shutdown(self) -> None:
        # commands.Bot.close unloads extensions first: cog_unload ends games and saves scores.
        try:
            await super().close()
        finally:
            await self._close_resources()

    async def _close_resources(self) -> None:
        for task in (self.content_task, self.watch_task):
            if task is not None and not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        await self.rebuilder.close()
        for _when, retired in self._retired:
            await retired.close()
        self._retired.clear()
        if self._content is not None and self._owns_content:
            try:
                await self._content.close()
            except Exception:
                log.exception("closing the content store failed")
        if self._state is not None and self._owns_state:
            await self._state.close()
            log.info("databases closed")


# -- process entry points ----------------------------------------------------------------------
def _say(message: str, token: str | None) -> None:
    if token:
        message = message.replace(token, "[redacted]")
    print(message, file=sys.stderr, flush=True)


def _no_voice_warnings(record: logging.LogRecord) -> bool:
    # discord.py warns at every start that voice libraries are missing; this bot has no voice.
    return "voice will NOT be supported" not in record.getMessage()


def _prepare_process(settings: Settings) -> str:
    token = settings.token.get() if settings.token else ""
    setup_logging(settings.log_level, settings.log_file, secrets=[token] if token else [])
    logging.getLogger("discord.client").addFilter(_no_voice_warnings)
    if settings.api_base:  # tests only: a fake Discord on 127.0.0.1 (validated in config)
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    return token


def _run_guarded(coro_factory: Callable[[], Coroutine[Any, Any, int]], token: str) -> int:
    try:
        return asyncio.run(coro_factory())
    except discord.LoginFailure:
        _say("Discord rejected DISCORD_TOKEN: reset the token on the Bot page of your application in the "
             "Discord Developer Portal and put the new one in .env.", token)
        return EXIT_CONFIG
    except discord.PrivilegedIntentsRequired:
        _say("Discord refused a privileged intent this bot should not request; please report this.", token)
        return EXIT_CONFIG
    except (OSError, discord.HTTPException, discord.GatewayNotFound, discord.ConnectionClosed,
            TimeoutError) as exc:
        _say(f"Could not reach Discord ({exc.__class__.__name__}); check the network and try again.", token)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        logging.getLogger(__name__).exception("start-up failed")
        _say(f"The bot stopped because of an unexpected error ({exc.__class__.__name__}); see the log.", token)
        return EXIT_SOFTWARE


def run_bot(settings: Settings) -> int:
    """``python -m bot run``: connect to Discord until SIGTERM/SIGINT. Returns the exit code."""
    if settings.token is None:
        raise ValueError("run_bot needs a token; __main__ checks this first")
    token = _prepare_process(settings)
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])

    async def main() -> int:
        bot = QuizBot(settings)
        async with bot:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                # Windows has no add_signal_handler; Ctrl+C still raises KeyboardInterrupt there.
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(sig, _on_signal, bot, sig)
            await bot.login(token)
            if settings.api_base:
                # Tests only: discord.py dials a hard-coded gateway; ask the (fake) API for its own.
                _, url, _ = await bot.http.get_bot_gateway()
                DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
            await bot.connect(reconnect=True)
        log.info("stopped cleanly")
        return EXIT_OK

    return _run_guarded(main, token)


def _on_signal(bot: QuizBot, sig: signal.Signals) -> None:
    log.info("received %s, shutting down", signal.Signals(sig).name)
    asyncio.get_running_loop().create_task(bot.close(), name="shutdown")


def run_sync(settings: Settings, guild_id: int | None = None, clear: bool = False) -> int:
    """``python -m bot sync [--guild ID] [--clear]``: push (or clear) the slash commands now."""
    if settings.token is None:
        _say("DISCORD_TOKEN is not set, so there is nothing to sync to.", None)
        return EXIT_CONFIG
    token = _prepare_process(settings)

    async def main() -> int:
        # No content build and no automatic sync: only the command tree is needed.
        bot = QuizBot(settings, local=True, build_content=False, open_content=False)
        async with bot:
            await bot.login(token)
            guild = discord.Object(guild_id) if guild_id else None
            if clear:
                bot.tree.clear_commands(guild=guild)
            elif guild is not None:
                bot.tree.copy_global_to(guild=guild)
            payload = tree_payload(bot.tree, guild)
            synced = await bot.tree.sync(guild=guild)
            await bot.state.set_meta(sync_scope_key(bot.application_id, guild_id), tree_hash(payload))
            where = f"server {guild_id}" if guild_id else "all servers (global: may take up to an hour to show)"
            if clear:
                print(f"Removed the slash commands from {where}.")
            else:
                names = ", ".join(f"/{c.name}" for c in synced) or "none"
                print(f"Synced {len(synced)} slash commands to {where}: {names}.")
        return EXIT_OK

    return _run_guarded(main, token)

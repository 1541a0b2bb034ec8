"""A reusable owner-only paginator: First / Previous / counter / Next / Last over a list of embeds.

Only the member who ran the command can turn the pages; anyone else gets a private note to
run their own. After ``timeout`` seconds without a click the buttons are disabled by editing
the message (failures are logged, never raised). The pages live in memory, so after a restart
(or once the paginator has timed out) a click is answered by ``PageButton`` with a note that the
buttons have expired: it disables them and says to run the command again. Register it once per
bot with ``register(bot)``.

Every click comes through ``PageButton``, a ``DynamicItem`` for the ``pg:`` prefix, which finds the
live paginator by the nonce in the custom_id. The message's buttons are a throwaway view built for
each edit, never stored by discord.py. An open paginator is therefore one small object and its
pages, kept in a registry per event loop with one timer for all of them, instead of a
``discord.ui.View`` with five items, an Interaction and a timeout task each: hundreds stay open for
five minutes, and every full garbage collection walks whatever they hold while the event loop
waits. A click that arrives before the HTTP reply that sent the page (a quick member, a slow
network) finds the paginator all the same: it is registered before the page is sent.

Usage::

    paginator.register(bot)                      # in the extension's setup()
    view = Paginator(pages, owner_id=interaction.user.id, command="timeline")
    await view.start(interaction)                # replies, or follows up if already answered

``pages`` is any ``Sequence[discord.Embed]`` (a list, or one that builds each page on access);
every page is fitted to Discord's limits and gets "Page i/n" in its footer. One page: no buttons.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import math
import re
import secrets
import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, overload

import discord

from bot.ui import reply
from bot.ui.errors import routes_errors
from bot.ui.text import fit_embed

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0  # well inside the 15 minutes an interaction token can still edit its message
ACTIONS = ("first", "prev", "count", "next", "last")
_LABELS = {"first": "First", "prev": "Previous", "next": "Next", "last": "Last"}
_EMOJI = {"first": "⏮", "prev": "◀", "next": "▶", "last": "⏭"}


class LazyPages(Sequence[discord.Embed]):
    """Pages built when shown, ``per_page`` items to an embed: a large corpus has thousands of
    items, and building every page up front costs event-loop time for pages nobody may turn to.

    A subclass gives ``item_count()`` and ``page(index)`` (``index`` already checked).
    """

    per_page: int

    def item_count(self) -> int:
        raise NotImplementedError

    def page(self, index: int) -> discord.Embed:
        raise NotImplementedError

    def __len__(self) -> int:
        return -(-self.item_count() // self.per_page)

    @overload
    def __getitem__(self, index: int) -> discord.Embed: ...

    @overload
    def __getitem__(self, index: slice) -> list[discord.Embed]: ...

    def __getitem__(self, index: int | slice) -> discord.Embed | list[discord.Embed]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.page(index)


def page_counter(index: int, total: int) -> str:
    return f"Page {index + 1}/{total}"


class _Open:
    """The open paginators of one event loop, by nonce, and the one timer that expires them: a heap
    of (deadline, nonce) and a single ``call_at`` for the earliest. A click moves a paginator's
    deadline without touching the heap; its entry, when due, is pushed back to the new deadline."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.live: dict[str, Paginator] = {}
        self.heap: list[tuple[float, str]] = []
        self.handle: asyncio.TimerHandle | None = None
        self.armed = math.inf
        self.tasks: set[asyncio.Task[None]] = set()  # the disabling edits under way

    def add(self, view: Paginator) -> None:
        self.live[view.nonce] = view
        self._push(view.deadline, view.nonce)

    def _push(self, deadline: float, nonce: str) -> None:
        heapq.heappush(self.heap, (deadline, nonce))
        if deadline < self.armed:
            self._arm(deadline)

    def _arm(self, when: float) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self.handle, self.armed = self.loop.call_at(when, self._due), when

    def _due(self) -> None:
        self.handle, self.armed = None, math.inf
        now = self.loop.time()
        while self.heap and self.heap[0][0] <= now:
            _, nonce = heapq.heappop(self.heap)
            view = self.live.get(nonce)
            if view is None:
                continue  # stopped: its entry was left behind
            if view.deadline > now:
                heapq.heappush(self.heap, (view.deadline, nonce))  # clicked since: not yet
                continue
            del self.live[nonce]
            task = self.loop.create_task(view.expire(), name=f"paginator-timeout-{nonce}")
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        if self.heap:
            self._arm(self.heap[0][0])


_loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Open] = weakref.WeakKeyDictionary()


def _open() -> _Open:
    loop = asyncio.get_running_loop()
    found = _loops.get(loop)
    if found is None:
        found = _loops[loop] = _Open(loop)
    return found


def open_paginators() -> list[Paginator]:
    """The paginators open on the running event loop (the benchmark's memory figures)."""
    return list(_open().live.values())


def find(nonce: str, client: discord.Client | None = None) -> Paginator | None:
    """The live paginator whose buttons carry ``nonce`` (None once it has stopped or timed out).

    With ``client``, only one that this client sent: another bot in the same process (tests, a
    bot restarted in place) cannot answer for it.
    """
    view = _open().live.get(nonce)
    if view is None or (client is not None and view.client is not client):
        return None
    return view


def _with_counter(embed: discord.Embed, index: int, total: int) -> discord.Embed:
    """A copy of the page with "Page i/n" appended to its footer, fitted to Discord's limits."""
    page = embed.copy()
    if total > 1:
        footer = page.footer.text
        counter = page_counter(index, total)
        page.set_footer(text=f"{footer} · {counter}" if footer else counter,
                        icon_url=page.footer.icon_url)
    return fit_embed(page)


def disabled_copy(components: Sequence[discord.Component]) -> discord.ui.View:
    """A view rebuilt from a message's components with every button and select disabled."""
    view = discord.ui.View(timeout=None)
    for row, component in enumerate(components):
        for child in getattr(component, "children", [component]):
            if isinstance(child, discord.Button):
                button: discord.ui.Button[discord.ui.View] = discord.ui.Button.from_component(child)
                button.disabled = True
                button.row = row
                view.add_item(button)
    return view


_Target = tuple[discord.Webhook, int]  # the interaction's webhook (its token) and the message id


def _target(interaction: discord.Interaction, message: discord.Message | None) -> _Target | None:
    """How the interaction's token reaches ``message`` (the response or a followup) at timeout."""
    return None if message is None else (interaction.followup, message.id)


class Paginator:
    """Pages of embeds that only ``owner_id`` can turn; ``command`` names what to run again."""

    __slots__ = ("_edit", "client", "command", "deadline", "ephemeral", "index", "nonce", "owner_id", "pages",
                 "timeout")

    def __init__(self, pages: Sequence[discord.Embed], *, owner_id: int, command: str,
                 timeout: float = DEFAULT_TIMEOUT, ephemeral: bool = False) -> None:
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = pages  # any Sequence: pages may be built lazily, one per turn
        self.owner_id = owner_id
        self.command = command
        self.timeout = timeout
        self.ephemeral = ephemeral
        self.index = 0
        self.nonce = secrets.token_hex(6)
        self.client: discord.Client | None = None  # set by start(): the bot that sent the pages
        self.deadline = math.inf  # event-loop time of the timeout; each click moves it
        # What edits the message at timeout: the latest interaction's token (valid 15 min), as its
        # webhook and the message id; the Interaction itself is a dozen objects more for every full
        # pass of the cyclic collector, for as long as the pages stay open.
        self._edit: _Target | Callable[..., Awaitable[Any]] | None = None

    @property
    def current(self) -> discord.Embed:
        return _with_counter(self.pages[self.index], self.index, len(self.pages))

    def view(self, *, disabled: bool = False) -> discord.ui.View:
        """The buttons for the current page: those that can move from it enabled (none when
        ``disabled``), "i/n" on the counter. Throwaway: every item is a ``PageButton``, so
        discord.py does not keep the view, and clicks reach the paginator by its nonce."""
        view = discord.ui.View(timeout=None)
        last = len(self.pages) - 1
        still = {"first": self.index == 0, "prev": self.index == 0, "count": True,
                 "next": self.index == last, "last": self.index == last}
        for action in ACTIONS:
            label = f"{self.index + 1}/{len(self.pages)}" if action == "count" else _LABELS[action]
            view.add_item(PageButton(self.nonce, action, self.command, label=label,
                                     disabled=disabled or still[action]))
        return view

    def is_finished(self) -> bool:
        return self.nonce not in _open().live

    def stop(self) -> None:
        """Forget the pages now (what a restart does): a later click gets the "expired" note."""
        _open().live.pop(self.nonce, None)

    async def start(self, interaction: discord.Interaction) -> None:
        """Send the first page (with buttons only when there is more than one page)."""
        self.client = interaction.client
        extra: dict[str, Any] = {}
        if len(self.pages) > 1:
            extra["view"] = self.view()
            # Open before the page is sent: a click may arrive before the HTTP reply does.
            self.deadline = asyncio.get_running_loop().time() + self.timeout
            _open().add(self)
        # Through reply.send: a followup when already answered, and the first answer no later than
        # Discord's 3-second deadline (else a public page goes to the channel, a private one is dropped).
        answered = interaction.response.is_done()
        message = await reply.send(interaction, embed=self.current, ephemeral=self.ephemeral, **extra)
        if self._edit is not None:  # a click came first: its token is the newer one
            return
        if not answered and interaction.response.is_done():
            self._edit = _target(interaction, message) or interaction.edit_original_response
        elif isinstance(message, discord.WebhookMessage):
            self._edit = _target(interaction, message) or message.edit
        elif message is not None:  # the token had expired: a channel message, edited as one
            self._edit = message.edit
        else:  # dropped: nothing to turn
            self.stop()

    async def answer(self, interaction: discord.Interaction, action: str) -> None:
        """A click on one of our buttons: turn the page for the owner, a private note for anyone else."""
        if interaction.user.id != self.owner_id:
            await reply.send(interaction, f"Only the person who ran this can turn its pages: run /{self.command} "
                                          "to get your own.", ephemeral=True)
            return
        last = len(self.pages) - 1
        self.index = {"first": 0, "prev": max(self.index - 1, 0), "next": min(self.index + 1, last),
                      "last": last}.get(action, self.index)
        self._edit = _target(interaction, interaction.message) or interaction.edit_original_response
        self.deadline = asyncio.get_running_loop().time() + self.timeout  # restarts the countdown
        await reply.edit(interaction, embed=self.current, view=self.view())

    async def expire(self) -> None:
        """The timeout: disable the buttons on the message (already out of the registry)."""
        edit, self._edit = self._edit, None
        try:
            if isinstance(edit, tuple):
                hook, message_id = edit
                await hook.edit_message(message_id, view=self.view(disabled=True))
            elif edit is not None:
                await edit(view=self.view(disabled=True))
        except discord.HTTPException as exc:
            # The message may be gone or the token expired: nothing is left to disable.
            log.debug("could not disable paginator %s: %s", self.nonce, exc)


class PageButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=r"pg:(?P<nonce>[0-9a-f]{12}):"
                 r"(?P<action>first|prev|count|next|last):(?P<command>[\w -]{1,32})"):
    """Every page button: turns a live paginator's pages, and answers clicks on pages whose
    paginator is gone (timed out, or the bot restarted) by disabling them."""

    def __init__(self, nonce: str, action: str, command: str, *, label: str | None = None,
                 disabled: bool = False) -> None:
        super().__init__(discord.ui.Button(style=discord.ButtonStyle.secondary, label=label or _LABELS.get(action),
                                           emoji=_EMOJI.get(action), custom_id=f"pg:{nonce}:{action}:{command}"[:100],
                                           disabled=disabled))
        self.nonce = nonce
        self.action = action
        self.command = command

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> PageButton:
        return cls(match["nonce"], match["action"], match["command"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        live = find(self.nonce, interaction.client)
        if live is not None:
            await live.answer(interaction, self.action)
            return
        note = f"These buttons have expired: run /{self.command} again for fresh pages."
        message = interaction.message
        if message is not None and message.components:
            await reply.edit(interaction, view=disabled_copy(message.components))
        await reply.send(interaction, note, ephemeral=True)


def register(bot: discord.Client) -> None:
    """Route every page button, live or expired; safe to call from several extensions."""
    bot.add_dynamic_items(PageButton)

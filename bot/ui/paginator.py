"""A reusable owner-only paginator: First / Previous / counter / Next / Last over a list of embeds.

Only the member who ran the command can turn the pages; anyone else gets a private note to
run their own. After ``timeout`` seconds without a click the buttons are disabled by editing
the message (failures are logged, never raised). The pages live in memory, so after a restart
(or once the view has timed out) a click is answered by ``ExpiredPageButton``, a catch-all
``DynamicItem`` for the ``pg:`` prefix that disables the stale buttons and says to run the
command again. Register it once per bot with ``register(bot)``.

discord.py stores a sent view only once the HTTP reply that sent it returns, and offers every
click to the dynamic items as well as to the stored views. A click that arrives before that
reply (a quick member, a slow network) reaches only the catch-all, which then hands it to the
live paginator; each paginator answers an interaction once, whichever route it came by.

Usage::

    paginator.register(bot)                      # in the extension's setup()
    view = Paginator(pages, owner_id=interaction.user.id, command="timeline")
    await view.start(interaction)                # replies, or follows up if already answered

``pages`` is any ``Sequence[discord.Embed]`` (a list, or one that builds each page on access);
every page is fitted to Discord's limits and gets "Page i/n" in its footer. One page: no buttons.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, overload

import discord

from bot.ui import reply
from bot.ui.errors import ErrorRoutedView, routes_errors
from bot.ui.text import fit_embed

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0  # well inside the 15 minutes an interaction token can still edit its message
ACTIONS = ("first", "prev", "count", "next", "last")
_LABELS = {"first": "First", "prev": "Previous", "next": "Next", "last": "Last"}
_EMOJI = {"first": "⏮", "prev": "◀", "next": "▶", "last": "⏭"}
CLAIMS = 16  # interactions a paginator remembers answering: both routes of a click come within ms

# Live paginators by nonce, so the catch-all can stand aside while the real view answers.
_live: weakref.WeakValueDictionary[str, Paginator] = weakref.WeakValueDictionary()


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


def find(nonce: str, client: discord.Client | None = None) -> Paginator | None:
    """The live paginator whose buttons carry ``nonce`` (None once it has stopped or timed out).

    With ``client``, only one that this client sent: another bot in the same process (tests, a
    bot restarted in place) has its own view store and cannot answer for it.
    """
    view = _live.get(nonce)
    if view is None or view.is_finished() or (client is not None and view.client is not client):
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


class _PageButton(discord.ui.Button["Paginator"]):
    def __init__(self, action: str, custom_id: str) -> None:
        super().__init__(style=discord.ButtonStyle.secondary,
                         label=_LABELS.get(action), emoji=_EMOJI.get(action), custom_id=custom_id,
                         disabled=action == "count")
        self.action = action

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.turn(interaction, self.action)


class Paginator(ErrorRoutedView):
    """Pages of embeds that only ``owner_id`` can turn; ``command`` names what to run again."""

    def __init__(self, pages: Sequence[discord.Embed], *, owner_id: int, command: str,
                 timeout: float = DEFAULT_TIMEOUT, ephemeral: bool = False) -> None:
        if not pages:
            raise ValueError("a paginator needs at least one page")
        super().__init__(timeout=timeout)
        self.pages = pages  # any Sequence: pages may be built lazily, one per turn
        self.owner_id = owner_id
        self.command = command
        self.ephemeral = ephemeral
        self.index = 0
        self.nonce = secrets.token_hex(6)
        # The latest interaction on this message: its token (valid 15 min) edits the message at timeout.
        self._edit: Callable[..., Awaitable[Any]] | None = None
        self.client: discord.Client | None = None  # set by start(): whose view store holds us
        # Interactions answered (see claim): a tuple of ints, which the cyclic collector stops
        # tracking, where a deque per open paginator would be one more object for each full pass.
        self._claimed: tuple[int, ...] = ()
        self.buttons = {action: _PageButton(action, f"pg:{self.nonce}:{action}:{command}"[:100])
                        for action in ACTIONS}
        for button in self.buttons.values():
            self.add_item(button)
        self._show_position()
        _live[self.nonce] = self

    @property
    def current(self) -> discord.Embed:
        return _with_counter(self.pages[self.index], self.index, len(self.pages))

    def _show_position(self) -> None:
        """Enable the buttons that can move from this page and show "i/n" on the counter."""
        last = len(self.pages) - 1
        self.buttons["first"].disabled = self.buttons["prev"].disabled = self.index == 0
        self.buttons["next"].disabled = self.buttons["last"].disabled = self.index == last
        self.buttons["count"].label = f"{self.index + 1}/{len(self.pages)}"

    async def start(self, interaction: discord.Interaction) -> None:
        """Send the first page (with buttons only when there is more than one page)."""
        self.client = interaction.client
        extra: dict[str, Any] = {"view": self} if len(self.pages) > 1 else {}
        if not extra:  # nothing to turn: no buttons, nothing to time out
            self.stop()
            _live.pop(self.nonce, None)
        # Through reply.send: a followup when already answered, and the first answer no later than
        # Discord's 3-second deadline (else a public page goes to the channel, a private one is dropped).
        answered = interaction.response.is_done()
        message = await reply.send(interaction, embed=self.current, ephemeral=self.ephemeral, **extra)
        if not answered and interaction.response.is_done():
            self._edit = interaction.edit_original_response
        elif message is not None:
            self._edit = message.edit
        else:  # dropped: nothing to turn
            self.stop()
            _live.pop(self.nonce, None)

    def claim(self, interaction: discord.Interaction) -> bool:
        """True the first time an interaction reaches this paginator: a click can come both through
        the view store and through ``ExpiredPageButton``, and must be answered once."""
        if interaction.id in self._claimed:
            return False
        self._claimed = (*self._claimed[1 - CLAIMS:], interaction.id)
        return True

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if not self.claim(interaction):
            return False
        if interaction.user.id == self.owner_id:
            return True
        await reply.send(interaction, f"Only the person who ran this can turn its pages: run /{self.command} "
                                      "to get your own.", ephemeral=True)
        return False

    async def turn(self, interaction: discord.Interaction, action: str) -> None:
        last = len(self.pages) - 1
        self.index = {"first": 0, "prev": max(self.index - 1, 0), "next": min(self.index + 1, last),
                      "last": last}.get(action, self.index)
        self._show_position()
        self._edit = interaction.edit_original_response
        self.timeout = self.timeout  # restarts the countdown, by whichever route the click came
        await reply.edit(interaction, embed=self.current, view=self)

    async def answer(self, interaction: discord.Interaction, action: str) -> None:
        """A click handed over by ``ExpiredPageButton`` (the view store may not hold us yet)."""
        if await self.interaction_check(interaction):
            await self.turn(interaction, action)

    async def on_timeout(self) -> None:
        _live.pop(self.nonce, None)
        for button in self.buttons.values():
            button.disabled = True
        try:
            if self._edit is not None:
                await self._edit(view=self)
        except discord.HTTPException as exc:
            # The message may be gone or the token expired: nothing is left to disable.
            log.debug("could not disable paginator %s: %s", self.nonce, exc)


class ExpiredPageButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=r"pg:(?P<nonce>[0-9a-f]{12}):"
                        r"(?P<action>first|prev|count|next|last):(?P<command>[\w -]{1,32})"):
    """Answers clicks on pages whose paginator is gone (timed out, or the bot restarted), and hands
    a live paginator the clicks that came before discord.py stored its view."""

    def __init__(self, nonce: str, action: str, command: str) -> None:
        super().__init__(discord.ui.Button(label=_LABELS.get(action), custom_id=f"pg:{nonce}:{action}:{command}"))
        self.nonce = nonce
        self.action = action
        self.command = command

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ExpiredPageButton:
        return cls(match["nonce"], match["action"], match["command"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        live = find(self.nonce, interaction.client)
        if live is not None:
            # discord.py scheduled the view store's route for this click just after this one: when
            # the store holds the view, let that route claim the click (claim() keeps it to one answer).
            await asyncio.sleep(0)
            await live.answer(interaction, self.action)
            return
        note = f"These buttons have expired: run /{self.command} again for fresh pages."
        message = interaction.message
        if message is not None and message.components:
            await reply.edit(interaction, view=disabled_copy(message.components))
        await reply.send(interaction, note, ephemeral=True)


def register(bot: discord.Client) -> None:
    """Make expired page buttons answer cleanly; safe to call from several extensions."""
    bot.add_dynamic_items(ExpiredPageButton)

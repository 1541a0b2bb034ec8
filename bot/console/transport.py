"""The local transport: the real bot, command tree, views and DynamicItems, without Discord.

It feeds real ``INTERACTION_CREATE`` payloads to ``ConnectionState.parse_interaction_create``
and captures what the bot sends at discord.py's two transport seams: REST (``bot.http.request``,
patched per bot instance) and interaction callbacks/followups (``discord.webhook.async_.
async_context``, a ContextVar holding the webhook adapter, set for every dispatched
interaction). Like Discord's gateway, it reports every edit of a message others can see back
to the bot as ``MESSAGE_UPDATE`` (through discord.py's parser, after the edit's REST call has
answered); an error in that parser is a violation, since on Discord it would end the bot's
connection. Every discord.py internal used by the project lives in this module; the canary
test (tests/console/test_discord_internals.py) fails loudly if an upgrade moves one.

Everything the bot sends is checked against Discord's rules as it goes out (content ≤ 2000,
embed limits, ≤ 5 action rows, ≤ 25 options, custom_id ≤ 100, allowed_mentions parse == []…):
a violation is raised to the bot like Discord's 400 *and* re-raised from the ``slash``/``click``
call that caused it, so a test cannot pass over it.

Public API (the console and every in-process test use exactly this)::

    async with LocalDiscord.open(settings=None, *, bot=None, content_path=None) as local:
        alice = local.user("alice")                      # a member of the default guild
        admin = local.user("ada", admin=True)            # Administrator + Manage Server/Messages
        mod = local.user("mo", manage_messages=True)
        quiz_channel = local.channel("quiz")             # channel id (created on first use)
        dm = local.dm(alice)                             # a DM channel id: pass as channel=
        reply = await local.slash("quiz start", user=alice, channel=quiz_channel, rounds=3, topic="SCO")
        reply.content, reply.embeds, reply.components, reply.ephemeral, reply.message_id
        reply.text            # content + embed titles/descriptions/fields/footers, for assertions
        reply.buttons         # [(label, custom_id), ...]
        reply.followups       # later messages this interaction sent during the call
        reply.response_time   # seconds from dispatch to the first callback (Discord allows 3)
        choices = await local.autocomplete("quiz start", "topic", "sov", user=alice)  # [{"name","value"}]
        reply = await local.click(reply, "B", user=bob)   # a label, custom_id or 1-based number
        reply = await local.select(reply, custom_id, ["value"], user=bob)
        reply = await local.submit_modal(reply, {"Text input label": "typed"}, user=bob)  # a modal it opened
        local.sent                                        # every outbound Sent record, in order
        msg = await local.wait_for_message(lambda s: "Round 2" in s.text, timeout=5)
        local.message(message_id)                         # current state of a message (dict)

``LocalDiscord.open(settings=None, *, bot=None, content_path=None, extensions=None, build=False)``
starts a ``QuizBot`` in-process (no network, never syncs) with a temporary state DB, the given
content store (``content_path``; none: content commands answer "still building"; ``build=True``:
build/refresh the store at ``settings.content_path`` first, as the console does), and every
extension loaded with ``load_extension`` (fresh module state per bot; ``extensions=[]`` for none).
Pass ``bot=`` to drive a bot you built yourself. The default guild has #general and #quiz.
``local.bot_permissions`` (a ``discord.Permissions``) is what the bot may do in channels;
``local.sync_calls`` records every command-sync PUT; ``local.check()`` raises pending violations.
Options named like a keyword of ``slash`` (``user``, ``channel``…) go in ``options={...}``.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import itertools
import json
import re
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

import discord
from discord import app_commands
from discord.webhook import async_ as webhook_async

from bot.app import QuizBot
from bot.config import Settings
from bot.store.state import StateDB
from bot.ui import text as limits

if TYPE_CHECKING:
    # discord.py's payload types. The local world writes its payloads as Discord sends them (null
    # where these say str, fields they mark required left out), so they are cast where handed over.
    from discord.types.channel import TextChannel as TextChannelPayload
    from discord.types.gateway import InteractionCreateEvent
    from discord.types.guild import Guild as GuildPayload
    from discord.types.member import MemberWithUser as MemberPayload

SlashCommand = app_commands.Command[Any, ..., Any]

APP_ID = 900000000000000001
BOT_USER_ID = APP_ID
GUILD_ID = 900000000000000100
OWNER_ID = 900000000000000002

EPHEMERAL = 64
# What the bot may do in the default channels (View, Send, Embed Links, Read History, ...).
BOT_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True, embed_links=True,
                                      read_message_history=True, add_reactions=True, attach_files=True,
                                      use_external_emojis=True, send_messages_in_threads=True)
MEMBER_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True, embed_links=True,
                                         read_message_history=True, add_reactions=True, attach_files=True,
                                         use_application_commands=True)


class LocalViolation(AssertionError):
    """The bot sent something a real Discord would reject (HTTP 400) or never answered."""


class NoResponse(LocalViolation):
    """The interaction got no response: the user would see "The application did not respond"."""


class RouteNotImplemented(LocalViolation):
    """The bot called a Discord route the local transport does not model yet."""


def _snowflakes() -> Callable[[], int]:
    counter = itertools.count(1)
    base = int(time.time() * 1000 - 1420070400000) << 22
    return lambda: base + next(counter)


@dataclass(frozen=True)
class LocalUser:
    id: int
    name: str
    permissions: int
    admin: bool = False

    def payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "username": self.name, "global_name": self.name, "discriminator": "0",
                "avatar": None, "bot": False}

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass(frozen=True)
class LocalAttachment:
    """A file a user attaches to a command option; ``missing=True``: the CDN no longer has it."""

    filename: str
    data: bytes
    content_type: str | None = "text/plain"
    missing: bool = False
    size: int | None = None  # what Discord reports (defaults to len(data))


@dataclass
class Sent:
    """One thing the bot sent: a message, an edit, a deletion, a defer, choices, a modal, a sync."""

    seq: int
    at: float  # time.monotonic()
    route: str  # "POST /channels/1/messages"
    kind: str  # message | edit | delete | defer | autocomplete | modal | sync
    message_id: int | None = None
    channel_id: int | None = None
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    ephemeral: bool = False
    interaction_id: int | None = None
    data: Any = None  # the raw payload
    files: list[tuple[str, bytes]] = field(default_factory=list)  # attachments: (file name, bytes)

    @property
    def text(self) -> str:
        return message_text({"content": self.content, "embeds": self.embeds})

    @property
    def buttons(self) -> list[tuple[str | None, str | None]]:
        return [(c.get("label"), c.get("custom_id")) for c in iter_components(self.components) if c["type"] == 2]

    @property
    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in iter_components(self.components) if c.get("custom_id")]


@dataclass
class Reply:
    """What one interaction produced during the call: its first message plus the rest."""

    interaction_id: int
    response_type: int | None  # 4 message, 5 defer, 6 deferred update, 7 update, 8 choices, 9 modal
    response_time: float | None
    first: Sent | None
    followups: list[Sent]
    all: list[Sent]

    def _get(self, name: str, default: Any) -> Any:
        return getattr(self.first, name) if self.first is not None else default

    content = property(lambda self: self._get("content", ""))
    embeds = property(lambda self: self._get("embeds", []))
    components = property(lambda self: self._get("components", []))
    ephemeral = property(lambda self: self._get("ephemeral", False))
    message_id = property(lambda self: self._get("message_id", None))
    channel_id = property(lambda self: self._get("channel_id", None))
    text = property(lambda self: self._get("text", ""))
    buttons = property(lambda self: self._get("buttons", []))
    custom_ids = property(lambda self: self._get("custom_ids", []))
    files = property(lambda self: self._get("files", []))

    @property
    def choices(self) -> list[dict[str, Any]]:
        for sent in self.all:
            if sent.kind == "autocomplete":
                return list(sent.data.get("choices", []))
        return []

    @property
    def modal(self) -> dict[str, Any] | None:
        for sent in self.all:
            if sent.kind == "modal":
                modal: dict[str, Any] = sent.data
                return modal
        return None


def iter_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every component, flattened out of action rows (and v2 containers)."""
    out: list[dict[str, Any]] = []
    for comp in components or []:
        out.append(comp)
        out.extend(iter_components(comp.get("components", [])))
        if isinstance(comp.get("accessory"), dict):
            out.append(comp["accessory"])
    return out


def message_text(message: dict[str, Any]) -> str:
    """Content and embed text of a message payload, one piece per line (for assertions)."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts.append((embed.get("author") or {}).get("name") or "")
        parts.append(embed.get("title") or "")
        parts.append(embed.get("description") or "")
        for fld in embed.get("fields") or []:
            parts.append(f"{fld.get('name', '')}\n{fld.get('value', '')}")
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(p for p in parts if p)


# -- Discord's rules for what goes out ----------------------------------------------------------
def validate_message(payload: dict[str, Any], *, creating: bool) -> list[str]:
    """Every rule Discord applies to a message create/edit payload that we know of."""
    problems: list[str] = []
    content = payload.get("content")
    if content is not None and len(content) > limits.CONTENT:
        problems.append(f"content is {len(content)} characters (max {limits.CONTENT})")
    embeds = payload.get("embeds") or []
    if len(embeds) > limits.EMBEDS_PER_MESSAGE:
        problems.append(f"{len(embeds)} embeds (max {limits.EMBEDS_PER_MESSAGE})")
    total = 0
    for i, embed in enumerate(embeds):
        problems.extend(f"embed {i}: {p}" for p in validate_embed(embed))
        total += limits.embed_size(embed)
    if total > limits.EMBED_TOTAL:
        problems.append(f"embeds total {total} characters (max {limits.EMBED_TOTAL})")
    problems.extend(validate_components(payload.get("components") or [], flags=payload.get("flags") or 0))
    if "content" in payload or "embeds" in payload:
        mentions = payload.get("allowed_mentions")
        if mentions is None or mentions.get("parse") != [] or mentions.get("users") or mentions.get("roles"):
            problems.append(f"allowed_mentions must be {{'parse': []}} (got {mentions!r})")
    if creating and not (content or embeds or payload.get("components") or payload.get("attachments")
                         or payload.get("poll")):
        problems.append("empty message (no content, embeds, components or files)")
    return problems


def validate_embed(embed: dict[str, Any]) -> list[str]:
    problems = []
    checks = [("title", embed.get("title"), limits.EMBED_TITLE),
              ("description", embed.get("description"), limits.EMBED_DESCRIPTION),
              ("footer", (embed.get("footer") or {}).get("text"), limits.EMBED_FOOTER),
              ("author", (embed.get("author") or {}).get("name"), limits.EMBED_AUTHOR)]
    fields = embed.get("fields") or []
    if len(fields) > limits.EMBED_FIELDS:
        problems.append(f"{len(fields)} fields (max {limits.EMBED_FIELDS})")
    for i, fld in enumerate(fields):
        checks.append((f"field {i} name", fld.get("name"), limits.EMBED_FIELD_NAME))
        checks.append((f"field {i} value", fld.get("value"), limits.EMBED_FIELD_VALUE))
        if not str(fld.get("name") or "").strip() or not str(fld.get("value") or "").strip():
            problems.append(f"field {i} has an empty name or value")
    for name, value, limit in checks:
        if value is not None and len(str(value)) > limit:
            problems.append(f"{name} is {len(str(value))} characters (max {limit})")
    return problems


def validate_components(components: list[dict[str, Any]], *, flags: int = 0) -> list[str]:
    problems: list[str] = []
    if flags & (1 << 15):  # Components v2: 40 in total, no row rule
        if len(iter_components(components)) > 40:
            problems.append("more than 40 components")
    elif len(components) > limits.ACTION_ROWS:
        problems.append(f"{len(components)} action rows (max {limits.ACTION_ROWS})")
    seen: set[str] = set()
    for row in components if not flags & (1 << 15) else []:
        if row.get("type") != 1:
            problems.append(f"top-level component of type {row.get('type')} is not an action row")
            continue
        children = row.get("components") or []
        selects = [c for c in children if c.get("type") in (3, 5, 6, 7, 8)]
        if not children:
            problems.append("an empty action row")
        if selects and len(children) > 1:
            problems.append("a select menu must be alone in its action row")
        if len(children) > limits.BUTTONS_PER_ROW:
            problems.append(f"{len(children)} buttons in one row (max {limits.BUTTONS_PER_ROW})")
    for comp in iter_components(components):
        cid = comp.get("custom_id")
        if cid is not None:
            if not 1 <= len(cid) <= limits.CUSTOM_ID:
                problems.append(f"custom_id {cid[:40]!r}… is {len(cid)} characters (max {limits.CUSTOM_ID})")
            if cid in seen:
                problems.append(f"custom_id {cid!r} used twice in one message")
            seen.add(cid)
        if comp.get("type") == 2:
            label = comp.get("label")
            if label is not None and len(label) > limits.BUTTON_LABEL:
                problems.append(f"button label is {len(label)} characters (max {limits.BUTTON_LABEL})")
            if comp.get("style") == 5 and not comp.get("url"):
                problems.append("a link button without a url")
            if comp.get("style") != 5 and comp.get("style") != 6 and not cid:
                problems.append("a button without a custom_id")
            if not label and not comp.get("emoji"):
                problems.append("a button without a label or emoji")
        if comp.get("type") == 3:
            options = comp.get("options") or []
            if not 1 <= len(options) <= limits.SELECT_OPTIONS:
                problems.append(f"a select with {len(options)} options (1 to {limits.SELECT_OPTIONS})")
            values = set()
            for opt in options:
                for key, limit in (("label", limits.SELECT_OPTION_LABEL), ("value", limits.SELECT_OPTION_VALUE),
                                   ("description", limits.SELECT_OPTION_DESCRIPTION)):
                    if opt.get(key) is not None and len(opt[key]) > limit:
                        problems.append(f"select option {key} is {len(opt[key])} characters (max {limit})")
                if opt.get("value") in values:
                    problems.append(f"select option value {opt.get('value')!r} used twice")
                values.add(opt.get("value"))
            if comp.get("placeholder") and len(comp["placeholder"]) > limits.SELECT_PLACEHOLDER:
                problems.append("select placeholder over 150 characters")
            if (comp.get("max_values") or 1) > max(1, len(options)):
                problems.append("select max_values exceeds its option count")
    return problems


def validate_modal(modal: dict[str, Any]) -> list[str]:
    """A modal (callback type 9): title, custom_id, 1 to 5 text inputs inside Discord's limits."""
    problems: list[str] = []
    title, cid = str(modal.get("title") or ""), str(modal.get("custom_id") or "")
    if not 1 <= len(title) <= limits.MODAL_TITLE:
        problems.append(f"modal title is {len(title)} characters (1 to {limits.MODAL_TITLE})")
    if not 1 <= len(cid) <= limits.CUSTOM_ID:
        problems.append(f"modal custom_id is {len(cid)} characters (1 to {limits.CUSTOM_ID})")
    inputs = [c for c in iter_components(modal.get("components") or []) if c.get("type") == 4]
    if not 1 <= len(inputs) <= 5:
        problems.append(f"a modal with {len(inputs)} text inputs (1 to 5)")
    for text in inputs:
        label = str(text.get("label") or "")
        if len(label) > limits.TEXT_INPUT_LABEL:
            problems.append(f"text input label is {len(label)} characters (max {limits.TEXT_INPUT_LABEL})")
        if int(text.get("max_length") or 0) > limits.TEXT_INPUT_VALUE:
            problems.append(f"text input max_length over {limits.TEXT_INPUT_VALUE}")
    return problems


def validate_choices(choices: list[dict[str, Any]]) -> list[str]:
    problems = []
    if len(choices) > limits.CHOICES:
        problems.append(f"{len(choices)} autocomplete choices (max {limits.CHOICES})")
    for choice in choices:
        name = str(choice.get("name", ""))
        if not 1 <= len(name) <= limits.CHOICE_NAME:
            problems.append(f"choice name {name[:30]!r} is {len(name)} characters (1 to {limits.CHOICE_NAME})")
        value = choice.get("value")
        if isinstance(value, str) and len(value) > limits.CHOICE_VALUE:
            problems.append(f"choice value is {len(value)} characters (max {limits.CHOICE_VALUE})")
    return problems


def _payload_from(payload: dict[str, Any] | None, multipart: list[dict[str, Any]] | None = None, form: Any = None) -> dict[str, Any]:
    """The JSON body of a request, whether sent as JSON or as multipart with files."""
    if payload is not None:
        return payload
    for part in list(multipart or []) + list(form or []):
        if part.get("name") == "payload_json":
            body: dict[str, Any] = json.loads(part["value"])
            return body
    return {}


@dataclass
class _Interaction:
    id: int
    token: str
    type: int
    channel_id: int | None
    guild_id: int | None
    dispatched_at: float
    kind: int = 2
    source_message_id: int | None = None  # the message a component sits on
    first_response_at: float | None = None
    response_type: int | None = None
    original_id: int | None = None  # the message created by the callback (or the deferred one)
    deferred_pending: bool = False  # a defer whose "thinking" message the first followup replaces
    sent: list[Sent] = field(default_factory=list)


class LocalDiscord:
    """A fake Discord around one in-process ``QuizBot``. Build it with :meth:`open`."""

    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot
        self.sent: list[Sent] = []
        self.violations: list[str] = []
        self.synced: dict[str, list[dict[str, Any]]] = {}  # "global" / "guild:<id>" -> last PUT payload
        self.sync_calls: list[tuple[str, list[dict[str, Any]]]] = []
        self.response_times: list[float] = []
        self.listeners: list[Callable[[Sent], None]] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.strict = True
        self._next_id = _snowflakes()
        self._seq = itertools.count(1)
        self._interactions: dict[int, _Interaction] = {}
        self._by_token: dict[str, _Interaction] = {}
        self._users: dict[str, LocalUser] = {}
        self._channels: dict[str, int] = {}
        self._dm_channels: dict[int, LocalUser] = {}
        self._changed = asyncio.Condition()
        self._checked_violations = 0
        self.adapter = _LocalWebhookAdapter(self)
        self.bot_permissions = BOT_PERMISSIONS
        self.cdn: dict[str, bytes] = {}  # attachment URL -> bytes, served to Attachment.read()

    # -- lifecycle --------------------------------------------------------------------------------
    @classmethod
    @asynccontextmanager
    async def open(cls, settings: Settings | None = None, *, bot: QuizBot | None = None,
                   content_path: Path | None = None, extensions: list[str] | None = None,
                   build: bool = False, world: LocalDiscord | None = None) -> AsyncIterator[LocalDiscord]:
        """``content_path``: a built content store to open read-only. ``build``: build/refresh the
        store at ``settings.content_path`` first (the console). Neither: no content store.
        ``world``: a previous LocalDiscord whose users, channels and messages this one keeps, so a
        restarted bot (``bot=``, on the same state file) meets the old messages and buttons."""
        with tempfile.TemporaryDirectory(prefix="quizbot-local-") as tmp:
            if bot is None:
                # A fresh state database every time: local play never touches the real scores.
                state = await StateDB.open(Path(tmp) / "state.sqlite3")
                settings = settings or local_settings(Path(tmp))
                bot = QuizBot(settings, state=state, local=True, content_path=content_path,
                              build_content=build, open_content=build or content_path is not None,
                              extensions=extensions)
                bot._owns_state = True  # closed with the bot
            local = cls(bot)
            if world is not None:
                local.adopt_world(world)
            try:
                await local._start()
                yield local
            finally:
                await local._stop()
            # Something sent in the background after the last call (a late round) is checked too.
            local.check()

    async def _start(self) -> None:
        bot = self.bot
        bot.http.request = self._rest  # type: ignore[method-assign]  # the REST seam, this bot only
        bot.http.get_from_cdn = self._get_from_cdn  # type: ignore[method-assign]  # attachments
        webhook_async.async_context.set(self.adapter)
        await bot._async_setup_hook()  # binds the loop, as `async with bot` would
        state = bot._connection
        state.user = discord.ClientUser(state=state, data={
            "id": str(BOT_USER_ID), "username": "QuizBot", "discriminator": "0", "avatar": None,
            "bot": True, "global_name": None})
        state.application_id = APP_ID
        bot.owner_ids = {OWNER_ID}  # the local application's owner
        self._add_guild()
        # Channels and members this world already had (a restarted bot) exist in the new guild too.
        for name, cid in self._channels.items():
            self._add_channel(name, cid)
        for user in self._users.values():
            self._add_member(user)
        for name in ("general", "quiz"):
            self.channel(name)
        await bot.setup_hook()
        await bot.wait_for_content()
        bot._ready.set()  # features waiting in before_loop may run, as after READY

    def adopt_world(self, world: LocalDiscord) -> None:
        """Take over another LocalDiscord's users, channels, DMs and messages (before start-up)."""
        self._users = dict(world._users)
        self._channels = dict(world._channels)
        self._dm_channels = dict(world._dm_channels)
        self.messages = {mid: dict(message) for mid, message in world.messages.items()}

    async def _stop(self) -> None:
        await self.bot.close()

    def check(self) -> None:
        """Raise if the bot sent anything Discord would reject since the last check."""
        new = self.violations[self._checked_violations:]
        self._checked_violations = len(self.violations)
        if new and self.strict:
            raise LocalViolation("; ".join(new))

    # -- the world --------------------------------------------------------------------------------
    @property
    def guild(self) -> discord.Guild:
        guild = self.bot.get_guild(GUILD_ID)
        assert guild is not None
        return guild

    def _add_guild(self) -> None:
        state = self.bot._connection
        data = {
            "id": str(GUILD_ID), "name": "Local Server", "icon": None, "owner_id": str(OWNER_ID),
            "features": [], "emojis": [], "stickers": [], "roles": [{
                "id": str(GUILD_ID), "name": "@everyone", "permissions": str(MEMBER_PERMISSIONS.value),
                "position": 0, "color": 0, "hoist": False, "managed": False, "mentionable": False}],
            "channels": [], "members": [], "member_count": 1, "large": False, "unavailable": False,
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0, "preferred_locale": "en-US",
            "system_channel_flags": 0,
        }
        guild = discord.Guild(data=cast("GuildPayload", data), state=state)
        state._add_guild(guild)
        assert state.user is not None  # set by _start before the world is made
        guild._add_member(discord.Member._from_client_user(user=state.user, guild=guild, state=state))

    def user(self, name: str, *, admin: bool = False, manage_messages: bool = False) -> LocalUser:
        """A member of the default guild (the same name gives the same user)."""
        if name in self._users:
            return self._users[name]
        perms = discord.Permissions(MEMBER_PERMISSIONS.value)
        if admin:
            perms.update(administrator=True, manage_guild=True, manage_messages=True, manage_channels=True)
        if manage_messages:
            perms.update(manage_messages=True)
        user = LocalUser(id=self._next_id(), name=name, permissions=perms.value, admin=admin)
        self._users[name] = user
        self._add_member(user)
        return user

    def _add_member(self, user: LocalUser) -> None:
        member = discord.Member(data=cast("MemberPayload", self._member_payload(user)), guild=self.guild,
                                state=self.bot._connection)
        self.guild._add_member(member)

    @property
    def users(self) -> dict[str, LocalUser]:
        """Every user made so far, by name."""
        return dict(self._users)

    @property
    def channels(self) -> dict[str, int]:
        """Every guild text channel, name -> id."""
        return dict(self._channels)

    def _member_payload(self, user: LocalUser) -> dict[str, Any]:
        return {"user": user.payload(), "roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False,
                "mute": False, "flags": 0, "nick": None, "permissions": str(user.permissions)}

    def channel(self, name: str = "general") -> int:
        """The id of a text channel of the default guild, created on first use."""
        if name in self._channels:
            return self._channels[name]
        cid = self._next_id()
        self._channels[name] = cid
        self._add_channel(name, cid)
        return cid

    def _add_channel(self, name: str, cid: int) -> None:
        data = cast("TextChannelPayload", self._channel_payload(cid, name))
        self.guild._add_channel(discord.TextChannel(state=self.bot._connection, guild=self.guild, data=data))

    def _channel_payload(self, cid: int, name: str) -> dict[str, Any]:
        return {"id": str(cid), "type": 0, "name": name, "guild_id": str(GUILD_ID), "position": len(self._channels),
                "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                "rate_limit_per_user": 0, "last_message_id": None, "flags": 0}

    def dm(self, user: LocalUser) -> int:
        """The id of the DM channel between ``user`` and the bot (pass it as ``channel=``)."""
        for cid, other in self._dm_channels.items():
            if other.id == user.id:
                return cid
        cid = self._next_id()
        self._dm_channels[cid] = user
        return cid

    def _channel_data(self, cid: int) -> dict[str, Any]:
        if cid in self._dm_channels:
            return {"id": str(cid), "type": 1, "recipients": [self._dm_channels[cid].payload()],
                    "last_message_id": None}
        for name, known in self._channels.items():
            if known == cid:
                return self._channel_payload(cid, name)
        raise LocalViolation(f"unknown channel {cid}")

    def _user_by_id(self, user_id: str | int) -> LocalUser:
        for user in self._users.values():
            if str(user.id) == str(user_id):
                return user
        raise discord_not_found(10013, "Unknown User")

    async def _get_from_cdn(self, url: str) -> bytes:
        if url not in self.cdn:
            raise discord_not_found(0, "Not Found")
        return self.cdn[url]

    def message(self, message_id: int) -> dict[str, Any]:
        return self.messages[message_id]

    # -- interactions -----------------------------------------------------------------------------
    def _base_payload(self, kind: int, user: LocalUser, channel: int | None, data: dict[str, Any]) -> dict[str, Any]:
        channel = channel if channel is not None else self.channel("general")
        iid = self._next_id()
        token = f"local-token-{iid}"
        payload: dict[str, Any] = {
            "id": str(iid), "application_id": str(APP_ID), "type": kind, "token": token, "version": 1,
            "data": data, "locale": "en-US", "attachment_size_limit": 8 * 1024 * 1024, "entitlements": [],
            "app_permissions": str(self.bot_permissions.value), "channel_id": str(channel),
            "channel": self._channel_data(channel),
        }
        if channel in self._dm_channels:
            payload["user"] = user.payload()
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"0": str(user.id)}
        else:
            payload["guild_id"] = str(GUILD_ID)
            payload["guild_locale"] = "en-US"
            payload["member"] = self._member_payload(user)
            payload["context"] = 0
            payload["authorizing_integration_owners"] = {"0": str(GUILD_ID)}
        return payload

    def _resolve_command(self, name: str) -> tuple[list[str], SlashCommand]:
        parts = name.strip().lstrip("/").split()
        if not parts:
            raise LocalViolation("empty command name")
        node: Any = self.bot.tree.get_command(parts[0])
        if node is None:
            raise LocalViolation(f"no such command /{parts[0]}")
        for part in parts[1:]:
            if not isinstance(node, app_commands.Group):
                raise LocalViolation(f"/{name}: {node.name} has no subcommands")
            child = node.get_command(part)
            if child is None:
                raise LocalViolation(f"/{name}: {node.name} has no subcommand {part}")
            node = child
        if isinstance(node, app_commands.Group):
            raise LocalViolation(f"/{name} is a group; name one of its subcommands")
        return parts, node

    def _check_offered_in_dm(self, name: str) -> None:
        """Discord itself hides guild-only commands in DMs; a user cannot run them there."""
        root: Any = self._resolve_command(name)[1]
        while root.parent is not None:
            root = root.parent
        contexts = root.allowed_contexts
        if getattr(root, "guild_only", False) or (contexts is not None and not contexts.dm_channel):
            raise LocalViolation(f"Discord does not offer /{root.name} in direct messages (it is guild-only)")

    def _options(self, command: SlashCommand, values: dict[str, Any], focused: str | None = None,
                 ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        params = {p.display_name: p for p in command.parameters}
        by_python = {p.name: p for p in command.parameters}
        options: list[dict[str, Any]] = []
        resolved: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            param = params.get(key) or by_python.get(key)
            if param is None:
                raise LocalViolation(f"/{command.qualified_name} has no option {key!r}")
            options.append(self._option(param, value, resolved, focused == key))
        if focused is not None and not any(o.get("focused") for o in options):
            param = params.get(focused) or by_python.get(focused)
            if param is None:
                raise LocalViolation(f"/{command.qualified_name} has no option {focused!r}")
            options.append({"name": param.display_name, "type": param.type.value, "value": "", "focused": True})
        return options, resolved

    def _option(self, param: app_commands.Parameter, value: Any, resolved: dict[str, Any], focused: bool) -> dict[str, Any]:
        kind = param.type
        out: dict[str, Any] = {"name": param.display_name, "type": kind.value}
        if focused:
            out.update(value=str(value), focused=True)
            return out
        if isinstance(value, LocalUser):
            resolved.setdefault("users", {})[str(value.id)] = value.payload()
            member = self._member_payload(value)
            member.pop("user")
            resolved.setdefault("members", {})[str(value.id)] = member
            out["value"] = str(value.id)
        elif isinstance(value, LocalAttachment):
            aid = str(self._next_id())
            url = f"https://cdn.discordapp.com/attachments/{aid}/{value.filename}"
            if not value.missing:
                self.cdn[url] = value.data
            resolved.setdefault("attachments", {})[aid] = {
                "id": aid, "filename": value.filename, "url": url, "proxy_url": url,
                "size": len(value.data) if value.size is None else value.size, "content_type": value.content_type}
            out["value"] = aid
        elif kind is discord.AppCommandOptionType.channel:
            cid = value if isinstance(value, int) else self.channel(str(value))
            data = self._channel_data(cid)
            resolved.setdefault("channels", {})[str(cid)] = {**data, "permissions": str(self.bot_permissions.value)}
            out["value"] = str(cid)
        else:
            out["value"] = value
        return out

    def _command_data(self, name: str, values: dict[str, Any], focused: str | None = None) -> dict[str, Any]:
        parts, command = self._resolve_command(name)
        options, resolved = self._options(command, values, focused)
        if len(parts) == 3:
            options = [{"type": 2, "name": parts[1], "options": [{"type": 1, "name": parts[2], "options": options}]}]
        elif len(parts) == 2:
            options = [{"type": 1, "name": parts[1], "options": options}]
        data = {"id": str(self._next_id()), "name": parts[0], "type": 1, "options": options}
        if resolved:
            data["resolved"] = resolved
        return data

    async def slash(self, name: str, /, *, user: LocalUser | None = None, channel: int | None = None,
                    timeout: float = 10.0, expect_response: bool = True, options: dict[str, Any] | None = None,
                    stale_client: bool = False, **more_options: Any) -> Reply:
        """Run ``/name`` with options as ``user`` in ``channel``; returns what it answered.

        Options are keyword arguments; an option called ``user``, ``channel``, ``timeout`` or
        ``options`` goes in the ``options`` dict instead. ``stale_client=True`` sends what Discord
        would no longer offer (a guild-only command in a DM), as an out-of-date client might.
        """
        user = user or self.user("tester")
        values = {**(options or {}), **more_options}
        if channel in self._dm_channels and not stale_client:
            self._check_offered_in_dm(name)
        payload = self._base_payload(2, user, channel, self._command_data(name, values))
        return await self._dispatch(payload, timeout=timeout, expect_response=expect_response)

    async def autocomplete(self, name: str, option: str, current: str = "", /, *,
                           user: LocalUser | None = None, channel: int | None = None, timeout: float = 5.0,
                           options: dict[str, Any] | None = None, **more_options: Any) -> list[dict[str, Any]]:
        """The choices the bot offers for ``option`` while the user has typed ``current``."""
        user = user or self.user("tester")
        values = {**(options or {}), **more_options, option: current}
        payload = self._base_payload(4, user, channel, self._command_data(name, values, focused=option))
        reply = await self._dispatch(payload, timeout=timeout, expect_response=True)
        return reply.choices

    async def click(self, message: Reply | Sent | int, button: str | int, *, user: LocalUser | None = None,
                    timeout: float = 10.0, expect_response: bool = True) -> Reply:
        """Click a button on a message the bot sent: by label, custom_id or 1-based position."""
        msg = self._message_of(message)
        buttons = [c for c in iter_components(msg.get("components") or []) if c.get("type") == 2]
        target = None
        for index, comp in enumerate(buttons, start=1):
            if button in (comp.get("custom_id"), comp.get("label")) or button == index or str(button) == str(index):
                target = comp
                break
        if target is None:
            labels = [c.get("label") or c.get("custom_id") for c in buttons]
            raise LocalViolation(f"no button {button!r} on message {msg['id']} (buttons: {labels})")
        if target.get("disabled"):
            raise LocalViolation(f"button {button!r} is disabled: a user cannot click it")
        if not target.get("custom_id"):
            raise LocalViolation(f"button {button!r} is a link button")
        data = {"custom_id": target["custom_id"], "component_type": 2}
        return await self._component(msg, data, user, timeout, expect_response)

    async def select(self, message: Reply | Sent | int, custom_id: str, values: list[str], *,
                     user: LocalUser | None = None, timeout: float = 10.0, expect_response: bool = True) -> Reply:
        """Pick ``values`` in the select menu ``custom_id`` (or its placeholder) on a bot message."""
        msg = self._message_of(message)
        selects = [c for c in iter_components(msg.get("components") or []) if c.get("type") == 3]
        target = next((c for c in selects if custom_id in (c.get("custom_id"), c.get("placeholder"))), None)
        if target is None:
            raise LocalViolation(f"no select {custom_id!r} on message {msg['id']}")
        known = {o["value"] for o in target.get("options", [])}
        unknown = [v for v in values if v not in known]
        if unknown:
            raise LocalViolation(f"values {unknown} are not options of select {custom_id!r}")
        data = {"custom_id": target["custom_id"], "component_type": 3, "values": list(values)}
        return await self._component(msg, data, user, timeout, expect_response)

    async def submit_modal(self, opened: Reply, values: dict[str, str], *, user: LocalUser,
                           timeout: float = 10.0, expect_response: bool = True) -> Reply:
        """Fill in the modal the bot opened in ``opened`` (text inputs by label or custom_id) and submit it
        as ``user``, who must be the member it was opened for."""
        modal = opened.modal
        if modal is None:
            raise LocalViolation(f"interaction {opened.interaction_id} opened no modal")
        source = self._interactions[opened.interaction_id]
        inputs = [c for c in iter_components(modal.get("components") or []) if c.get("type") == 4]
        known = {name for c in inputs for name in (c.get("label"), c.get("custom_id"))}
        unknown = [k for k in values if k not in known]
        if unknown:
            raise LocalViolation(f"the modal has no text inputs {unknown} (it has {[c.get('label') for c in inputs]})")
        rows = []
        for text in inputs:
            value = next((v for k, v in values.items() if k in (text.get("label"), text.get("custom_id"))), "")
            if text.get("required", True) and not value:
                raise LocalViolation(f"text input {text.get('label')!r} is required: Discord won't submit it empty")
            if value and not int(text.get("min_length") or 0) <= len(value) <= int(text.get("max_length") or 4000):
                raise LocalViolation(f"{len(value)} characters in {text.get('label')!r}: Discord won't submit it")
            rows.append({"type": 1, "components": [{"type": 4, "custom_id": text["custom_id"], "value": value}]})
        data = {"custom_id": modal["custom_id"], "components": rows}
        payload = self._base_payload(5, user, source.channel_id, data)
        if source.source_message_id is not None and source.source_message_id in self.messages:
            payload["message"] = {k: v for k, v in self.messages[source.source_message_id].items() if k != "deleted"}
        return await self._dispatch(payload, timeout=timeout, expect_response=expect_response,
                                    source_message_id=source.source_message_id)

    def _message_of(self, message: Reply | Sent | int) -> dict[str, Any]:
        mid = message if isinstance(message, int) else message.message_id
        if mid is None or mid not in self.messages:
            raise LocalViolation(f"no message {mid} to interact with")
        msg = self.messages[mid]
        if msg.get("deleted"):
            raise LocalViolation(f"message {mid} was deleted")
        return msg

    async def _component(self, msg: dict[str, Any], data: dict[str, Any], user: LocalUser | None, timeout: float,
                         expect_response: bool) -> Reply:
        user = user or self.user("tester")
        payload = self._base_payload(3, user, int(msg["channel_id"]), data)
        payload["message"] = {k: v for k, v in msg.items() if k != "deleted"}
        return await self._dispatch(payload, timeout=timeout, expect_response=expect_response,
                                    source_message_id=int(msg["id"]))

    async def _dispatch(self, payload: dict[str, Any], *, timeout: float, expect_response: bool,
                        source_message_id: int | None = None) -> Reply:
        self.check()
        record = _Interaction(id=int(payload["id"]), token=payload["token"], type=payload["type"],
                              channel_id=int(payload["channel_id"]),
                              guild_id=int(payload["guild_id"]) if payload.get("guild_id") else None,
                              dispatched_at=time.monotonic(), source_message_id=source_message_id)
        self._interactions[record.id] = record
        self._by_token[record.token] = record
        before = asyncio.all_tasks()
        context = contextvars.copy_context()
        context.run(self._parse, payload)
        spawned = asyncio.all_tasks() - before
        await self._settle(record, spawned, timeout)
        self.check()
        if record.first_response_at is None and expect_response:
            raise NoResponse(f"interaction {payload['data'].get('name') or payload['data'].get('custom_id')!r} "
                             "got no response: the user would see 'The application did not respond'")
        messages = [s for s in record.sent if s.kind in ("message", "edit")]
        first = messages[0] if messages else None
        return Reply(interaction_id=record.id, response_type=record.response_type,
                     response_time=None if record.first_response_at is None
                     else record.first_response_at - record.dispatched_at,
                     first=first, followups=messages[1:], all=list(record.sent))

    def _parse(self, payload: dict[str, Any]) -> None:
        webhook_async.async_context.set(self.adapter)
        self.bot._connection.parse_interaction_create(cast("InteractionCreateEvent", payload))

    async def _settle(self, record: _Interaction, tasks: set[asyncio.Task[Any]], timeout: float,
                      quiet: float = 1.0) -> None:
        """Wait for the interaction's tasks; a long-running handler (a whole game) is left running
        once it has answered and gone quiet for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        pending = {t for t in tasks if not t.done()}
        while pending:
            now = time.monotonic()
            if now >= deadline:
                break
            last = record.sent[-1].at if record.sent else record.dispatched_at
            if record.first_response_at is not None and now - last >= quiet:
                break
            _, pending = await asyncio.wait(pending, timeout=min(0.05, deadline - now))
        # Let callbacks scheduled by the finished tasks (view timeouts, deletes) run once.
        await asyncio.sleep(0)

    async def wait_for_message(self, predicate: Callable[[Sent], bool], timeout: float = 5.0,
                               *, since: int = 0) -> Sent:
        """The first message/edit in ``sent[since:]`` matching ``predicate``, waiting up to ``timeout``."""
        index = since

        def find() -> Sent | None:
            nonlocal index
            for sent in self.sent[index:]:
                if sent.kind in ("message", "edit") and predicate(sent):
                    return sent
            return None

        async with self._changed:
            try:
                found = await asyncio.wait_for(self._changed.wait_for(find), timeout)
            except TimeoutError:
                raise TimeoutError(f"no matching message within {timeout} s") from None
        assert found is not None  # wait_for returns only once find() is truthy
        self.check()
        return found

    # -- recording --------------------------------------------------------------------------------
    def _record(self, route: str, kind: str, *, message: dict[str, Any] | None = None, interaction: _Interaction | None,
                data: Any = None, files: Any = None) -> Sent:
        sent = Sent(seq=next(self._seq), at=time.monotonic(), route=route, kind=kind,
                    interaction_id=interaction.id if interaction else None, data=data, files=attached(files))
        if message is not None:
            sent.message_id = int(message["id"])
            sent.channel_id = int(message["channel_id"])
            sent.content = message.get("content") or ""
            sent.embeds = list(message.get("embeds") or [])
            sent.components = list(message.get("components") or [])
            sent.ephemeral = bool((message.get("flags") or 0) & EPHEMERAL)
        self.sent.append(sent)
        if interaction is not None:
            interaction.sent.append(sent)
        for listener in list(self.listeners):
            listener(sent)
        asyncio.get_running_loop().create_task(self._notify())
        return sent

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _violate(self, route: str, problems: list[str]) -> None:
        if problems:
            self._refuse(route, problems)

    def _refuse(self, route: str, problems: list[str]) -> NoReturn:
        text = f"{route}: " + "; ".join(problems)
        self.violations.append(text)
        raise LocalViolation(f"Discord would reject this (400): {text}")

    def _new_message(self, channel_id: int, body: dict[str, Any], *, interaction: _Interaction | None = None,
                     ephemeral: bool = False, message_id: int | None = None) -> dict[str, Any]:
        mid = message_id or self._next_id()
        flags = int(body.get("flags") or 0)
        if ephemeral:
            flags |= EPHEMERAL
        msg: dict[str, Any] = {
            "id": str(mid), "channel_id": str(channel_id), "type": 0 if interaction is None else 20,
            "author": {"id": str(BOT_USER_ID), "username": "QuizBot", "discriminator": "0", "avatar": None,
                       "bot": True},
            "content": body.get("content") or "", "embeds": body.get("embeds") or [],
            "components": body.get("components") or [], "flags": flags, "tts": False,
            "timestamp": discord.utils.utcnow().isoformat(), "edited_timestamp": None,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "pinned": False,
        }
        if channel_id not in self._dm_channels:
            msg["guild_id"] = str(GUILD_ID)
        if interaction is not None:
            msg["webhook_id"] = str(APP_ID)
            msg["application_id"] = str(APP_ID)
        self.messages[mid] = msg
        return msg

    def _edit_message(self, mid: int, body: dict[str, Any]) -> dict[str, Any]:
        if mid not in self.messages:
            raise discord_not_found()
        msg = self.messages[mid]
        for key in ("content", "embeds", "components"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ("" if key == "content" else [])
        msg["edited_timestamp"] = discord.utils.utcnow().isoformat()
        if not int(msg.get("flags") or 0) & EPHEMERAL:
            # As on Discord, the gateway reports the edit after the REST call has answered.
            asyncio.get_running_loop().call_soon(self._gateway_event, "MESSAGE_UPDATE", copy.deepcopy(msg))
        return msg

    def _gateway_event(self, event: str, data: dict[str, Any]) -> None:
        """Hand a gateway event to discord.py's parser, as its gateway connection does. An error
        there would end a real bot's connection, so it is recorded as a violation."""
        try:
            self.bot._connection.parsers[event](data)
        except Exception as exc:
            self.violations.append(f"gateway {event}: the bot's parser raised {exc!r}; on Discord this "
                                   "ends the bot's connection")

    # -- REST seam --------------------------------------------------------------------------------
    async def _rest(self, route: Any, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        method, path = route.method, route.path
        where = f"{method} {route.url.split('/api/v10', 1)[-1]}"
        body = _payload_from(kwargs.get("json"), None, form)
        params = route_params(route)
        if path == "/channels/{channel_id}/messages" and method == "POST":
            if files:
                body.setdefault("attachments", [{"id": i} for i, _ in enumerate(files)])
            self._violate(where, validate_message(body, creating=True))
            cid = int(params["channel_id"])
            self._channel_data(cid)
            msg = self._new_message(cid, body)
            self._record(where, "message", message=msg, interaction=None, data=body, files=files)
            return msg
        if path == "/channels/{channel_id}/messages/{message_id}":
            mid = int(params["message_id"])
            if method == "GET":
                if mid not in self.messages or self.messages[mid].get("deleted"):
                    raise discord_not_found()
                return self.messages[mid]
            if method == "PATCH":
                self._violate(where, validate_message(body, creating=False))
                msg = self._edit_message(mid, body)
                self._record(where, "edit", message=msg, interaction=None, data=body)
                return msg
            if method == "DELETE":
                if mid in self.messages:
                    self.messages[mid]["deleted"] = True
                self._record(where, "delete", interaction=None, data={"message_id": mid})
                return None
        if path == "/channels/{channel_id}" and method == "GET":
            return self._channel_data(int(params["channel_id"]))
        if path in ("/applications/{application_id}/commands",
                    "/applications/{application_id}/guilds/{guild_id}/commands"):
            scope = "global" if "guild_id" not in path else f"guild:{params['guild_id']}"
            if method == "PUT":
                commands = kwargs.get("json") or []
                self.synced[scope] = commands
                self.sync_calls.append((scope, commands))
                self._record(where, "sync", interaction=None, data=commands)
                return [{**c, "id": str(self._next_id()), "application_id": str(APP_ID), "version": "1",
                         **({"guild_id": str(params["guild_id"])} if scope != "global" else {})} for c in commands]
            if method == "GET":
                return [{**c, "id": str(self._next_id()), "application_id": str(APP_ID), "version": "1"}
                        for c in self.synced.get(scope, [])]
        if path == "/users/@me" and method == "GET":
            return {"id": str(BOT_USER_ID), "username": "QuizBot", "discriminator": "0", "avatar": None, "bot": True}
        if path == "/oauth2/applications/@me" and method == "GET":
            owner = {"id": str(OWNER_ID), "username": "owner", "discriminator": "0", "avatar": None}
            return {"id": str(APP_ID), "name": "QuizBot", "icon": None, "description": "", "rpc_origins": [],
                    "bot_public": True, "bot_require_code_grant": False, "owner": owner, "summary": "",
                    "verify_key": "0" * 64, "flags": 0, "team": None, "interactions_endpoint_url": None}
        if path == "/users/{user_id}" and method == "GET":
            return self._user_by_id(params["user_id"]).payload()
        if path == "/guilds/{guild_id}/members/{member_id}" and method == "GET":
            return self._member_payload(self._user_by_id(params["member_id"]))
        if path == "/users/@me/channels" and method == "POST":
            user = next((u for u in self._users.values() if str(u.id) == str(body.get("recipient_id"))), None)
            if user is None:
                raise discord_not_found()
            return self._channel_data(self.dm(user))
        if "/reactions/" in path:
            return None
        raise RouteNotImplemented(f"the local transport does not model {where}")

    # -- webhook seam (interaction callbacks and followups) ---------------------------------------
    async def _webhook(self, route: Any, payload: dict[str, Any] | None, multipart: list[dict[str, Any]] | None, files: Any) -> Any:
        method, path = route.method, route.path
        params = route_params(route)
        record = self._by_token.get(params.get("webhook_token", ""))
        where = f"{method} {path.replace('{webhook_token}', '…').replace('{webhook_id}', str(params.get('webhook_id')))}"
        body = _payload_from(payload, multipart)
        if record is None:
            raise discord_not_found()
        if path == "/interactions/{webhook_id}/{webhook_token}/callback":
            return self._callback(record, where, body, files)
        if path == "/webhooks/{webhook_id}/{webhook_token}" and method == "POST":
            if files:
                body.setdefault("attachments", [{"id": i} for i, _ in enumerate(files)])
            self._violate(where, validate_message(body, creating=True))
            ephemeral = bool(int(body.get("flags") or 0) & EPHEMERAL)
            if record.deferred_pending and record.original_id is not None:
                # After a defer, the first followup replaces the "thinking…" message.
                record.deferred_pending = False
                msg = self._edit_message(record.original_id, body)
                self._record(where, "message", message=msg, interaction=record, data=body, files=files)
                return msg
            msg = self._new_message(record.channel_id or 0, body, interaction=record, ephemeral=ephemeral)
            self._record(where, "message", message=msg, interaction=record, data=body, files=files)
            return msg
        if path.startswith("/webhooks/{webhook_id}/{webhook_token}/messages/"):
            ref = params.get("message_id", "@original")
            if "@original" in path or ref == "@original":
                mid = record.original_id or record.source_message_id
            else:
                mid = int(ref)
            if mid is None:
                raise discord_not_found()
            if method == "GET":
                return self.messages[mid]
            if method == "PATCH":
                self._violate(where, validate_message(body, creating=False))
                record.deferred_pending = False
                msg = self._edit_message(mid, body)
                self._record(where, "edit", message=msg, interaction=record, data=body)
                return msg
            if method == "DELETE":
                self.messages[mid]["deleted"] = True
                self._record(where, "delete", interaction=record, data={"message_id": mid})
                return None
        raise RouteNotImplemented(f"the local transport does not model {where}")

    def _callback(self, record: _Interaction, where: str, body: dict[str, Any], files: Any) -> dict[str, Any]:
        if record.response_type is not None:
            self._refuse(where, ["interaction has already been acknowledged (40060)"])
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        now = time.monotonic()
        record.first_response_at = now
        record.response_type = kind
        self.response_times.append(now - record.dispatched_at)
        info: dict[str, Any] = {"id": str(record.id), "type": record.type}
        result: dict[str, Any] = {"interaction": info}
        if kind == 4:
            if files:
                data.setdefault("attachments", [{"id": i} for i, _ in enumerate(files)])
            self._violate(where, validate_message(data, creating=True))
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            msg = self._new_message(record.channel_id or 0, data, interaction=record, ephemeral=ephemeral)
            record.original_id = int(msg["id"])
            self._record(where, "message", message=msg, interaction=record, data=data, files=files)
            info.update(response_message_id=msg["id"], response_message_loading=False,
                        response_message_ephemeral=ephemeral)
            result["resource"] = {"type": 4, "message": msg}
        elif kind == 5:
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            msg = self._new_message(record.channel_id or 0, {"flags": data.get("flags") or 0}, interaction=record,
                                    ephemeral=ephemeral)
            msg["flags"] = int(msg["flags"]) | 128  # LOADING
            record.original_id = int(msg["id"])
            record.deferred_pending = True
            self._record(where, "defer", interaction=record, data=data)
            info.update(response_message_id=msg["id"], response_message_loading=True,
                        response_message_ephemeral=ephemeral)
            result["resource"] = {"type": 5, "message": msg}
        elif kind in (6, 7):
            mid = record.source_message_id
            if mid is None:
                self._refuse(where, [f"callback type {kind} is only valid for component interactions"])
            if kind == 7:
                self._violate(where, validate_message(data, creating=False))
                msg = self._edit_message(mid, data)
                self._record(where, "edit", message=msg, interaction=record, data=data)
                result["resource"] = {"type": 7, "message": msg}
            else:
                self._record(where, "defer", interaction=record, data=data)
                result["resource"] = {"type": 6}
        elif kind == 8:
            self._violate(where, validate_choices(data.get("choices") or []))
            self._record(where, "autocomplete", interaction=record, data=data)
        elif kind == 9:
            if record.type not in (2, 3):
                self._violate(where, ["a modal can only answer a command or a component"])
            self._violate(where, validate_modal(data))
            self._record(where, "modal", interaction=record, data=data)
        else:
            self._refuse(where, [f"unknown callback type {kind}"])
        return result


def attached(files: Any) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each ``discord.File`` a request carries, read where Discord would upload them."""
    out: list[tuple[str, bytes]] = []
    for file in files or []:
        file.reset()
        out.append((str(file.filename), file.fp.read()))
        file.reset()
    return out


def discord_not_found(code: int = 10008, message: str = "Unknown Message") -> discord.NotFound:
    """A 404 the way discord.py raises it, so feature code sees what it would on Discord."""

    class _Response:
        status = 404
        reason = "Not Found"

    return discord.NotFound(_Response(), {"code": code, "message": message})


class _LocalWebhookAdapter(webhook_async.AsyncWebhookAdapter):
    """The interaction callback/followup seam: records instead of calling Discord."""

    def __init__(self, local: LocalDiscord) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # discord.py leaves this __init__ unannotated
        self.local = local

    async def request(self, route: Any, session: Any = None, *, payload: dict[str, Any] | None = None,
                      multipart: list[dict[str, Any]] | None = None, files: Any = None, **_: Any) -> Any:
        return await self.local._webhook(route, payload, multipart, files)


def local_settings(data_dir: Path, *, documents_dir: Path | None = None) -> Settings:
    """Settings for a local bot: a temporary data folder, no token, the repo's documents."""
    return Settings(token=None, data_dir=data_dir, documents_dir=documents_dir or Path("data/documents"),
                    questions_dir=Path("data/questions"))


def route_params(route: Any) -> dict[str, str]:
    """The values filled into a ``discord.http.Route`` template, read back from its URL."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(route.path))
    match = re.search(pattern + "$", route.url.split("?", 1)[0])
    return match.groupdict() if match else {}

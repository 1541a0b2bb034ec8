"""A fake of Discord's gateway and REST API on 127.0.0.1, for running the real bot process.

One aiohttp application serves both: REST under ``/api/v10`` and the gateway websocket at
``/gateway`` (plain JSON text frames: discord.py asks for ``compress=zlib-stream`` but reads
text frames as they come). It keeps what Discord keeps (registered commands, messages with
their components, interaction tokens, a resumable gateway session) and applies Discord's
rules where bots break: command payload validation, the 3-second first response, one first
response per interaction, message/embed/component limits and ``allowed_mentions``.
Everything the bot sends is recorded for tests to assert on; a route the fake does not know
is logged loudly, recorded and answered 404, so a test notices.

Test-side API: :meth:`FakeDiscord.slash`, :meth:`FakeDiscord.autocomplete`,
:meth:`FakeDiscord.click`, :meth:`FakeDiscord.select` build real interaction payloads, send
them as INTERACTION_CREATE and return a :class:`Reply` with what the bot answered and how long
it took. :meth:`FakeDiscord.drop_gateway` cuts the connection to prove the bot resumes.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .commandrules import validate_commands
from .limits import (
    EPHEMERAL,
    LOADING,
    autocomplete_errors,
    mention_violation,
    message_errors,
)
from .payloads import (
    ADMINISTRATOR,
    BOT_PERMISSIONS,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    FakeGuild,
    FakeUser,
    apply_edit,
    message_payload,
    snowflake,
)

log = logging.getLogger("fakediscord")

# Obviously fake, but shaped like a bot token so the bot's settings accept it.
FAKE_TOKEN = "MTAwZmFrZS1ib3QtdG9rZW4.ZmFrZQ.not-a-real-token-for-tests-only"
INTERACTION_DEADLINE = 3.0  # seconds Discord allows for the first response

# Interaction types and callback (response) types.
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9
_ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, MODAL},
    MESSAGE_COMPONENT: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE, MODAL},
    AUTOCOMPLETE: {AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE},
}
_OPTION_SUB_COMMAND, _OPTION_GROUP = 1, 2
_OPTION_STRING, _OPTION_INTEGER, _OPTION_BOOLEAN, _OPTION_USER = 3, 4, 5, 6
_OPTION_CHANNEL, _OPTION_ROLE, _OPTION_NUMBER = 7, 8, 10


class NoReply(AssertionError):
    """The bot did not answer an interaction in time."""


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py only decodes a body whose Content-Type is exactly "application/json" (no charset).
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


def _error(status: int, code: int, message: str, errors: list[str] | None = None) -> web.Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors:
        body["errors"] = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": e} for e in errors]}
    return _json(body, status)


@dataclass
class Sent:
    """One thing the bot sent that changes what users see (a response, a message, an edit)."""

    kind: str  # callback | followup | edit | delete | channel_message | channel_edit | channel_delete
    body: dict[str, Any]
    message_id: int | None
    interaction_id: int | None
    at: float


@dataclass
class InteractionRecord:
    payload: dict[str, Any]
    dispatched_at: float
    callback: dict[str, Any] | None = None
    callback_at: float | None = None
    late: bool = False
    original_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # refused second responses, late answers
    last_activity: float = 0.0  # when the bot last answered, followed up or edited for it

    @property
    def id(self) -> int:
        return int(self.payload["id"])

    @property
    def token(self) -> str:
        return self.payload["token"]

    @property
    def elapsed(self) -> float | None:
        return None if self.callback_at is None else self.callback_at - self.dispatched_at


@dataclass
class GatewaySession:
    id: str
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    ws: web.WebSocketResponse | None = None
    request: web.Request | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Reply:
    """What the bot answered to one interaction, read live from the fake's records."""

    def __init__(self, fake: FakeDiscord, record: InteractionRecord) -> None:
        self._fake = fake
        self.record = record

    @property
    def interaction(self) -> dict[str, Any]:
        return self.record.payload

    @property
    def type(self) -> int:
        assert self.record.callback is not None
        return int(self.record.callback["type"])

    @property
    def data(self) -> dict[str, Any]:
        assert self.record.callback is not None
        return self.record.callback.get("data") or {}

    @property
    def elapsed(self) -> float:
        assert self.record.elapsed is not None
        return self.record.elapsed

    @property
    def message(self) -> dict[str, Any] | None:
        """The message this response created or updated, as it is now (after later edits)."""
        if self.record.original_id is None:
            return None
        return self._fake.messages.get(self.record.original_id)

    @property
    def followups(self) -> list[dict[str, Any]]:
        return [self._fake.messages[m] for m in self.record.followup_ids if m in self._fake.messages]

    @property
    def ephemeral(self) -> bool:
        message = self.message
        flags = int(message["flags"]) if message is not None else int(self.data.get("flags") or 0)
        return bool(flags & EPHEMERAL)

    @property
    def choices(self) -> list[dict[str, Any]]:
        return list(self.data.get("choices") or [])

    def messages(self) -> list[dict[str, Any]]:
        """The original message (if any) and every followup, in order."""
        found = [self.message] if self.message is not None else []
        return found + self.followups

    def text(self) -> str:
        """All visible text of the reply: content, embed titles, descriptions, fields, footers."""
        return "\n".join(message_text(m) for m in self.messages())

    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for m in self.messages() for c in iter_components(m) if "custom_id" in c]

    async def settle(self, quiet: float = 0.3, timeout: float = 10.0) -> Reply:
        """Wait until the bot has done nothing more for this interaction for ``quiet`` seconds, so
        followups sent after the first response (an ephemeral note after an update) are in."""
        await _quiet_for(lambda: self.record.last_activity, quiet, timeout,
                         f"the bot to finish answering {describe(self.interaction)}")
        return self

    def __repr__(self) -> str:
        kind = None if self.record.callback is None else self.record.callback.get("type")
        return f"<Reply type={kind} elapsed={self.record.elapsed} text={self.text()[:200]!r}>"


async def _quiet_for(last: Callable[[], float], quiet: float, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        idle = time.monotonic() - last()
        if idle >= quiet:
            return
        if loop.time() + (quiet - idle) > deadline:
            raise AssertionError(f"timed out after {timeout:.1f}s waiting for {what}")
        await asyncio.sleep(quiet - idle)


def iter_components(message: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every component of a message, depth first (action rows, V2 containers and sections)."""
    stack = list(reversed(message.get("components") or []))
    while stack:
        component = stack.pop()
        yield component
        children = list(component.get("components") or [])
        if isinstance(component.get("accessory"), dict):
            children.append(component["accessory"])
        stack.extend(reversed(children))


def message_text(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        for fld in embed.get("fields") or []:
            parts += [fld.get("name") or "", fld.get("value") or ""]
        parts.append((embed.get("footer") or {}).get("text") or "")
        parts.append((embed.get("author") or {}).get("name") or "")
    for component in iter_components(message):
        if component.get("type") == 10:  # a V2 text display
            parts.append(component.get("content") or "")
    return "\n".join(p for p in parts if p)


class FakeDiscord:
    """The fake Discord. ``async with FakeDiscord() as fake:`` or ``start()`` / ``stop()``."""

    def __init__(self, *, token: str = FAKE_TOKEN, heartbeat_interval_ms: int = 41250) -> None:
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.app_id = snowflake()
        # A bot user's id is its application's id.
        self.bot_user = FakeUser(self.app_id, "docquiz", bot=True, permissions=BOT_PERMISSIONS)
        guild_id, admin_role = snowflake(), snowflake()
        self.alice = FakeUser(snowflake(), "alice")
        self.bob = FakeUser(snowflake(), "bob")
        self.carol = FakeUser(snowflake(), "carol")
        self.admin = FakeUser(snowflake(), "dana", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD | ADMINISTRATOR,
                              roles=(admin_role,))
        self.guild = FakeGuild(id=guild_id, name="Fake Quiz Guild", owner_id=self.admin.id,
                               channel_id=snowflake(), admin_role_id=admin_role,
                               members=[self.alice, self.bob, self.carol, self.admin],
                               other_channel_ids=[snowflake(), snowflake()])
        self.port: int | None = None
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()

        # What the bot did, for tests to assert on.
        self.requests: list[tuple[str, str, int]] = []  # method, path, status
        self.last_activity = time.monotonic()  # of the last REST request
        self.unknown_routes: list[str] = []
        self.auth_failures: list[str] = []
        self.mention_violations: list[str] = []
        self.limit_violations: list[str] = []
        self.sync_errors: list[str] = []
        self.command_puts: list[tuple[int | None, list[dict[str, Any]]]] = []  # (guild id or None, body)
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.sent: list[Sent] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self._message_interaction: dict[int, int] = {}

        # Gateway.
        self.sessions: dict[str, GatewaySession] = {}
        self.session: GatewaySession | None = None
        self.identify_count = 0
        self.resume_count = 0
        self.ready_count = 0
        self.connections = 0
        self.heartbeats = 0
        self.gateway_queries: list[dict[str, str]] = []
        self.gateway_paths: list[str] = []  # path of every gateway connection, in order
        self.identify_payloads: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ lifecycle
    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        """What GET /gateway/bot hands out, and READY's resume_gateway_url."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def fallback_gateway_url(self) -> str:
        """Where a bot that never asked /gateway/bot connects (see tests/e2e/shim)."""
        return f"ws://127.0.0.1:{self.port}/gateway-fallback"

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        self._routes(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        sockets = site._server.sockets if site._server is not None else []  # type: ignore[union-attr]
        self.port = sockets[0].getsockname()[1]
        log.info("fake Discord on %s", self.api_base)
        return self

    async def stop(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ waiting
    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
        """Wait (bounded) until ``predicate()`` is truthy; returns its value."""
        async def waiter() -> Any:
            async with self._changed:
                while True:
                    value = predicate()
                    if value:
                        return value
                    await self._changed.wait()

        try:
            return await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout:.1f}s waiting for {what}") from None

    async def settle(self, quiet: float = 0.3, timeout: float = 10.0) -> None:
        """Wait until the bot has sent no REST request for ``quiet`` seconds (bounded)."""
        await _quiet_for(lambda: self.last_activity, quiet, timeout, "the bot to go quiet")

    async def wait_identified(self, count: int, timeout: float = 20.0) -> None:
        """Wait until the gateway has seen ``count`` IDENTIFYs answered by READY + GUILD_CREATE."""
        await self.wait_until(lambda: self.ready_count >= count, timeout, f"IDENTIFY number {count}")

    async def wait_resumed(self, count: int, timeout: float = 20.0) -> None:
        await self.wait_until(lambda: self.resume_count >= count, timeout, f"RESUME number {count}")

    # ------------------------------------------------------------------ routes
    def _routes(self, app: web.Application) -> None:
        r = app.router
        base = "/api/v10"
        r.add_get("/gateway", self._gateway)
        r.add_get("/gateway-fallback", self._gateway)
        r.add_get(base + "/gateway/bot", self._gateway_bot)
        r.add_get(base + "/gateway", self._gateway_plain)
        r.add_get(base + "/users/@me", self._users_me)
        r.add_get(base + "/oauth2/applications/@me", self._application)
        r.add_get(base + "/applications/@me", self._application)
        r.add_get(base + "/applications/{app}/commands", self._get_commands)
        r.add_put(base + "/applications/{app}/commands", self._put_commands)
        r.add_get(base + "/applications/{app}/guilds/{gid}/commands", self._get_commands)
        r.add_put(base + "/applications/{app}/guilds/{gid}/commands", self._put_commands)
        r.add_post(base + "/interactions/{iid}/{token}/callback", self._callback)
        r.add_post(base + "/webhooks/{app}/{token}", self._followup)
        r.add_get(base + "/webhooks/{app}/{token}/messages/{mid}", self._webhook_message)
        r.add_patch(base + "/webhooks/{app}/{token}/messages/{mid}", self._webhook_message)
        r.add_delete(base + "/webhooks/{app}/{token}/messages/{mid}", self._webhook_message)
        r.add_get(base + "/channels/{cid}", self._get_channel)
        r.add_get(base + "/channels/{cid}/messages", self._list_messages)
        r.add_post(base + "/channels/{cid}/messages", self._create_message)
        r.add_get(base + "/channels/{cid}/messages/{mid}", self._channel_message)
        r.add_patch(base + "/channels/{cid}/messages/{mid}", self._channel_message)
        r.add_delete(base + "/channels/{cid}/messages/{mid}", self._channel_message)
        r.add_post(base + "/channels/{cid}/typing", self._typing)
        r.add_get(base + "/guilds/{gid}", self._get_guild)
        r.add_get(base + "/guilds/{gid}/members/{uid}", self._get_member)
        r.add_get(base + "/users/{uid}", self._get_user)
        r.add_route("*", "/{tail:.*}", self._unknown)

    def _record(self, request: web.Request, status: int) -> None:
        self.requests.append((request.method, request.path, status))
        self.last_activity = time.monotonic()

    def _authorized(self, request: web.Request) -> bool:
        ok = request.headers.get("Authorization") == f"Bot {self.token}"
        if not ok:
            # Never record the header itself: it may hold a token.
            self.auth_failures.append(f"{request.method} {request.path}")
        return ok

    async def _body(self, request: web.Request) -> dict[str, Any] | list[Any]:
        """JSON body, or the ``payload_json`` part of a multipart upload (files are dropped)."""
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            raw = form.get("payload_json")
            return json.loads(str(raw)) if raw is not None else {}
        if not request.can_read_body:
            return {}
        return await request.json()

    async def _unknown(self, request: web.Request) -> web.Response:
        route = f"{request.method} {request.path}"
        log.error("FAKE DISCORD: unknown route %s (answered 404; extend tests/e2e/fakediscord.py)", route)
        self.unknown_routes.append(route)
        self._record(request, 404)
        await self._notify()
        return _error(404, 0, "404: Not Found")

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, 0, "401: Unauthorized")
        self._record(request, 200)
        return _json({
            "url": self.gateway_url,
            "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 86_400_000,
                                    "max_concurrency": 1},
        })

    async def _gateway_plain(self, request: web.Request) -> web.Response:
        self._record(request, 200)
        return _json({"url": self.gateway_url})

    async def _users_me(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            self._record(request, 401)
            return _error(401, 0, "401: Unauthorized")
        self._record(request, 200)
        return _json({**self.bot_user.user_payload(), "verified": True, "mfa_enabled": False,
                                  "locale": "en-US"})

    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.app_id),
            "name": "DocQuiz (fake)",
            "icon": None,
            "description": "",
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": 1 << 19,  # GATEWAY_MESSAGE_CONTENT_LIMITED: the bot has no privileged intents
            "owner": self.admin.user_payload(),
            "team": None,
            "summary": "",
            "bot": self.bot_user.user_payload(),
            "interactions_endpoint_url": None,
            "tags": [],
            "redirect_uris": [],
            "approximate_guild_count": 1,
        }

    async def _application(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            self._record(request, 401)
            return _error(401, 0, "401: Unauthorized")
        self._record(request, 200)
        return _json(self.application_payload())

    def _scope(self, request: web.Request) -> int | None:
        gid = request.match_info.get("gid")
        return None if gid is None else int(gid)

    async def _get_commands(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, 0, "401: Unauthorized")
        self._record(request, 200)
        return _json(self.commands.get(self._scope(request), []))

    async def _put_commands(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            self._record(request, 401)
            return _error(401, 0, "401: Unauthorized")
        if int(request.match_info["app"]) != self.app_id:
            self._record(request, 403)
            return _error(403, 50001, "Missing Access")
        scope = self._scope(request)
        body = await self._body(request)
        self.command_puts.append((scope, copy.deepcopy(body)))  # type: ignore[arg-type]
        errors = validate_commands(body)
        if errors:
            self.sync_errors.extend(errors)
            log.error("FAKE DISCORD: command sync refused: %s", errors)
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body", errors)
        previous = {(c["name"], c.get("type", 1)): c for c in self.commands.get(scope, [])}
        stored = []
        for command in body:  # type: ignore[union-attr]
            kind = command.get("type", 1)
            old = previous.get((command["name"], kind))
            entry = {
                "id": old["id"] if old else str(snowflake()),
                "application_id": str(self.app_id),
                "version": str(snowflake()),
                "type": kind,
                "name": command["name"],
                "description": command.get("description", ""),
                "options": command.get("options") or [],
                "default_member_permissions": command.get("default_member_permissions"),
                "dm_permission": command.get("dm_permission", True),
                "nsfw": bool(command.get("nsfw", False)),
                "contexts": command.get("contexts"),
                "integration_types": command.get("integration_types") or [0],
                "name_localizations": command.get("name_localizations"),
                "description_localizations": command.get("description_localizations"),
            }
            if scope is not None:
                entry["guild_id"] = str(scope)
            stored.append(entry)
        self.commands[scope] = stored
        self._record(request, 200)
        await self._notify()
        return _json(stored)

    # ------------------------------------------------------------------ interactions (REST side)
    def _sent(self, kind: str, body: dict[str, Any], message_id: int | None, record: InteractionRecord | None
              ) -> None:
        now = time.monotonic()
        self.sent.append(Sent(kind, body, message_id, record.id if record else None, now))
        if record is not None:
            record.last_activity = now

    def _check_message(self, body: dict[str, Any], where: str, *, creating: bool) -> list[str]:
        violation = mention_violation(body)
        if violation:
            self.mention_violations.append(f"{where}: {violation}")
        errors = message_errors(body, creating=creating)
        if errors:
            self.limit_violations.extend(f"{where}: {e}" for e in errors)
            log.error("FAKE DISCORD: %s refused: %s", where, errors)
        return errors

    def _store_message(self, body: dict[str, Any], *, channel_id: int, interaction: dict[str, Any] | None
                       ) -> dict[str, Any]:
        message = message_payload(
            message_id=snowflake(), channel_id=channel_id, author=self.bot_user, body=body,
            guild_id=self.guild.id, application_id=self.app_id if interaction else None,
            interaction=interaction,
        )
        self.messages[int(message["id"])] = message
        if interaction is not None:
            self._message_interaction[int(message["id"])] = int(interaction["id"])
        return message

    async def _callback(self, request: web.Request) -> web.Response:
        received = time.monotonic()
        record = self.interactions.get(int(request.match_info["iid"]))
        if record is None or record.token != request.match_info["token"]:
            self._record(request, 404)
            return _error(404, 10062, "Unknown interaction")
        body = await self._body(request)
        assert isinstance(body, dict)
        kind = int(body.get("type", 0))
        where = f"callback to interaction {record.id} ({describe(record.payload)})"
        if record.callback is not None:
            record.rejected.append(f"second response type {kind}")
            self._record(request, 400)
            await self._notify()
            return _error(400, 40060, "Interaction has already been acknowledged.")
        if received - record.dispatched_at > INTERACTION_DEADLINE:
            record.late = True
            record.rejected.append(f"late response type {kind} after {received - record.dispatched_at:.2f}s")
            log.error("FAKE DISCORD: %s came after %.2fs", where, received - record.dispatched_at)
            self._record(request, 404)
            await self._notify()
            return _error(404, 10062, "Unknown interaction")
        itype = int(record.payload["type"])
        if kind not in _ALLOWED_CALLBACKS.get(itype, set()):
            self.limit_violations.append(f"{where}: callback type {kind} is not valid for interaction type {itype}")
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body", [f"callback type {kind} not allowed here"])
        data = body.get("data") or {}
        if kind in (CHANNEL_MESSAGE, UPDATE_MESSAGE):
            errors = self._check_message(data, where, creating=kind == CHANNEL_MESSAGE)
        elif kind == AUTOCOMPLETE_RESULT:
            errors = autocomplete_errors(data)
            self.limit_violations.extend(f"{where}: {e}" for e in errors)
        else:
            errors = []
        if errors:
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body", errors)

        record.callback = {"type": kind, "data": copy.deepcopy(data)}
        record.callback_at = received
        channel_id = int(record.payload["channel_id"])
        message: dict[str, Any] | None = None
        if kind == CHANNEL_MESSAGE:
            message = self._store_message(data, channel_id=channel_id, interaction=record.payload)
        elif kind == DEFERRED_MESSAGE:
            flags = (int(data.get("flags") or 0) & EPHEMERAL) | LOADING
            message = self._store_message({"content": "", "flags": flags}, channel_id=channel_id,
                                          interaction=record.payload)
        elif kind in (DEFERRED_UPDATE, UPDATE_MESSAGE):
            source_id = int(record.payload["message"]["id"])
            message = self.messages.get(source_id)
            if message is not None and kind == UPDATE_MESSAGE:
                apply_edit(message, data)
        if message is not None:
            record.original_id = int(message["id"])
        self._sent("callback", {"type": kind, "data": data}, record.original_id, record)
        self._record(request, 200)
        await self._notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        answer: dict[str, Any] = {"interaction": {"id": str(record.id), "type": itype}}
        if message is not None:
            answer["interaction"].update({
                "response_message_id": message["id"],
                "response_message_loading": kind == DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(int(message["flags"]) & EPHEMERAL),
            })
            answer["resource"] = {"type": kind, "message": message}
        else:
            answer["resource"] = {"type": kind}
        return _json(answer)

    def _webhook_record(self, request: web.Request) -> InteractionRecord | None:
        if int(request.match_info["app"]) != self.app_id:
            return None
        record = self._by_token.get(request.match_info["token"])
        # Followups and edits need the first response first; Discord answers "Unknown Webhook".
        if record is None or record.callback is None or record.late:
            return None
        return record

    async def _followup(self, request: web.Request) -> web.Response:
        record = self._webhook_record(request)
        if record is None:
            self._record(request, 404)
            return _error(404, 10015, "Unknown Webhook")
        body = await self._body(request)
        assert isinstance(body, dict)
        where = f"followup to interaction {record.id} ({describe(record.payload)})"
        original = self.messages.get(record.original_id) if record.original_id else None
        # After a deferred reply the first followup fills in the "thinking…" message.
        fills_original = (record.callback is not None and record.callback["type"] == DEFERRED_MESSAGE
                          and original is not None and int(original["flags"]) & LOADING
                          and not record.followup_ids)
        if self._check_message(body, where, creating=True):
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body")
        if fills_original:
            assert original is not None
            keep_ephemeral = int(original["flags"]) & EPHEMERAL
            apply_edit(original, body)
            original["flags"] = (int(original["flags"]) & ~LOADING) | keep_ephemeral
            message = original
            self._sent("edit", body, int(message["id"]), record)
        else:
            message = self._store_message(body, channel_id=int(record.payload["channel_id"]),
                                          interaction=record.payload)
            record.followup_ids.append(int(message["id"]))
            self._sent("followup", body, int(message["id"]), record)
        self._record(request, 200)
        await self._notify()
        if request.query.get("wait") in ("true", "1", "True"):
            return _json(message)
        return web.Response(status=204)

    async def _webhook_message(self, request: web.Request) -> web.Response:
        record = self._webhook_record(request)
        if record is None:
            self._record(request, 404)
            return _error(404, 10015, "Unknown Webhook")
        mid_raw = request.match_info["mid"]
        mid = record.original_id if mid_raw == "@original" else int(mid_raw)
        owned = mid is not None and (mid == record.original_id or mid in record.followup_ids)
        message = self.messages.get(mid) if owned and mid is not None else None
        if message is None:
            self._record(request, 404)
            return _error(404, 10008, "Unknown Message")
        if request.method == "GET":
            self._record(request, 200)
            return _json(message)
        if request.method == "DELETE":
            del self.messages[int(message["id"])]
            self._sent("delete", {}, int(message["id"]), record)
            self._record(request, 204)
            await self._notify()
            return web.Response(status=204)
        body = await self._body(request)
        assert isinstance(body, dict)
        if self._check_message(body, f"edit of interaction {record.id} message", creating=False):
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body")
        ephemeral = int(message["flags"]) & EPHEMERAL
        apply_edit(message, body)
        message["flags"] = (int(message["flags"]) & ~LOADING) | ephemeral
        self._sent("edit", body, int(message["id"]), record)
        self._record(request, 200)
        await self._notify()
        return _json(message)

    # ------------------------------------------------------------------ channels, guilds, users
    def _known_channel(self, request: web.Request) -> bool:
        return int(request.match_info["cid"]) in self.guild.channel_ids

    async def _get_channel(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, 0, "401: Unauthorized")
        if not self._known_channel(request):
            self._record(request, 404)
            return _error(404, 10003, "Unknown Channel")
        self._record(request, 200)
        return _json(self.guild.channel_payload(int(request.match_info["cid"])))

    def channel_messages(self, channel_id: int | None = None) -> list[dict[str, Any]]:
        """Messages everyone sees in a channel (the default one unless given), oldest first."""
        cid = self.guild.channel_id if channel_id is None else channel_id
        return [m for m in self.messages.values()
                if int(m["channel_id"]) == cid and not int(m["flags"]) & EPHEMERAL]

    async def _list_messages(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, 0, "401: Unauthorized")
        if not self._known_channel(request):
            self._record(request, 404)
            return _error(404, 10003, "Unknown Channel")
        limit = max(1, min(100, int(request.query.get("limit", "50"))))
        self._record(request, 200)
        return _json(list(reversed(self.channel_messages(int(request.match_info["cid"]))))[:limit])

    async def _create_message(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            self._record(request, 401)
            return _error(401, 0, "401: Unauthorized")
        if not self._known_channel(request):
            self._record(request, 404)
            return _error(404, 10003, "Unknown Channel")
        body = await self._body(request)
        assert isinstance(body, dict)
        if body.get("flags") and int(body["flags"]) & EPHEMERAL:
            self.limit_violations.append("channel message: ephemeral is only for interaction responses")
        if self._check_message(body, "channel message", creating=True):
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body")
        message = self._store_message(body, channel_id=int(request.match_info["cid"]), interaction=None)
        self._sent("channel_message", body, int(message["id"]), None)
        self._record(request, 200)
        await self._notify()
        return _json(message)

    async def _channel_message(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            self._record(request, 401)
            return _error(401, 0, "401: Unauthorized")
        mid = int(request.match_info["mid"])
        message = self.messages.get(mid)
        if (not self._known_channel(request) or message is None or int(message["flags"]) & EPHEMERAL
                or int(message["channel_id"]) != int(request.match_info["cid"])):
            self._record(request, 404)
            return _error(404, 10008, "Unknown Message")
        if request.method == "GET":
            self._record(request, 200)
            return _json(message)
        if request.method == "DELETE":
            del self.messages[mid]
            self._sent("channel_delete", {}, mid, None)
            self._record(request, 204)
            await self._notify()
            return web.Response(status=204)
        body = await self._body(request)
        assert isinstance(body, dict)
        if self._check_message(body, "channel message edit", creating=False):
            self._record(request, 400)
            await self._notify()
            return _error(400, 50035, "Invalid Form Body")
        apply_edit(message, body)
        self._sent("channel_edit", body, mid, None)
        self._record(request, 200)
        await self._notify()
        return _json(message)

    async def _typing(self, request: web.Request) -> web.Response:
        self._record(request, 204)
        return web.Response(status=204)

    async def _get_guild(self, request: web.Request) -> web.Response:
        if int(request.match_info["gid"]) != self.guild.id:
            self._record(request, 404)
            return _error(404, 10004, "Unknown Guild")
        self._record(request, 200)
        payload = self.guild.guild_create_payload(self.bot_user)
        for key in ("members", "channels", "threads", "presences", "voice_states"):
            payload.pop(key, None)
        return _json(payload)

    def member(self, user_id: int) -> FakeUser | None:
        return next((m for m in [*self.guild.members, self.bot_user] if m.id == user_id), None)

    async def _get_member(self, request: web.Request) -> web.Response:
        member = self.member(int(request.match_info["uid"]))
        if int(request.match_info["gid"]) != self.guild.id or member is None:
            self._record(request, 404)
            return _error(404, 10007, "Unknown Member")
        self._record(request, 200)
        return _json(member.member_payload())

    async def _get_user(self, request: web.Request) -> web.Response:
        member = self.member(int(request.match_info["uid"]))
        if member is None:
            self._record(request, 404)
            return _error(404, 10013, "Unknown User")
        self._record(request, 200)
        return _json(member.user_payload())

    # ------------------------------------------------------------------ gateway
    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self.connections += 1
        self.gateway_queries.append(dict(request.query))
        self.gateway_paths.append(request.path)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None, "t": None})
        session: GatewaySession | None = None
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    log.error("FAKE DISCORD: unexpected gateway frame %s", msg.type)
                    continue
                frame = json.loads(msg.data)
                op, data = frame.get("op"), frame.get("d")
                if op == 1:
                    self.heartbeats += 1
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    session = await self._identify(ws, request, data)
                    if session is None:
                        break
                elif op == 6:
                    session = await self._resume(ws, request, data)
                elif op in (3, 4, 8, 31):  # presence, voice, member requests: accepted, no reply needed
                    continue
                else:
                    log.error("FAKE DISCORD: unknown gateway op %s", op)
                    self.unknown_routes.append(f"gateway op {op}")
        finally:
            if session is not None and session.ws is ws:
                session.ws = None
                session.request = None
            await self._notify()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, request: web.Request, data: dict[str, Any]
                        ) -> GatewaySession | None:
        if data.get("token") != self.token:
            self.auth_failures.append("gateway IDENTIFY")
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        self.identify_count += 1
        self.identify_payloads.append({k: v for k, v in data.items() if k != "token"})
        session = GatewaySession(id=uuid.uuid4().hex)
        self.sessions[session.id] = session
        self.session = session
        async with session.lock:
            session.ws, session.request = ws, request
            await self._emit(session, "READY", {
                "v": 10,
                "user": {**self.bot_user.user_payload(), "verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(self.guild.id), "unavailable": True}],
                "session_id": session.id,
                "resume_gateway_url": self.gateway_url,
                "shard": [0, 1],
                "application": {"id": str(self.app_id), "flags": self.application_payload()["flags"]},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": [],
                "user_settings": {},
            })
            await self._emit(session, "GUILD_CREATE", self.guild.guild_create_payload(self.bot_user))
        self.ready_count += 1
        await self._notify()
        return session

    async def _resume(self, ws: web.WebSocketResponse, request: web.Request, data: dict[str, Any]
                      ) -> GatewaySession | None:
        session = self.sessions.get(str(data.get("session_id")))
        if data.get("token") != self.token or session is None or session is not self.session:
            await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
            return None
        seq = int(data.get("seq") or 0)
        async with session.lock:
            session.ws, session.request = ws, request
            for event in session.events:
                if event["s"] > seq:
                    await ws.send_json(event)
            await self._emit(session, "RESUMED", {})
        self.resume_count += 1
        await self._notify()
        return session

    async def _emit(self, session: GatewaySession, event: str, data: dict[str, Any]) -> None:
        """Send a dispatch with the next sequence number; kept for replay. Call with the lock held."""
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(payload)
        if session.ws is not None and not session.ws.closed:
            try:
                await session.ws.send_json(payload)
            except (ConnectionResetError, RuntimeError):
                session.ws = None  # missed: replayed on RESUME

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to the bot (queued for replay while it is disconnected)."""
        session = self.session
        if session is None:
            raise AssertionError("no bot has identified on the gateway yet")
        async with session.lock:
            await self._emit(session, event, data)

    async def drop_gateway(self, *, code: int | None = 4000) -> None:
        """Cut the bot's gateway connection: a close frame with ``code``, or (None) abort the socket."""
        session = self.session
        if session is None or session.ws is None:
            raise AssertionError("the bot is not connected to the gateway")
        async with session.lock:
            ws, request = session.ws, session.request
            session.ws, session.request = None, None
        if code is None:
            assert request is not None and request.transport is not None
            request.transport.abort()
        else:
            await ws.close(code=code, message=b"fake Discord dropped the connection")

    async def _send_op(self, op: int, data: Any) -> None:
        session = self.session
        if session is None or session.ws is None:
            raise AssertionError("the bot is not connected to the gateway")
        async with session.lock:
            assert session.ws is not None
            await session.ws.send_json({"op": op, "d": data, "s": None, "t": None})

    async def request_reconnect(self) -> None:
        """Op 7 RECONNECT, as Discord sends before moving a session: the bot must RESUME."""
        await self._send_op(7, None)

    async def invalidate_session(self) -> None:
        """Op 9 INVALID_SESSION (not resumable): the bot must IDENTIFY again on a new session."""
        self.session = None  # a RESUME of the old session is refused from now on
        session = next(iter(reversed(self.sessions.values())))
        async with session.lock:
            if session.ws is None:
                raise AssertionError("the bot is not connected to the gateway")
            await session.ws.send_json({"op": 9, "d": False, "s": None, "t": None})

    @property
    def gateway_connected(self) -> bool:
        return self.session is not None and self.session.ws is not None and not self.session.ws.closed

    # ------------------------------------------------------------------ interactions (test side)
    def command(self, name: str) -> dict[str, Any]:
        """The registered top-level command ``name`` (guild scope first, then global)."""
        for scope in (self.guild.id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        known = sorted({c["name"] for cs in self.commands.values() for c in cs})
        raise AssertionError(f"/{name} is not registered with the fake Discord (registered: {known})")

    def _base_interaction(self, kind: int, user: FakeUser, channel_id: int | None = None) -> dict[str, Any]:
        iid = snowflake()
        cid = self.guild.channel_id if channel_id is None else channel_id
        return {
            "id": str(iid),
            "application_id": str(self.app_id),
            "type": kind,
            "token": f"fake-interaction-token-{iid}-{uuid.uuid4().hex}",
            "version": 1,
            "guild_id": str(self.guild.id),
            "guild": {"id": str(self.guild.id), "locale": "en-US", "features": []},
            "channel_id": str(cid),
            "channel": {**self.guild.channel_payload(cid), "permissions": str(user.permissions)},
            "member": user.member_payload(with_permissions=True),
            "app_permissions": str(BOT_PERMISSIONS),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": str(self.guild.id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }

    def _typed_options(self, schema: list[dict[str, Any]], given: dict[str, Any], focused: str | None,
                       resolved: dict[str, Any]) -> list[dict[str, Any]]:
        """Options the way a Discord client sends them: typed by the registered schema."""
        by_name = {o["name"]: o for o in schema}
        options = []
        for name, value in given.items():
            if name not in by_name:
                raise AssertionError(f"option {name!r} is not in the registered schema: {sorted(by_name)}")
            kind = by_name[name]["type"]
            option: dict[str, Any] = {"name": name, "type": kind}
            if name == focused:
                option["focused"] = True
                option["value"] = str(value)  # what the user has typed so far, as text
            elif kind == _OPTION_INTEGER:
                option["value"] = int(value)
            elif kind == _OPTION_NUMBER:
                option["value"] = float(value)
            elif kind == _OPTION_BOOLEAN:
                option["value"] = bool(value)
            elif kind == _OPTION_USER:
                user = value if isinstance(value, FakeUser) else self.member(int(value))
                assert user is not None, f"unknown user for option {name}"
                option["value"] = str(user.id)
                resolved.setdefault("users", {})[str(user.id)] = user.user_payload()
                member = user.member_payload(with_permissions=True)
                member.pop("user")
                resolved.setdefault("members", {})[str(user.id)] = member
            elif kind == _OPTION_CHANNEL:
                option["value"] = str(self.guild.channel_id)
                channel = {**self.guild.channel_payload(), "permissions": str(MEMBER_PERMISSIONS)}
                resolved.setdefault("channels", {})[str(self.guild.channel_id)] = channel
            elif kind == _OPTION_ROLE:
                role = next(r for r in self.guild.roles_payload() if r["id"] == str(value))
                option["value"] = role["id"]
                resolved.setdefault("roles", {})[role["id"]] = role
            else:
                option["value"] = str(value)
            options.append(option)
        return options

    def _command_data(self, path: str, options: dict[str, Any] | None, focused: str | None
                      ) -> dict[str, Any]:
        parts = path.strip().lstrip("/").split()
        command = self.command(parts[0])
        data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": 1}
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        resolved: dict[str, Any] = {}
        schema = command.get("options") or []
        holder = data
        for part in parts[1:]:
            sub = next((o for o in schema if o["name"] == part and o["type"] in (_OPTION_SUB_COMMAND, _OPTION_GROUP)),
                       None)
            if sub is None:
                raise AssertionError(f"/{path}: {part!r} is not a registered subcommand")
            child: dict[str, Any] = {"name": part, "type": sub["type"], "options": []}
            holder["options"] = [child]
            holder = child
            schema = sub.get("options") or []
        if any(o["type"] in (_OPTION_SUB_COMMAND, _OPTION_GROUP) for o in schema):
            raise AssertionError(f"/{path} needs a subcommand: {[o['name'] for o in schema]}")
        holder["options"] = self._typed_options(schema, options or {}, focused, resolved)
        if resolved:
            data["resolved"] = resolved
        return data

    async def send_interaction(self, payload: dict[str, Any]) -> InteractionRecord:
        """Dispatch a ready-made interaction payload as INTERACTION_CREATE."""
        record = InteractionRecord(payload=payload, dispatched_at=time.monotonic())
        self.interactions[record.id] = record
        self._by_token[record.token] = record
        # The 3-second clock starts when Discord creates the interaction, even if the bot is
        # momentarily disconnected and only gets it on RESUME.
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def _answer(self, record: InteractionRecord, timeout: float, wait_final: bool) -> Reply:
        await self.wait_until(lambda: record.callback is not None or record.late, timeout,
                              f"a response to {describe(record.payload)}")
        if record.late:
            raise NoReply(f"{describe(record.payload)} was answered after the 3 s deadline: {record.rejected}")
        reply = Reply(self, record)
        if wait_final and reply.type == DEFERRED_MESSAGE:
            def filled() -> bool:
                message = reply.message
                return bool(record.followup_ids) or (message is not None and not int(message["flags"]) & LOADING)

            await self.wait_until(filled, timeout, f"the deferred reply to {describe(record.payload)}")
        return reply

    async def slash(self, command: str, options: dict[str, Any] | None = None, *, user: FakeUser | None = None,
                    channel: int | None = None, timeout: float = 10.0, wait_final: bool = True) -> Reply:
        """Run ``/command sub`` with typed ``options`` as ``user``; returns the bot's reply.

        The reply is complete when the first response arrived and, for a deferred response,
        once the deferred message was filled in (edit or followup) unless ``wait_final`` is False.
        """
        payload = self._base_interaction(APPLICATION_COMMAND, user or self.alice, channel)
        payload["data"] = self._command_data(command, options, None)
        record = await self.send_interaction(payload)
        return await self._answer(record, timeout, wait_final)

    async def autocomplete(self, command: str, options: dict[str, Any], focused: str, *,
                           user: FakeUser | None = None, channel: int | None = None, timeout: float = 10.0
                           ) -> Reply:
        """Type into option ``focused`` of ``/command``; returns the reply with ``choices``."""
        if focused not in options:
            raise AssertionError("the focused option must be among the options")
        payload = self._base_interaction(AUTOCOMPLETE, user or self.alice, channel)
        payload["data"] = self._command_data(command, options, focused)
        record = await self.send_interaction(payload)
        return await self._answer(record, timeout, wait_final=False)

    def current(self, message: dict[str, Any] | int) -> dict[str, Any]:
        """The stored (latest) version of a message the bot sent."""
        mid = message if isinstance(message, int) else int(message["id"])
        if mid not in self.messages:
            raise AssertionError(f"message {mid} does not exist (deleted, or never sent)")
        return self.messages[mid]

    def _component_payload(self, message: dict[str, Any] | int, custom_id: str, user: FakeUser,
                           allow_disabled: bool) -> tuple[dict[str, Any], dict[str, Any]]:
        stored = self.current(message)
        component = next((c for c in iter_components(stored) if c.get("custom_id") == custom_id), None)
        if component is None:
            ids = [c["custom_id"] for c in iter_components(stored) if "custom_id" in c]
            raise AssertionError(f"no component {custom_id!r} on message {stored['id']}; it has {ids}")
        if component.get("disabled") and not allow_disabled:
            raise AssertionError(f"component {custom_id!r} is disabled: a Discord client cannot use it")
        payload = self._base_interaction(MESSAGE_COMPONENT, user, int(stored["channel_id"]))
        payload["message"] = copy.deepcopy(stored)
        payload["data"] = {"custom_id": custom_id, "component_type": component["type"]}
        return payload, component

    async def click(self, message: dict[str, Any] | int, custom_id: str, *, user: FakeUser | None = None,
                    timeout: float = 10.0, wait_final: bool = True, allow_disabled: bool = False) -> Reply:
        """Press the button ``custom_id`` on a message, carrying the components the bot sent on it."""
        payload, component = self._component_payload(message, custom_id, user or self.alice, allow_disabled)
        if component["type"] != 2:
            raise AssertionError(f"{custom_id!r} is not a button (type {component['type']})")
        record = await self.send_interaction(payload)
        return await self._answer(record, timeout, wait_final)

    async def select(self, message: dict[str, Any] | int, custom_id: str, values: list[str], *,
                     user: FakeUser | None = None, timeout: float = 10.0, wait_final: bool = True) -> Reply:
        """Pick ``values`` in the select menu ``custom_id`` of a message."""
        payload, component = self._component_payload(message, custom_id, user or self.alice, False)
        if component["type"] == 3:
            offered = {o["value"] for o in component.get("options") or []}
            if not set(values) <= offered:
                raise AssertionError(f"values {values} are not offered by {custom_id!r}: {sorted(offered)}")
        payload["data"]["values"] = list(values)
        record = await self.send_interaction(payload)
        return await self._answer(record, timeout, wait_final)

    # ------------------------------------------------------------------ assertions helpers
    def problems(self) -> list[str]:
        """Everything the bot did that real Discord would refuse or that must never happen."""
        late = [f"{describe(r.payload)}: {r.rejected}" for r in self.interactions.values() if r.rejected]
        return ([f"unknown route: {u}" for u in self.unknown_routes]
                + [f"auth failure: {a}" for a in self.auth_failures]
                + [f"mentions: {m}" for m in self.mention_violations]
                + [f"limits: {v}" for v in self.limit_violations]
                + [f"sync: {s}" for s in self.sync_errors]
                + [f"interaction: {x}" for x in late])


def describe(payload: dict[str, Any]) -> str:
    """A short human label for an interaction payload, for failure messages."""
    data = payload.get("data") or {}
    if payload.get("type") in (APPLICATION_COMMAND, AUTOCOMPLETE):
        words = [data.get("name", "?")]
        options = data.get("options") or []
        while options and options[0].get("type") in (_OPTION_SUB_COMMAND, _OPTION_GROUP):
            words.append(options[0]["name"])
            options = options[0].get("options") or []
        args = " ".join(f"{o['name']}:{o.get('value')}" for o in options)
        prefix = "autocomplete " if payload.get("type") == AUTOCOMPLETE else ""
        return f"{prefix}/{' '.join(words)} {args}".strip()
    if payload.get("type") == MESSAGE_COMPONENT:
        return f"component {data.get('custom_id')!r}"
    return f"interaction type {payload.get('type')}"

"""A fake of Discord's gateway and REST API on 127.0.0.1, for running the real bot process.

One aiohttp application serves both: REST under ``/api/v10`` and the gateway websocket at
``/gateway`` (plain JSON text frames: discord.py asks for ``compress=zlib-stream`` but reads
text frames as they come). It keeps what Discord keeps (registered commands, messages with
their components, interaction tokens, a resumable gateway session) and applies Discord's
rules where bots break: command payload validation, the 3-second first response, one first
response per interaction, message/embed/component limits and ``allowed_mentions``.
Like Discord, it reports every edit of a message others can see back to the bot as a gateway
MESSAGE_UPDATE. Everything the bot sends is recorded for tests to assert on; a route the fake
does not know is logged loudly, recorded and answered 404, so a test notices.

Test-side API: :meth:`FakeDiscord.slash`, :meth:`FakeDiscord.autocomplete`,
:meth:`FakeDiscord.click`, :meth:`FakeDiscord.select` build real interaction payloads, send
them as INTERACTION_CREATE and return a :class:`Reply` with what the bot answered and how long
it took. :meth:`FakeDiscord.drop_gateway` cuts the connection to prove the bot resumes.

Layout: this module is the REST side and the state; ``gateway.py`` the websocket, ``driver.py``
the interactions tests send, ``records.py`` what is recorded and ``Reply``, ``limits.py`` and
``commandrules.py`` Discord's rules, ``payloads.py`` the JSON shapes.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from .commandrules import validate_commands
from .driver import InteractionDriver
from .gateway import GatewayMixin, GatewaySession
from .limits import EPHEMERAL, LOADING, autocomplete_errors, mention_violation, message_errors
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
from .records import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    DEFERRED_MESSAGE,
    DEFERRED_UPDATE,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    UPDATE_MESSAGE,
    InteractionRecord,
    NoReply,
    Reply,
    Sent,
    describe,
    iter_components,
    message_text,
    quiet_for,
)

# Re-exported: tests import these from here.
__all__ = ["FAKE_TOKEN", "FakeDiscord", "FakeUser", "NoReply", "Reply", "describe", "iter_components",
           "message_text"]

log = logging.getLogger("fakediscord")

FAKE_TOKEN = "MTAwZmFrZS1ib3QtdG9rZW4.ZmFrZQ.not-a-real-token-for-tests-only"
INTERACTION_DEADLINE = 3.0  # seconds Discord allows for the first response
GATEWAY_LAG = 0.05  # seconds between an edit's REST answer and its MESSAGE_UPDATE on the gateway
_ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, MODAL},
    MESSAGE_COMPONENT: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE, MODAL},
    AUTOCOMPLETE: {AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE},
}


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py only decodes a body whose Content-Type is exactly "application/json" (no charset).
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


def _error(status: int, code: int, message: str, errors: list[str] | None = None) -> web.Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors:
        body["errors"] = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": e} for e in errors]}
    return _json(body, status)


class FakeDiscord(GatewayMixin, InteractionDriver):
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
        self.attachments: dict[str, bytes] = {}  # attachment id -> bytes of files members attached
        self._by_token: dict[str, InteractionRecord] = {}
        self._message_interaction: dict[int, int] = {}
        self.reported_edits: list[int] = []  # message ids, in the order their MESSAGE_UPDATE went out
        self._pending_events: set[asyncio.Task[None]] = set()
        self._held: list[asyncio.Event] = []  # see hold_next_response

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

    def hold_next_response(self) -> asyncio.Event:
        """Hold the HTTP reply to the next interaction callback until the returned event is set, as
        a slow network would: the response counts as received, and the gateway keeps delivering
        (a click on the new message can reach the bot before the reply that sent it)."""
        gate = asyncio.Event()
        self._held.append(gate)
        return gate

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
        """Where a bot that never asked /gateway/bot connects (see bench/fake/shim)."""
        return f"ws://127.0.0.1:{self.port}/gateway-fallback"

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        self._routes(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        log.info("fake Discord on %s", self.api_base)
        return self

    async def stop(self) -> None:
        for task in self._pending_events:
            task.cancel()
        await asyncio.gather(*self._pending_events, return_exceptions=True)
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
        await quiet_for(lambda: self.last_activity, quiet, timeout, "the bot to go quiet")

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
        r.add_get("/attachments/{aid}/{name}", self._attachment)
        r.add_route("*", "/{tail:.*}", self._unknown)

    @property
    def cdn_base(self) -> str:
        """Where attachments are served, like Discord's CDN (no authorization needed)."""
        return f"http://127.0.0.1:{self.port}"

    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.match_info["aid"])
        self._record(request, 200 if data is not None else 404)
        if data is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=data, content_type="application/octet-stream")

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
        data: dict[str, Any] | list[Any] = await request.json()
        return data

    async def _unknown(self, request: web.Request) -> web.Response:
        route = f"{request.method} {request.path}"
        log.error("FAKE DISCORD: unknown route %s (answered 404; extend bench/fake/fakediscord.py)", route)
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
        # a malformed body is recorded as sent: validate_commands reports it just below
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
        for command in body if isinstance(body, list) else []:
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

    def _report_edit(self, message: dict[str, Any]) -> None:
        """Discord reports the edit of a message others can see (never an ephemeral one) as a
        MESSAGE_UPDATE with the whole message, shortly after the REST call has answered."""
        if int(message["flags"]) & EPHEMERAL:
            return
        data = copy.deepcopy(message)

        async def report() -> None:
            await asyncio.sleep(GATEWAY_LAG)
            if self.session is None:  # no bot has identified (or its session was invalidated)
                return
            await self.dispatch("MESSAGE_UPDATE", data)
            self.reported_edits.append(int(data["id"]))
            await self._notify()

        task = asyncio.get_running_loop().create_task(report())
        self._pending_events.add(task)
        task.add_done_callback(self._pending_events.discard)

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
                self._report_edit(message)
        if message is not None:
            record.original_id = int(message["id"])
        self._sent("callback", {"type": kind, "data": data}, record.original_id, record)
        self._record(request, 200)
        await self._notify()
        if self._held:
            await self._held.pop(0).wait()
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
            self._report_edit(original)
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
        self._report_edit(message)
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
        self._report_edit(message)
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



"""The fake's gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay of
the events the bot missed, and the ways Discord ends a connection (a close code, a cut socket,
op 7 RECONNECT, op 9 INVALID_SESSION). Plain JSON text frames, as discord.py reads them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

log = logging.getLogger("fakediscord")

if TYPE_CHECKING:
    from .payloads import FakeGuild, FakeUser


@dataclass
class GatewaySession:
    """One resumable session: every dispatch it carried, so a RESUME can replay what was missed."""

    id: str
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    ws: web.WebSocketResponse | None = None
    request: web.Request | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class GatewayMixin:
    """The gateway half of :class:`FakeDiscord` (which provides the attributes declared here)."""

    token: str
    heartbeat_interval_ms: int
    app_id: int
    bot_user: FakeUser
    guild: FakeGuild
    sessions: dict[str, GatewaySession]
    session: GatewaySession | None
    identify_count: int
    resume_count: int
    ready_count: int
    connections: int
    heartbeats: int
    gateway_queries: list[dict[str, str]]
    gateway_paths: list[str]
    identify_payloads: list[dict[str, Any]]
    unknown_routes: list[str]
    auth_failures: list[str]

    @property
    def gateway_url(self) -> str:
        raise NotImplementedError

    async def _notify(self) -> None:
        raise NotImplementedError

    def application_payload(self) -> dict[str, Any]:
        raise NotImplementedError

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


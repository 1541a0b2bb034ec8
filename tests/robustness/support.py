"""Shared pieces of the robustness suite: the hostile inputs, command discovery, reply checks,
a clock that makes games finish at once, and fault injection at the local transport's seams.

Fault injection never edits product code: ``RestFaults`` wraps ``bot.http.request`` *on one bot
instance* after ``LocalDiscord`` has installed its own seam there, so a fault is raised exactly
where discord.py would raise Discord's answer (``discord.HTTPException`` subclasses built from a
fake aiohttp response), and everything else still reaches the local transport.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import discord
from discord import app_commands

from bot.console.transport import LocalAttachment, LocalDiscord, Sent

# -- hostile text ---------------------------------------------------------------------------------
HOSTILE: list[str] = [
    "", " ", " \t\n  ", "x" * 6000, "word " * 1200,
    "@everyone", "@here", "<@123>", "<@!123>", "<@&456>", "<#789>", "hi @everyone <@123> <@&456> @here",
    "**bold** __under__ ~~strike~~ ||spoiler|| `tick`", "```py\nprint('hi')\n```", "```", "> quote\n# head\n- item",
    "[link](https://example.com) <https://example.com>", "\\", "\\*not bold\\*",
    "\u200b", "\u200b\u200c\u200d\ufeff", "Rus\u200bsia", "\u202eaissuR\u202c", "\u2066Russia\u2069",
    "שלום עולם", "مرحبا بالعالم", "😀🔥🇺🇦👨‍👩‍👧", "Russia 😀",
    "'; DROP TABLE passages; --", "' OR 1=1 --", '"', '""', '"Russia', "NEAR(", "NEAR(Russia China",
    "Russia NEAR China", "*", "Rus*", "AND", "OR", "NOT", "Russia AND", "AND OR NOT", "-", "-Russia", "--",
    "col:", "title:Russia", "passages:x", "^Russia", "(", ")", "(()", "{", "[", "%", "_", "%_%",
    "Russia\x00China", "\x00", "\x01\x02\x03", "\r\n", "%s %d {0} {{}}", "0", "-1", "1e309", "NaN",
]

MENTION = re.compile(r"<@[!&]?(\d+)>")
EVERYONE = re.compile(r"@(everyone|here)")
UNEXPECTED = "something went wrong"


@dataclass(frozen=True)
class TextOption:
    command: str  # qualified name, e.g. "quiz start"
    option: str  # display name
    autocomplete: bool
    required: bool
    others: tuple[app_commands.Parameter, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        return f"/{self.command} {self.option}"


def walk_commands(tree: app_commands.CommandTree) -> Iterator[app_commands.Command]:
    stack: list[Any] = list(tree.get_commands())
    while stack:
        node = stack.pop()
        if isinstance(node, app_commands.Group):
            stack.extend(node.commands)
        elif isinstance(node, app_commands.Command):
            yield node


def text_options(tree: app_commands.CommandTree) -> list[TextOption]:
    """Every free-text option of every slash command in the tree (fixed-choice ones excluded:
    Discord's client can only send one of their choices)."""
    found = []
    for command in walk_commands(tree):
        for param in command.parameters:
            if param.type is discord.AppCommandOptionType.string and not param.choices:
                others = tuple(p for p in command.parameters if p.name != param.name)
                found.append(TextOption(command.qualified_name, param.display_name, param.autocomplete,
                                        param.required, others))
    return sorted(found, key=str)


def sensible(local: LocalDiscord, param: app_commands.Parameter) -> Any:
    """What a user would fill a *required* option with, so the hostile one is what gets tested."""
    kind = param.type
    if kind is discord.AppCommandOptionType.channel:
        return local.channel("quiz")
    if kind is discord.AppCommandOptionType.user:
        return local.user("bob")
    if kind in (discord.AppCommandOptionType.integer, discord.AppCommandOptionType.number):
        return param.min_value if param.min_value is not None else 1
    if kind is discord.AppCommandOptionType.boolean:
        return False
    if kind is discord.AppCommandOptionType.attachment:
        # One the CDN no longer has: the other options are checked, and nothing is ever written
        # into the documents folder (here, the repository's own).
        return LocalAttachment("notes.txt", b"Russia and China signed a treaty in 2001.\n", missing=True)
    if param.choices:
        return param.choices[0].value
    return {"time": "09:00"}.get(param.name, "Russia")


def required_others(local: LocalDiscord, option: TextOption) -> dict[str, Any]:
    return {p.display_name: sensible(local, p) for p in option.others if p.required}


# -- what every outbound message must be -----------------------------------------------------------
def known_ids(local: LocalDiscord) -> set[str]:
    ids = {str(u.id) for u in local._users.values()}
    ids.update(str(c) for c in local._channels.values())
    return ids


def rendered_text(message: dict[str, Any]) -> str:
    """The parts of a message where Discord renders mentions: content, embed descriptions and field
    values. (Titles, field names, footers and author names show ``<@123>`` literally.)"""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts.append(embed.get("description") or "")
        parts.extend(f.get("value") or "" for f in embed.get("fields") or [])
    return "\n".join(p for p in parts if p)


def problems_in(local: LocalDiscord, sent: list[Sent]) -> list[str]:
    """Everything wrong with what the bot sent: unexpected-error replies, pings, live mention syntax."""
    problems = []
    known: set[str] | None = None  # looked up only when a message has mention syntax in it
    for item in sent:
        if item.kind not in ("message", "edit", "autocomplete"):
            continue
        text = item.text
        if item.kind == "autocomplete":
            text = "\n".join(str(c.get("name", "")) for c in (item.data or {}).get("choices", []))
        if UNEXPECTED in text.lower():
            problems.append(f"{item.route}: an unexpected-error reply: {text[:200]!r}")
        if item.kind in ("message", "edit"):
            data = item.data or {}
            mentions = data.get("allowed_mentions")
            could_ping = mentions is None or mentions.get("parse") != [] or mentions.get("users") \
                or mentions.get("roles")
            if ("content" in data or "embeds" in data) and could_ping:
                problems.append(f"{item.route}: allowed_mentions {mentions!r} could ping")
            rendered = rendered_text({"content": item.content, "embeds": item.embeds})
            for found in EVERYONE.finditer(rendered):
                problems.append(f"{item.route}: live {found.group(0)!r} shown: {context(rendered, found)!r}")
            for found in MENTION.finditer(rendered):
                known = known if known is not None else known_ids(local)
                if found.group(1) not in known:
                    problems.append(f"{item.route}: live mention {found.group(0)!r} shown: "
                                    f"{context(rendered, found)!r}")
    return problems


def context(text: str, found: re.Match[str], width: int = 60) -> str:
    return text[max(0, found.start() - width):found.end() + width]


# -- time ------------------------------------------------------------------------------------------
class InstantClock:
    """The quiz cog's clock: every sleep returns at once with the clock moved on, so a game started
    by a hostile topic plays to its end in milliseconds instead of running on in the background."""

    def __init__(self, start: float = 1_780_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


class StepClock:
    """The quiz cog's clock: time stands still and sleepers wait until the test says ``step()``."""

    def __init__(self, start: float = 1_780_000_000.0) -> None:
        self.now = start
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []
        self._slept = asyncio.Event()  # set whenever something goes to sleep on this clock

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + max(0.0, seconds), future))
        self._slept.set()
        await future

    async def parked(self, timeout: float = 60.0) -> None:
        """Wait until some game is asleep on this clock (the timeout only catches a game that never
        sleeps again; it is generous so that a loaded machine does not fail the test)."""
        while not any(not f.done() for _, f in self._sleepers):
            self._slept.clear()
            try:
                await asyncio.wait_for(self._slept.wait(), timeout)
            except TimeoutError:
                raise AssertionError(f"no game went to sleep on the quiz clock within {timeout:.0f} s") from None

    async def step(self) -> None:
        """Wake every sleeper, moving time to the latest deadline among them."""
        await self.parked()
        self._wake_all()
        await asyncio.sleep(0)  # the woken games start running

    async def run_out(self, done: Awaitable[object], timeout: float = 60.0) -> None:
        """Wake every sleeper, again each time one goes to sleep, until ``done`` completes.

        For games told to stop: one may or may not sleep once more before it ends, so waiting for
        it to park (``step``) would hang when it does not.
        """
        finished = asyncio.ensure_future(done)
        try:
            async with asyncio.timeout(timeout):
                while not finished.done():
                    self._slept.clear()
                    self._wake_all()
                    slept = asyncio.ensure_future(self._slept.wait())
                    await asyncio.wait({finished, slept}, return_when=asyncio.FIRST_COMPLETED)
                    slept.cancel()
        except TimeoutError:
            raise AssertionError(f"the games did not end within {timeout:.0f} s") from None
        finally:
            finished.cancel()

    def _wake_all(self) -> None:
        waiting, self._sleepers = [(t, f) for t, f in self._sleepers if not f.done()], []
        self.now = max([self.now, *(t for t, _ in waiting)])
        for _, future in waiting:
            future.set_result(None)


def instant_games(local: LocalDiscord) -> InstantClock | None:
    cog = local.bot.get_cog("Quiz")
    if cog is None:
        return None
    clock = InstantClock()
    cog.clock, cog.sleep = clock, clock.sleep  # type: ignore[attr-defined]
    return clock


# -- Discord faults at the REST seam ---------------------------------------------------------------
class _FakeResponse:
    """Enough of an aiohttp response for ``discord.HTTPException.__init__``."""

    def __init__(self, status: int, reason: str, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers or {}


def http_error(status: int, code: int, message: str) -> discord.HTTPException:
    """The exception discord.py raises for Discord answering ``status`` with JSON error ``code``."""
    response = _FakeResponse(status, message)
    body = {"code": code, "message": message}
    kind = {403: discord.Forbidden, 404: discord.NotFound}.get(status)
    if kind is not None:
        return kind(response, body)  # type: ignore[arg-type]
    if status >= 500:
        return discord.DiscordServerError(response, body)  # type: ignore[arg-type]
    return discord.HTTPException(response, body)  # type: ignore[arg-type]


Rule = Callable[[Any, dict[str, Any]], Awaitable[Any] | None]


class RestFaults:
    """Wraps ``bot.http.request`` (already LocalDiscord's seam) to inject faults per route.

    ``add(match, action)``: for a request whose ``"METHOD /path"`` template matches ``match`` (a
    regex), ``action(route, kwargs)`` runs; it may raise, sleep, or return ``None`` to pass the
    request on. Every call is recorded in ``calls`` as (route key, outcome).
    """

    def __init__(self, local: LocalDiscord) -> None:
        self.local = local
        self.inner = local.bot.http.request
        self.rules: list[tuple[re.Pattern[str], Rule]] = []
        self.calls: list[tuple[str, str]] = []
        local.bot.http.request = self.request  # type: ignore[method-assign]

    def add(self, match: str, action: Rule) -> None:
        self.rules.append((re.compile(match), action))

    def remove_all(self) -> None:
        self.rules.clear()

    async def request(self, route: Any, **kwargs: Any) -> Any:
        key = f"{route.method} {route.path}"
        for pattern, action in self.rules:
            if pattern.search(key):
                try:
                    result = action(route, kwargs)
                    if asyncio.iscoroutine(result):
                        await result
                except BaseException as exc:
                    self.calls.append((key, type(exc).__name__))
                    raise
        self.calls.append((key, "ok"))
        return await self.inner(route, **kwargs)


def fail_times(times: int, error: Callable[[], BaseException]) -> Rule:
    """A rule that raises ``error()`` the first ``times`` matching calls, then lets them through."""
    left = [times]

    def action(_route: Any, _kwargs: dict[str, Any]) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise error()

    return action


# -- Discord's own HTTP handling, on a scripted response ----------------------------------------
class ScriptedResponse:
    """What discord.py's ``HTTPClient.request`` reads from an aiohttp response."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = {200: "OK", 429: "Too Many Requests", 500: "Internal Server Error",
                       502: "Bad Gateway", 403: "Forbidden"}.get(status, "Error")
        self.headers = {"content-type": "application/json", **(headers or {})}
        self._text = body if isinstance(body, str) else json.dumps(body)

    async def text(self, encoding: str = "utf-8") -> str:
        return self._text

    async def __aenter__(self) -> ScriptedResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


def rate_limited(retry_after: float, *, is_global: bool = False) -> ScriptedResponse:
    # Discord's 429 carries ``Via`` (a 429 without it is Cloudflare's ban, which discord.py raises).
    return ScriptedResponse(429, {"message": "You are being rate limited.", "retry_after": retry_after,
                                  "global": is_global, "code": 0},
                            {"Via": "1.1 google", "Retry-After": str(retry_after)})


def server_error(status: int = 500) -> ScriptedResponse:
    return ScriptedResponse(status, {"message": "Internal Server Error", "code": 0})


class DiscordHTTP:
    """Route chosen requests through discord.py's *real* ``HTTPClient.request`` (rate limits,
    retries, backoff) with a scripted session: each listed response is served in turn, then the
    request is answered by the local transport as if Discord had said 200. So "discord.py waits
    and retries" is tested with discord.py's own code, not a re-implementation.

    ``script(match, [responses])`` applies to the next request whose "METHOD /path template"
    matches; ``attempts`` records (route key, status, monotonic time) per try.
    """

    def __init__(self, local: LocalDiscord) -> None:
        self.local = local
        self.http = local.bot.http
        self.inner = self.http.request  # LocalDiscord's seam
        self.scripts: list[tuple[re.Pattern[str], list[ScriptedResponse]]] = []
        self.attempts: list[tuple[str, int, float]] = []
        if getattr(self.http, "_global_over", None) in (None, discord.utils.MISSING):
            self.http._global_over = asyncio.Event()
            self.http._global_over.set()
        self.http.request = self.request  # type: ignore[method-assign]

    def script(self, match: str, responses: list[ScriptedResponse]) -> None:
        self.scripts.append((re.compile(match), list(responses)))

    async def request(self, route: Any, **kwargs: Any) -> Any:
        key = f"{route.method} {route.path}"
        for index, (pattern, responses) in enumerate(self.scripts):
            if pattern.search(key):
                del self.scripts[index]
                return await self._real(route, key, responses, kwargs)
        return await self.inner(route, **kwargs)

    async def _real(self, route: Any, key: str, responses: list[ScriptedResponse], kwargs: dict[str, Any]) -> Any:
        original = dict(kwargs)
        inner, attempts = self.inner, self.attempts

        class Session:
            closed = False

            def request(self, method: str, url: str, **_: Any) -> Any:
                return _Attempt()

            async def close(self) -> None:
                return None

        class _Attempt:
            async def __aenter__(self) -> ScriptedResponse:
                if responses:
                    response = responses.pop(0)
                else:
                    result = await inner(route, **original)  # the local transport: Discord's 200
                    response = ScriptedResponse(200, result if result is not None else {})
                attempts.append((key, response.status, time.monotonic()))
                return response

            async def __aexit__(self, *exc: object) -> None:
                return None

        previous = self.http._HTTPClient__session  # type: ignore[attr-defined]
        self.http._HTTPClient__session = Session()  # type: ignore[attr-defined]
        try:
            return await discord.http.HTTPClient.request(self.http, route, **kwargs)
        finally:
            self.http._HTTPClient__session = previous  # type: ignore[attr-defined]

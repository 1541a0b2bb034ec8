"""What the fake Discord records about interactions, and how tests read a bot's reply.

``Reply`` is what :meth:`FakeDiscord.slash` and friends return: the first response, its timing,
and the messages it created, read live from the fake (later edits and followups included).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .limits import EPHEMERAL

if TYPE_CHECKING:
    from .driver import InteractionDriver

# Interaction types and callback (response) types.
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9
OPTION_SUB_COMMAND, OPTION_GROUP = 1, 2


class NoReply(AssertionError):
    """The bot did not answer an interaction in time."""



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
    """One interaction sent to the bot: its payload, the first response and what followed."""

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
        return str(self.payload["token"])

    @property
    def elapsed(self) -> float | None:
        return None if self.callback_at is None else self.callback_at - self.dispatched_at




class Reply:
    """What the bot answered to one interaction, read live from the fake's records."""

    def __init__(self, fake: InteractionDriver, record: InteractionRecord) -> None:
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
    def in_time(self) -> bool:
        """Discord accepted the first response: the fake refuses one that comes after its 3 seconds
        (10062, as Discord does), so this is the deadline itself, not a stopwatch in the test."""
        return self.record.callback is not None and not self.record.late

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
        await quiet_for(lambda: self.record.last_activity, quiet, timeout,
                         f"the bot to finish answering {describe(self.interaction)}")
        return self

    def __repr__(self) -> str:
        kind = None if self.record.callback is None else self.record.callback.get("type")
        return f"<Reply type={kind} elapsed={self.record.elapsed} text={self.text()[:200]!r}>"


async def quiet_for(last: Callable[[], float], quiet: float, timeout: float, what: str) -> None:
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



def describe(payload: dict[str, Any]) -> str:
    """A short human label for an interaction payload, for failure messages."""
    data = payload.get("data") or {}
    if payload.get("type") in (APPLICATION_COMMAND, AUTOCOMPLETE):
        words = [data.get("name", "?")]
        options = data.get("options") or []
        while options and options[0].get("type") in (OPTION_SUB_COMMAND, OPTION_GROUP):
            words.append(options[0]["name"])
            options = options[0].get("options") or []
        args = " ".join(f"{o['name']}:{o.get('value')}" for o in options)
        prefix = "autocomplete " if payload.get("type") == AUTOCOMPLETE else ""
        return f"{prefix}/{' '.join(words)} {args}".strip()
    if payload.get("type") == MESSAGE_COMPONENT:
        return f"component {data.get('custom_id')!r}"
    return f"interaction type {payload.get('type')}"

"""The test side of the fake: interaction payloads as a Discord client builds them (options typed by
the registered schema, the member with permissions, the components the bot actually sent on a
message), dispatched as INTERACTION_CREATE, and the bot's answer waited for within bounds.
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .limits import LOADING
from .payloads import BOT_PERMISSIONS, MEMBER_PERMISSIONS, FakeUser, snowflake
from .records import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    DEFERRED_MESSAGE,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    OPTION_GROUP,
    OPTION_SUB_COMMAND,
    InteractionRecord,
    NoReply,
    Reply,
    describe,
    iter_components,
)

if TYPE_CHECKING:
    from .payloads import FakeGuild

_OPTION_INTEGER, _OPTION_BOOLEAN, _OPTION_USER = 4, 5, 6
_OPTION_CHANNEL, _OPTION_ROLE, _OPTION_NUMBER, _OPTION_ATTACHMENT = 7, 8, 10, 11


@dataclass(frozen=True)
class FakeAttachment:
    """A file a member attaches to a command; ``missing``: the CDN answers 404 for it."""

    filename: str
    data: bytes
    missing: bool = False


class InteractionDriver:
    """What tests call on :class:`FakeDiscord` to act as members (it provides the attributes)."""

    app_id: int
    guild: FakeGuild
    alice: FakeUser
    commands: dict[int | None, list[dict[str, Any]]]
    messages: dict[int, dict[str, Any]]
    interactions: dict[int, InteractionRecord]
    _by_token: dict[str, InteractionRecord]
    attachments: dict[str, bytes]

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        raise NotImplementedError

    @property
    def cdn_base(self) -> str:
        raise NotImplementedError

    async def wait_until(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
        raise NotImplementedError

    def member(self, user_id: int) -> FakeUser | None:
        raise NotImplementedError

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
            elif kind == _OPTION_ATTACHMENT:
                assert isinstance(value, FakeAttachment), f"option {name} takes a FakeAttachment"
                aid = str(snowflake())
                path = f"/attachments/{aid}/{quote(value.filename, safe='')}"
                if not value.missing:
                    self.attachments[aid] = value.data
                option["value"] = aid
                resolved.setdefault("attachments", {})[aid] = {
                    "id": aid, "filename": value.filename, "size": len(value.data), "url": self.cdn_base + path,
                    "proxy_url": self.cdn_base + path, "content_type": "text/plain"}
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
            sub = next((o for o in schema if o["name"] == part and o["type"] in (OPTION_SUB_COMMAND, OPTION_GROUP)),
                       None)
            if sub is None:
                raise AssertionError(f"/{path}: {part!r} is not a registered subcommand")
            child: dict[str, Any] = {"name": part, "type": sub["type"], "options": []}
            holder["options"] = [child]
            holder = child
            schema = sub.get("options") or []
        if any(o["type"] in (OPTION_SUB_COMMAND, OPTION_GROUP) for o in schema):
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


    async def submit_modal(self, opened: Reply, values: dict[str, str], *, user: FakeUser | None = None,
                           timeout: float = 10.0, wait_final: bool = True) -> Reply:
        """Fill in the modal the bot answered ``opened`` with (text inputs by label) and submit it,
        as Discord's client does: the same member, the text inputs' values, the source message."""
        if opened.record.callback is None or opened.type != MODAL:
            raise AssertionError(f"{describe(opened.interaction)} was not answered with a modal: {opened!r}")
        modal = opened.data
        inputs = [c for c in iter_components(modal) if c.get("type") == 4]
        rows = []
        for text in inputs:
            value = values.get(text.get("label") or "", values.get(text["custom_id"], ""))
            if text.get("required", True) and not value:
                raise AssertionError(f"text input {text.get('label')!r} is required: the client won't submit it empty")
            rows.append({"type": 1, "components": [{"type": 4, "custom_id": text["custom_id"], "value": value}]})
        unknown = set(values) - {name for c in inputs for name in (c.get("label"), c.get("custom_id"))}
        if unknown:
            raise AssertionError(f"the modal has no text inputs {sorted(unknown)}")
        source = opened.interaction
        payload = self._base_interaction(MODAL_SUBMIT, user or self.alice, int(source["channel_id"]))
        payload["data"] = {"custom_id": modal["custom_id"], "components": rows}
        if "message" in source:
            payload["message"] = copy.deepcopy(source["message"])
        record = await self.send_interaction(payload)
        return await self._answer(record, timeout, wait_final)

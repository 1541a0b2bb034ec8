"""Discord-shaped JSON payloads for the fake: users, a guild with roles and channels, messages,
interactions. Shapes follow discord-api-docs (API v10) closely enough that discord.py parses them
through its normal code paths; nothing here imports the bot.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000

# Permission bits (developers/topics/permissions.mdx).
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
USE_APPLICATION_COMMANDS = 1 << 31

# What the bot asks for in its invite URL: view, send, embed links, read history.
BOT_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
# What an ordinary member can do in the test channel.
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS

_counter = itertools.count(1)


def snowflake() -> int:
    """A fresh, increasing snowflake (timestamp bits + a process-wide counter)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) & 0x3FFFFF)


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    permissions: int = MEMBER_PERMISSIONS
    roles: tuple[int, ...] = ()

    def user_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name.title(),
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }

    def member_payload(self, *, with_permissions: bool = False) -> dict[str, Any]:
        member: dict[str, Any] = {
            "user": self.user_payload(),
            "roles": [str(r) for r in self.roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if with_permissions:
            # Interaction members carry their computed permissions in the channel.
            member["permissions"] = str(self.permissions)
        return member


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    channel_id: int  # the text channel tests use unless they say otherwise
    admin_role_id: int
    members: list[FakeUser] = field(default_factory=list)
    other_channel_ids: list[int] = field(default_factory=list)

    @property
    def channel_ids(self) -> list[int]:
        return [self.channel_id, *self.other_channel_ids]

    def channel_payload(self, channel_id: int | None = None) -> dict[str, Any]:
        cid = self.channel_id if channel_id is None else channel_id
        position = self.channel_ids.index(cid)
        return {
            "id": str(cid),
            "type": 0,
            "guild_id": str(self.id),
            "name": "quiz-night" if position == 0 else f"quiz-night-{position + 1}",
            "position": position,
            "topic": None,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "permission_overwrites": [],
            "flags": 0,
        }

    def roles_payload(self) -> list[dict[str, Any]]:
        def role(rid: int, name: str, perms: int, position: int) -> dict[str, Any]:
            return {
                "id": str(rid), "name": name, "permissions": str(perms), "position": position,
                "color": 0, "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
                "hoist": False, "managed": False, "mentionable": False, "flags": 0, "icon": None,
                "unicode_emoji": None,
            }

        return [
            role(self.id, "@everyone", MEMBER_PERMISSIONS, 0),
            role(self.admin_role_id, "quiz-admins", MEMBER_PERMISSIONS | MANAGE_GUILD, 1),
        ]

    def guild_create_payload(self, bot_user: FakeUser) -> dict[str, Any]:
        everyone = [*self.members, bot_user]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": self.roles_payload(),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "large": False,
            "unavailable": False,
            "member_count": len(everyone),
            "members": [m.member_payload() for m in everyone],
            "channels": [{k: v for k, v in self.channel_payload(c).items() if k != "guild_id"}
                         for c in self.channel_ids],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


def message_payload(
    *,
    message_id: int,
    channel_id: int,
    author: FakeUser,
    body: dict[str, Any],
    guild_id: int | None,
    application_id: int | None = None,
    interaction: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A full message object as Discord returns it, built from what the bot sent (``body``)."""
    message: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author.user_payload(),
        "content": body.get("content") or "",
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts", False)),
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": list(body.get("embeds") or []),
        "components": list(body.get("components") or []),
        "pinned": False,
        "type": 0,
        "flags": int(body.get("flags") or 0),
    }
    if guild_id is not None:
        message["guild_id"] = str(guild_id)
    if application_id is not None:
        message["webhook_id"] = str(application_id)
        message["application_id"] = str(application_id)
    if interaction is not None:
        # A reply to a slash command is type 20 (CHAT_INPUT_COMMAND); to a component, type 0.
        message["type"] = 20 if interaction["type"] == 2 else 0
        message["interaction_metadata"] = {
            "id": interaction["id"],
            "type": interaction["type"],
            "user": interaction["member"]["user"] if "member" in interaction else interaction["user"],
            "authorizing_integration_owners": interaction.get("authorizing_integration_owners", {}),
        }
    return message


def apply_edit(message: dict[str, Any], body: dict[str, Any]) -> None:
    """Apply a PATCH body to a stored message: only the fields the bot sent change."""
    for key in ("content", "embeds", "components", "flags"):
        if key in body:
            message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
    if "attachments" in body:
        message["attachments"] = []
    message["edited_timestamp"] = iso_now()

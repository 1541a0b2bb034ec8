"""One place that turns any failure of a command or a button into a polite, ephemeral reply.

* ``UserFacingError("…")`` — raise it from feature code for an expected problem (unknown
  topic, no game running…): the user sees exactly that message.
* ``StoreNotReady`` — raised by ``bot.content`` while the content store is being built.
* :class:`QuizTree` — the command tree; its ``on_error`` routes app-command errors by type.
* :class:`ErrorRoutedView` / :func:`routes_errors` — the same routing for component callbacks
  (a ``View`` subclass for classic views; a decorator for ``DynamicItem.callback``, whose
  errors discord.py would otherwise only log).

Unexpected errors are logged with an 8-hex-digit reference that the user also sees, so an
operator can find the traceback from a user's screenshot. No traceback ever reaches the user.
"""

from __future__ import annotations

import functools
import logging
import re
import secrets
import sqlite3
from collections.abc import Callable, Coroutine, Mapping
from datetime import timedelta
from typing import Any, Concatenate, ParamSpec, TypeVar

import discord
from discord import app_commands

from bot.ui import reply

log = logging.getLogger(__name__)

STORE_BUILDING = "The document store is still being built, try again in a minute."
STORE_FAILED = ("The document store could not be built, so this command is unavailable. "
                "The bot's owner can run 'python -m bot build' to see why.")
GUILD_ONLY = "This command works only in a server, not in direct messages."

# What the bot needs in a channel to answer with embeds and buttons.
_CHANNEL_NEEDS = ("view_channel", "send_messages", "embed_links", "read_message_history")


class UserFacingError(app_commands.AppCommandError):
    """An expected problem whose message is written for the user (polite, one or two sentences)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StoreNotReady(UserFacingError):
    """The content store is not open yet (first build running, or a rebuild failed)."""

    def __init__(self, message: str = STORE_BUILDING) -> None:
        super().__init__(message)


def permission_names(perms: list[str]) -> str:
    """["manage_guild", "embed_links"] -> "Manage Server and Embed Links"."""
    names = [p.replace("_", " ").replace("guild", "server").title() for p in perms]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def new_reference() -> str:
    return secrets.token_hex(4)


def _unwrap(error: BaseException) -> BaseException:
    """The exception the feature code raised, not discord.py's wrapper around it."""
    while isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return error


def _bot_missing_in_channel(interaction: discord.Interaction) -> list[str]:
    perms = interaction.app_permissions
    return [p for p in _CHANNEL_NEEDS if not getattr(perms, p, True)]


STORAGE_TROUBLE = ("I couldn't save that: my database is not accepting writes right now (full or busy), "
                   "so nothing was recorded. Please try again later.")
_STORAGE_TROUBLE = re.compile(r"full|locked|busy|readonly|read-only|disk i/o", re.IGNORECASE)


def describe_error(interaction: discord.Interaction, error: BaseException) -> tuple[str, str | None]:
    """(message for the user, reference id if this was unexpected and must be logged)."""
    error = _unwrap(error)
    if isinstance(error, UserFacingError):
        return error.message, None
    if isinstance(error, app_commands.TransformerError):
        option = _option_name(interaction, error.value)
        where = f" for **{option}**" if option else ""
        expected = error.type.name.replace("_", " ")
        if not isinstance(error.value, str | int | float):
            # A user, channel or role that came without its details (a stale or modified client):
            # discord.py has only a bare Object, whose repr means nothing to a member.
            return (f"Discord sent no details about the {expected} given{where}: please pick it from the list "
                    "again."), None
        what = f"The value {str(error.value)[:80]!r}"
        return f"{what}{where} is not valid: I expected a {expected}.", None
    if isinstance(error, app_commands.CommandSignatureMismatch):
        return ("This command changed since Discord last loaded it. Please try again in a minute "
                "(reload Discord with Ctrl+R if it keeps happening)."), None
    if isinstance(error, app_commands.CommandNotFound):
        return "I don't know this command any more; it may have been removed in an update.", None
    if isinstance(error, app_commands.NoPrivateMessage):
        return GUILD_ONLY, None
    if isinstance(error, app_commands.MissingPermissions):
        return (f"You need the **{permission_names(error.missing_permissions)}** permission"
                f"{'s' if len(error.missing_permissions) > 1 else ''} to use this command."), None
    if isinstance(error, app_commands.BotMissingPermissions):
        return _bot_needs(error.missing_permissions), None
    if isinstance(error, app_commands.CommandOnCooldown):
        when = discord.utils.utcnow() + timedelta(seconds=error.retry_after)
        return f"Slow down a little: you can use this command again {discord.utils.format_dt(when, 'R')}.", None
    if isinstance(error, app_commands.MissingRole | app_commands.MissingAnyRole):
        return "You don't have the role this command requires.", None
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here.", None
    if isinstance(error, discord.Forbidden):
        missing = _bot_missing_in_channel(interaction) or ["send_messages", "embed_links"]
        return _bot_needs(missing), None
    if isinstance(error, sqlite3.OperationalError) and _STORAGE_TROUBLE.search(str(error)):
        # The operator must see it (logged with a reference); the user must know nothing was saved.
        return STORAGE_TROUBLE, new_reference()
    return "", new_reference()


def _bot_needs(perms: list[str]) -> str:
    plural = "s" if len(perms) > 1 else ""
    return (f"I need the **{permission_names(perms)}** permission{plural} in this channel to do that. "
            "A server admin can grant it in the channel or role settings.")


def _option_name(interaction: discord.Interaction, value: Any) -> str | None:
    for name, given in interaction.namespace:
        if given == value or str(given) == str(value):
            return name
    data: Mapping[str, Any] = interaction.data or {}
    options: list[Mapping[str, Any]] = data.get("options", [])
    while options and options[0].get("type") in (1, 2):
        options = options[0].get("options", [])
    for opt in options:
        if str(opt.get("value")) == str(value):
            return str(opt.get("name"))
    return None


def _context(interaction: discord.Interaction) -> str:
    command = interaction.command.qualified_name if interaction.command else None
    data: Mapping[str, Any] = interaction.data or {}
    user_id = getattr(interaction.user, "id", None)  # an interaction built by hand may have no user
    return (f"command={command!r} custom_id={data.get('custom_id')!r} guild={interaction.guild_id} "
            f"channel={interaction.channel_id} user={user_id}")


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Reply to the user about ``error`` (ephemeral) and log it when unexpected."""
    message, reference = describe_error(interaction, error)
    if reference is not None:
        original = _unwrap(error)
        log.error("unexpected error (reference %s) %s", reference, _context(interaction),
                  exc_info=(type(original), original, original.__traceback__))
        message = (f"{message} (reference {reference})" if message
                   else f"Sorry, something went wrong (reference {reference}). It has been logged.")
    else:
        log.info("user error %s: %s", _context(interaction), message)
    if interaction.type is discord.InteractionType.autocomplete:
        return  # autocomplete cannot carry a message; the tree already logs these
    try:
        await reply.send(interaction, message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver the error reply %s", _context(interaction), exc_info=True)


class QuizTree(app_commands.CommandTree):
    """The command tree with the one error handler."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        command = interaction.command
        # A command or cog with its own handler has answered already (RoboDanny's rule).
        if command is not None and getattr(command, "_has_any_error_handlers", lambda: False)():
            return
        await report_error(interaction, error)


class ErrorRoutedView(discord.ui.View):
    """A ``View`` whose item errors go through :func:`report_error` instead of a silent log."""

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any],
                       /) -> None:
        await report_error(interaction, error)


SelfT = TypeVar("SelfT")
InteractionT = TypeVar("InteractionT", bound=discord.Interaction)
P = ParamSpec("P")


def routes_errors(callback: Callable[Concatenate[SelfT, InteractionT, P], Coroutine[Any, Any, None]],
                  ) -> Callable[Concatenate[SelfT, InteractionT, P], Coroutine[Any, Any, None]]:
    """Decorate a ``DynamicItem.callback`` (or any ``(self, interaction)`` handler) so its errors
    reach the user like a command's would. discord.py only logs DynamicItem callback errors."""

    @functools.wraps(callback)
    async def wrapper(self: SelfT, interaction: InteractionT, /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            await callback(self, interaction, *args, **kwargs)
        except Exception as exc:
            await report_error(interaction, exc)

    return wrapper

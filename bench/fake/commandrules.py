"""Discord's rules for an application command bulk overwrite (PUT .../commands).

discord.py checks some of these locally but leaves others for Discord to reject (an explicit
150-character description, 30 choices): the fake applies them all, so a sync that the real
Discord would refuse fails here too. Source: developers/interactions/application-commands.mdx.
"""

from __future__ import annotations

import re
from typing import Any

# Python's re has no \p{..}; \w (Unicode) covers letters, digits and underscore, which with
# '-' and "'" is the documented set apart from the Devanagari/Thai marks we do not use.
_NAME = re.compile(r"^[-_'\w]{1,32}$")
_SUB_COMMAND, _SUB_COMMAND_GROUP = 1, 2
_STRING, _INTEGER, _NUMBER = 3, 4, 10
_OPTION_TYPES = set(range(1, 12))
_CHAT_INPUT, _USER, _MESSAGE = 1, 2, 3
_MAX_PER_TYPE = {_CHAT_INPUT: 100, _USER: 15, _MESSAGE: 15}


def _longest(value: str, localizations: dict[str, str] | None) -> int:
    """Discord counts the longest localisation of a field towards the 8000-character budget."""
    return max([len(value), *(len(v) for v in (localizations or {}).values())])


def _check_name(name: Any, where: str, errors: list[str], *, chat_input: bool) -> None:
    if not isinstance(name, str) or not (1 <= len(name) <= 32):
        errors.append(f"{where}: name must be 1-32 characters, got {name!r}")
        return
    if chat_input and (not _NAME.match(name) or name != name.lower()):
        errors.append(f"{where}: name {name!r} must be lowercase letters, digits, '-', '_' or \"'\"")


def _check_description(desc: Any, where: str, errors: list[str]) -> None:
    if not isinstance(desc, str) or not (1 <= len(desc) <= 100):
        length = len(desc) if isinstance(desc, str) else desc
        errors.append(f"{where}: description must be 1-100 characters, got {length}")


def _check_options(options: list[dict[str, Any]], where: str, errors: list[str], depth: int) -> int:
    """Validate one level of options; returns the characters it counts towards the budget."""
    if len(options) > 25:
        errors.append(f"{where}: {len(options)} options, at most 25 are allowed")
    size = 0
    names: set[str] = set()
    seen_optional = False
    kinds = {"sub": 0, "plain": 0}
    for index, option in enumerate(options):
        name = option.get("name")
        here = f"{where}.options[{index}]({name})"
        _check_name(name, here, errors, chat_input=True)
        _check_description(option.get("description"), here, errors)
        if name in names:
            errors.append(f"{here}: duplicate option name")
        names.add(str(name))
        size += _longest(str(name), option.get("name_localizations"))
        size += _longest(str(option.get("description", "")), option.get("description_localizations"))
        kind = option.get("type")
        if kind not in _OPTION_TYPES:
            errors.append(f"{here}: unknown option type {kind!r}")
            continue
        if kind in (_SUB_COMMAND, _SUB_COMMAND_GROUP):
            kinds["sub"] += 1
            if kind == _SUB_COMMAND_GROUP and depth > 0:
                errors.append(f"{here}: a subcommand group can only sit at the top level")
            if kind == _SUB_COMMAND and depth > 1:
                errors.append(f"{here}: subcommands nest at most one group deep")
            children = option.get("options") or []
            if kind == _SUB_COMMAND_GROUP and any(c.get("type") != _SUB_COMMAND for c in children):
                errors.append(f"{here}: a subcommand group may only contain subcommands")
            size += _check_options(children, here, errors, depth + 1)
            continue
        kinds["plain"] += 1
        required = bool(option.get("required", False))
        if required and seen_optional:
            errors.append(f"{here}: required options must come before optional ones")
        seen_optional = seen_optional or not required
        choices = option.get("choices") or []
        if len(choices) > 25:
            errors.append(f"{here}: {len(choices)} choices, at most 25 are allowed")
        if choices and option.get("autocomplete"):
            errors.append(f"{here}: autocomplete may not be set when choices are present")
        if choices and kind not in (_STRING, _INTEGER, _NUMBER):
            errors.append(f"{here}: choices are only allowed on string, integer and number options")
        for c_index, choice in enumerate(choices):
            c_name = choice.get("name")
            if not isinstance(c_name, str) or not (1 <= len(c_name) <= 100):
                errors.append(f"{here}.choices[{c_index}]: name must be 1-100 characters")
            value = choice.get("value")
            if kind == _STRING and (not isinstance(value, str) or len(value) > 100):
                errors.append(f"{here}.choices[{c_index}]: string value must be at most 100 characters")
            size += _longest(str(c_name), choice.get("name_localizations")) + len(str(value))
        if kind == _STRING:
            low, high = option.get("min_length"), option.get("max_length")
            if low is not None and not (0 <= low <= 6000):
                errors.append(f"{here}: min_length must be 0-6000")
            if high is not None and not (1 <= high <= 6000):
                errors.append(f"{here}: max_length must be 1-6000")
    if kinds["sub"] and kinds["plain"]:
        errors.append(f"{where}: subcommands cannot be mixed with ordinary options")
    return size


def validate_commands(commands: Any) -> list[str]:
    """All the reasons Discord would refuse this bulk overwrite; empty when it is acceptable."""
    if not isinstance(commands, list):
        return ["the body must be a JSON array of commands"]
    errors: list[str] = []
    per_type: dict[int, set[str]] = {}
    for index, command in enumerate(commands):
        if not isinstance(command, dict):
            errors.append(f"commands[{index}]: not an object")
            continue
        kind = command.get("type", _CHAT_INPUT)
        name = command.get("name")
        where = f"commands[{index}]({name})"
        if kind not in _MAX_PER_TYPE:
            errors.append(f"{where}: unknown command type {kind!r}")
            continue
        names = per_type.setdefault(kind, set())
        if name in names:
            errors.append(f"{where}: two commands of the same type share the name")
        names.add(str(name))
        _check_name(name, where, errors, chat_input=kind == _CHAT_INPUT)
        if kind == _CHAT_INPUT:
            _check_description(command.get("description"), where, errors)
            size = _longest(str(name), command.get("name_localizations"))
            size += _longest(str(command.get("description", "")), command.get("description_localizations"))
            size += _check_options(command.get("options") or [], where, errors, depth=0)
            if size > 8000:
                errors.append(f"{where}: {size} characters in names, descriptions and choices, at most 8000")
        elif command.get("description") not in ("", None):
            errors.append(f"{where}: user and message commands must have an empty description")
    for kind, names in per_type.items():
        if len(names) > _MAX_PER_TYPE[kind]:
            errors.append(f"{len(names)} commands of type {kind}, at most {_MAX_PER_TYPE[kind]} are allowed")
    return errors

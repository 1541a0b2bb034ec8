"""No class of the bot shadows a private attribute of the discord.py class it extends.

discord.py calls its own ``_underscore`` methods from inside (the gateway parser calls
``View._refresh(components)`` on every MESSAGE_UPDATE); a subclass that reuses such a name
replaces discord.py's code without anyone noticing. mypy catches an incompatible signature;
this catches every reuse, compatible or not.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import textwrap

import discord

import bot


def _bot_classes() -> list[type]:
    found: list[type] = []
    for info in pkgutil.walk_packages(bot.__path__, prefix="bot."):
        if info.name == "bot.__main__":
            continue
        module = importlib.import_module(info.name)
        found += [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == info.name]
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@functools.cache  # the discord.py bases recur for every bot class, and parsing their source is slow
def _private_names(cls: type) -> frozenset[str]:
    """Private names a class defines: in its body, or assigned to ``self`` in its methods."""
    names = {name for name in vars(cls) if _private(name)}
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):  # no source (a C class): its __dict__ is all there is
        return frozenset(names)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and _private(node.attr)
                and isinstance(node.value, ast.Name) and node.value.id == "self"):
            names.add(node.attr)
    return frozenset(names)


def test_the_bot_extends_discord_classes() -> None:
    # The check below is only worth something if it sees the views, items, cogs and the bot.
    extending = {c.__name__ for c in _bot_classes()
                 if any(base.__module__.startswith("discord.") for base in c.__mro__[1:])}
    assert {"PageButton", "QuizBot", "QuizTree", "AnswerButton", "Quiz"} <= extending


def test_no_bot_class_shadows_a_private_discord_attribute() -> None:
    shadowing = []
    for cls in _bot_classes():
        mine = _private_names(cls)
        for base in cls.__mro__[1:]:
            if base.__module__.startswith("discord.") or base.__module__ == "discord":
                shadowing += [f"{cls.__module__}.{cls.__qualname__}.{name} (discord {base.__qualname__})"
                              for name in sorted(mine & _private_names(base))]
    assert not shadowing, shadowing


def test_the_check_sees_discord_private_methods_and_attributes() -> None:
    view_names = frozenset().union(*(_private_names(b) for b in discord.ui.View.__mro__))
    assert {"_refresh", "_children", "_cache_key"} <= view_names
    assert "_connection" in _private_names(discord.Client)

"""Discord's limits on what a bot sends: messages, embeds, components, autocomplete choices,
allowed mentions. The fake refuses what Discord would refuse (HTTP 400, code 50035) and records
it, so a test fails where production would. Sources: developers/resources/message.mdx,
developers/components/reference.mdx, developers/interactions/receiving-and-responding.mdx.
"""

from __future__ import annotations

from typing import Any

EPHEMERAL = 1 << 6
LOADING = 1 << 7
SUPPRESS_EMBEDS = 1 << 2
SUPPRESS_NOTIFICATIONS = 1 << 12
COMPONENTS_V2 = 1 << 15
_SENDABLE_FLAGS = EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2

_ACTION_ROW, _BUTTON, _STRING_SELECT = 1, 2, 3
_SELECTS = {3, 5, 6, 7, 8}
_LINK_STYLE, _PREMIUM_STYLE = 5, 6


def _embed_errors(embeds: list[dict[str, Any]], errors: list[str]) -> None:
    if len(embeds) > 10:
        errors.append(f"{len(embeds)} embeds, at most 10")
    total = 0

    def measure(where: str, text: Any, limit: int, *, required: bool = False) -> None:
        nonlocal total
        if text is None:
            if required:
                errors.append(f"{where} is required")
            return
        size = len(str(text).strip())
        total += size
        if size > limit:
            errors.append(f"{where} is {size} characters, at most {limit}")
        if required and size == 0:
            errors.append(f"{where} must not be empty")

    for index, embed in enumerate(embeds):
        where = f"embeds[{index}]"
        measure(f"{where}.title", embed.get("title"), 256)
        measure(f"{where}.description", embed.get("description"), 4096)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errors.append(f"{where} has {len(fields)} fields, at most 25")
        for f_index, fld in enumerate(fields):
            measure(f"{where}.fields[{f_index}].name", fld.get("name"), 256, required=True)
            measure(f"{where}.fields[{f_index}].value", fld.get("value"), 1024, required=True)
        measure(f"{where}.footer.text", (embed.get("footer") or {}).get("text"), 2048)
        measure(f"{where}.author.name", (embed.get("author") or {}).get("name"), 256)
    if total > 6000:
        errors.append(f"embeds hold {total} characters in all, at most 6000")


def _component_errors(components: list[dict[str, Any]], flags: int, errors: list[str]) -> None:
    custom_ids: list[str] = []

    def walk(component: dict[str, Any], where: str) -> int:
        count = 1
        kind = component.get("type")
        custom_id = component.get("custom_id")
        if custom_id is not None:
            custom_ids.append(custom_id)
            if not (1 <= len(custom_id) <= 100):
                errors.append(f"{where}.custom_id is {len(custom_id)} characters, 1-100 allowed")
        if kind == _BUTTON:
            style = component.get("style")
            if style not in range(1, 7):
                errors.append(f"{where}: unknown button style {style!r}")
            if style == _LINK_STYLE:
                if not component.get("url") or custom_id is not None:
                    errors.append(f"{where}: a link button needs a url and no custom_id")
            elif style != _PREMIUM_STYLE and custom_id is None:
                errors.append(f"{where}: a button needs a custom_id")
            label = component.get("label")
            if label is not None and len(label) > 80:
                errors.append(f"{where}.label is {len(label)} characters, at most 80")
            if not label and not component.get("emoji") and style != _PREMIUM_STYLE:
                errors.append(f"{where}: a button needs a label or an emoji")
        elif kind in _SELECTS:
            if custom_id is None:
                errors.append(f"{where}: a select needs a custom_id")
            options = component.get("options") or []
            if kind == _STRING_SELECT and not (1 <= len(options) <= 25):
                errors.append(f"{where} has {len(options)} options, 1-25 allowed")
            for o_index, option in enumerate(options):
                for key in ("label", "value", "description"):
                    value = option.get(key)
                    if value is not None and len(value) > 100:
                        errors.append(f"{where}.options[{o_index}].{key} is over 100 characters")
            for key in ("min_values", "max_values"):
                value = component.get(key)
                if value is not None and not (0 <= value <= 25):
                    errors.append(f"{where}.{key} must be 0-25")
            placeholder = component.get("placeholder")
            if placeholder is not None and len(placeholder) > 150:
                errors.append(f"{where}.placeholder is over 150 characters")
        for c_index, child in enumerate(component.get("components") or []):
            count += walk(child, f"{where}.components[{c_index}]")
        accessory = component.get("accessory")
        if isinstance(accessory, dict):
            count += walk(accessory, f"{where}.accessory")
        return count

    total = 0
    for index, component in enumerate(components):
        where = f"components[{index}]"
        total += walk(component, where)
        if flags & COMPONENTS_V2:
            continue
        if component.get("type") != _ACTION_ROW:
            errors.append(f"{where}: top-level components must be action rows without the V2 flag")
            continue
        children = component.get("components") or []
        selects = [c for c in children if c.get("type") in _SELECTS]
        if not children:
            errors.append(f"{where}: an action row must not be empty")
        elif selects and len(children) != 1:
            errors.append(f"{where}: a select must be alone in its action row")
        elif len(children) > 5:
            errors.append(f"{where} holds {len(children)} buttons, at most 5")
    if flags & COMPONENTS_V2:
        if total > 40:
            errors.append(f"{total} components, at most 40 with the V2 flag")
    elif len(components) > 5:
        errors.append(f"{len(components)} action rows, at most 5")
    duplicates = sorted({c for c in custom_ids if custom_ids.count(c) > 1})
    if duplicates:
        errors.append(f"custom_ids must be unique in a message, repeated: {duplicates}")


def message_errors(body: dict[str, Any], *, creating: bool) -> list[str]:
    """Reasons Discord would refuse this message body (create or edit); empty when fine."""
    errors: list[str] = []
    content = body.get("content")
    flags = int(body.get("flags") or 0)
    if content is not None and len(str(content)) > 2000:
        errors.append(f"content is {len(str(content))} characters, at most 2000")
    if flags & ~_SENDABLE_FLAGS:
        errors.append(f"flags {flags} include bits a bot cannot set")
    if flags & COMPONENTS_V2 and (content or body.get("embeds")):
        errors.append("content and embeds cannot be used with the components V2 flag")
    _embed_errors(list(body.get("embeds") or []), errors)
    _component_errors(list(body.get("components") or []), flags, errors)
    if creating and not (content or body.get("embeds") or body.get("components") or body.get("attachments")
                         or body.get("poll")):
        errors.append("cannot send an empty message")
    return errors


def mention_violation(body: dict[str, Any]) -> str | None:
    """Document text and user input must never ping: allowed_mentions.parse must be [] and no
    user or role may be listed. Without allowed_mentions, Discord parses mentions in content."""
    mentions = body.get("allowed_mentions")
    if mentions is None:
        return "content sent without allowed_mentions" if body.get("content") else None
    if mentions.get("parse"):
        return f"allowed_mentions.parse is {mentions['parse']!r}, not []"
    if mentions.get("users") or mentions.get("roles"):
        return "allowed_mentions lists users or roles to ping"
    return None


def autocomplete_errors(data: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    choices = data.get("choices")
    if not isinstance(choices, list):
        return ["autocomplete result needs a choices list"]
    if len(choices) > 25:
        errors.append(f"{len(choices)} autocomplete choices, at most 25")
    for index, choice in enumerate(choices):
        name = choice.get("name")
        if not isinstance(name, str) or not (1 <= len(name) <= 100):
            errors.append(f"choices[{index}].name must be 1-100 characters")
        value = choice.get("value")
        if isinstance(value, str) and len(value) > 100:
            errors.append(f"choices[{index}].value is over 100 characters")
    return errors

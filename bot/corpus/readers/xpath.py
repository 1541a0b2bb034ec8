"""Typed XPath results: lxml's ``xpath()`` returns a union of every XPath type."""

from __future__ import annotations

from lxml import etree

_NO_NAMESPACES: dict[str, str] = {}


def strings(el: etree._Element, path: str, namespaces: dict[str, str] | None = None) -> list[str]:
    """The non-empty, stripped string results of ``path`` (text(), attributes)."""
    result = el.xpath(path, namespaces=namespaces or _NO_NAMESPACES)
    if not isinstance(result, list):
        return []
    return [str(v).strip() for v in result if isinstance(v, str) and str(v).strip()]


def elements(el: etree._Element, path: str, namespaces: dict[str, str] | None = None) -> list[etree._Element]:
    result = el.xpath(path, namespaces=namespaces or _NO_NAMESPACES)
    if not isinstance(result, list):
        return []
    return [v for v in result if isinstance(v, etree._Element)]

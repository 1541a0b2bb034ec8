"""The feedback loop's rules: the reasons a member may give, and when a question is withheld.

A question is withheld in a server — the picker never asks it there — while a moderator has
hidden it by hand, or while it has at least the server's threshold of open reports (default
``DEFAULT_THRESHOLD``). ``/questions restore`` marks its reports handled, which puts it back.
The SQL is in ``bot.store.reports``.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.store.reports import Flagged, Reason, ReportStore

DEFAULT_THRESHOLD = 3
THRESHOLD_MIN, THRESHOLD_MAX = 1, 100  # the schema allows the same range

REASON_LABELS: dict[Reason, str] = {
    "wrong_answer": "Wrong answer",
    "unclear": "Unclear question",
    "several_answers": "More than one right answer",
    "other": "Something else",
}


def threshold_or_default(stored: int | None) -> int:
    return DEFAULT_THRESHOLD if stored is None else stored


def is_withheld(hidden: bool, open_reports: int, threshold: int) -> bool:
    return hidden or open_reports >= threshold


async def server_threshold(store: ReportStore, guild_id: int) -> int:
    return threshold_or_default(await store.threshold(guild_id))


async def withheld_keys(store: ReportStore, guild_id: int) -> set[str]:
    """Every question key this server must not be asked."""
    threshold = await server_threshold(store, guild_id)
    candidates = await store.review_counts(guild_id, at_least=threshold)  # only those that may qualify
    return {key for key, (hidden, reports) in candidates.items() if is_withheld(hidden, reports, threshold)}


def reason_counts(item: Flagged) -> list[tuple[Reason, int]]:
    """The open reports' reasons, most given first (ties in the order of REASON_LABELS)."""
    counts = {reason: sum(1 for r in item.reports if r.reason == reason) for reason in REASON_LABELS}
    return sorted(((r, n) for r, n in counts.items() if n), key=lambda rn: -rn[1])


def review_order(items: Iterable[Flagged], threshold: int) -> list[Flagged]:
    """What a moderator should look at first: withheld questions, then the most reported, then the newest."""
    return sorted(items, key=lambda f: (not is_withheld(f.hidden, f.open_reports, threshold), -f.open_reports,
                                        -f.changed_at))

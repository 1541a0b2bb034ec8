"""What the console shows for Discord markdown, timestamps, mentions and menus."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.console.render import BOLD, ITALIC, RESET_BOLD, RESET_ITALIC, plain, render_message

NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "shown"), [
    ("a *passing* remark", "a passing remark"),
    ("an _underscored_ word", "an underscored word"),
    ("— *Sino-Soviet Relations*, Lüthi (2008)", "— Sino-Soviet Relations, Lüthi (2008)"),
    ("**bold** and *italic* together", "bold and italic together"),
    ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),  # not markup: kept
    ("an escaped \\*star\\*", "an escaped *star*"),
])
def test_italics_and_bold_markers_are_not_shown_raw(text: str, shown: str) -> None:
    assert plain(text) == shown


@pytest.mark.parametrize(("text", "styled"), [
    ("the **hegemony** of", f"the {BOLD}hegemony{RESET_BOLD} of"),
    ("*The Times*, 1991", f"{ITALIC}The Times{RESET_ITALIC}, 1991"),
    ("**Harbin** in _1946_", f"{BOLD}Harbin{RESET_BOLD} in {ITALIC}1946{RESET_ITALIC}"),
])
def test_a_terminal_shows_highlights_and_italics(text: str, styled: str) -> None:
    """Search hits are bold in Discord; a terminal must show them too, or they vanish."""
    assert plain(text, ansi=True) == styled


@pytest.mark.parametrize(("offset", "shown"), [
    (dt.timedelta(seconds=39383), "at 20:26 UTC"),
    (dt.timedelta(days=2, hours=1), "at 2026-03-16 10:30 UTC"),
    (dt.timedelta(seconds=42), "in 42 s"),
    (dt.timedelta(minutes=-5), "5 min ago"),
    (dt.timedelta(hours=-3), "at 06:30 UTC"),
])
def test_relative_timestamps_far_away_read_as_a_time_of_day(offset: dt.timedelta, shown: str) -> None:
    stamp = int((NOW + offset).timestamp())
    assert plain(f"The first one comes <t:{stamp}:R>.", now=NOW) == f"The first one comes {shown}."


def test_mentions_show_names_when_known() -> None:
    names = {"#157000000000000001": "#quiz", "@157000000000000002": "@ada"}
    text = "Daily question in <#157000000000000001> for <@157000000000000002>, not <@!4>."
    assert plain(text, names=names) == "Daily question in #quiz for @ada, not @user:4."


def test_menu_entries_show_their_description() -> None:
    message = {"content": "3 passages match", "components": [{"type": 1, "components": [{
        "type": 3, "custom_id": "search:menu", "options": [
            {"label": "Sino-Soviet relations", "value": "1", "description": "…the split of 1960 …"},
            {"label": "Strategic ties", "value": "2", "description": "…a partnership without limits…"},
            {"label": "No snippet", "value": "3"},
            {"label": "A long one", "value": "4", "description": "…with the withdrawal of Soviet troops from "
                                                                "Harbin, the CCP took over and established…"},
        ]}]}]}
    shown = render_message(message)
    assert all(len(line) <= 78 for line in shown.splitlines())
    assert "[1] Sino-Soviet relations — …the split of 1960 …" in shown
    assert "[2] Strategic ties — …a partnership without limits…" in shown
    assert "[3] No snippet" in shown
    assert "[4] A long one — …with the withdrawal" in shown and "established…" in shown

"""/timeline image:true through the real command tree: a deferred answer with a PNG attachment
holding the span's events, and the console saving that attachment to a file."""

from __future__ import annotations

import io
import re
import struct
from collections import Counter
from pathlib import Path

from bot.console.cli import Console
from bot.console.transport import LocalDiscord, Reply, Sent
from bot.exts.reference._cog import matching_events
from bot.ui.timeline_chart import WIDTH, render

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _attached(reply: Reply) -> list[Sent]:
    return [sent for sent in reply.all if sent.files]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_timeline_image_answers_with_a_png_of_the_span(local: LocalDiscord) -> None:
    everything = await local.bot.content.events()
    years = sorted({e.start_year for e in everything})
    first, last = years[len(years) // 4], years[3 * len(years) // 4]
    span = await local.bot.content.events(from_year=first, to_year=last)
    assert 2 <= len(span) < len(everything)

    reply = await local.slash("timeline", user=local.user("alice"), from_year=first, to_year=last, image=True)
    assert reply.response_type == 5, "deferred first: the drawing may outlast Discord's 3 seconds"
    sent = _attached(reply)
    assert len(sent) == 1 and not sent[0].ephemeral
    (name, data), = sent[0].files
    assert name == "timeline.png"
    width, height = _png_size(data)
    assert width == WIDTH and height > 500
    assert f"{len(span)} events" in sent[0].content
    assert not sent[0].embeds and not sent[0].components
    # The very picture of the span's events: the renderer (whose marks and labels the chart tests
    # check) draws these same bytes from the store's events, one mark each.
    docs = {d.doc_key: d for d in await local.bot.content.documents()}
    chart = render(span, docs, title=f"Timeline · {first}–{last}", from_year=first, to_year=last)
    assert data == chart.png
    assert sorted(key for m in chart.marks for key in m.event_keys) == sorted(e.event_key for e in span)


async def test_timeline_image_of_a_search_draws_only_the_matching_events(local: LocalDiscord) -> None:
    everything = await local.bot.content.events()
    docs = {d.doc_key: d for d in await local.bot.content.documents()}
    # A word from events of different documents, which not every event mentions.
    by_doc = Counter(w for e in everything for w in {w.strip(".,;:").casefold() for w in e.summary.split()
                                                    if len(w) > 5 and w[0].isupper()})
    tried = 0
    for word, _ in by_doc.most_common(10):
        expected = await matching_events(local.bot.content, None, None, word)
        if not 2 <= len(expected) < len(everything):
            continue
        tried += 1
        reply = await local.slash("timeline", search=word, image=True)
        (_, data), = _attached(reply)[0].files
        chart = render(expected, docs, title=f"Timeline · “{word}”")
        assert data == chart.png, word
        assert {key for m in chart.marks for key in m.event_keys} == {e.event_key for e in expected}
        if tried == 3:
            break
    assert tried >= 2


async def test_timeline_image_with_no_events_is_a_polite_private_message(local: LocalDiscord) -> None:
    reply = await local.slash("timeline", search="zzqxv nothing matches", image=True)
    assert reply.ephemeral and not _attached(reply)
    assert "no dated events" in reply.content


async def test_the_console_saves_the_picture_and_prints_its_path(local: LocalDiscord) -> None:
    out = io.StringIO()
    console = Console(local, out, "console-user")
    await console.run(io.StringIO("/timeline image:true\n"), eof_wait=5)
    match = re.search(r"image saved to (\S+\.png)", out.getvalue())
    assert match, out.getvalue()
    path = Path(match[1])
    assert path.is_relative_to(local.bot.settings.data_dir / "var" / "console")
    assert _png_size(path.read_bytes())[0] == WIDTH

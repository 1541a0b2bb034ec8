"""A bot on its own writable documents folder (two bundled documents in the default collection),
with the store built at start-up, so /documents can add, remove and rebuild for real."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.console.transport import LocalDiscord, Reply, Sent

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ("global-times-2017-strategic-ties.txt", "xinhua-2025-xi-victory-day-visit.txt")

HARBOUR = b"""# Founding

The Harbour Commission of Valmora was founded on 3 March 1874 by the merchant Tobias Krell. In 1881 the
commission opened the first dry dock on the northern quay, and in 1889 it bought the lighthouse at Cape Orvel
from the navy.

# Growth

The Valmora grain exchange was built in 1902 next to the customs house. During the strike of 1911 the
dockworkers of Valmora stopped all loading for six weeks. In 1923 the commission dredged the eastern channel so
that steamships of deeper draught could enter.

# Decline

The commission lost its monopoly in 1947, when the port of Seldane opened a rail link to the interior. The last
sailing ship left Valmora in 1952, and the old dry dock closed in 1968.
"""

OBSERVATORY = b"""The Quellberg Observatory

The observatory on Quellberg hill was built in 1791 for the astronomer Margarethe Vossler, who catalogued
variable stars there for thirty years. A refracting telescope with a lens ground in Munich arrived in 1838.

In 1866 a fire destroyed the library of the observatory, and most of the Vossler star catalogues were lost.
The instruments were moved to a new dome in 1895, after smoke from the town's foundries had spoiled the seeing.

The university took over the observatory in 1921. Its last professional observation was made in 1979, and since
1984 the building has been a museum of astronomy open to schools.
"""


def settings_for(tmp_path: Path, *, watch_seconds: float = 0.0) -> Settings:
    documents = tmp_path / "documents"
    documents.mkdir(exist_ok=True)
    for name in BUNDLED:
        shutil.copyfile(ROOT / "data" / "documents" / name, documents / name)
    # the bundled hand-written list: its questions on these documents load, those on the others are reported
    (tmp_path / "questions").mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "data" / "questions" / "china-russia.yaml", tmp_path / "questions" / "china-russia.yaml")
    return Settings(token=None, data_dir=tmp_path / "var", documents_dir=documents,
                    questions_dir=tmp_path / "questions", watch_seconds=watch_seconds)


@pytest.fixture
async def library(tmp_path: Path) -> AsyncIterator[LocalDiscord]:
    async with LocalDiscord.open(settings_for(tmp_path), build=True) as local:
        yield local


async def final(local: LocalDiscord, reply: Reply, timeout: float = 60.0) -> Sent:
    """The last state of a reply that is edited while the work goes on (/documents add): the edit
    that carries the yield embed, or a text that is not a progress note."""
    def settled(sent: Sent) -> bool:
        if sent.message_id != reply.message_id:
            return False
        return bool(sent.embeds) or not sent.content.endswith("…")
    return await local.wait_for_message(settled, timeout=timeout)

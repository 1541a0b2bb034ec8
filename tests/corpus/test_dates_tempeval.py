"""bench.tempeval on two invented TimeML articles (the real TempEval-3 data is never in the repo)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.tempeval import evaluate, read_tml, report

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> outside two embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, killing dozens of people, witnesses said.

Exports fell sharply <TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3> as demand in Asia collapsed.

Profits rose in <TIMEX3 tid="t3" type="DATE" value="1998-Q2">the second quarter</TIMEX3>, the company said.

The embassy had been attacked once before, in 1994, by a small group.
</TEXT>
</TimeML>
"""

SECOND = """<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-01-22" functionInDocument="CREATION_TIME">1999-01-22</TIMEX3></DCT>
<TEXT>
The doctor was shot on <TIMEX3 tid="t1" type="DATE" value="1998-10-23">Oct. 23</TIMEX3> at his home &amp; office.
</TEXT>
</TimeML>
"""


def _write(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.tml").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.tml").write_text(SECOND, encoding="utf-8")
    return folder


def test_the_reader_keeps_text_offsets_and_gold_values(tmp_path: Path) -> None:
    article = read_tml(_write(tmp_path / "tml") / "b.tml")
    assert article is not None and article.dct == "1999-01-22"
    [timex] = article.timexes
    assert article.text[timex.start:timex.end] == "Oct. 23" and timex.value == "1998-10-23"
    assert "home & office" in article.text  # entities unescaped


def test_scores_with_and_without_the_publication_date(tmp_path: Path) -> None:
    with_dct, without, count, _ = evaluate(_write(tmp_path / "tml"))
    assert count == 2
    # gold sentences: Friday, last year, Oct. 23 (the quarter is not a calendar value)
    assert with_dct.gold_sentences == 3 and with_dct.found == 3
    # the bot's 1994 has no gold timex: a wrong answer, and a gold omission (no TIMEX3 on "1994")
    assert with_dct.events == 4 and with_dct.correct == 3
    assert with_dct.wrong["gold omission: no TIMEX3 on the bot's expression"] == 1 and with_dct.omitted == 1
    assert with_dct.precision_annotated == 1.0
    # without the DCT only the written year is placed, and nothing relative is guessed
    assert without.found == 0 and without.events == 1
    text = report(with_dct, without, count, 0.1, examples=False)
    assert "| with the publication date | 75.0% | 100.0% | 100.0% |" in text


def test_a_missing_folder_is_skipped_cleanly(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bench.tempeval", str(tmp_path / "absent")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "skipped" in done.stdout


RETOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED3</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
<TEXT>
Bombs exploded outside two U.S. embassies in East Africa <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, killing dozens of people.

Officials said the bombs exploded outside the two U.S. embassies in East Africa <TIMEX3 tid="t2" type="DATE" value="1998-08-07">Friday</TIMEX3> within minutes of each other.
</TEXT>
</TimeML>
"""


def test_a_telling_merged_into_an_earlier_event_is_dated_by_it(tmp_path: Path) -> None:
    folder = tmp_path / "tml"
    folder.mkdir()
    (folder / "c.tml").write_text(RETOLD, encoding="utf-8")
    with_dct, _, _, _ = evaluate(folder)
    # one event, told twice: the second sentence is one of its sources, and the bot dates it too
    assert with_dct.gold_sentences == 2 and with_dct.found == 2
    assert with_dct.events == 2 and with_dct.correct == 2

"""Quiz questions generated from the documents, each grounded in one sentence of one passage.

Overgenerate with cheap rules, then filter hard and rank (research §2: raw rule output is
mostly bad; the filters below each fixed a visible defect in the trial). Kinds:

* ``when``   — the year of an explicitly dated event: a real question ("In which year did
  Gorbachev visit China?") when the clause allows it, else a cloze ("In _____, …");
* ``number`` — an amount, percentage or count blanked out, distractors of the same format;
* ``entity`` — a place, organisation or person blanked out, distractors of the same type
  from the corpus, never a synonym of the answer or anything else in the sentence;
* ``order``  — which of several explicitly dated events came first (≥ 2 years apart);
* ``source`` — which document says a distinctive sentence.

Everything is deterministic: choices are seeded by the question key. The work is linear
in the corpus; distractor pools are capped.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from bot.corpus.dates import find_mentions, truncate
from bot.corpus.gazetteer import (
    PERSON,
    PLACE,
    PROMINENT,
    THE_NAMES,
    Entity,
    Gazetteer,
    build_gazetteer,
    word_list,
)
from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, Difficulty, Event, Passage, Question, QuestionKind

BLANK = "_____"
MIN_WORDS, MAX_WORDS = 8, 45
MAX_TOPICS = 20
MAX_ORDER_QUESTIONS = 15
MAX_ORDER_SCAN = 2_000  # timeline events looked at for order questions
MAX_SOURCE_PER_DOC = 6
MAX_REJECTIONS_LISTED = 200
MAX_SENTENCES = 12_000  # candidate sentences: bounds the time on a huge corpus (~2 s)
MAX_SOURCE_QUESTIONS = 120

_DANGLING = set(
    word_list(
        """
    this that these those it its they their them he his she her however therefore moreover thus such
    also besides furthermore meanwhile then hence here there both another but and or so yet which whose
    """
    )
)
_STOPWORDS = set(
    word_list(
        """
    a an the of to in on at by for from with and or but as is are was were be been being has have had
    that this these those it its their they them he she his her which who whom whose not no only also
    into over under after before since during between among than then so such very more most can could
    will would should may might must do does did all any each other both two one new
    """
    )
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|Us|my|My|me)\b")
_FIG = re.compile(r"\b(?:Fig|Figs|Figure|Table)\b\.?\s*\d")
_CITATION = re.compile(r"\s?\[\d+(?:[,\u2013-]\s*\d+)*\]")
# A function word capitalised mid-sentence is a sign of machine-translation garble
# ('Russia is deep "Oligarchic system" Still standing still').
_MIDCAPS = re.compile(r"(?<=[a-z,][\"”] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This|Vision)\b"
                      r"|(?<=[a-z,] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This)\b")
# Sentence openers that are never names: lower-cased after "According to …, ".
_OPENERS = set(
    word_list(
        """
    In On The A An As At By During After Before When While From With Under Against Despite Through Not
    Since Although Though Knowing Inspired Generally Specifically Earlier Later Today Even Over Among
    Between For To Of Without Following Unlike Like Besides Apart If Once Because Until Throughout
    Within Across Along
    """
    )
)
_GLUED = re.compile(r"[a-z][\"”][A-Za-z]|[a-z][.!?][A-Z][a-z]|\*\*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_YEAR_TOKEN = re.compile(r"(?<![\d$.,])(?:1[0-9]{3}|20[0-9]{2})(?![\d%])")

_MONEY = r"(?:US\$|\$|€|£|¥|RMB\s?|USD\s?)\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion)|(?:k|m|bn)\b)?"
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
_COUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s(?:million|billion|trillion))?"
_NOT_AFTER = r"(?<![\w$€£¥.,/#`–—-])"  # not inside an identifier, a range or code
# A count is a number before a plural noun, with at most one adjective between ("156 key
# projects"), never a verb ("Version 3 adds") or a function word.
_COUNT_NOUN = (
    r"(?=\s+(?:(?!(?:is|are|was|were|has|have|had|and|or|of|to|the|a|an)\b)[a-z][a-z-]+\s+)?"
    r"(?:(?!(?:is|was|has|does|this|his|its|as|us|thus|plus|less|unless|across|always|perhaps)\b)[a-z]{2,}s"
    r"|people|children|men|women|staff|personnel|police|cattle)\b)"
)
_NUMBER = re.compile(
    rf"{_NOT_AFTER}(?P<money>{_MONEY})|{_NOT_AFTER}(?P<pct>{_PERCENT})"
    rf"|{_NOT_AFTER}(?P<ord>\d{{1,3}}(?:st|nd|rd|th))(?=\s+(?!century|centuries|millennium)[a-z])"
    rf"|{_NOT_AFTER}(?P<count>{_COUNT}){_COUNT_NOUN}(?!\S*\s*(?:%|percent))"
)
_LABEL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\.?\s$")
_NUM_PARTS = re.compile(r"^(?P<pre>\D*?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>.*)$")

# Past-tense verbs and their base forms, for "In which year did X <verb> …?". Only these
# verbs are rewritten; any other clause becomes a cloze instead of a guessed inflection.
_IRREGULAR = {
    "withdrew": "withdraw", "rose": "rise", "took": "take", "became": "become", "came": "come",
    "made": "make", "held": "hold", "paid": "pay", "gave": "give", "fell": "fall", "began": "begin",
    "broke": "break", "sent": "send", "won": "win", "led": "lead", "left": "leave", "met": "meet",
    "built": "build", "chose": "choose", "drew": "draw", "fought": "fight", "found": "find", "grew": "grow",
    "lost": "lose", "ran": "run", "saw": "see", "set": "set", "sold": "sell", "spent": "spend",
    "struck": "strike", "swore": "swear", "wrote": "write", "went": "go", "brought": "bring",
    "bought": "buy", "sought": "seek", "told": "tell", "said": "say", "put": "put", "hit": "hit",
    "overthrew": "overthrow", "undertook": "undertake", "forbade": "forbid", "rebuilt": "rebuild",
}  # fmt: skip
_REGULAR_BASES = set(
    word_list(
        """
    visit sign establish join recognize recognise launch announce complete open attend host form create
    adopt collapse invade annex occupy declare elect appoint found end start sign ratify reach approve
    negotiate conclude introduce abolish unite dissolve withdraw compromise back abandon support assist
    capture defeat liberate proclaim enter exit return travel arrive die marry publish release test
    explode celebrate resign succeed replace pass vote expand reform agree deploy merge order suffer step
    kill launch invent discover crown murder assassinate bomb flood burn sink crash land orbit
    break block boycott protest mark receive win lend acquire achieve surpass overtake overtake
    """
    )
)


@dataclass
class _Sentence:
    text: str
    passage: Passage
    doc: CleanDocument
    start: int  # into passage.text
    words: int


class _Rejections:
    """Rejections for the build report: the first few listed, the rest counted by reason."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.extra: Counter[str] = Counter()

    def add(self, item: str, reason: str) -> None:
        if len(self.items) < MAX_REJECTIONS_LISTED:
            self.items.append((truncate(item, 80), reason))
        else:
            self.extra[reason] += 1

    def report(self) -> list[tuple[str, str]]:
        return self.items + [(f"({n} more)", reason) for reason, n in self.extra.most_common()]


def generate_questions(
    docs: list[CleanDocument], passages: list[Passage], events: list[Event]
) -> tuple[list[Question], list[tuple[str, str]]]:
    """Accepted questions (best first) and the rejections as (item, reason) for the build report."""
    by_key = {d.doc_key: d for d in docs if d.duplicate_of is None}
    live = [p for p in passages if p.kind == "body" and p.duplicate_of is None and p.doc_key in by_key]
    spans = [(p, s, e) for p in live for s, e in (p.sentences or [(0, len(p.text))])]
    spans = _sample(spans, events)
    sentences = [_Sentence(p.text[s:e], p, by_key[p.doc_key], s, len(p.text[s:e].split())) for p, s, e in spans]
    gen = _Generator(list(by_key.values()), live, sentences, events)
    return gen.run(), gen.rejected.report()


def _sample(spans: list[tuple[Passage, int, int]], events: list[Event]) -> list[tuple[Passage, int, int]]:
    """At most MAX_SENTENCES candidate sentences, so a huge corpus costs bounded time.

    Sentences with an explicit dated event come first (they make the best questions), the
    rest is an even stride through the corpus. Deterministic: no randomness, document order kept.
    """
    if len(spans) <= MAX_SENTENCES:
        return spans
    dated = {(e.passage_key, e.sent_start) for e in events if e.certainty == "explicit"}
    first = [i for i, (p, s, _) in enumerate(spans) if (p.passage_key, s) in dated][: MAX_SENTENCES // 2]
    chosen = set(first)
    rest = [i for i in range(len(spans)) if i not in chosen]
    room = MAX_SENTENCES - len(first)
    step = len(rest) / room
    chosen.update(rest[int(k * step)] for k in range(room))
    return [spans[i] for i in sorted(chosen)]


class _Generator:
    def __init__(
        self, docs: list[CleanDocument], passages: list[Passage], sentences: list[_Sentence], events: list[Event]
    ) -> None:
        self.docs = docs
        self.doc_by_key = {d.doc_key: d for d in docs}
        self.passage_by_key = {p.passage_key: p for p in passages}
        self.sentences = sentences
        self.events = [e for e in events if e.doc_key in self.doc_by_key and e.passage_key in self.passage_by_key]
        self.rejected = _Rejections()
        self.gaz: Gazetteer = build_gazetteer([s.text for s in sentences])
        self.corpus_years = sorted(
            {int(y) for s in sentences for y in _YEAR_TOKEN.findall(s.text)}
            | {e.start_year for e in self.events if e.certainty == "explicit"}
        )
        self.group_count: Counter[str] = Counter()
        self.group_name: dict[str, str] = {}
        for entity in sorted(self.gaz.entities.values(), key=lambda e: -e.count):
            self.group_count[entity.group] += entity.count
            self.group_name.setdefault(entity.group, entity.name)
        self.topics = self._topics()
        # words the corpus writes in lower case mid-sentence: "Bilateral" is not a name, "Gorbachev" is
        self.vocab = {w for s in sentences for w in re.findall(r"(?<=[a-z,] )[a-z][a-z'-]+", s.text)}
        self.pools = self._entity_pools()
        self.filter_reason: dict[tuple[str, int], str | None] = {}
        self._facts: dict[tuple[str, str], list[set[str]]] = {}

    # ----------------------------------------------------------------------------------
    def run(self) -> list[Question]:
        questions: list[Question] = []
        used: set[tuple[str, int]] = set()  # (passage_key, sentence start): one question per sentence
        events_by_sentence: dict[tuple[str, int], list[Event]] = {}
        for event in self.events:
            events_by_sentence.setdefault((event.passage_key, event.sent_start), []).append(event)
        for sent in self.sentences:
            reason = _filter(sent.text, sent.words)
            where = (sent.passage.passage_key, sent.start)
            self.filter_reason[where] = reason
            if reason:
                if _YEAR_TOKEN.search(sent.text) or _NUMBER.search(sent.text):
                    self.rejected.add(sent.text, reason)
                continue
            candidates = [
                *self._when(sent, events_by_sentence.get(where, [])),
                *self._number(sent),
                *self._entity(sent),
            ]
            for best in sorted(candidates, key=lambda q: (-q.quality, q.question_key)):
                if not self._repeats_a_fact(best):
                    questions.append(best)
                    used.add(where)
                    break
        questions.extend(self._order())
        questions.extend(self._source(used))
        unique: dict[str, Question] = {}
        for q in sorted(questions, key=lambda q: (-q.quality, q.question_key)):
            unique.setdefault(q.question_key, q)
        return list(unique.values())

    def _repeats_a_fact(self, q: Question) -> bool:
        """A second when/number question on the same answer and the same subject ("Gorbachev visited
        China in 1989" twice) is dropped: one fact, one question."""
        if q.kind not in ("when", "number"):
            return False
        words = _content_words(q.explanation) | {w.lower() for w in _CAPITALISED.findall(q.explanation)}
        same = self._facts.setdefault((q.kind, q.answer), [])
        if any(len(words & other) >= 3 for other in same[:50]):
            return True
        same.append(words)
        return False

    # ------------------------------------------------------------------ when-questions
    def _when(self, sent: _Sentence, events: list[Event]) -> list[Question]:
        explicit = [e for e in events if e.certainty == "explicit" and e.precision in ("day", "month", "year")]
        if not explicit:
            return []
        event = explicit[0]
        answer = str(event.start_year)
        rel = event.expr_start - sent.start
        expr = sent.passage.text[event.expr_start : event.expr_end]
        year_at = expr.rfind(answer)
        if year_at < 0:
            return []
        blank_at = rel + year_at
        taken = {int(y) for y in _YEAR_TOKEN.findall(sent.text)} | {event.start_year}
        if event.end_year:
            taken.add(event.end_year)
        distractors = self._year_distractors(event.start_year, taken, _seed("when", sent.text, answer))
        if len(distractors) < 3:
            self.rejected.add(sent.text, "not enough distinct years near the answer for distractors")
            return []
        mentions = [m for m in find_mentions(sent.text) if m.year is not None or m.needs_year]
        prompt = None
        if len(mentions) == 1:
            prompt = _year_question(event.summary, sent.text, expr, self.vocab)
        quality = 0.92 if prompt else 0.85
        if prompt is None:
            clause_start, clause_end = _clause_bounds(sent.text, blank_at)
            clause = sent.text[clause_start:clause_end].strip()
            offset = blank_at - clause_start - (len(sent.text[clause_start:clause_end]) - len(clause))
            cloze = clause[:offset] + BLANK + clause[offset + len(answer) :]
            if offset == 0 or answer in cloze or _unbalanced(cloze):
                self.rejected.add(sent.text, "year gap at the start of the sentence or repeated")
                return []
            prompt = _capitalise(cloze.rstrip(" ;,")) if clause_start else cloze
            if not prompt.endswith((".", "…")):
                prompt += "."
        prompt = self._attribute(sent.doc, prompt)
        closest = min(abs(int(d) - event.start_year) for d in distractors)
        difficulty: Difficulty = "hard" if closest <= 2 else "medium" if closest <= 5 else "easy"
        return [self._question("when", sent, prompt, answer, distractors, "YEAR", difficulty, quality, event)]

    def _year_distractors(self, year: int, taken: set[int], seed: str) -> list[str]:
        near = [y for y in self.corpus_years if y not in taken and 0 < abs(y - year) <= 25]
        near.sort(key=lambda y: (abs(y - year), y))
        pool = near[:6]
        latest = max(self.corpus_years, default=year)
        for offset in (1, -1, 2, -2, 3, -3, 5, -5, 10, -10):
            if len(pool) >= 6:
                break
            y = year + offset
            if y not in taken and y not in pool and y <= max(latest, year):
                pool.append(y)
        rng = random.Random(seed)
        chosen = rng.sample(pool, min(3, len(pool)))
        return [str(y) for y in sorted(chosen)]

    # ---------------------------------------------------------------- number questions
    def _number(self, sent: _Sentence) -> list[Question]:
        out: list[Question] = []
        matches = list(_NUMBER.finditer(sent.text))
        for m in matches:
            answer = m.group(0).strip()
            kind = next(k for k in ("money", "pct", "ord", "count") if m.group(k))
            if kind == "count" and _YEAR_TOKEN.fullmatch(answer):
                continue  # a year, asked by the when-questions
            if kind == "count" and _LABEL_BEFORE.search(sent.text, max(0, m.start() - 20), m.start()):
                continue  # a label, not a quantity: "Version 3", "Hint 2", "Minsk 220030"
            if m.start() == 0 or sent.text.count(answer) > 1:
                continue
            seed = _seed("number", sent.text, answer)
            if kind == "ord":
                distractors = _ordinal_distractors(answer, seed, sent.text)
            else:
                distractors = _number_distractors(answer, kind, seed, sent.text)
            if len(distractors) < 3:
                self.rejected.add(sent.text, f"no same-format distractors for {answer!r}")
                continue
            prompt = sent.text[: m.start()] + BLANK + sent.text[m.start() + len(answer) :]
            prompt = self._attribute(sent.doc, prompt)
            quality = 0.8 + {"money": 0.05, "pct": 0.05, "ord": -0.03}.get(kind, 0.0) + _length_bonus(sent.words)
            out.append(self._question("number", sent, prompt, answer, distractors, "NUMBER", "medium", quality))
        return out

    # ---------------------------------------------------------------- entity questions
    def _entity_pools(self) -> dict[tuple[str, bool, bool], list[Entity]]:
        """Distractor pools by (type+subtype, follows "the", one word): the most frequent names first."""
        best: dict[str, Entity] = {}
        for entity in self.gaz.entities.values():
            if entity.count == 0:
                continue
            current = best.get(entity.group)
            if current is None or entity.count > current.count:
                best[entity.group] = entity
        pools: dict[tuple[str, bool, bool], list[Entity]] = {}
        for entity in sorted(best.values(), key=lambda e: (-e.count, e.name)):
            key = (entity.type + entity.subtype, _takes_the(entity), _one_word(entity.type, entity.name))
            pools.setdefault(key, []).append(entity)
        # Then the built-in places the corpus never names, so a small corpus still gets
        # same-type distractors (Denmark -> Norway, Poland, ...); corpus names stay first.
        seen_groups = set(best)
        for name in (*PROMINENT, *sorted(self.gaz.entities)):
            place = self.gaz.entities.get(name)
            if place is not None and place.type == PLACE and place.count == 0 and place.group not in seen_groups:
                seen_groups.add(place.group)
                key = (place.type + place.subtype, name in THE_NAMES, _one_word(place.type, name))
                pools.setdefault(key, []).append(place)
        return pools

    def _entity(self, sent: _Sentence) -> list[Question]:
        mentions = self.gaz.mentions(sent.text)
        out: list[Question] = []
        groups_in_sentence = self.gaz.groups_in(sent.text)
        for start, end, entity in mentions:
            answer = sent.text[start:end]
            if start == 0 or entity.count < 1:
                continue
            same_type = {e.group for _, _, e in mentions if e.type == entity.type and e.group != entity.group}
            if same_type:
                continue  # role swap: another entity of the type could fill the gap as well
            if sum(1 for _, _, e in mentions if e.group == entity.group) > 1:
                continue  # the answer is visible elsewhere in the stem
            after = sent.text[end : end + 5]
            if re.match(r"\s(?:and|or)\s|-[A-Za-z]|\s[A-Z]", after) or re.search(r"(?:and|or)\s$", sent.text[:start]):
                continue  # part of a coordination, a compound or a longer name ("UN Charter", "China-Russia")
            with_the = sent.text[max(0, start - 4) : start].lower() == "the "
            pool = self.pools.get((entity.type + entity.subtype, with_the, _one_word(entity.type, answer)), [])
            choices = [
                e.name
                for e in pool[:40]
                if e.group not in groups_in_sentence and e.name.casefold() != answer.casefold()
            ]
            seed = _seed("entity", sent.text, answer)
            if len(choices) < 3:
                self.rejected.add(sent.text, f"fewer than 3 {entity.type.lower()} distractors for {answer!r}")
                continue
            rng = random.Random(seed)
            distractors = rng.sample(choices[:5], 3)  # the most frequent (or best-known) few
            prompt = self._attribute(sent.doc, sent.text[:start] + BLANK + sent.text[end:])
            prior = {PLACE: 0.6, PERSON: 0.68}.get(entity.type, 0.58)
            difficulty: Difficulty = "easy" if entity.type == PLACE else "medium"
            quality = prior + _length_bonus(sent.words)
            out.append(
                self._question("entity", sent, prompt, answer, distractors, entity.type, difficulty, quality)
            )
        return out

    # ----------------------------------------------------------------- order questions
    def _order(self) -> list[Question]:
        candidates: list[tuple[Event, str]] = []
        seen_summaries: set[str] = set()
        timeline = sorted(
            (e for e in self.events if e.certainty == "explicit" and e.precision in ("day", "month", "year")),
            key=lambda e: (e.sort_key, e.event_key),
        )
        step = max(1, len(timeline) // MAX_ORDER_SCAN)  # a huge timeline: an even sample of it
        for event in timeline[::step]:
            passage = self._passage(event)
            if passage is None:
                continue
            option = _order_option(event, passage.text[event.sent_start : event.sent_end])
            if (
                option is None
                or len(option.split()) < 5
                or _filter(option.rstrip("…") + ".", max(MIN_WORDS, min(len(option.split()), MAX_WORDS)))
                or option.casefold() in seen_summaries
            ):
                continue
            seen_summaries.add(option.casefold())
            candidates.append((event, option))
        out: list[Question] = []
        stride = max(1, len(candidates) // (2 * MAX_ORDER_QUESTIONS))  # answers spread over the timeline
        for i in range(0, len(candidates), stride):
            event, option = candidates[i]
            later = [(e, o) for e, o in candidates[i + 1 :] if e.start_year - event.start_year >= 2]
            if not later:
                continue
            passage = self._passage(event)
            assert passage is not None
            sentence = passage.text[event.sent_start : event.sent_end]
            seed = _seed("order", sentence, option)
            rng = random.Random(seed)
            picked: list[tuple[Event, str]] = []
            for other in rng.sample(later, len(later)):
                if all(abs(other[0].start_year - p[0].start_year) >= 2 for p in picked):
                    picked.append(other)
                if len(picked) == 3:
                    break
            if len(picked) == 2:
                picked = picked[:1]
            doc = self._doc(event.doc_key)
            opinion = any(self._doc(e.doc_key).meta.kind == "opinion" for e, _ in [(event, option), *picked])
            prompt = "According to the sources, which of these happened first?" if opinion else (
                "Which of these happened first?"
            )
            gap = min(p[0].start_year for p in picked) - event.start_year
            difficulty: Difficulty = "hard" if gap < 5 else "medium" if gap < 15 else "easy"
            sent = _Sentence(sentence, passage, doc, event.sent_start, len(sentence.split()))
            q = self._question(
                "order", sent, prompt, option, [o for _, o in picked], "ORDER", difficulty, 0.7, event
            )
            out.append(q)
            if len(out) >= MAX_ORDER_QUESTIONS:
                break
        return out

    # ---------------------------------------------------------------- source questions
    def _source(self, used: set[tuple[str, int]]) -> list[Question]:
        titles = {d.doc_key: d.meta.title.strip() for d in self.docs}
        if len(self.docs) < 2 or len({t.casefold() for t in titles.values()}) < len(titles):
            return []
        doc_freq: Counter[str] = Counter()
        words_by_doc: dict[str, set[str]] = {}
        for sent in self.sentences:
            words_by_doc.setdefault(sent.doc.doc_key, set()).update(_content_words(sent.text))
        for words in words_by_doc.values():
            doc_freq.update(words)
        ranked: dict[str, list[tuple[float, _Sentence]]] = {}
        for sent in self.sentences:
            where = (sent.passage.passage_key, sent.start)
            if where in used or self.filter_reason.get(where) or sent.words > 35:
                continue
            own = [w for w in _content_words(sent.text) if doc_freq[w] == 1]
            if len(own) < 2:
                continue
            score = len(own) / (sent.words**0.5)
            ranked.setdefault(sent.doc.doc_key, []).append((score, sent))
        out: list[Question] = []
        all_titles = sorted(titles.values())
        for doc_key in sorted(ranked):
            items = sorted(ranked[doc_key], key=lambda x: (-x[0], x[1].passage.ordinal, x[1].start))
            answer = titles[doc_key]
            for _, sent in items[:MAX_SOURCE_PER_DOC]:
                seed = _seed("source", sent.text, answer)
                rng = random.Random(seed)
                others = [t for t in rng.sample(all_titles, min(4, len(all_titles))) if t != answer]
                distractors = others[:3] if len(others) >= 3 else others[:1]
                prompt = f"Which source says this: “{sent.text}”?"
                out.append(self._question("source", sent, prompt, answer, distractors, "DOC", "hard", 0.5))
            if len(out) >= MAX_SOURCE_QUESTIONS:
                break
        return out

    # ------------------------------------------------------------------------ helpers
    def _question(
        self,
        kind: QuestionKind,
        sent: _Sentence,
        prompt: str,
        answer: str,
        distractors: list[str],
        answer_type: str,
        difficulty: Difficulty,
        quality: float,
        event: Event | None = None,
    ) -> Question:
        return Question(
            question_key=make_key("q", kind, sent.text, answer),
            kind=kind,
            prompt=_CITATION.sub("", prompt),
            answer=answer,
            distractors=distractors,
            explanation=sent.text,
            doc_key=sent.doc.doc_key,
            passage_key=sent.passage.passage_key,
            event_key=event.event_key if event else None,
            topic=self._topic(sent, answer),
            difficulty=difficulty,
            answer_type=answer_type,
            quality=round(quality, 3),
        )

    def _attribute(self, doc: CleanDocument, prompt: str) -> str:
        """Opinion is reported as opinion: "According to the Global Times opinion piece, …"."""
        if doc.meta.kind != "opinion":
            return prompt
        if doc.meta.author:
            source = f"the {doc.meta.author} opinion piece"
        else:
            source = f"the essay “{_short_title(doc.meta.title, 80)}”"
        first = prompt.split(" ", 1)[0]
        if first in _OPENERS or (first.endswith(("ed", "ing", "ly")) and self.gaz.lookup(first) is None):
            prompt = prompt[0].lower() + prompt[1:]  # a common word, not a name
        return f"According to {source}, {prompt}"

    def _topics(self) -> list[str]:
        """The corpus's most frequent names (at least two mentions): the topic vocabulary, ≤ MAX_TOPICS."""
        ranked = [g for g, n in self.group_count.most_common(MAX_TOPICS) if n >= 2]
        return [self.group_name[g] for g in ranked]

    def _topic(self, sent: _Sentence, answer: str) -> str:
        """The most specific corpus topic the sentence names (never the answer itself), else the title."""
        answer_groups = {e.group for _, _, e in self.gaz.mentions(answer)} | {answer}
        present = {self.group_name.get(e.group, e.name) for _, _, e in self.gaz.mentions(sent.text)
                   if e.group not in answer_groups}
        for topic in reversed(self.topics):  # least frequent first: "Gorbachev" says more than "China"
            if topic in present:
                return topic
        return _short_title(sent.doc.meta.title, 60)

    def _passage(self, event: Event) -> Passage | None:
        return self.passage_by_key.get(event.passage_key)

    def _doc(self, doc_key: str) -> CleanDocument:
        return self.doc_by_key[doc_key]


def _order_option(event: Event, sentence: str) -> str | None:
    """The event's summary without its date ("The collapse of the Soviet Union left …"), or None.

    A date is only cut out where it hangs on a preposition ("in 1991", "of 1996"), which leaves
    a grammatical clause; anything else ("As early as 1992, …") is not used as an option.
    """
    if _garbled(sentence) or len(sentence.split()) > 60:
        return None
    summary = event.summary.rstrip("…").rstrip(".")
    if event.expr_text in summary:
        cut = re.sub(r"\s+(?:in|on|of|during)\s+" + re.escape(event.expr_text) + r"(?=[\s,;.]|$)", "", summary, count=1)
        if cut == summary:
            return None
        summary = cut
    if re.search(r"\d", summary) or not summary[:1].isupper():
        return None
    return truncate(summary, 100)


# ----------------------------------------------------------------------------- filters
def _filter(text: str, words: int) -> str | None:
    """Why a sentence cannot carry a question (None when it can)."""
    stripped = text.strip()
    if words < MIN_WORDS or words > MAX_WORDS:
        return f"sentence has {words} words (needs {MIN_WORDS}-{MAX_WORDS})"
    if "?" in stripped or not re.search(r"\.[\"'”’)]?$", stripped):
        return "not a declarative sentence"
    first = re.sub(r"[^A-Za-z]", "", stripped.split(" ", 1)[0]).lower()
    if first in _DANGLING:
        return f"starts with a context-dependent word ({first!r})"
    if _FIRST_PERSON.search(stripped):
        return "first person"
    if _FIG.search(stripped):
        return "refers to a figure or table"
    if _MIDCAPS.search(stripped):
        return "garbled text (capitalised word mid-sentence)"
    if _GLUED.search(stripped):
        return "text artefacts (glued words or markup)"
    if _unbalanced(stripped):
        return "unbalanced quotation marks or brackets"
    if not re.match(r"[\"“‘'(]?[A-Z0-9]", stripped):
        return "does not start like a sentence"
    return _garbled(stripped)


def _unbalanced(text: str) -> bool:
    return bool(text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")"))


def _garbled(text: str) -> str | None:
    """A readability gate against machine-translation loops ("when they meet, and when they meet")."""
    tokens = [w.lower() for w in _WORD.findall(text)]
    trigrams = list(zip(tokens, tokens[1:], tokens[2:], strict=False))
    if len(trigrams) != len(set(trigrams)):
        return "garbled text (repeated phrase)"
    content = Counter(w for w in tokens if w not in _STOPWORDS and len(w) > 3)
    if content and content.most_common(1)[0][1] >= 3:
        return "garbled text (a word repeated three times)"
    if tokens and sum(1 for w in tokens if w in _STOPWORDS) / len(tokens) > 0.6:
        return "too few content words"
    return None


def _short_title(title: str, limit: int = 50) -> str:
    """A title short enough for a prompt, cut between words and never after "the"/"of"."""
    title = title.split(":")[0].strip()
    if len(title) <= limit:
        return title
    words = title[:limit].rsplit(" ", 1)[0].split()
    while words and words[-1].lower() in _STOPWORDS:
        words.pop()
    return " ".join(words) + "…"


def _seed(kind: str, sentence: str, answer: str) -> str:
    """Seeds the distractor choice: the same question always gets the same options.

    ``random.Random`` hashes a str seed with SHA-512, so this is stable across runs and
    machines, and cheaper than a content key."""
    return f"{kind}\x1f{sentence}\x1f{answer}"


def _length_bonus(words: int) -> float:
    return 0.08 if 12 <= words <= 30 else -0.05 if words > 38 else 0.0


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 5 and w.lower() not in _STOPWORDS and w[0].isalpha()}


def _one_word(etype: str, name: str) -> bool:
    """People and organisations are offered in the answer's form (surname or full name, acronym
    or full name); places in any ("the Soviet Union" against "the Netherlands")."""
    return etype == PLACE or len(name.split()) == 1


def _takes_the(entity: Entity) -> bool:
    return entity.takes_the * 2 > entity.count


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return start, (len(sentence) if end < 0 else end)


# ----------------------------------------------------------------------------- numbers
def _number_distractors(answer: str, kind: str, seed: str, sentence: str = "") -> list[str]:
    """Three amounts of the answer's unit, format and scale; none that the sentence itself states."""
    parts = _NUM_PARTS.match(answer)
    if not parts:
        return []
    pre, num, post = parts.group("pre"), parts.group("num"), parts.group("post")
    grouped = "," in num
    value = float(num.replace(",", ""))
    decimals = len(num.split(".")[1]) if "." in num else 0
    if value <= 0:
        return []
    step = 1.0
    if decimals == 0:
        for unit in (1000, 100, 10):
            if value >= unit * 2 and value % unit == 0:
                step = unit
                break
    factors = (0.5, 2.0, 1.5, 0.75, 3.0, 0.25, 1.25, 4.0, 0.6)
    pool: list[str] = []
    for factor in factors:
        candidate = value * factor
        if kind == "pct" and value <= 100 and candidate > 100:
            continue
        if decimals == 0:
            candidate = max(step, round(candidate / step) * step)
        text = f"{candidate:,.{decimals}f}" if grouped else f"{candidate:.{decimals}f}"
        option = f"{pre}{text}{post}"
        if candidate > 0 and option.casefold() != answer.casefold() and option not in pool and option not in sentence:
            pool.append(option)
    if len(pool) < 3:
        return []
    rng = random.Random(seed)
    chosen = rng.sample(pool[:6], 3)
    # Every option was built as pre + number + post, so _NUM_PARTS matches it.
    return sorted(chosen, key=lambda o: float(_NUM_PARTS.match(o).group("num").replace(",", "")))  # type: ignore[union-attr]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_distractors(answer: str, seed: str, sentence: str = "") -> list[str]:
    """"11th" -> three of 9th, 10th, 12th, 13th, 14th, 16th: near, same format, not in the sentence."""
    n = int(re.match(r"\d+", answer).group(0))  # type: ignore[union-attr]  # an ordinal starts with digits
    near = (_ordinal(n + d) for d in (-1, 1, 2, -2, 3, 5, -3, -5, 4, 6) if n + d >= 1)
    pool = [o for o in near if not re.search(rf"\b{o}\b", sentence)][:6]
    rng = random.Random(seed)
    return sorted(rng.sample(pool, 3), key=lambda o: int(re.match(r"\d+", o).group(0)))  # type: ignore[union-attr]  # _ordinal(n)


# ------------------------------------------------------------------- question wording
def _year_question(summary: str, sentence: str, expr: str, vocab: set[str]) -> str | None:
    """ "In which year did Gorbachev visit China?" from the tidied event clause, or None."""
    if summary.endswith("…"):
        return None
    if expr in summary:  # a closing date ("… a crewed lunar landing in May 1961.") is cut off
        cut = re.sub(r"\s+(?:in|on|during)\s+" + re.escape(expr) + r"(?=\s*[,.]?$)", "", summary.rstrip("."), count=1)
        if cut == summary.rstrip("."):
            return None
        summary = cut
    if re.search(r"\d", summary):
        return None
    if sentence.lstrip().find(summary[1:40]) < 0 and summary[1:40] not in sentence:
        return None
    clause = summary.rstrip(". ")
    # keep the main clause: cut at the first comma after the verb phrase, unless a quote is open
    words = clause.split()
    for i, word in enumerate(words[:10]):
        lower = word.lower()
        if i == 0:
            continue
        if lower in ("was", "were"):
            subject, rest = " ".join(words[:i]), " ".join(words[i + 1 :])
            aux = lower
            question = f"In which year {aux} {_lower_first(subject, vocab)} {rest}?"
            return _shorten_question(question)
        base = _IRREGULAR.get(lower)
        if base is None and lower.endswith("ed"):
            for stem in (lower[:-2], lower[:-1], lower[:-3] if lower[-3:-2] == lower[-4:-3] else "",
                         lower[:-3] + "y" if lower.endswith("ied") else ""):
                if stem in _REGULAR_BASES:
                    base = stem
                    break
        if base is not None:
            subject, rest = " ".join(words[:i]), " ".join(words[i + 1 :])
            if any(w.lower() in _STOPWORDS - {"the", "of", "and", "a", "an"} for w in words[:i]):
                return None  # the subject is not a simple noun phrase
            question = f"In which year did {_lower_first(subject, vocab)} {base} {rest}".rstrip()
            return _shorten_question(question + "?")
        if word.islower() and lower not in ("of", "the", "and", "a", "an") and i > 5:
            return None
    return None


def _shorten_question(question: str) -> str:
    """Cut a long question at its first clause comma (never inside a quotation)."""
    body = question[:-1]
    comma = body.find(", ")
    while comma > 0:
        head = body[:comma]
        if head.count('"') % 2 == 0 and head.count("“") == head.count("”") and len(head.split()) >= 6:
            return head + "?"
        comma = body.find(", ", comma + 1)
    return question


def _lower_first(subject: str, vocab: set[str]) -> str:
    """Lower-case a subject's first word when the corpus writes it in lower case elsewhere."""
    first, _, rest = subject.partition(" ")
    if first.lower() in vocab:
        first = first.lower()
    return f"{first} {rest}".strip()

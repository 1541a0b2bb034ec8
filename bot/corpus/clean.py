"""Turning messy text (PDF extractions, machine translation, markdown) into classified paragraphs.

Order matters (see /work/shared/research/content-pipeline.md §3.1): normalise characters, detect
hard wrapping, rebuild paragraphs from lines, re-join paragraphs a page break split, de-hyphenate,
tidy each paragraph, then classify. Every rule is about the *shape* of text, never about the five
bundled documents, so an owner's own files get the same treatment.

De-hyphenation decision: "is the joined word a real word" is answered by the document's own
vocabulary (the joined form occurs elsewhere unhyphenated) plus a short list of English suffixes
(develop-|ment, strate-|gic), not by ``wordfreq``: that needs ~30 MB of data files, knows only
the languages it ships and would still be wrong on a corpus's own jargon, while the document's
vocabulary works offline for any corpus. Capitalised parts (Sino-|Russian) always keep the hyphen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from bot.corpus.keys import ascii_words
from bot.corpus.model import CleanDocument, DocMeta, Paragraph, ParagraphKind
from bot.corpus.readers.base import Block, RawDocument

# --- character level ---------------------------------------------------------------------

_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",  # invisible / soft hyphen
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\t": " ", "\f": "\n", "\v": "\n",
})
_CHAR_PAIRS = [(chr(k), v) for k, v in _CHAR_MAP.items() if chr(k) not in "\t\f\v"]
# Typical UTF-8-read-as-cp1252 sequences (Ã©, â€™, Â ): only text containing one goes to ftfy,
# which costs ~0.25 s/MB and would dominate a large build if run on everything.
_MOJIBAKE = re.compile(r"[\u00c2-\u00c3\u00e2\u00d0\u00d1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                       r"\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def normalise_chars(text: str) -> str:
    if _MOJIBAKE.search(text):
        import ftfy

        text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        # str.replace per present character is several times faster than str.translate here.
        for char, replacement in _CHAR_PAIRS:
            if char in text:
                text = text.replace(char, replacement)
    return text.replace("\t", " ").replace("\f", "\n").replace("\v", "\n")


# --- line level --------------------------------------------------------------------------

_SENT_END = re.compile(r"""(?:[.!?:;…]["')\]]*|\[\d+(?:[,–-]\s*\d+)*\]\.?)$""")
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+[A-Z]")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)\S")
_CAPTION = re.compile(r"^(?:Fig(?:ure)?\.?|Table|Chart|Plate|Photo)\s*\d+[.:]?(?:\s|$)", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(r"\((?:Photo|Photograph|Image|Picture|Credit|Source)\b[^()]*\)\s*$"
                             r"|\((?:[A-Z][\w.'-]*\s?){1,3}/\s?(?:[A-Z][\w.'-]*\s?){1,4}\)\s*$")
_HR = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")


def is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped (PDF/e-mail) text: most non-empty lines have similar, medium lengths."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < 8:
        return False
    medium = sum(1 for n in lengths if 40 <= n <= 120)
    return medium / len(lengths) > 0.5


def _is_heading_line(line: str) -> bool:
    if _MD_HEADING.match(line):
        return True
    return bool(_NUMBERED_HEADING.match(line)) and len(line) <= 160 and not _SENT_END.search(line[-40:])


def _ends_sentence(text: str) -> bool:
    # End-anchored patterns run on the tail only: re.search with "$" tries every position.
    return bool(_SENT_END.search(text[-60:].rstrip().rstrip("*_").rstrip()))


def _starts_new_block(line: str) -> bool:
    stripped = line.strip()
    return bool(_MD_HEADING.match(stripped) or _LIST_ITEM.match(stripped) or _CAPTION.match(stripped)
                or _HR.match(stripped) or stripped.startswith(("> ", "|")))


def lines_to_blocks(text: str) -> tuple[list[str], bool]:
    """Rebuild paragraphs (as lists of joined lines) from raw lines; returns (blocks, was_wrapped)."""
    lines = [line.rstrip() for line in text.split("\n")]
    wrapped = is_wrapped(lines)
    blocks: list[list[str]] = []
    current: list[str] = []
    pending_blank = False

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            pending_blank = True
            continue
        prev = current[-1] if current else ""
        if not wrapped:
            # One paragraph per line (or per run of lines between blank lines in markdown-ish
            # text that is not hard-wrapped: lines of one paragraph are joined).
            # A line break is a paragraph break, unless the line before stops mid-sentence and
            # this one carries on in lower case (a stray break inside a sentence).
            carries_on = line[:1].islower() and not _ends_sentence(prev) and not _is_heading_line(prev)
            if current and (pending_blank or _starts_new_block(line) or not carries_on):
                flush()
            current.append(line)
            pending_blank = False
            continue
        # Hard-wrapped text: a blank line may be a page break in mid-sentence.
        if current:
            new = False
            if _starts_new_block(line) or _is_heading_line(line):
                new = not prev.endswith("Fig.")
            elif _is_heading_line(current[0]):
                # A heading's lower-case continuation ("in the 21st Century") stays with it; a
                # "# heading" (Markdown, or a PDF heading by type size) ends at its blank line.
                new = (not line[:1].islower() or len(current) > 1
                       or (pending_blank and bool(_MD_HEADING.match(current[0]))))
            elif _CAPTION.match(current[0]) or _CAPTION_CREDIT.search(prev[-200:]):
                new = True  # a caption is one block on its own
            elif (pending_blank and len(current) == 1 and len(prev) < 0.6 * _typical_width(lines)
                  and _looks_like_title(prev) and line[:1].isupper()):
                new = True  # a short title-like line on its own ("CHAPTER I"): a heading
            elif _ends_sentence(prev):
                indented = raw.startswith(" ") and line[:1].isupper()
                next_blank = i + 1 < len(lines) and not lines[i + 1].strip()
                new = pending_blank or indented or (len(prev) < 0.6 * _typical_width(lines)
                                                    and not next_blank and line[:1].isupper())
            if new:
                flush()
        current.append(line)
        pending_blank = False
    flush()
    return [_join_lines(block, wrapped) for block in blocks], wrapped


_width_cache: dict[int, int] = {}


def _typical_width(lines: list[str]) -> int:
    key = id(lines)
    if key not in _width_cache:
        _width_cache.clear()
        lengths = sorted(len(line.strip()) for line in lines if line.strip())
        _width_cache[key] = lengths[int(len(lengths) * 0.8)] if lengths else 80
    return _width_cache[key]


_SUFFIXES = ("ment", "ments", "tion", "tions", "sion", "sions", "ing", "ings", "ed", "ly", "ity",
             "ities", "ness", "ance", "ances", "ence", "ences", "able", "ible", "ous", "ive", "ives",
             "al", "ally", "ic", "ical", "ically", "ary", "ery", "ure", "ures", "ize", "ized", "ise",
             "ised", "ist", "ists", "ism", "er", "ers", "est", "ful", "less", "ship", "ships", "ian",
             "ians", "ate", "ated", "ation", "ations", "ant", "ants", "ent", "ents", "ial", "ially",
             "ative", "atic", "ology", "ogy", "graphy", "ward", "wards", "ise", "ship", "hood")


def _join_lines(block: list[str], wrapped: bool) -> str:
    out = block[0]
    for line in block[1:]:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].isalpha():
            out = out + "\x00" + line  # decided later, once the whole vocabulary is known
        else:
            out = out + " " + line
    return out


_HYPHEN_JOIN = re.compile(r"([A-Za-z]+)-\x00([A-Za-z]+)")


def dehyphenate(text: str, vocabulary: set[str]) -> str:
    """Resolve the ``-\\x00`` line-end splits left by ``_join_lines``."""
    if "\x00" not in text:
        return text

    def repl(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = (left + right).lower()
        if right[:1].isupper():
            return f"{left}-{right}"  # Sino-Russian, China-Russia
        if f"{left}-{right}".lower() in vocabulary:
            return f"{left}-{right}"  # the document writes it hyphenated elsewhere
        if joined in vocabulary:
            return left + right
        if not left[:1].isupper() and (right.lower() in _SUFFIXES
                                       or (len(right) <= 4 and joined.endswith(_SUFFIXES))):
            return left + right  # develop-|ment, strate-|gic (but state-owned, long-term stay)
        return f"{left}-{right}"

    return _HYPHEN_JOIN.sub(repl, text).replace("\x00", "")


# --- paragraph level ---------------------------------------------------------------------

_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*\)")
_STRAY_MARKS = re.compile(r"\*{2,}|(?<=\w)\*(?=[\s.,;:!?\"')]|$)")
_SPACES = re.compile(r"[ ]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])(?=\s|$)")
# An encyclopedia's inline citation or note marker glued to the text it supports: "in 1918.[4]",
# "radium[12][13]", "[citation needed]", "[a]", "[note 2]". A reference list's own "[1] Smith, J."
# opens its paragraph, so it has nothing before it and stays.
_CITATION_MARK = re.compile(r"(?<=[\w.,;:!?\"'”’)\]])\[(?:\d{1,3}(?:[,–-]\s*\d{1,3})*|[a-z]|"
                            r"citation needed|clarification needed|(?:note|nb) \d{1,3})\](?!\()", re.IGNORECASE)
_SOURCE_TAG = re.compile(r"(?<=[.!?\"'])\s*[-–—]{1,2}\s*(?:[A-Z][\w.&']*)(?:\s+[A-Z][\w.&']*){0,3}\s*$")


def fix_quote_spacing(text: str) -> str:
    """Parity walk over straight double quotes: opening quotes glued to a word get a space
    before, closing quotes glued to a word get a space after (rhetoric"The -> rhetoric "The)."""
    count = text.count('"')
    if count < 2 or count % 2:
        return text
    parts = text.split('"')
    out = [parts[0]]
    for i in range(1, len(parts)):
        before, after = out[-1], parts[i]
        if i % 2 == 1:  # an opening quote
            if before and (before[-1].isalnum() or before[-1] in ".,;:!?"):
                out[-1] = before + " "
        elif after[:1].isalnum():  # a closing quote
            after = " " + after
        out.append(after)
    return '"'.join(out)


def tidy_paragraph(text: str, *, markdown: bool = True) -> str:
    """Tidy one paragraph; ``markdown=False`` for text a parser produced (no markup left to strip)."""
    # The cheap membership tests skip regexes that have nothing to do (most paragraphs).
    if markdown and "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if markdown and ("*" in text or "__" in text):
        text = _MD_EMPH.sub(r"\2", text)
        text = _MD_ITALIC.sub(r"\1", text)
        text = _STRAY_MARKS.sub("", text)
    if "[" in text:
        text = _CITATION_MARK.sub("", text)
    if '"' in text:
        text = fix_quote_spacing(text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def _strip_block_markup(text: str) -> tuple[str, bool, bool]:
    """Remove markdown block prefixes; returns (text, was_heading, was_list_item)."""
    heading = False
    if _MD_HEADING.match(text):
        text = text.lstrip("#").strip().rstrip("#").strip()
        heading = True
    listed = False
    match = re.match(r"^[-*+•]\s+", text)
    if match:
        text = text[match.end():]
        listed = True
    if text.startswith(("> ", ": ")):  # a quote; an interview's answer (": The album came out …") or a definition
        text = text[2:]
    return text, heading, listed


# --- classification ----------------------------------------------------------------------

_REF_HEADING = re.compile(r"^(?:\d+\.?\s*)?(?:references|bibliography|works cited|sources|literature|"
                          r"notes|endnotes|further reading)\s*:?$", re.IGNORECASE)
_FRONT = re.compile(r"^(?:keywords?|key words|abstract|summary|author|authors|affiliation|correspondence|"
                    r"received|accepted|doi|e-?mail)\s*[:.—-]", re.IGNORECASE)
_EMAIL = re.compile(r"^\S+@\S+\.\w+$")
_REFERENCE_ITEM = re.compile(r"^\[\d+\]|^\d{1,3}\.\s+[A-Z][\w'-]+,\s+[A-Z]")


@dataclass
class _Block:
    text: str
    heading: bool = False
    listed: bool = False
    role: str = ""  # a parser's BlockRole ("" for line-based text, whose structure is guessed)


_NEVER_TITLE = ("item", "quote", "cell", "note")  # body text by construction, whatever its shape


def classify(blocks: list[_Block], title: str) -> list[ParagraphKind]:
    kinds: list[ParagraphKind] = []
    in_refs = False
    seen_body = False
    title_key = _loose(title)
    for block in blocks:
        text = block.text
        kind: ParagraphKind
        if block.role == "heading":
            in_refs = bool(_REF_HEADING.match(text)) and seen_body
            kind = "heading"
        elif block.role in _NEVER_TITLE:
            kind = "reference" if in_refs else "body"
            seen_body = seen_body or not in_refs
        elif not block.role and text.startswith("|") and text.rstrip().endswith("|"):
            kind = "caption"  # a markdown table row in plain text: not prose, never quoted
        elif _REF_HEADING.match(text) and seen_body:  # references follow the text they support
            in_refs = True
            kind = "heading"
        elif in_refs and not block.heading:
            kind = "reference"
        elif block.heading or _is_heading_line(text):
            in_refs = False
            kind = "heading"
        elif (_CAPTION.match(text) and (not _ends_sentence(text) or len(text) < 120)) \
                or _CAPTION_CREDIT.search(text[-200:]):
            kind = "caption"
        elif _REFERENCE_ITEM.match(text) and len(text) < 400:
            kind = "reference"
        elif _FRONT.match(text) or _EMAIL.match(text):
            kind = "front"
        elif not seen_body and ((len(text) < len(title) + 20 and _loose(text) == title_key)
                                or _looks_like_title(text)):
            kind = "front"  # title block: title, author, affiliation
        elif _looks_like_title(text) and len(text) <= 80:
            kind = "heading"  # an unnumbered subheading ("Long-lasting friendship")
        else:
            kind = "body"
            seen_body = True
        kinds.append(kind)
    return kinds


def _looks_like_title(text: str) -> bool:
    return len(text) <= 150 and len(text.split()) <= 16 and not _ends_sentence(text) and not text.endswith(",")


def _loose(text: str) -> str:
    """The runs of 0-9 and a-z of the case-folded text, one space between them."""
    return ascii_words(text.casefold()).decode("ascii")


# --- the whole document ------------------------------------------------------------------

_OPEN_ENDINGS = frozenset(",-\x00abcdefghijklmnopqrstuvwxyz")
_CONTINUES = re.compile(r"[a-z][a-z'-]*[ ,;]")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def clean_text_blocks(text: str) -> tuple[list[_Block], bool]:
    text = normalise_chars(text)
    raw_blocks, wrapped = lines_to_blocks(text)
    # Re-join paragraphs a page break split: "... a more pragmatic" + "style of ...".
    merged: list[str] = []
    for block in raw_blocks:
        if (merged and _CONTINUES.match(block) and merged[-1][-1:] in _OPEN_ENDINGS
                and len(merged[-1].split()) >= 8
                and not _is_heading_line(merged[-1]) and not _CAPTION.match(merged[-1])):
            sep = "\x00" if merged[-1].endswith("-") and merged[-1][-2:-1].isalpha() else " "
            merged[-1] = merged[-1] + sep + block
        elif merged and merged[-1].endswith("Fig.") and block[:1].isdigit():
            merged[-1] = merged[-1] + " " + block
        else:
            merged.append(block)
    vocabulary: set[str] = set()
    if any("\x00" in block for block in merged):  # only documents with line-end hyphens need it
        vocabulary = _vocabulary(merged)
    blocks: list[_Block] = []
    for raw in merged:
        body = dehyphenate(raw, vocabulary)
        body, heading, listed = _strip_block_markup(body)
        body = tidy_paragraph(body)
        if not body or not any(ch.isalnum() for ch in body):
            continue  # figure placeholders, rules, lone punctuation
        if blocks and abs(len(blocks[-1].text) - len(body)) < 10 and _loose(blocks[-1].text) == _loose(body):
            continue  # a repeated line (004 repeats its title)
        blocks.append(_Block(body, heading, listed))
    if blocks:
        last = blocks[-1]
        tag = _SOURCE_TAG.search(last.text, max(0, len(last.text) - 120))  # the tail only
        if tag and tag.start() > 40:
            last.text = last.text[: tag.start()].rstrip()  # a trailing "- Global Times" source tag
    return blocks, wrapped


def _vocabulary(texts: list[str]) -> set[str]:
    """The texts' words, lower-cased, line-end splits read as spaces: what ``dehyphenate`` looks a join up in."""
    text = " ".join(texts).replace("\x00", " ")
    if text.isascii():  # lower-casing ASCII moves no letter into or out of _WORDS: one pass over the lowered text
        return set(_WORDS.findall(text.lower()))
    return {w.lower() for w in _WORDS.findall(text)}


def clean_parsed_blocks(parsed: list[Block]) -> list[_Block]:
    """Blocks a parser found (HTML, DOCX, EPUB, Markdown): its structure is kept as it is; only
    characters are normalised, line-end hyphens resolved and spacing tidied."""
    joined: list[tuple[str, str]] = []
    # One normalisation pass over the whole text (per block it costs three times as much).
    texts = normalise_chars("\x1e".join(block.text.replace("\x1e", " ") for block in parsed)).split("\x1e")
    for block, text in zip(parsed, texts, strict=True):
        lines = [line.strip() for line in text.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            joined.append((block.role, _join_lines(lines, True)))
    vocabulary: set[str] = set()
    if any("\x00" in text for _, text in joined):
        vocabulary = _vocabulary([text for _, text in joined])
    blocks: list[_Block] = []
    for role, raw in joined:
        body = tidy_paragraph(dehyphenate(raw, vocabulary), markdown=False)
        if not body or not any(ch.isalnum() for ch in body):
            continue
        if (role in ("para", "heading") and blocks and blocks[-1].role == role
                and _loose(blocks[-1].text) == _loose(body)):
            continue  # a repeated line
        blocks.append(_Block(body, heading=role == "heading", listed=role == "item", role=role))
    return blocks


# \b before the look-behind (both hold at one place, in either order): inside a word it fails at once
_CAPS_WORD = re.compile(r"\b(?<![A-Z]\s)([A-Z]{2,12})(?:['’](S))?\b(?!\s[A-Z]{2,}\b)")
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]{1,11}) [A-Z][a-z]+")  # "Xi Jinping": a name, whatever its count
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")  # what every _CAPS_WORD match holds


def fix_caps_slips(texts: list[str]) -> dict[str, str]:
    """All-caps slips of a name the document otherwise writes in title case: "XI cited …" where the
    text says "Xi" elsewhere mid-sentence, at least twice, and more often than in capitals or as part
    of a longer name ("Xi Jinping"). Roman numerals ("Louis XI"), acronyms ("NATO") and shouted
    headings keep their capitals: their title-case form is not what the document writes, or the word
    stands in a run of capitals. Returns the replacements, each the same length as the word it
    replaces, so offsets hold."""
    # The patterns are slow to try at every character: a paragraph is searched only when it holds what
    # a match needs (two capitals in a row; one of the wanted words).
    caps: dict[str, int] = {}
    for text in texts:
        if _TWO_CAPITALS.search(text) is None:
            continue
        for m in _CAPS_WORD.finditer(text):
            caps[m.group(1)] = caps.get(m.group(1), 0) + 1
    if not caps:
        return {}
    wanted = {word.title(): word for word in caps}
    # The wanted words themselves, longest first: a paragraph without one has nothing to count; in one
    # that has, a wanted word after a lower-case word, comma or semicolon and a space counts as written.
    words = "|".join(sorted(wanted, key=len, reverse=True))
    any_wanted, mid_title = re.compile(words), re.compile(rf"(?<=[a-z,;] )({words})\b")
    titled: dict[str, int] = {}
    paired: set[str] = set()
    for text in texts:
        if any_wanted.search(text) is None:
            continue
        for m in mid_title.finditer(text):
            titled[m.group(1)] = titled.get(m.group(1), 0) + 1
        paired.update(m.group(1) for m in _NAME_PAIR.finditer(text) if m.group(1) in wanted)
    return {wanted[t]: t for t, n in titled.items() if n >= 2 and (n > caps[wanted[t]] or t in paired)}


def clean_document(raw: RawDocument) -> CleanDocument:
    if raw.blocks is not None:
        blocks = clean_parsed_blocks(raw.blocks)
    else:
        blocks, _wrapped = clean_text_blocks(raw.text)
    slips = fix_caps_slips([b.text for b in blocks])
    if slips:
        def titled(m: re.Match[str]) -> str:
            word = slips.get(m.group(1), m.group(1))
            return m.group(0) if word == m.group(1) else word + m.group(0)[len(word):].lower()
        # A paragraph without the slip's letters has nothing to replace.
        blocks = [replace(b, text=_CAPS_WORD.sub(titled, b.text)) if any(word in b.text for word in slips) else b
                  for b in blocks]
    meta = raw.meta
    kinds = classify(blocks, meta.title)
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for block, kind in zip(blocks, kinds, strict=True):
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(block.text)
        paragraphs.append(Paragraph(kind=kind, start=offset, end=offset + len(block.text), text=block.text))
        offset += len(block.text)
    clean_text = "".join(parts)
    if raw.blocks is None and not raw.has_metadata and paragraphs and paragraphs[0].kind != "body":
        meta = DocMeta(title=paragraphs[0].text[:150] if _looks_like_title(paragraphs[0].text) else meta.title,
                       author=meta.author, kind=meta.kind, date=meta.date, url=meta.url)
    return CleanDocument(doc_key=raw.doc_key, meta=meta, raw_sha256=raw.raw_sha256,
                         clean_text=clean_text, paragraphs=paragraphs)


def clean_string(text: str, doc_key: str = "inline.txt", title: str = "") -> CleanDocument:
    """Convenience for tests and tools: clean a string as if it were a file without front matter."""
    from bot.corpus.readers.base import build_meta

    meta, _ = build_meta({"title": title} if title else None, text, doc_key)
    raw = RawDocument(doc_key=doc_key, text=text, raw_sha256="", meta=meta, has_metadata=bool(title))
    return clean_document(raw)

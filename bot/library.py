"""The documents library: uploads into a collection, removals, and live rebuilds of the store.

No Discord here: ``/documents`` (bot/exts/documents) and the tests call these functions.

* ``check_upload`` / ``store_upload``: the name, type and size rules of an upload, and writing it
  (atomically, never outside its collection's folder) byte for byte, with the metadata given in
  Discord in a sidecar beside it (``name.pdf.yaml``, which the readers let override the file).
* ``remove_document``: delete a document file of a collection.
* ``Rebuilder``: one rebuild at a time, off the event loop; requests made while a build runs are
  coalesced into the next one; every caller learns when a build that saw its change is live.
* ``folder_signature`` + ``Rebuilder.watch``: a cheap periodic stat poll of the documents and
  question folders and of the store file, so a file dropped into the folder, or a store rebuilt by
  ``python -m bot build``, takes effect without a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus.collections import valid_collection_name
from bot.corpus.readers import EXTENSIONS, MAX_BYTES, Skipped, document_paths, read_document
from bot.corpus.readers.base import SIDECAR_SUFFIXES
from bot.store.content import ContentStore, DocumentInfo

log = logging.getLogger(__name__)

# The file types an upload may have: exactly what the build reads (one list, in bot.corpus.readers).
ALLOWED_EXTENSIONS = tuple(sorted(EXTENSIONS))
MAX_UPLOAD_BYTES = MAX_BYTES
MAX_NAME_CHARS = 60  # a document key must fit in an autocomplete value (100 characters)


class UploadRejected(Exception):
    """An upload that breaks a rule; the message is for the person who sent it."""


@dataclass(frozen=True)
class UploadMeta:
    title: str | None = None
    author: str | None = None
    kind: str | None = None
    date: str | None = None

    def fields(self) -> dict[str, str]:
        # One line each: a newline in a value would end the field.
        return {name: " ".join(value.split()) for name, value in
                (("title", self.title), ("author", self.author), ("kind", self.kind), ("date", self.date))
                if value and value.strip()}

    def sidecar(self) -> bytes:
        """The sidecar file's text: ``key: "value"`` lines (quoted, so a ``#`` stays in the value)."""
        return "".join(f'{name}: "{value}"\n' for name, value in self.fields().items()).encode()


@dataclass(frozen=True)
class StoredUpload:
    doc_key: str
    path: Path
    replaced: bool  # a document of that name was already there


def allowed_types() -> str:
    return ", ".join(ALLOWED_EXTENSIONS)


def safe_filename(name: str) -> str:
    """A plain file name for an uploaded file's name: no folders, no ``..``, no invisible or
    control characters, no leading dot; the extension in lower case.

    Raises ``UploadRejected`` when the type is not one the build reads.
    """
    text = unicodedata.normalize("NFKC", name or "")
    text = re.split(r"[/\\]", text)[-1]  # NFKC has already turned fullwidth slashes into "/"
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in ALLOWED_EXTENSIONS:
        shown = ext or "no extension"
        raise UploadRejected(f"I can only read {allowed_types()} files, and this one has {shown}.")
    stem = re.sub(r"[^\w.()+-]+", "-", stem, flags=re.UNICODE)
    stem = re.sub(r"\.{2,}", ".", stem).strip(".-_ ")[:MAX_NAME_CHARS].strip(".-_ ")
    return f"{stem or 'document'}{ext}"


def check_upload(name: str, size: int) -> str:
    """The safe file name of an upload of ``size`` bytes, or ``UploadRejected``: checked before
    anything is downloaded."""
    filename = safe_filename(name)
    if size <= 0:
        raise UploadRejected("That file is empty: there is nothing to read in it.")
    if size > MAX_UPLOAD_BYTES:
        raise UploadRejected(f"That file is {size / 1_048_576:.1f} MB; the limit is "
                             f"{MAX_UPLOAD_BYTES // 1_048_576} MB per document.")
    return filename


def collection_folder(documents_dir: Path, collection: str) -> Path:
    """The folder of a collection, which must be a direct sub-folder of the documents folder."""
    if not valid_collection_name(collection):
        raise UploadRejected(f"{collection!r} is not a valid collection name.")
    root = documents_dir.resolve()
    folder = (documents_dir / collection).resolve()
    if folder.parent != root:
        raise UploadRejected("That collection's folder is not inside the documents folder.")
    return folder


def store_upload(documents_dir: Path, collection: str, filename: str, data: bytes,
                 meta: UploadMeta) -> StoredUpload:
    """Write an upload into its collection (atomically), after checking the build can read it;
    the given metadata goes into its sidecar (a re-upload without metadata drops the old one)."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRejected(f"That file is over the limit of {MAX_UPLOAD_BYTES // 1_048_576} MB per document.")
    if not data.strip():
        raise UploadRejected("That file is empty: there is nothing to read in it.")
    folder = collection_folder(documents_dir, collection)
    name = safe_filename(filename)
    target = folder / name
    if target.resolve().parent != folder:
        raise UploadRejected("That file name is not allowed.")
    folder.mkdir(parents=True, exist_ok=True)
    # A hidden temporary file: the build and the folder watcher never read hidden files.
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=target.suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        doc_key = f"{collection}/{name}"
        checked = read_document(tmp, doc_key)
        if isinstance(checked, Skipped):
            raise UploadRejected(f"I cannot use that file: {checked.reason}.")
        replaced = target.exists()
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _write_sidecar(folder, name, meta.sidecar())
    return StoredUpload(doc_key=doc_key, path=target, replaced=replaced)


def _write_sidecar(folder: Path, name: str, text: bytes) -> None:
    for suffix in SIDECAR_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{name}{suffix}").unlink()
    if not text:
        return
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=".yaml", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text)
        os.replace(tmp_name, folder / f"{name}{SIDECAR_SUFFIXES[0]}")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def remove_document(documents_dir: Path, doc_key: str) -> bool:
    """Delete a collection's document file (and its sidecar, if any); False when it is not there."""
    collection, _, name = doc_key.partition("/")
    if not name or "/" in name:
        return False
    try:
        folder = collection_folder(documents_dir, collection)
    except UploadRejected:
        return False
    path = (folder / name).resolve()
    if path.parent != folder or not path.is_file():
        return False
    path.unlink()
    _write_sidecar(folder, name, b"")
    return True


# --- what a document yielded --------------------------------------------------------------

@dataclass
class DocumentYield:
    doc_key: str
    info: DocumentInfo | None
    skipped: str | None = None  # why the build skipped the file
    rejected: Counter[str] = field(default_factory=Counter)  # reason -> how many

    @property
    def duplicate_of(self) -> str | None:
        return self.info.duplicate_of if self.info else None


async def document_yield(store: ContentStore, doc_key: str) -> DocumentYield:
    """The passages, events and questions the live store has from one document, and what the
    build rejected from it (items naming the document, or question candidates from its text)."""
    info = await store.document(doc_key)
    skipped = dict(await store.skipped()).get(doc_key)
    result = DocumentYield(doc_key=doc_key, info=info, skipped=skipped)
    text = await store.clean_text(doc_key) if info is not None else None
    for stage, item, reason in await store.rejected():
        if item == doc_key or (text and stage == "questions" and len(item) > 20 and item in text):
            result.rejected[reason] += 1
    return result


# --- live rebuilds ------------------------------------------------------------------------

Signature = tuple[tuple[str, int, int], ...]


def folder_signature(*folders: Path) -> Signature:
    """(path, size, mtime) of every file under the folders: a stat per file, no reading."""
    entries: list[tuple[str, int, int]] = []
    for folder in folders:
        for path, rel in document_paths(folder):
            with contextlib.suppress(OSError):
                st = path.stat()
                entries.append((f"{folder}/{rel}", st.st_size, st.st_mtime_ns))
    return tuple(entries)


def file_signature(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_ino, st.st_mtime_ns)


class Rebuilder:
    """Serialises rebuilds: one at a time, in a thread; requests during a build share the next.

    ``build`` brings the store file up to date (blocking; run in a thread); ``swap`` opens the
    new file and swaps it in (on the event loop). ``folders`` and ``store_path`` are watched.
    """

    def __init__(self, build: Callable[[], object], swap: Callable[[], Awaitable[None]],
                 folders: tuple[Path, ...], store_path: Path) -> None:
        self._build = build
        self._swap = swap
        self.folders = folders
        self.store_path = store_path
        self._next: asyncio.Future[None] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._seen_folders: Signature | None = None
        self._seen_store: tuple[int, int] | None = None
        self.builds = 0  # completed rebuilds, for tests and logs

    async def rebuild(self) -> None:
        """Return once a build that started after this call is live; raises if it failed."""
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
        waiter = self._next
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._run(), name="content-rebuild")
        await asyncio.shield(waiter)

    async def _run(self) -> None:
        while self._next is not None:
            waiter, self._next = self._next, None
            try:
                seen = await asyncio.to_thread(folder_signature, *self.folders)
                await asyncio.to_thread(self._build)
                await self._swap()
                self._seen_folders = seen
                self._seen_store = await asyncio.to_thread(file_signature, self.store_path)
                self.builds += 1
            except Exception as exc:
                log.exception("the live rebuild failed; the previous content store stays in use")
                if not waiter.done():
                    waiter.set_exception(exc)
                    waiter.exception()  # retrieved: a caller that gave up must not warn at exit
            else:
                if not waiter.done():
                    waiter.set_result(None)

    async def mark_current(self) -> None:
        """The store now open matches the folders (after start-up): only later changes rebuild."""
        self._seen_folders = await asyncio.to_thread(folder_signature, *self.folders)
        self._seen_store = await asyncio.to_thread(file_signature, self.store_path)

    async def changed(self) -> bool:
        folders = await asyncio.to_thread(folder_signature, *self.folders)
        store = await asyncio.to_thread(file_signature, self.store_path)
        return folders != self._seen_folders or store != self._seen_store

    async def watch(self, interval: float) -> None:
        """Poll every ``interval`` seconds and rebuild when a document, a question list or the
        store file changed. Runs until cancelled; a failed rebuild is retried at the next change."""
        while True:
            await asyncio.sleep(interval)
            if self._worker is not None and not self._worker.done():
                continue  # a rebuild is under way; its end records what it saw
            try:
                if await self.changed():
                    log.info("the documents or the content store changed; rebuilding")
                    await self.rebuild()
            except asyncio.CancelledError:
                raise
            except Exception:
                # Logged by _run; mark the failed state as seen so a broken file is not retried
                # every few seconds, only after the next change.
                await self.mark_current()

    async def close(self) -> None:
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)

"""Compare two content stores row by row: did a change to the build change its output?

``python -m bench.storediff A.sqlite3 B.sqlite3`` reads every table of both stores (the FTS
indexes' own shadow tables too), each in a fixed order, and prints for each table its row count
and whether its rows are the same; the first few differing rows are shown. Exit status 0 when
the stores hold the same rows, 1 otherwise.

The meta rows that name the build rather than its output are left out: the time it ran, and
the hashes over the pipeline's source code (``corpus_hash``, ``build_id``, ``pipeline``, and
``document_rows``, whose fingerprints include the cache key), which change with any edit of
the code even when its output does not.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.store import read_only_uri

# Meta rows about the build itself, not its output (see the module's docstring).
BUILD_META = frozenset({"built_at", "corpus_hash", "build_id", "pipeline", "document_rows", "sqlite_version"})
SHOWN = 5  # differing rows printed per table


def tables(con: sqlite3.Connection) -> list[str]:
    return [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def rows(con: sqlite3.Connection, table: str) -> Iterator[tuple[object, ...]]:
    """The table's rows ordered by every column (rowid tables by rowid first: ids are output too)."""
    names = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
    order = ", ".join(f'"{name}"' for name in names) or "rowid"
    query = f'SELECT * FROM "{table}" ORDER BY {order}'
    for row in con.execute(query):
        if table == "meta" and row[0] in BUILD_META:
            continue
        yield tuple(row)


def table_digest(con: sqlite3.Connection, table: str) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    for row in rows(con, table):
        digest.update(repr(row).encode())
        count += 1
    return count, digest.hexdigest()


def compare(a: Path, b: Path) -> bool:
    """Print one line per table; True when every table holds the same rows in both stores."""
    con_a = sqlite3.connect(read_only_uri(a), uri=True)
    con_b = sqlite3.connect(read_only_uri(b), uri=True)
    try:
        same = True
        names_a, names_b = tables(con_a), tables(con_b)
        if names_a != names_b:
            print(f"tables differ: {sorted(set(names_a) ^ set(names_b))}")
            same = False
        for table in (name for name in names_a if name in names_b):
            count_a, digest_a = table_digest(con_a, table)
            count_b, digest_b = table_digest(con_b, table)
            if digest_a == digest_b:
                print(f"  same       {table}: {count_a} rows")
                continue
            same = False
            print(f"  DIFFERENT  {table}: {count_a} rows against {count_b}")
            shown = 0
            for row_a, row_b in zip(rows(con_a, table), rows(con_b, table), strict=False):
                if row_a != row_b and shown < SHOWN:
                    print(f"    - {str(row_a)[:300]}\n    + {str(row_b)[:300]}")
                    shown += 1
        return same
    finally:
        con_a.close()
        con_b.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.storediff", description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    same = compare(args.a, args.b)
    print("identical" if same else "the stores differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

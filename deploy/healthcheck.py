#!/usr/bin/env python3
"""Health probe for Docker's HEALTHCHECK (and any monitor): exit 0 when healthy, 1 when not.

Healthy means the bot got as far as opening its state database: the file exists in the data
folder (the first argument, else ``BOT_DATA_DIR``), opens read-only, and carries its schema migrations (``user_version`` > 0).
Standard library only and read-only, so it never competes with the running bot for a write
lock and never imports the bot itself.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path


def problem(data_dir: Path) -> str | None:
    """Why the bot is not healthy, or None."""
    path = data_dir / "state.sqlite3"
    if not path.is_file():
        return f"there is no state database at {path} yet (still starting, or BOT_DATA_DIR is wrong)"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"the state database at {path} cannot be read ({exc})"
    if version < 1:
        return f"the state database at {path} has no migrations applied"
    return None


def main() -> int:
    given = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BOT_DATA_DIR", "").strip()
    data_dir = Path(given or "var")
    found = problem(data_dir)
    if found:
        print(f"unhealthy: {found}", file=sys.stderr)
        return 1
    print("healthy")
    return 0


if __name__ == "__main__":
    sys.exit(main())

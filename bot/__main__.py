"""The command line: ``python -m bot [run|console|build|questions|sync|backup|bench]``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from bot import __version__
from bot.config import EXIT_CONFIG, ConfigError, Settings, check_writable, load_settings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="A Discord bot that turns a folder of documents into quizzes, a timeline and quotes.",
        epilog="Settings come from the environment or a .env file: see README.md.",
    )
    parser.add_argument("--version", action="version", version=f"docquiz-bot {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="PATH",
                        help="where the bot keeps what it writes; wins over BOT_DATA_DIR and .env "
                             "(the systemd unit and the Docker image set it)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="connect to Discord (the default; opens the console when no token is set "
                               "and a terminal is attached)",
                   description="Connect to Discord with DISCORD_TOKEN. Without a token, open the console "
                               "when run from a terminal, otherwise stop with a configuration message.")
    console = sub.add_parser("console", help="try every command locally, without Discord",
                             description="An interactive session on the local corpus: type commands as in "
                                         "Discord (/quiz question, /timeline from_year:1990); answer buttons "
                                         "by typing their number or label. Reads piped input too.")
    console.add_argument("--user", default="console-user", help="the display name you play as")
    build = sub.add_parser("build", help="build the content store from the documents folder",
                           description="Clean, de-duplicate and index the documents; extract timeline "
                                       "events and generate quiz questions; swap the store in atomically.")
    build.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    build.add_argument("--quiet", action="store_true", help="print only the summary")
    from bot.corpus.review import review_parser

    sub.add_parser("questions", parents=[review_parser()], help="print a sample of the generated quiz questions",
                   description="Print random quiz questions from the content store (built first when the "
                               "documents changed) with their options, answer, source sentence and score. "
                               "Needs no Discord token.")
    sync = sub.add_parser("sync", help="register the slash commands with Discord now",
                          description="Push the slash command tree to Discord: globally, or to one server "
                                      "with --guild (instant).")
    sync.add_argument("--guild", type=int, metavar="ID", help="sync to this server only")
    sync.add_argument("--clear", action="store_true", help="remove the commands from that scope instead")
    backup = sub.add_parser("backup", help="write a consistent copy of the state database",
                            description="Copy the state database (answers, scores, settings) with SQLite's "
                                        "online backup API; safe while the bot is running.")
    backup.add_argument("path", type=Path, help="where to write the copy")
    bench = sub.add_parser("bench", help="measure latency, throughput and memory; print a table",
                           description="Run the benchmarks and print a table of medians.")
    bench.add_argument("--smoke", action="store_true", help="a quick, small run (used in CI)")
    bench.add_argument("--sizes", type=_sizes, metavar="MB,MB", help="generated corpus sizes to measure besides "
                       "the bundled one (default 1,10,50; 0 for none)")
    bench.add_argument("--rounds", type=int, metavar="N", help="measured rounds of every command per size")
    bench.add_argument("--only", type=_sections, metavar="SECTION,SECTION",
                       help="only these sections: build, commands, search, memory (default all)")
    bench.add_argument("--tempeval", type=Path, metavar="PATH",
                       help="instead, score timeline dates against the TempEval-3 .tml files in PATH")
    return parser


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are whole megabytes separated by commas, not {text!r}") from None
    if any(mb < 0 for mb in sizes):
        raise argparse.ArgumentTypeError("a size cannot be negative")
    return [mb for mb in sizes if mb]


def _sections(text: str) -> list[str]:
    from bench.run import SECTIONS

    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in SECTIONS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"sections are {', '.join(SECTIONS)}; not {', '.join(unknown) or text!r}")
    return chosen


def settings_for(args: argparse.Namespace, environ: Mapping[str, str] | None = None,
                 dotenv: Path | None = Path(".env")) -> Settings:
    """The settings for parsed arguments: ``--data-dir`` wins over the environment and ``.env``."""
    return load_settings(environ, dotenv, require_documents=args.command != "backup", data_dir=args.data_dir)


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`python -m bot build | head`): stop quietly, as cat would. Python
        # would flush stdout once more at exit and fail again, so point it at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    try:
        settings = settings_for(args)
        if command in ("run", "console", "build", "sync"):
            check_writable(settings)
        if command == "build":
            from bot.build import cli_build

            return cli_build(settings, force=args.force, quiet=args.quiet)
        if command == "questions":
            return _questions(settings, args)
        if command == "backup":
            from bot.store.state import BackupError, backup_file

            try:
                written = backup_file(settings.state_path, args.path)
            except FileNotFoundError:
                print(f"There is no state database at {settings.state_path} yet: nothing to back up.",
                      file=sys.stderr)
                return EXIT_FAILURE
            except BackupError as exc:
                print(exc, file=sys.stderr)
                return EXIT_FAILURE
            print(f"State database copied to {written}.")
            return EXIT_OK
        if command == "bench" and args.tempeval is not None:
            from bench.tempeval import run as run_tempeval

            return run_tempeval(args.tempeval)
        if command == "bench":
            from bench.run import run_bench

            return run_bench(settings, smoke=args.smoke, sizes=args.sizes, rounds=args.rounds, only=args.only)
        if command == "console":
            from bot.console.cli import run_console

            return run_console(settings, user_name=args.user)
        if command == "sync":
            from bot.app import run_sync

            return run_sync(settings, guild_id=args.guild, clear=args.clear)
        # run
        if settings.token is None:
            if sys.stdin.isatty() and sys.stdout.isatty():
                print("No DISCORD_TOKEN is set, so here is the local console instead "
                      "(set DISCORD_TOKEN in .env to connect to Discord).")
                from bot.console.cli import run_console

                return run_console(settings)
            raise ConfigError("DISCORD_TOKEN is not set: put your bot token in the environment or in .env "
                              "(see .env.example), or run 'python -m bot console' to try the bot locally.")
        from bot.app import run_bot

        return run_bot(settings)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


def _questions(settings: Settings, args: argparse.Namespace) -> int:
    """``python -m bot questions``: build the store if it is stale, then print a sample."""
    import asyncio
    import sqlite3

    from bot.build import ensure_store
    from bot.store.content import StoreMissing

    if args.sample < 0:
        print("--sample must be 0 or more.", file=sys.stderr)
        return EXIT_USAGE
    try:
        ensure_store(settings)
        text = asyncio.run(_review_text(settings, args))
    except (OSError, sqlite3.Error, StoreMissing) as exc:
        print(f"The content store at {settings.content_path} could not be built or read: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(text)
    return EXIT_OK


async def _review_text(settings: Settings, args: argparse.Namespace) -> str:
    from bot.corpus.review import citation, format_review
    from bot.store.content import ContentStore

    content = await ContentStore.open(settings.content_path)
    try:
        questions = await content.questions()
        sources = {d.doc_key: citation(d.title, d.author, d.kind, d.date) for d in await content.documents()}
    finally:
        await content.close()
    return format_review(questions, sources, sample=args.sample, seed=args.seed, kind=args.kind)


if __name__ == "__main__":
    sys.exit(main())

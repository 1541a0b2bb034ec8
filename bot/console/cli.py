"""``python -m bot console``: try every command in a terminal, without Discord.

The console is a thin text front-end over :mod:`bot.console.transport`: a typed line becomes a real
``INTERACTION_CREATE`` payload for the very same command tree, views and buttons that serve
Discord, and every message the bot sends (replies, later quiz rounds, reveals) is rendered
as text the moment it is sent. So what you see here is what Discord users get.

Typed input::

    /quiz start rounds:3 topic:Soviet Union    a command; an option value runs until the next " name:"
    /quote hegemony                            a lone value fills the first required option
    1   or   B   or   Again                    press a button / pick an option of the latest message
    a line of text, after a form opens         the form's answer (one line per field; "cancel" drops it)
    as bob                                     act as another member (admin: "as ada admin")
    questions --sample 5 --kind when           read generated quiz questions (as ``python -m bot questions``)
    help                                       the commands and their options;  quit / exit / Ctrl+D

Piped input works the same (``printf '/help\\n/fact\\n' | python -m bot console``): each line is
echoed as ``» line`` before its output, ``#`` lines are comments, and at the end of input the
console waits (bounded) for running games to finish, then exits 0. The console user is a server
admin (so /settings works); ``as NAME`` switches to a plain member.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import IO, Any

import discord
from discord import app_commands

from bot.config import Settings
from bot.console.render import Choice, choices, render_message, saved_line
from bot.console.transport import (
    LocalDiscord,
    LocalUser,
    LocalViolation,
    NoResponse,
    Reply,
    Sent,
    SlashCommand,
    iter_components,
)
from bot.corpus.review import ReviewUsage, citation, format_review, parse_review_args
from bot.logs import setup_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
# How long the console waits at end of input for games and other work still running.
EOF_WAIT = 300.0

CONSOLE_HELP = """\
Type commands as in Discord, e.g. /timeline from_year:1990 to_year:2000
Press a button by typing its number or label. Other words: as NAME [admin], help, quit,
questions [--sample N] [--seed S] [--kind K] (read a sample of the generated quiz questions)."""


def run_console(settings: Settings, user_name: str = "console-user", stdin: IO[str] | None = None,
                stdout: IO[str] | None = None, *, eof_wait: float = EOF_WAIT) -> int:
    """Run an interactive (or piped) session; returns the exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    level = max(logging.WARNING, logging.getLevelName(settings.log_level))
    token = settings.token.get() if settings.token else ""
    setup_logging(logging.getLevelName(level), settings.log_file, secrets=[token] if token else [],
                  stream=sys.stderr)
    # discord.py warns about voice libraries on every start; irrelevant to a text console.
    logging.getLogger("discord.client").setLevel(logging.ERROR)
    try:
        return asyncio.run(_session(settings, user_name, stdin, stdout, eof_wait))
    except KeyboardInterrupt:
        print("", file=stdout, flush=True)
        return EXIT_OK


async def _session(settings: Settings, user_name: str, stdin: IO[str], stdout: IO[str], eof_wait: float) -> int:
    interactive = _isatty(stdin) and _isatty(stdout)
    if interactive:
        print("Starting the local console (no Discord connection)…", file=stdout, flush=True)
    async with LocalDiscord.open(settings, build=True) as local:
        console = Console(local, stdout, user_name, interactive=interactive)
        if not local.bot.content_ready:
            console.say("(The document store is not available: content commands will say so. "
                        "Run 'python -m bot build' to see why.)")
        await console.run(stdin, eof_wait=eof_wait)
    return EXIT_OK


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Console:
    """Turns typed lines into interactions and the bot's messages into text."""

    def __init__(self, local: LocalDiscord, stdout: IO[str], user_name: str, *, interactive: bool = False) -> None:
        self.local = local
        self.out = stdout
        self.interactive = interactive
        self.user: LocalUser = local.user(user_name, admin=True)
        self.channel = local.channel("general")
        # Interactive only: the reader shows the next prompt once the previous line's output is
        # out, and a message arriving while the user types is printed above the prompt.
        self._ready = threading.Event()
        self._at_prompt = False
        # A form (modal) the bot opened: the next lines fill its text inputs, one each.
        self._form: tuple[Reply, list[dict[str, Any]], dict[str, str]] | None = None
        # Attachments (the /timeline picture) are written here, one file per attachment.
        self.files_dir = local.bot.settings.data_dir / "var" / "console"
        local.listeners.append(self._on_sent)

    # -- output -------------------------------------------------------------------------------
    @property
    def prompt(self) -> str:
        return f"{self.user.name}> "

    def say(self, text: str) -> None:
        if self.interactive and self._at_prompt:
            typed = _line_buffer()
            print(f"\r\x1b[K{text}\n{self.prompt}{typed}", end="", file=self.out, flush=True)
        else:
            print(text, file=self.out, flush=True)

    def _on_sent(self, sent: Sent) -> None:
        if sent.kind not in ("message", "edit") or sent.message_id is None:
            return
        message = self.local.messages.get(sent.message_id)
        if message is None:
            return
        self.say(render_message(message, edited=sent.kind == "edit", ansi=self.styled, names=self.mention_names()))
        for name, data in sent.files:
            self.say(saved_line(self.save(sent.message_id, name, data)))

    def save(self, message_id: int, name: str, data: bytes) -> Path:
        """Write an attachment under ``files_dir`` as "<message id>-<its file name>"; its path."""
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = self.files_dir / f"{message_id}-{Path(name).name or 'file'}"
        path.write_bytes(data)
        return path.resolve()

    @property
    def styled(self) -> bool:
        """Bold and italics as terminal styles: in a terminal that has them, unless NO_COLOR is set."""
        return self.interactive and os.environ.get("TERM") != "dumb" and not os.environ.get("NO_COLOR")

    def mention_names(self) -> dict[str, str]:
        """How to show a mention of each local channel and member: by name, as Discord does."""
        names = {f"#{cid}": f"#{name}" for name, cid in self.local.channels.items()}
        names.update({f"@{user.id}": f"@{name}" for name, user in self.local.users.items()})
        return names

    # -- input --------------------------------------------------------------------------------
    async def run(self, stdin: IO[str], *, eof_wait: float = EOF_WAIT) -> None:
        baseline = asyncio.all_tasks()
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        if self.interactive:
            self._enable_completion()
            self.say(CONSOLE_HELP)
        reader = threading.Thread(target=self._read, args=(stdin, lines, loop), daemon=True, name="console-input")
        reader.start()
        while True:
            self._ready.set()
            line = await lines.get()
            if line is None:
                await self._drain(baseline, eof_wait)
                return
            if not await self.handle(line):
                return

    def _read(self, stdin: IO[str], lines: asyncio.Queue[str | None], loop: asyncio.AbstractEventLoop) -> None:
        while True:
            try:
                if self.interactive and stdin is sys.stdin:
                    self._ready.wait()
                    self._ready.clear()
                    self._at_prompt = True
                    try:
                        line = input(self.prompt)
                    finally:
                        self._at_prompt = False
                else:
                    line = stdin.readline()
                    if line == "":
                        raise EOFError
            except (EOFError, KeyboardInterrupt, ValueError):
                loop.call_soon_threadsafe(lines.put_nowait, None)
                return
            loop.call_soon_threadsafe(lines.put_nowait, line.rstrip("\r\n"))

    async def _drain(self, baseline: set[asyncio.Task[Any]], eof_wait: float) -> None:
        """At end of input, let games and other running work finish (bounded by ``eof_wait``)."""
        deadline = asyncio.get_running_loop().time() + eof_wait
        while True:
            pending = [t for t in asyncio.all_tasks() - baseline if _is_work(t)]
            remaining = deadline - asyncio.get_running_loop().time()
            if not pending or remaining <= 0:
                if pending:
                    self.say(f"(stopping {len(pending)} unfinished task(s) after {eof_wait:.0f} s)")
                return
            await asyncio.wait(pending, timeout=min(remaining, 1.0))

    async def handle(self, line: str) -> bool:
        """Run one typed line; False means quit."""
        line = line.strip()
        if not line or line.startswith("#"):  # blank lines and comments in scripts
            return True
        if not self.interactive:
            # Piped input is not shown by a terminal: echo it so a transcript reads like a session.
            self.say(f"» {line}")
        word = line.lower()
        if word in ("quit", "exit", "/quit", "/exit"):
            return False
        if word in ("help", "?", "commands"):
            self.say(CONSOLE_HELP)
            self.say(self.command_list())
            return True
        if word.startswith("as "):
            self._switch_user(line[3:].strip())
            return True
        if word == "questions" or word.startswith("questions "):
            await self.review(line[len("questions"):])
            return True
        try:
            if self._form is not None:
                await self.fill_form(line)
            elif line.startswith("/"):
                await self.slash(line[1:])
            else:
                await self.pick(line)
        except NoResponse as exc:
            self.say(f"! {exc}")
        except LocalViolation as exc:
            self.say(f"! The bot sent something Discord would reject: {exc}")
        except UsageError as exc:
            self.say(f"! {exc}")
        except Exception as exc:  # the console must survive anything a handler does
            log.debug("console command failed", exc_info=True)
            self.say(f"! That failed unexpectedly ({exc.__class__.__name__}); see the log for details.")
        return True

    def _switch_user(self, spec: str) -> None:
        parts = spec.split()
        if not parts:
            self.say("! Usage: as NAME  (add 'admin' for a member with Manage Server)")
            return
        admin = "admin" in (p.lower() for p in parts[1:])
        self.user = self.local.user(parts[0], admin=admin)
        self.say(f"(you are now {self.user.name}{', an admin' if self.user.admin else ''})")

    async def review(self, arguments: str) -> None:
        """``questions [--sample N] [--seed S] [--kind K]``: the generated questions, for reading."""
        try:
            args = parse_review_args(arguments)
        except ReviewUsage as exc:
            self.say(f"! {exc}")
            return
        if not self.local.bot.content_ready:
            self.say("! The content store is not available yet, so there are no questions to show.")
            return
        content = self.local.bot.content
        questions = await content.questions()
        sources = {d.doc_key: citation(d.title, d.author, d.kind, d.date) for d in await content.documents()}
        self.say(format_review(questions, sources, sample=args.sample, seed=args.seed, kind=args.kind))

    # -- commands -----------------------------------------------------------------------------
    def commands(self) -> list[SlashCommand]:
        found: list[SlashCommand] = []
        for command in self.local.bot.tree.get_commands():
            found.extend(_leaves(command))
        return sorted(found, key=lambda c: c.qualified_name)

    def command_list(self) -> str:
        lines = []
        for command in self.commands():
            options = " ".join(f"{p.display_name}:<{p.type.name}>" if p.required else f"[{p.display_name}:…]"
                               for p in command.parameters)
            lines.append(f"  /{command.qualified_name} {options}".rstrip() + f" — {command.description}")
        return "Commands:\n" + "\n".join(lines) if lines else "No commands are loaded."

    def _find(self, text: str) -> tuple[SlashCommand, str]:
        words = text.split()
        for size in (3, 2, 1):
            name = " ".join(words[:size]).lower()
            for command in self.commands():
                if command.qualified_name == name:
                    rest = text.split(None, size)[size] if len(words) > size else ""
                    return command, rest
        group = words[0].lower() if words else ""
        subs = [c.qualified_name for c in self.commands() if c.qualified_name.startswith(group + " ")]
        if subs:
            raise UsageError(f"/{group} needs a subcommand: " + ", ".join(f"/{s}" for s in subs))
        raise UsageError(f"Unknown command /{group}. Type help for the list of commands.")

    def parse(self, text: str) -> tuple[SlashCommand, dict[str, Any]]:
        """``quiz start rounds:3 topic:Soviet Union`` -> (command, {"rounds": 3, "topic": "Soviet Union"})."""
        command, rest = self._find(text)
        params = {p.display_name.lower(): p for p in command.parameters}
        values: dict[str, Any] = {}
        if params and rest:
            names = "|".join(re.escape(n) for n in sorted(params, key=len, reverse=True))
            marks = list(re.finditer(rf"(?:^|\s)({names}):", rest, re.IGNORECASE))
            lead = rest[: marks[0].start()].strip() if marks else rest.strip()
            if lead:
                first = next((p for p in command.parameters if p.required), command.parameters[0])
                values[first.display_name] = lead
            for i, mark in enumerate(marks):
                end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
                values[params[mark.group(1).lower()].display_name] = rest[mark.end():end].strip()
        elif rest.strip():
            raise UsageError(f"/{command.qualified_name} takes no options.")
        converted = {name: self._convert(command, params[name.lower()], raw) for name, raw in values.items()}
        missing = [p.display_name for p in command.parameters if p.required and p.display_name not in converted]
        if missing:
            raise UsageError(f"/{command.qualified_name} needs " + ", ".join(f"{m}:…" for m in missing)
                             + f". Usage: {self._usage(command)}")
        return command, converted

    def _usage(self, command: SlashCommand) -> str:
        return f"/{command.qualified_name} " + " ".join(
            f"{p.display_name}:<{p.type.name}>" if p.required else f"[{p.display_name}:…]" for p in command.parameters)

    def _convert(self, command: SlashCommand, param: app_commands.Parameter, raw: str) -> Any:
        kind = discord.AppCommandOptionType
        if param.choices:
            for choice in param.choices:
                if raw.lower() in (choice.name.lower(), str(choice.value).lower()):
                    return choice.value
            names = ", ".join(c.name for c in param.choices)
            raise UsageError(f"{param.display_name} must be one of: {names}.")
        try:
            if param.type is kind.integer:
                value: Any = int(raw)
            elif param.type is kind.number:
                value = float(raw)
            elif param.type is kind.boolean:
                if raw.lower() not in ("true", "yes", "1", "false", "no", "0"):
                    raise ValueError(raw)
                value = raw.lower() in ("true", "yes", "1")
            elif param.type is kind.user:
                value = self.local.user(raw.lstrip("@"))
            elif param.type is kind.channel:
                value = self.local.channel(raw.lstrip("#"))
            else:
                value = raw
        except ValueError:
            article = "an" if param.type.name[0] in "aeiou" else "a"
            raise UsageError(f"{param.display_name} must be {article} {param.type.name}, not {raw!r}. "
                             f"Usage: {self._usage(command)}") from None
        if isinstance(value, int | float) and not isinstance(value, bool):
            low, high = param.min_value, param.max_value
            if (low is not None and value < low) or (high is not None and value > high):
                raise UsageError(f"{param.display_name} must be between {low} and {high}.")
        return value

    async def slash(self, text: str) -> None:
        command, values = self.parse(text)
        await self.local.slash(command.qualified_name, user=self.user, channel=self.channel, options=values)

    # -- buttons and selects ----------------------------------------------------------------
    def _latest_choices(self) -> tuple[int, list[Choice]] | None:
        seen: set[int] = set()
        for sent in reversed(self.local.sent):
            mid = sent.message_id
            if mid is None or mid in seen:
                continue
            seen.add(mid)
            message = self.local.messages.get(mid)
            if not message or message.get("deleted"):
                continue
            picks = [c for c in choices(message.get("components") or []) if not c.disabled]
            if picks:
                return mid, picks
        return None

    async def pick(self, text: str) -> None:
        latest = self._latest_choices()
        if latest is None and _BUTTON_LIKE.fullmatch(text.strip()):
            raise UsageError(f"There are no buttons to press with {text.strip()!r}: the last ones were used up "
                             "or their round is over. Run a command (e.g. /quiz question) for new ones.")
        if latest is None:
            raise UsageError(f"Unknown command {text!r}: commands start with '/'. Type help for the list.")
        mid, picks = latest
        choice = _match_choice(text, picks)
        if choice is None:
            labels = "  ".join(f"[{c.number}] {c.label}" for c in picks)
            raise UsageError(f"No button or option {text!r} on the latest message; choose one of: {labels}")
        if choice.kind == "button":
            reply = await self.local.click(mid, choice.custom_id, user=self.user)
        else:
            reply = await self.local.select(mid, choice.custom_id, [choice.value or ""], user=self.user)
        if reply.modal is not None:
            inputs = [c for c in iter_components(reply.modal.get("components") or []) if c.get("type") == 4]
            self._form = (reply, inputs, {})
            self.say(f"── QuizBot opens a form: {reply.modal.get('title', '')} (type 'cancel' to close it)")
            self._ask_next_field()

    def _ask_next_field(self) -> None:
        assert self._form is not None
        _reply, inputs, values = self._form
        field = inputs[len(values)]
        limit = f", up to {field['max_length']} characters" if field.get("max_length") else ""
        self.say(f"┃ {field.get('label', '')}{limit}:")

    async def fill_form(self, line: str) -> None:
        """One line answers the form's next text input; once all are answered the form is submitted."""
        assert self._form is not None
        opened, inputs, values = self._form
        if line.lower() == "cancel":
            self._form = None
            self.say("(form closed without sending)")
            return
        values[inputs[len(values)]["custom_id"]] = line
        if len(values) < len(inputs):
            self._ask_next_field()
            return
        self._form = None
        await self.local.submit_modal(opened, values, user=self.user)

    def _enable_completion(self) -> None:
        try:
            import readline
        except ImportError:  # Windows without pyreadline: no completion, everything else works
            return
        names = sorted({"/" + c.qualified_name for c in self.commands()} | {"help", "quit", "as "})

        def complete(text: str, state: int) -> str | None:
            buffer = readline.get_line_buffer()
            matches = [n for n in names if n.startswith(buffer)]
            # readline completes the current word; strip the part before it.
            start = len(buffer) - len(text)
            options = [m[start:] for m in matches]
            return options[state] if state < len(options) else None

        readline.set_completer_delims(" ")
        readline.set_completer(complete)
        with contextlib.suppress(Exception):
            readline.parse_and_bind("tab: complete")


def _line_buffer() -> str:
    """What the user has typed at the prompt so far (empty without readline)."""
    try:
        import readline
    except ImportError:
        return ""
    return readline.get_line_buffer()


# What a button press looks like: a number, or an answer letter.
_BUTTON_LIKE = re.compile(r"\d{1,3}|[A-Da-d]")


class UsageError(Exception):
    """Bad console input: the message is one helpful line."""


def _leaves(command: SlashCommand | app_commands.Group | app_commands.ContextMenu) -> list[SlashCommand]:
    if isinstance(command, app_commands.Group):
        out: list[SlashCommand] = []
        for child in command.commands:
            out.extend(_leaves(child))
        return out
    if isinstance(command, app_commands.Command):
        return [command]
    return []  # context-menu commands cannot be typed


def _match_choice(text: str, picks: list[Choice]) -> Choice | None:
    wanted = text.strip().lower()
    if wanted.isdigit():
        return next((c for c in picks if c.number == int(wanted)), None)
    for test in (lambda c: c.label.lower() == wanted,
                 lambda c: re.match(rf"{re.escape(wanted)}[:.)\s]", c.label.lower()) is not None,
                 lambda c: c.custom_id.lower() == wanted):
        found = [c for c in picks if test(c)]
        if len(found) == 1:
            return found[0]
    prefixed = [c for c in picks if c.label.lower().startswith(wanted)]
    return prefixed[0] if len(prefixed) == 1 else None


def _is_work(task: asyncio.Task[Any]) -> bool:
    """Tasks worth waiting for at end of input: not view timeouts or endless ``tasks.loop``s."""
    if task.done() or task is asyncio.current_task():
        return False
    name = task.get_name()
    if name.startswith(("discord-ext-tasks", "discord-ui-view-timeout", "content-prepare")):
        return False
    coro = task.get_coro()
    qualname = getattr(coro, "__qualname__", "")
    return not qualname.endswith("__timeout_task_impl")

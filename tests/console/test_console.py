"""The console: typed lines run the real command tree and every reply is rendered as text."""

from __future__ import annotations

import asyncio
import io
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.console.cli import Console, _leaves
from bot.console.render import render_message
from bot.console.transport import LocalDiscord

SAMPLES: dict[discord.AppCommandOptionType, str] = {
    discord.AppCommandOptionType.string: "Russia",
    discord.AppCommandOptionType.integer: "1",
    discord.AppCommandOptionType.number: "1.5",
    discord.AppCommandOptionType.boolean: "true",
    discord.AppCommandOptionType.user: "alice",
    discord.AppCommandOptionType.channel: "quiz",
}


def _sample_line(command: app_commands.Command) -> str:
    parts = [f"/{command.qualified_name}"]
    for param in command.parameters:
        if not param.required:
            continue
        if param.choices:
            value = param.choices[0].name
        elif param.display_name == "time":
            value = "09:00"
        else:
            value = SAMPLES.get(param.type, "1")
        if param.min_value is not None and param.type is discord.AppCommandOptionType.integer:
            value = str(int(param.min_value))
        parts.append(f"{param.display_name}:{value}")
    return " ".join(parts)


def _console(local: LocalDiscord) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(local, out, "console-user"), out


async def test_piped_input_renders_output_for_every_command(local: LocalDiscord) -> None:
    console, out = _console(local)
    leaves = sorted((leaf for command in local.bot.tree.get_commands() for leaf in _leaves(command)),
                    key=lambda c: c.qualified_name)
    assert len(leaves) >= 5
    lines = [_sample_line(leaf) for leaf in leaves]
    await console.run(io.StringIO("# every command once\n" + "\n".join(lines) + "\n"), eof_wait=5)
    transcript = out.getvalue()
    blocks = transcript.split("» ")[1:]  # each typed line is echoed, then its output follows
    assert [b.splitlines()[0] for b in blocks] == lines
    for line, block in zip(lines, blocks, strict=True):
        assert "── QuizBot" in block, f"{line!r} rendered nothing: {block!r}"
        assert "\n! " not in block and "Traceback" not in block, f"{line!r}: {block!r}"
    assert "{'" not in transcript  # no raw payload dicts leak into the text


async def test_same_handler_serves_console_and_discord_payloads(local: LocalDiscord) -> None:
    command = local.bot.tree.get_command("sources")
    assert isinstance(command, app_commands.Command)
    calls: list[Any] = []
    original: Callable[..., Any] = command._callback

    async def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(next(a for a in args if isinstance(a, discord.Interaction)))
        return await original(*args, **kwargs)

    command._callback = spy  # type: ignore[assignment]
    console, out = _console(local)
    await console.handle("/sources")
    from_console = [s for s in local.sent if s.kind == "message"][-1]
    reply = await local.slash("sources", user=local.user("discord-user"))
    assert len(calls) == 2 and all(isinstance(i, discord.Interaction) for i in calls)
    assert [i.type for i in calls] == [discord.InteractionType.application_command] * 2
    assert reply.embeds == from_console.embeds and reply.components == from_console.components
    assert render_message(local.message(reply.message_id)) in out.getvalue()


async def test_option_values_run_until_the_next_option(bare_local: LocalDiscord) -> None:
    seen: dict[str, Any] = {}

    @app_commands.command(name="echo", description="Echo options")
    async def echo(interaction: discord.Interaction, topic: str, rounds: int = 1, loud: bool = False) -> None:
        seen.update(topic=topic, rounds=rounds, loud=loud)
        await interaction.response.send_message(f"{topic}/{rounds}/{loud}")

    bare_local.bot.tree.add_command(echo)
    console, out = _console(bare_local)
    await console.handle("/echo rounds:3 topic:Soviet Union loud:yes")
    assert seen == {"topic": "Soviet Union", "rounds": 3, "loud": True}
    await console.handle("/echo Sino-Soviet split")  # a lone value fills the first required option
    assert seen["topic"] == "Sino-Soviet split"
    text = out.getvalue()
    assert "Soviet Union/3/True" in text


async def test_bad_input_gets_a_helpful_line(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="count", description="Counts")
    async def count(interaction: discord.Interaction, n: app_commands.Range[int, 1, 10]) -> None:
        await interaction.response.send_message(str(n))

    bare_local.bot.tree.add_command(count)
    console, out = _console(bare_local)
    for line in ("/nothing", "/count n:many", "/count n:99", "/count", "hello", "/count n:2 extra:1"):
        before = len(out.getvalue())
        assert await console.handle(line)
        echo, *answer = out.getvalue()[before:].splitlines()
        assert echo == f"» {line}"
        assert len(answer) == 1 and answer[0].startswith("! "), (line, answer)
    assert "Traceback" not in out.getvalue()
    assert await console.handle("quit") is False


async def test_buttons_by_number_or_label_and_acting_as_another_member(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="ask", description="Ask")
    async def ask(interaction: discord.Interaction) -> None:
        view = discord.ui.View()
        for letter, answer in (("A", "1989"), ("B", "1991")):
            button = discord.ui.Button(label=f"{letter}: {answer}", custom_id=f"ask:{letter}")

            async def pressed(inner: discord.Interaction, answer: str = answer) -> None:
                await inner.response.send_message(f"{inner.user.name} chose {answer}")

            button.callback = pressed
            view.add_item(button)
        await interaction.response.send_message("When did the USSR end?", view=view)

    bare_local.bot.tree.add_command(ask)
    console, out = _console(bare_local)
    await console.handle("/ask")
    assert "[1] A: 1989  [2] B: 1991" in out.getvalue()
    await console.handle("2")
    assert "console-user chose 1991" in out.getvalue()
    await console.handle("/ask")
    await console.handle("as bob")
    await console.handle("a")
    assert "bob chose 1989" in out.getvalue()


async def test_a_form_the_bot_opens_is_filled_line_by_line(bare_local: LocalDiscord) -> None:
    class Note(discord.ui.Modal, title="Report question"):
        what: discord.ui.TextInput[Note] = discord.ui.TextInput(label="What is wrong?", max_length=50)
        where: discord.ui.TextInput[Note] = discord.ui.TextInput(label="Where?", required=False)

        async def on_submit(self, inner: discord.Interaction) -> None:
            await inner.response.send_message(f"{inner.user.name} wrote {self.what.value!r} at {self.where.value!r}")

    @app_commands.command(name="note", description="Note")
    async def note(interaction: discord.Interaction) -> None:
        button = discord.ui.Button(label="Write a note", custom_id="note:open")

        async def pressed(inner: discord.Interaction) -> None:
            await inner.response.send_modal(Note())

        button.callback = pressed
        view = discord.ui.View()
        view.add_item(button)
        await interaction.response.send_message("Anything wrong?", view=view)

    bare_local.bot.tree.add_command(note)
    console, out = _console(bare_local)
    await console.handle("/note")
    await console.handle("1")
    assert "opens a form: Report question" in out.getvalue() and "┃ What is wrong?, up to 50 characters:" in out.getvalue()
    await console.handle("cancel")
    assert "form closed without sending" in out.getvalue()
    await console.handle("1")
    await console.handle("/help is not a command here")  # a form takes the line as it is
    assert "┃ Where?:" in out.getvalue()
    await console.handle("page 3")
    assert "console-user wrote '/help is not a command here' at 'page 3'" in out.getvalue()


def test_python_m_bot_console_with_piped_input(run_cli: Callable[..., subprocess.CompletedProcess[str]],
                                               tmp_path: Path) -> None:
    result = run_cli(["console"], tmp_path, stdin="/help\n/fact\n/nonsense\n/sources\n", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.count("── QuizBot") >= 3
    assert "Unknown command /nonsense" in result.stdout
    assert "> " not in result.stdout.splitlines()[0]  # no prompt is echoed into piped output


@pytest.mark.parametrize("line", ["quit", "exit"])
async def test_quit_words(bare_local: LocalDiscord, line: str) -> None:
    console, _ = _console(bare_local)
    assert await console.handle(line) is False


async def test_end_of_input_waits_for_work_still_running(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="game", description="Posts rounds later")
    async def game(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Game starts")
        channel = interaction.channel

        async def rounds() -> None:
            for number in (1, 2):
                await asyncio.sleep(0.05)
                await channel.send(f"Round {number}")  # type: ignore[union-attr]
            await channel.send("Final standings")  # type: ignore[union-attr]

        asyncio.get_running_loop().create_task(rounds())

    bare_local.bot.tree.add_command(game)
    console, out = _console(bare_local)
    await console.run(io.StringIO("/game\n"), eof_wait=30)
    text = out.getvalue()
    assert text.index("Game starts") < text.index("Round 1") < text.index("Round 2") < text.index("Final standings")


def test_interactive_console_in_a_terminal(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    import os
    import select
    import signal
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    env.update(PYTHONPATH=str(root), BOT_DOCUMENTS_DIR=str(root / "data" / "documents"),
               BOT_QUESTIONS_DIR=str(root / "data" / "questions"), BOT_DATA_DIR=str(tmp_path / "var"), TERM="dumb")
    pid, fd = pty.fork()
    if pid == 0:  # the child: the console, attached to a terminal
        os.chdir(tmp_path)
        os.execve(sys.executable, [sys.executable, "-m", "bot", "console", "--user", "tess"], env)
    seen = b""

    def until(marker: bytes, timeout: float = 30) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen:
            assert time.monotonic() < deadline, f"no {marker!r} in {seen[-500:]!r}"
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break

    finished = False
    try:
        until(b"tess> ")
        os.write(fd, b"/help\n")
        until(b"\xe2\x94\x80\xe2\x94\x80 QuizBot")  # "── QuizBot"
        until(b"tess> ")
        os.write(fd, b"/timeline from_year:soon\n")
        until(b"must be an integer")
        os.write(fd, b"quit\n")
        until(b"quit")
        finished = True
    finally:
        if not finished:  # never leave a console waiting for input behind a failed test
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"Traceback" not in seen


async def test_mentions_show_channel_and_member_names(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="where", description="Where")
    async def where(interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        await interaction.response.send_message(f"Posting in {channel.mention} for {interaction.user.mention}.")

    bare_local.bot.tree.add_command(where)
    console, out = _console(bare_local)
    await console.handle("/where channel:quiz")
    assert "Posting in #quiz for @console-user." in out.getvalue()
    assert "#channel:" not in out.getvalue() and "@user:" not in out.getvalue()


async def test_a_button_number_after_the_buttons_are_gone_says_so(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="once", description="Once")
    async def once(interaction: discord.Interaction) -> None:
        view = discord.ui.View()
        button = discord.ui.Button(label="A: 1991", custom_id="once:A")

        async def pressed(inner: discord.Interaction) -> None:
            # The round is over: the buttons are disabled, as a quiz reveal does.
            button.disabled = True
            await inner.response.edit_message(content="Revealed: A", view=view)

        button.callback = pressed
        view.add_item(button)
        await interaction.response.send_message("Pick", view=view)

    bare_local.bot.tree.add_command(once)
    console, out = _console(bare_local)
    await console.handle("/once")
    await console.handle("1")
    before = len(out.getvalue())
    for stale in ("4", "1", "B"):
        await console.handle(stale)
    answers = [line for line in out.getvalue()[before:].splitlines() if not line.startswith("» ")]
    assert len(answers) == 3, answers
    for line in answers:
        assert line.startswith("! ") and "Unknown command" not in line
        assert "no buttons" in line and "/" in line, line

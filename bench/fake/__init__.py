"""A fake Discord (gateway websocket + REST) on 127.0.0.1 and a runner for the real bot process.

Shared by the benchmark (``python -m bot bench`` drives the bot through it, as Discord would) and
the end-to-end tests (tests/e2e, tests/robustness); it lives here because bench may not import
tests. Nothing here is imported by the bot itself.
"""

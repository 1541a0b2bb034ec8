"""The robustness suite (issue 7 part 2): what users, Discord and the disk will eventually do.

* test_robustness_hostile   — hostile and hypothesis text in every text option of the live tree
                               (+ autocomplete), hostile member names, integer extremes, no store.
* test_robustness_corpus    — hostile *documents* through every reading command and quiz rounds.
* test_robustness_discord_faults — 429 / 500 / 502 / global 429 through discord.py's real HTTP
                               code, expired tokens (10062), 403 and deleted channels mid-game.
* test_robustness_state_db  — concurrent clicks and reads, a second process on the WAL, full disk.
* test_robustness_rebuild   — the content store rebuilt and reloaded while a game runs.
* test_robustness_process   — ``python -m bot`` under the e2e fake: gateway drop (resume and
                               re-identify), SIGKILL mid-game and restart, 429/500 over HTTP.

Faults are injected from here only (support.py): wrappers on one bot instance's ``http.request``
and the local transport's webhook adapter, a scripted aiohttp-like session under discord.py's own
``HTTPClient.request``, a proxy for the quiz store's connection, and a FakeDiscord subclass.
"""

"""The console: the same command handlers as Discord, without Discord (a local transport, a renderer, a loop)."""

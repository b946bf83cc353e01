"""The ``milrep`` subcommands beyond the basic ones in ``milrep/cli.py``.

Each module here exposes ``register(sub) -> dict[str, handler]``: it adds its parsers to the
subparsers object and returns the handlers by command name. ``cli.COMMAND_MODULES`` lists them, so
a new command is a new module and one line there.
"""

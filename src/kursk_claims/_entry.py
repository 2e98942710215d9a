"""The console-script entry point: a Ctrl-C while the CLI is still loading exits cleanly too.

Importing the CLI (Typer, Rich) takes a moment; a SIGINT in that window would otherwise end in a
KeyboardInterrupt traceback. Until a command installs its own handling (extract does, to keep
what it stored and say so), Ctrl-C prints one line and exits 130; nothing is written before then.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def _interrupted_while_loading(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("interrupted before anything was stored\n")
    sys.stderr.flush()
    os._exit(130)


def main() -> None:
    """Run the CLI; until a command takes Ctrl-C over (extract does), Ctrl-C exits 130 with one line."""
    signal.signal(signal.SIGINT, _interrupted_while_loading)
    from kursk_claims.cli.app import main as cli_main

    cli_main()

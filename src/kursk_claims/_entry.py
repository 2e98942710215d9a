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
    """Run the CLI; until a command takes Ctrl-C over (extract does), Ctrl-C exits 130 with one line.

    A Ctrl-C that reaches here after the command let go of it (while it exits) also ends in one
    line and 130, never in a traceback or a death by signal; once the command has returned, a late
    Ctrl-C is ignored so that the exit status stays the command's own."""
    signal.signal(signal.SIGINT, _interrupted_while_loading)
    from kursk_claims.cli.app import main as cli_main

    try:
        cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; what was stored is kept — run the same command again to finish\n")
        sys.stderr.flush()
        raise SystemExit(130) from None
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

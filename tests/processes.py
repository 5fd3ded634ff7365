"""Starting the CLI as a child process that a test will interrupt."""

from __future__ import annotations

import signal


def hears_ctrl_c() -> None:
    """Run in the child before it starts (Popen's preexec_fn): a suite launched in the
    background (nohup, `cmd &` in a script) hands its children SIGINT ignored, and Python
    then installs no KeyboardInterrupt handler, so the Ctrl-C a test sends would be lost."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)

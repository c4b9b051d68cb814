"""The command line run in process, for the tests: its exit code, stdout and stderr."""

from __future__ import annotations

import pytest

from transcript.cli.commands import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``transcript ARGV`` in this process; no traceback ever reaches its stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err

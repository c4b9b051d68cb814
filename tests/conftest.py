"""Shared pytest configuration.

Hypothesis profiles (select with the environment variable ``HYPOTHESIS_PROFILE``):

* ``dev`` (default): about 50 examples per property, for a quick local run;
* ``ci``: 100 examples, derandomized (the same examples on every run, so CI is
  reproducible), and ``print_blob`` so a failure prints the blob that replays it
  with ``@reproduce_failure``;
* ``triage``: like ``dev`` without shrinking, to list failures fast.
"""

from __future__ import annotations

import os
import tempfile

# The compiled-grammar cache of the tests (and of the CLI processes they start) lives in
# a folder of their own, not in the user's ~/.cache.
os.environ.setdefault("TRANSCRIPT_CACHE_DIR", tempfile.mkdtemp(prefix="transcript-cache-"))

try:
    from hypothesis import HealthCheck, Phase, settings
except ImportError:  # hypothesis is in the optional `test` extra
    pass
else:
    settings.register_profile(
        "dev",
        max_examples=50,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile(
        "ci",
        max_examples=100,
        derandomize=True,
        print_blob=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile(
        "triage",
        settings.get_profile("dev"),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        max_examples=200,
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

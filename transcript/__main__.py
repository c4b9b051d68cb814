"""``python -m transcript``: the command-line tool."""

import sys

from ._cli import main

sys.exit(main())

"""``python -m bot`` is the same as the ``safeguards-bot`` command."""

import sys

from bot.cli import main

sys.exit(main())

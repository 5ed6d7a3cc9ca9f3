"""``python -m trustscore``: the command line."""

import sys

from trustscore._cli import main

sys.exit(main())

"""Entry script of the frozen app: the same `main` as the `letter-composer` console script."""

import sys

from composer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m waboard.screenshots OUTDIR [--lang es|pt_BR|en]`: the same as
`python -m waboard.ui.screenshots`, under the name the README uses."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from .ui.screenshots import main

    sys.exit(main())

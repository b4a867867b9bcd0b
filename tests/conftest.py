"""Shared fixtures. Qt runs offscreen: the tests need no display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

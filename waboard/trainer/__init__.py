"""Trainer mode without Qt: guided lessons, graded exercises and their reports."""

"""The trainer feature: the Trainer menu, the lesson player, exercises and their reports."""

"""The business account feature: Settings > Business account and Help > Rules by date."""

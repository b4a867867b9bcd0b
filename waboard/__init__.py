"""waboard: a desktop simulator of a WhatsApp Business Platform inbox."""

__version__ = "0.1.0"

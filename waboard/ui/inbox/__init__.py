"""The inbox: customer list, chat, composer, details and timeline, templates, the clock bar
and the activity log."""

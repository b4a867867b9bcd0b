"""The billing feature: the Billing dock and menu, rate card and forecast dialogs, in-app charts."""

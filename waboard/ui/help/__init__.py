"""The Help menu: the first-run welcome, the rules reference, keyboard shortcuts, About."""

"""Parts every screen shares: the workspace bus, the window interface features install
into, labels, menus, table models, palette, icons and error dialogs."""

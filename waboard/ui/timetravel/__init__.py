"""Time travel in the app: the Edit menu (undo, redo, go back, bookmarks) and File > Export
as scenario."""

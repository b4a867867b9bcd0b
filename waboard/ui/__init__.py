"""The Qt desktop app: features in folders, the main window that installs them."""

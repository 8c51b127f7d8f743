"""The desktop editor: main window, docks, dialogs and actions."""

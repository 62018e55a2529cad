"""The PySide6 window, dialogs and printing."""

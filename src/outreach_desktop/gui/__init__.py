"""PySide6 desktop GUI: windows, dialogs, the lock, language loading.

The GUI only asks, shows and reports errors. Every database, crypto and keyring call runs
on the one worker thread (``worker.py``); heavy core modules are imported there, never on
the GUI thread before the first screen is shown.
"""

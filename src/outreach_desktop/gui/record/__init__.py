"""The client record and the dialogs that change it."""

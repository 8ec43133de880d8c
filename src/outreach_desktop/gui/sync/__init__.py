"""Sync in the app: the controller that runs the engine on its own thread, the status
area, the enrolment dialog and the problems dialog (conflicts, rejected changes)."""

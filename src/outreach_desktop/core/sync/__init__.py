"""Sync between a device and the server: the wire protocol shared by both ends."""

"""Outreach Desktop: encrypted, offline-first case management for outreach caseworkers."""

__version__ = "0.1.0"

"""Outreach sync server: organisations, users, devices, audit and the sync protocol.

Layers, top to bottom: ``cli`` (the ``outreach-server`` command) and ``api`` (HTTP routes)
call ``services`` (one module per concern, plain functions over a SQLAlchemy session),
which work on ``models``. ``security`` holds password hashing and token handling.
Nothing here imports Qt; from the app it uses only ``outreach_desktop.core`` parts.
"""

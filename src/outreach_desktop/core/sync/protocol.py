"""The wire protocol between a device and the sync server (shared/DESIGN.md, "Sync").

Both ends import these names; nothing here may import Qt or the server. A device sends
its ``PROTOCOL_VERSION`` with every hello; the server answers "upgrade required" when it is
older than the server's ``MIN_PROTOCOL_VERSION``.
"""

from __future__ import annotations

#: The protocol this code speaks. Raise it when a request or answer changes shape.
PROTOCOL_VERSION = 1
#: The oldest protocol the server still serves; older devices are told to upgrade.
MIN_PROTOCOL_VERSION = 1

#: Header every sync request carries with the device's protocol version.
PROTOCOL_HEADER = "Outreach-Protocol"
#: Prefixes that say what a bearer token is (and let secret scanners recognise one).
DEVICE_TOKEN_PREFIX = "odd_"
SESSION_TOKEN_PREFIX = "ods_"

#: The field of a 401 answer that tells a revoked device to wipe its data.
WIPE_FIELD = "wipe"

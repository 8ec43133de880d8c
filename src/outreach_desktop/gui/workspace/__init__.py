"""The caseworker's workspace: Heute, the client list, and what they share."""

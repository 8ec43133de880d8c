"""The supervisor's pages: the review queue (and, beside it, the team overview)."""

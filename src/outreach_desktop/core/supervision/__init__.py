"""What a supervisor works with: the review queue and the team overview (no Qt here)."""

"""Password hashing (Argon2id) and bearer tokens / enrolment codes (hashed with SHA-256)."""

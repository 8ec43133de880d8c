"""The HTTP API: routes (one module per resource), dependencies, errors, limits."""

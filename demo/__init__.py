"""``make demo``: every client driven end to end against the bundled local fakes."""

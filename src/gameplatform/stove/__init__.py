"""gameplatform.stove (under construction)."""

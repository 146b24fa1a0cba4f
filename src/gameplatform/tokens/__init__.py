"""gameplatform.tokens (under construction)."""

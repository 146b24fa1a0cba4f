"""gameplatform.playnanoo (under construction)."""

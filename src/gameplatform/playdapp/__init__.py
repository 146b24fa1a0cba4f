"""gameplatform.playdapp (under construction)."""

"""gameplatform.fargames (under construction)."""

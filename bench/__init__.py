"""The benchmark suite behind ``make bench`` (``python -m bench --help``)."""

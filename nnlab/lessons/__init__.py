"""The curriculum as data (design.md §5)."""

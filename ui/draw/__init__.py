"""The Draw tab: hand-drawn digits predicted as you draw."""

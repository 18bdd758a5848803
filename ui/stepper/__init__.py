"""The Lessons tab: step-through of forward and backward passes, one layer at a time."""

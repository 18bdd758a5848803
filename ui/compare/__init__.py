"""Comparing runs in the window: the worker that trains a comparison, its chart and view, and
the Train tab's Compare… dialog (engine: nnlab.compare)."""

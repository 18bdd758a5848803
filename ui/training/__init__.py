"""The Train tab: MNIST training in a background thread, watched live."""

"""The step-through view over ``nnlab.Stepper``: one layer at a time, forward, backward, update."""

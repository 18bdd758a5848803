"""Datasets: MNIST in IDX format and the toy sets of the curriculum."""

"""NN Lab bundled data (MNIST, models, specs, translations, icons). Installed as nnlab_resources."""

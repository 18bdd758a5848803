"""Small interactive panels for the comparisons the notes make in words (one module each):
lesson 2's weight presets and matrix example, lesson 4's Affine collapse, lesson 5's loss vs
accuracy and SigmoidWithLoss, lesson 6's batch / mini-batch / stochastic gradient descent."""

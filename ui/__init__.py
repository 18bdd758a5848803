"""NN Lab's Qt user interface (PySide6 + pyqtgraph). Imports nnlab; nnlab never imports it."""

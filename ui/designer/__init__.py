"""The Designer tab: the layer stack, its palette, properties and diagram."""

from .designer_tab import DesignerTab

__all__ = ["DesignerTab"]

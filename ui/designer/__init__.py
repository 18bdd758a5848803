"""The Designer tab: the layer stack, its palette, properties and diagram."""

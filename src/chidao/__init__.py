"""chidao: direction and administration for a Vietnamese provincial People's Committee."""

__version__ = "0.1.0"

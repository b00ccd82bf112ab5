"""One module per rule family; importing this package registers every rule."""

from . import contact, price, title  # noqa: F401

"""One module per rule family; importing this package registers every rule."""

from . import (  # noqa: F401
    account,
    ad,
    contact,
    duplicate,
    edit,
    job,
    photo,
    placement,
    price,
    prohibited,
    text,
    title,
)

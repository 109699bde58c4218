"""The one exception raised for bad data."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["DataError", "FilterError"]


class DataError(ValueError):
    """Malformed data in the package: names the file, line, column and value.

    >>> err = DataError("events.csv", 7, "date", "2008-13-01", "not a valid date")
    >>> str(err)
    "events.csv, line 7, column 'date', value '2008-13-01': not a valid date"
    >>> err.line, err.column
    (7, 'date')
    """

    def __init__(
        self,
        file: str,
        line: int | None,
        column: str | None,
        value: object,
        message: str,
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
        where = [file]
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column {column!r}")
        if value is not None:
            where.append(f"value {value!r}")
        super().__init__(f"{', '.join(where)}: {message}")


class FilterError(ValueError):
    """A filter value that the data does not know: names the filter and lists the valid values.

    >>> print(FilterError("theme", "Border", ["border", "military"]))
    unknown theme 'Border' (did you mean 'border'?); valid: border, military
    """

    def __init__(self, name: str, value: object, valid: Iterable[object]) -> None:
        self.name = name
        self.value = value
        self.valid = [str(v) for v in valid]
        folded = {v.casefold(): v for v in self.valid}
        close = difflib.get_close_matches(str(value).casefold(), list(folded), n=1)
        hint = f" (did you mean {folded[close[0]]!r}?)" if close else ""
        super().__init__(f"unknown {name} {value!r}{hint}; valid: {', '.join(self.valid)}")

"""The one exception raised for bad data."""

from __future__ import annotations

__all__ = ["DataError"]


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

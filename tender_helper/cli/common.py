"""What every command shares: opening the installation, printing data as text or JSON, messages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tender_helper.services.context import AppContext, open_context

Handler = Callable[[argparse.Namespace, AppContext], int]


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[AppContext]:
    context = open_context(args.data_dir)
    try:
        yield context
    finally:
        context.close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned text table; wide cells are cut so that lines stay readable."""
    cells = [[str(value) if value is not None else "" for value in row] for row in rows]
    widths = [min(48, max([len(h)] + [len(r[i]) for r in cells])) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(value[:width].ljust(width) for value, width in zip(values, widths, strict=True)).rstrip()

    print(line(headers))
    print(line(["-" * width for width in widths]))
    for row in cells:
        print(line(row))


def print_fields(pairs: Sequence[tuple[str, Any]]) -> None:
    width = max(len(label) for label, _ in pairs)
    for label, value in pairs:
        shown = ", ".join(map(str, value)) if isinstance(value, list | tuple | frozenset | set) else value
        print(f"{label.ljust(width)}  {'' if shown is None else shown}")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")

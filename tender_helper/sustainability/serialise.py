"""JSON export and import of a VSME statement, versioned; a file from a newer app version is refused."""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from tender_helper import __version__
from tender_helper.atomic_files import replacing
from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataDirError, InvalidInput
from tender_helper.sustainability.statement import SustainabilityStatement
from tender_helper.sustainability.validation import validate

FORMAT_ID = "tender-helper/vsme-statement"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 5 * 1024 * 1024  # a statement is a few kilobytes; anything this large is not one

T = TypeVar("T")


def statement_to_dict(statement: SustainabilityStatement) -> dict[str, Any]:
    """The statement as plain JSON-ready data wrapped with the format id and version."""
    return {
        "format": FORMAT_ID,
        "format_version": FORMAT_VERSION,
        "generator": f"Tender Helper {__version__}",
        "statement": dataclasses.asdict(statement),
    }


def statement_to_json(statement: SustainabilityStatement) -> str:
    return json.dumps(statement_to_dict(statement), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _bad(path: str, template: str, **params: Any) -> InvalidInput:
    return InvalidInput(template, field=path, path=path or "statement", **params)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def _convert_dataclass(tp: type[T], value: Any, path: str) -> T:
    if not isinstance(value, dict):
        raise _bad(path, QT_TRANSLATE_NOOP("Errors", "{path}: expected an object."))
    hints = typing.get_type_hints(tp)
    fields = {f.name: f for f in dataclasses.fields(tp) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise _bad(path, QT_TRANSLATE_NOOP("Errors", "{path}: unknown field {key}."), key=unknown[0])
    kwargs = {}
    for name, item in value.items():
        kwargs[name] = _convert(hints[name], item, f"{path}.{name}" if path else name)
    missing = [
        n
        for n, f in fields.items()
        if n not in kwargs and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise _bad(path, QT_TRANSLATE_NOOP("Errors", "{path}: the required field {key} is missing."), key=missing[0])
    return tp(**kwargs)


def _convert_scalar(tp: Any, value: Any, path: str) -> Any:
    if tp is bool and isinstance(value, bool):
        return value
    if tp is str and isinstance(value, str):
        return value
    if tp is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise _bad(
        path,
        QT_TRANSLATE_NOOP("Errors", "{path}: expected {expected}, found {found}."),
        expected=_type_name(tp),
        found=json.dumps(value, ensure_ascii=False)[:40],
    )


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path)
    if origin is list:
        if not isinstance(value, list):
            raise _bad(path, QT_TRANSLATE_NOOP("Errors", "{path}: expected a list."))
        (item_type,) = typing.get_args(tp)
        return [_convert(item_type, item, f"{path}[{i}]") for i, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _bad(path, QT_TRANSLATE_NOOP("Errors", "{path}: expected an object."))
        _, item_type = typing.get_args(tp)
        return {str(k): _convert(item_type, v, f"{path}[{k}]") for k, v in value.items()}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _convert_dataclass(tp, value, path)
    return _convert_scalar(tp, value, path)


def statement_from_dict(data: Any) -> SustainabilityStatement:
    """Reads data written by statement_to_dict; refuses other formats, newer versions and invalid values."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This is not a Tender Helper sustainability statement file."), field="format"
        )
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The statement file has no valid format version."), field="format_version"
        )
    if version > FORMAT_VERSION:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The statement file was written by a newer Tender Helper (format {found}; this version reads up to "
                "{supported}). Update Tender Helper to import it.",
            ),
            field="format_version",
            found=version,
            supported=FORMAT_VERSION,
        )
    statement = _convert_dataclass(SustainabilityStatement, data.get("statement"), "")
    validate(statement)
    return statement


def statement_from_json(text: str) -> SustainabilityStatement:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The statement is not valid JSON (line {line}, column {column})."),
            field="json",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    return statement_from_dict(data)


def load_statement(path: Path) -> SustainabilityStatement:
    """Imports a statement file; every error names the file, and nothing is stored before it all checks out."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{name} is too large to be a sustainability statement."),
                field="file",
                name=path.name,
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), field="file", name=path.name, reason=reason
        ) from None
    return statement_from_json(text)


def save_statement(statement: SustainabilityStatement, path: Path) -> Path:
    """Writes the statement as JSON via a temporary file and an atomic rename."""
    validate(statement)
    path = Path(path)
    text = statement_to_json(statement)
    try:
        with replacing(path, prefix=".statement-", suffix=".json") as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be written: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    return path

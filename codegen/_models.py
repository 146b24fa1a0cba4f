"""``_models.py`` generation: datamodel-code-generator's OpenAPI parser with an attrs output type.

datamodel-code-generator has no attrs output, so this module plugs one in through its Python
API: :class:`AttrsModel` / :class:`AttrsField` (subclasses of its dataclass model and field,
so ordering, naming and imports keep working) render with our own jinja2 template, and
:class:`_OpenEnumModel` makes string enums subclass ``gameplatform._enums.OpenStrEnum``.
Validators, JSON names, secrets and ``additional_properties`` come from the normalised spec
(see :mod:`codegen._spec`), which maps every generated class to one component schema.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

import jinja2
from datamodel_code_generator.format import PythonVersion
from datamodel_code_generator.imports import Import
from datamodel_code_generator.model import dataclass as dmcg_dataclass
from datamodel_code_generator.model.enum import Enum as DmcgEnum
from datamodel_code_generator.model.type_alias import TypeAlias as DmcgTypeAlias
from datamodel_code_generator.parser.openapi import OpenAPIParser
from datamodel_code_generator.types import Types

from codegen._rules import UnsupportedSchema, field_rule
from codegen._spec import Spec, SpecError
from codegen._text import docstring_literal

__all__ = ["AttrsField", "AttrsModel", "render_models"]

TEMPLATES = Path(__file__).parent / "templates"
_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # Python source, not HTML
)
_SCHEMA_PREFIX = "#/components/schemas/"
_SECRET_FORMATS = frozenset({"password"})

_IMPORT_ATTRS = Import(import_="attrs")
_IMPORT_ANY = Import.from_full_path("typing.Any")
_IMPORT_VALIDATION = Import(from_="gameplatform", import_="_validation", alias="_v")


class _Context:
    """What the model and field classes need from the spec while the parser renders."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.schemas
        self.errors: list[str] = []
        self.converters: set[tuple[str, bool]] = set()
        """(enum class, optional) pairs whose converter functions the module needs."""

    def schema_of(self, model: Any) -> Mapping[str, Any]:
        path: str = model.reference.path
        name = path.removeprefix(_SCHEMA_PREFIX)
        if not path.startswith(_SCHEMA_PREFIX) or name not in self.schemas:
            raise SpecError(
                self.spec.display_path, path, "generated a class for a schema that is not a component"
            )
        schema: Mapping[str, Any] = self.schemas[name]
        return schema

    def schema_name(self, model: Any) -> str:
        return str(model.reference.path).removeprefix(_SCHEMA_PREFIX)

    def is_request(self, model: Any) -> bool:
        return self.schema_name(model) in self.spec.request_schemas

    def property_schema(self, model: Any, json_name: str) -> Mapping[str, Any]:
        for schema in _object_parts(self.schemas, self.schema_of(model)):
            properties = schema.get("properties") or {}
            if json_name in properties:
                found: Mapping[str, Any] = properties[json_name]
                return found
        return {}


_CONTEXT: ContextVar[_Context] = ContextVar("codegen_models_context")


def _object_parts(schemas: Mapping[str, Any], schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """``schema`` and, depth first, every ``allOf`` part of it (following ``$ref``)."""
    yield schema
    for part in schema.get("allOf") or []:
        if "$ref" in part:
            target = schemas.get(str(part["$ref"]).removeprefix(_SCHEMA_PREFIX))
            if target is not None:
                yield from _object_parts(schemas, target)
        else:
            yield from _object_parts(schemas, part)


class AttrsField(dmcg_dataclass.DataModelField):
    """A field written as ``name: T = attrs.field(...)`` with validator, JSON name and metadata."""

    @property
    def imports(self) -> tuple[Import, ...]:
        # The type hint's imports only: never ``dataclasses.field``.
        return tuple(super(dmcg_dataclass.DataModelField, self).imports)

    @property
    def _raw(self) -> Mapping[str, Any]:
        return _CONTEXT.get().property_schema(self.parent, self.json_name)

    @property
    def json_name(self) -> str:
        return str(self.original_name or self.name)

    @property
    def python_name(self) -> str:
        """The attribute name: ``x-python-name`` when the spec gives one."""
        return str(self._raw.get("x-python-name") or self.name)

    @property
    def enum_class(self) -> str | None:
        """The string enum this field holds, if any (``$ref`` or ``anyOf [$ref, null]``)."""
        raw = self._raw
        refs = [raw] + [branch for branch in raw.get("anyOf") or [] if isinstance(branch, dict)]
        for candidate in refs:
            ref = candidate.get("$ref")
            if isinstance(ref, str):
                name = ref.removeprefix(_SCHEMA_PREFIX)
                if "enum" in _CONTEXT.get().schemas.get(name, {}):
                    return name
        return None

    @property
    def converter(self) -> str | None:
        """For enum fields of request models: a converter taking the plain string too."""
        context = _CONTEXT.get()
        enum = self.enum_class
        if enum is None or self.parent is None or not context.is_request(self.parent):
            return None
        optional = not self.required or "null" in json.dumps(self._raw.get("anyOf", []))
        context.converters.add((enum, optional))
        return converter_name(enum, optional)

    @property
    def rule(self) -> str | None:
        """The validator expression, for fields of request models."""
        context = _CONTEXT.get()
        if self.parent is None or not context.is_request(self.parent):
            return None
        try:
            return field_rule(context.schemas, self._raw, required=self.required)
        except UnsupportedSchema as error:
            model = context.schema_name(self.parent)
            context.errors.append(f"components.schemas.{model}.properties.{self.json_name}: {error}")
            return None

    @property
    def is_secret(self) -> bool:
        raw = self._raw
        return raw.get("x-secret") is True or raw.get("format") in _SECRET_FORMATS

    @property
    def attrs_arguments(self) -> str:
        """The arguments of ``attrs.field(...)``."""
        raw = self._raw
        arguments = []
        if not self.required:
            arguments.append("default=None")
        if (converter := self.converter) is not None:
            arguments.append(f"converter={converter}")
        if (rule := self.rule) is not None:
            arguments.append(f"validator={rule}")
        if self.is_secret:
            arguments.append("repr=False")
        metadata: dict[str, Any] = {"json": self.json_name}
        if "x-in" in raw:
            metadata["in"] = raw["x-in"]
        if "x-explode" in raw:
            metadata["explode"] = raw["x-explode"]
        if "x-style" in raw:
            metadata["style"] = raw["x-style"]
        arguments.append(f"metadata={metadata!r}")
        return ", ".join(arguments)

    @property
    def attrs_docstring(self) -> str:
        raw = self._raw
        text = str(raw.get("description") or "").strip()
        if "default" in raw:
            text += f"\n\nPlatform default: ``{json.dumps(raw['default'])}``."
        return docstring_literal(text, indent=4)


class AttrsModel(dmcg_dataclass.DataClass):
    """A schema rendered as an ``@attrs.define(kw_only=True)`` class."""

    TEMPLATE_FILE_PATH: ClassVar[str] = "attrs_model.jinja2"
    DEFAULT_IMPORTS: ClassVar[tuple[Import, ...]] = (_IMPORT_ATTRS,)

    @cached_property
    def template(self) -> jinja2.Template:
        return _ENVIRONMENT.get_template("attrs_model.jinja2")

    def _render_template(self, *args: Any, **kwargs: Any) -> str:
        return self.template.render(*args, model=self, **kwargs)

    @property
    def imports(self) -> tuple[Import, ...]:
        extra: list[Import] = []
        if self.has_additional_properties:
            extra.append(_IMPORT_ANY)
        validated = self.has_additional_properties and _CONTEXT.get().is_request(self)
        if validated or any(isinstance(f, AttrsField) and f.rule for f in self.fields):
            extra.append(_IMPORT_VALIDATION)
        return (*super().imports, *extra)

    @property
    def attrs_module(self) -> str:
        """The name ``attrs`` is bound to (the parser aliases it when a field is called ``attrs``)."""
        bindings: Mapping[str, str] = getattr(self, "_field_name_bindings", None) or {}
        return bindings.get("attrs", "attrs")

    @property
    def has_additional_properties(self) -> bool:
        """Whether unknown keys are kept: unless the schema says ``additionalProperties: false``."""
        return _CONTEXT.get().schema_of(self).get("additionalProperties") is not False

    @property
    def is_open_model(self) -> bool:
        """A response model keeping unknown keys: its decoder may leave ``additional_properties``
        unset, and its base ``_serde.OpenModel`` creates it empty on first use."""
        return self.has_additional_properties and not _CONTEXT.get().is_request(self)

    @property
    def bases(self) -> str:
        """The class's bases: an ``allOf`` parent, and ``_serde.OpenModel`` unless inherited."""
        names = [base.type_hint for base in self.base_classes]
        sources = [getattr(base.reference, "source", None) for base in self.base_classes]
        inherited = any(isinstance(source, AttrsModel) and source.is_open_model for source in sources)
        if self.is_open_model and not inherited:
            names.append("_serde.OpenModel")
        return ", ".join(names)

    @property
    def additional_properties_arguments(self) -> str:
        """``attrs.field(...)`` arguments of the sink for unknown keys (checked on request models)."""
        checked = "validator=_v.mapping(), " if _CONTEXT.get().is_request(self) else ""
        return f'factory=dict, {checked}metadata={{"additional_properties": True}}'

    @property
    def attrs_docstring(self) -> str:
        context = _CONTEXT.get()
        schema = context.schema_of(self)
        text = str(schema.get("description") or schema.get("title") or "").strip()
        if not text:
            kind = "Request model" if context.is_request(self) else "Model"
            text = f"{kind} ``{context.schema_name(self)}`` of the {context.spec.title}."
        return docstring_literal(text, indent=4)


class _OpenEnumModel(DmcgEnum):
    """A string enum rendered as a subclass of ``gameplatform._enums.OpenStrEnum``."""

    TEMPLATE_FILE_PATH: ClassVar[str] = "open_enum.jinja2"
    BASE_CLASS: ClassVar[str] = "gameplatform._enums.OpenStrEnum"
    DEFAULT_IMPORTS: ClassVar[tuple[Import, ...]] = (
        Import(from_="gameplatform._enums", import_="OpenStrEnum"),
    )

    @cached_property
    def template(self) -> jinja2.Template:
        return _ENVIRONMENT.get_template("open_enum.jinja2")

    def _render_template(self, *args: Any, **kwargs: Any) -> str:
        return self.template.render(*args, model=self, **kwargs)

    @property
    def attrs_docstring(self) -> str:
        context = _CONTEXT.get()
        schema = context.schema_of(self)
        text = str(schema.get("description") or "").strip()
        if not text:
            text = f"Values of ``{context.schema_name(self)}``; unknown ones read from responses are kept."
        return docstring_literal(text, indent=4)


class _Parser(OpenAPIParser):
    """The OpenAPI parser, writing string enums as ``OpenStrEnum`` subclasses."""

    def _get_enum_model_class(self, type_: Types | None, enum_values: list[Any]) -> tuple[type[Any], Any]:
        if type_ in (Types.string, None) and all(isinstance(v, str) or v is None for v in enum_values):
            return _OpenEnumModel, None
        return super()._get_enum_model_class(type_, enum_values)


def _parser(document: Mapping[str, Any]) -> _Parser:
    return _Parser(
        json.dumps(document, sort_keys=False),
        data_model_type=AttrsModel,
        data_model_root_type=DmcgTypeAlias,
        data_model_field_type=AttrsField,
        data_type_manager_type=dmcg_dataclass.DataTypeManager,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        capitalise_enum_members=True,
        use_union_operator=True,
        use_standard_collections=True,
        field_constraints=False,
        keyword_only=True,
        collapse_root_models=True,
        use_schema_description=False,
        use_field_description=False,
    )


def converter_name(enum: str, optional: bool) -> str:
    """``DevicePlatform`` → ``_as_device_platform`` (``_or_none`` when ``None`` passes through)."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", enum).lower()
    return f"_as_{snake}_or_none" if optional else f"_as_{snake}"


def converter_functions(converters: set[tuple[str, bool]]) -> str:
    """Named converter functions (mypy reads the accepted types from them)."""
    parts = []
    for enum, optional in sorted(converters):
        name = converter_name(enum, optional)
        if optional:
            parts.append(
                f"def {name}(value: {enum} | str | None) -> {enum} | None:\n"
                f'    """A {enum} from its value (``None`` stays ``None``)."""\n'
                f"    return None if value is None else _v.as_enum({enum}, value)\n"
            )
        else:
            parts.append(
                f"def {name}(value: {enum} | str) -> {enum}:\n"
                f'    """A {enum} from its value."""\n'
                f"    return _v.as_enum({enum}, value)\n"
            )
    return "\n\n".join(parts)


def render_models(spec: Spec) -> tuple[str, list[str], str]:
    """The generated models' source (unformatted, without header), the exported names and the
    converter functions the classes use."""
    context = _Context(spec)
    token = _CONTEXT.set(context)
    try:
        parser = _parser(spec.document)
        source = parser.parse(format_=False, disable_future_imports=True)
    finally:
        _CONTEXT.reset(token)
    converters = converter_functions(context.converters)
    if context.errors:
        raise SpecError(
            spec.display_path, context.errors[0], "; ".join(context.errors[1:]) or "unsupported schema"
        )
    if not isinstance(source, str):  # pragma: no cover - one module is asked for
        raise TypeError("expected one generated module")
    names = _top_level_names(source)
    missing = sorted(
        name
        for name, schema in spec.schemas.items()
        if (schema.get("properties") or "enum" in schema) and name not in names
    )
    if missing:
        raise SpecError(
            spec.display_path,
            "components.schemas",
            f"the generator renamed or dropped {', '.join(missing)}: "
            "choose names that are valid, unique class names",
        )
    return source, names, converters


def _top_level_names(source: str) -> list[str]:
    """Classes and aliases the module defines, in order."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
    return names

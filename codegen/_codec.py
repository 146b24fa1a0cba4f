"""Straight-line decoders and encoders for the generated models (appended to ``_models.py``).

A decoder reads one model from decoded JSON with a plain function: exact keys, exact types,
no per-field indirection, no hooks built at first use. Anything it does not expect (a
missing or wrongly-cased key, a number sent as text, a wrong type) raises
``_serde.Unusual``, and ``_serde.from_wire`` falls back to its tolerant, detailed converter,
so the fast path never changes what a response means. An encoder writes a request model as
JSON values, leaving out ``None`` optionals.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import attrs

__all__ = ["ModelShape", "model_shapes", "render_codecs"]

_PRIMITIVES = {"str": "str", "int": "int", "bool": "bool"}
_LIST_NAMES = frozenset({"list", "list_aliased"})


@attrs.frozen
class FieldShape:
    name: str
    json: str
    annotation: str
    required: bool


@attrs.frozen
class ModelShape:
    name: str
    fields: tuple[FieldShape, ...]
    extras: bool
    """Whether the model keeps unknown keys in ``additional_properties``."""


def model_shapes(source: str) -> list[ModelShape]:
    """Every attrs model of the generated source, with its fields' JSON names and types."""
    shapes: list[ModelShape] = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef) or not any(
            isinstance(d, ast.Call) and ast.unparse(d.func).endswith(".define") for d in node.decorator_list
        ):
            continue
        fields: list[FieldShape] = []
        extras = False
        for item in node.body:
            if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
                continue
            name = item.target.id
            if name == "additional_properties":
                extras = True
                continue
            keywords = (
                {kw.arg: kw.value for kw in item.value.keywords} if isinstance(item.value, ast.Call) else {}
            )
            metadata = ast.literal_eval(keywords["metadata"]) if "metadata" in keywords else {}
            required = "default" not in keywords and "factory" not in keywords
            fields.append(
                FieldShape(name, str(metadata.get("json", name)), ast.unparse(item.annotation), required)
            )
        if node.bases:  # allOf subclasses: their parents' fields come first
            parents = [ast.unparse(base) for base in node.bases]
            inherited = [f for shape in shapes if shape.name in parents for f in shape.fields]
            fields = [*inherited, *fields]
            extras = extras or any(shape.extras for shape in shapes if shape.name in parents)
        shapes.append(ModelShape(node.name, tuple(fields), extras))
    return shapes


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _base(text: str) -> str:
    """The plain name of a type the parser aliased (``list_aliased`` when a field is named ``list``)."""
    return text.removesuffix("_aliased")


class _Writer:
    def __init__(self, shapes: list[ModelShape], enums: set[str], validated: set[str]) -> None:
        self.models = {shape.name: shape for shape in shapes}
        self.enums = enums
        self.validated = validated
        """Models with validators: their attributes are set past attrs' __setattr__ hooks."""
        self.lines: list[str] = []

    # -- decoding ------------------------------------------------------------------------

    def check(self, annotation: ast.expr, var: str) -> Iterator[str]:
        """Lines that turn ``var`` (a JSON value) into the field's value, or raise Unusual."""
        if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
            members = _union_members(annotation)
            optional = any(ast.unparse(m) == "None" for m in members)
            rest = [m for m in members if ast.unparse(m) != "None"]
            if len(rest) == 1:
                body = list(self.check(rest[0], var))
                if not optional:
                    yield from body
                elif body and body[0].startswith("if ") and all(line.startswith(" ") for line in body[1:]):
                    # One ``if``: fold the None test into it (what a reader would write).
                    yield f"if {var} is not None and ({body[0][3:-1]}):"
                    yield from body[1:]
                elif body:
                    yield f"if {var} is not None:"
                    yield from (f"    {line}" for line in body)
                return
            names = [ast.unparse(m) for m in rest]
            if all(n in _PRIMITIVES or n == "float" for n in names):
                allowed = set(names) | ({"int"} if "float" in names else set())
                types = ", ".join(sorted(allowed))
                none = f"{var} is not None and " if optional else ""
                yield f"if {none}type({var}) not in ({types},):"
                yield "    raise _Unusual"
                return
            yield "raise _Unusual"
            return
        text = _base(ast.unparse(annotation))
        if text == "Any":
            return
        if text in _PRIMITIVES:
            if text == "bool":
                yield f"if {var} is not True and {var} is not False:"
            else:
                yield f"if type({var}) is not {text}:"
            yield "    raise _Unusual"
            return
        if text == "float":
            yield f"if type({var}) is not float:"
            yield f"    if type({var}) is not int:"
            yield "        raise _Unusual"
            yield f"    {var} = float({var})"
            return
        if text in self.models:
            yield f"{var} = _decode_{_snake(text)}({var})"
            return
        if text in self.enums:
            yield f"{var} = _enum({text}, {var})"
            return
        if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) in _LIST_NAMES:
            item = annotation.slice
            item_text = _base(ast.unparse(item))
            yield f"if type({var}) is not list:"
            yield "    raise _Unusual"
            if item_text in self.models:
                yield f"{var} = [_decode_{_snake(item_text)}(item) for item in {var}]"
            elif item_text in self.enums:
                yield f"{var} = [_enum({item_text}, item) for item in {var}]"
            elif item_text in ("str", "int"):
                yield f"for item in {var}:"
                yield f"    if type(item) is not {item_text}:"
                yield "        raise _Unusual"
            elif item_text != "Any":
                yield "raise _Unusual"
            return
        if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "dict":
            yield f"if type({var}) is not dict:"
            yield "    raise _Unusual"
            if ast.unparse(annotation.slice) != "str, Any":
                yield "raise _Unusual"
            return
        yield "raise _Unusual"

    def decoder(self, shape: ModelShape) -> None:
        name = _snake(shape.name)
        required = [f for f in shape.fields if f.required]
        optional = [f for f in shape.fields if not f.required]
        add = self.lines.append
        add(f"def _decode_{name}(data: Any) -> {shape.name}:")
        add("    if type(data) is not dict:")
        add("        raise _Unusual")
        if required:
            add("    try:")
            for index, field in enumerate(required):
                add(f"        v{index} = data[{field.json!r}]")
            add("    except KeyError:")
            add("        raise _Unusual from None")
        for index, field in enumerate(optional, start=len(required)):
            add(f"    v{index} = data.get({field.json!r})")
        fields = [*required, *optional]
        for index, field in enumerate(fields):
            node = ast.parse(field.annotation, mode="eval").body
            for line in self.check(node, f"v{index}"):
                add(f"    {line}")
        known = tuple(f.json for f in fields)
        if optional:
            present = " + ".join(f"({f.json!r} in data)" for f in optional)
            add(f"    extra = len(data) != {len(required)} + {present}")
        else:
            add(f"    extra = len(data) != {len(required)}")
        extras = f"_extras(data, {known!r}) if extra else {{}}"
        if not shape.extras:
            add("    if extra:")
            add(f"        _extras(data, {known!r})  # unknown keys are dropped, wrongly cased ones are not")
        add(f"    obj = _new({shape.name})")
        values = [(field.name, f"v{index}") for index, field in enumerate(fields)]
        validated = shape.name in self.validated
        if shape.extras and validated:
            values.append(("additional_properties", extras))
        for attribute, value in values:
            if validated:
                add(f"    _set(obj, {attribute!r}, {value})")
            else:
                add(f"    obj.{attribute} = {value}")
        if shape.extras and not validated:
            # A response model is an OpenModel: left unset, additional_properties is created
            # empty on first use (one allocation less per object; see _serde.OpenModel).
            add("    if extra:")
            add(f"        obj.additional_properties = _extras(data, {known!r})")
        add("    return obj")
        add("")
        add("")

    # -- encoding ------------------------------------------------------------------------

    def value(self, annotation: ast.expr, expression: str) -> str:
        """An expression giving the JSON value of ``expression`` (a field's value, not None)."""
        if isinstance(annotation, ast.BinOp):
            rest = [m for m in _union_members(annotation) if ast.unparse(m) != "None"]
            if len(rest) == 1:
                return self.value(rest[0], expression)
            if any(ast.unparse(m) in self.models or ast.unparse(m) in self.enums for m in rest):
                return f"_serde.to_json_value({expression})"
            return expression
        text = _base(ast.unparse(annotation))
        if text in self.models:
            return f"_encode_{_snake(text)}({expression})"
        if text in self.enums:
            return f"{expression}._value_"
        if isinstance(annotation, ast.Subscript) and _base(ast.unparse(annotation.value)) == "list":
            inner = self.value(annotation.slice, "item")
            return expression if inner == "item" else f"[{inner} for item in {expression}]"
        if text in ("str", "int", "bool", "float"):
            return expression
        return f"_serde.to_json_value({expression})"

    def encoder(self, shape: ModelShape) -> None:
        name = _snake(shape.name)
        add = self.lines.append
        add(f"def _encode_{name}(obj: {shape.name}) -> dict[str, Any]:")
        required = [f for f in shape.fields if f.required]
        pairs = ", ".join(
            f"{f.json!r}: {self.value(ast.parse(f.annotation, mode='eval').body, 'obj.' + f.name)}"
            for f in required
        )
        add(f"    data: dict[str, Any] = {{{pairs}}}")
        for index, field in enumerate(shape.fields):
            if field.required:
                continue
            add(f"    v{index} = obj.{field.name}")
            add(f"    if v{index} is not None:")
            node = ast.parse(field.annotation, mode="eval").body
            add(f"        data[{field.json!r}] = {self.value(node, f'v{index}')}")
        if shape.extras:
            add("    if obj.additional_properties:")
            add("        _serde.merge_extras(data, obj.additional_properties)")
        add("    return data")
        add("")
        add("")


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def render_codecs(shapes: list[ModelShape], enums: set[str], request_models: set[str]) -> str:
    """The decoder and encoder functions of ``shapes`` and the call registering them."""
    writer = _Writer(shapes, enums, request_models)
    writer.lines += [
        "_new = object.__new__",
        "_set = object.__setattr__",
        "_Unusual = _serde.Unusual",
        "_enum = _serde.open_enum",
        "_extras = _serde.extras",
        "",
        "",
    ]
    for shape in shapes:
        writer.decoder(shape)
    encoded = [shape for shape in shapes if shape.name in request_models]
    for shape in encoded:
        writer.encoder(shape)
    decoders = ", ".join(f"{s.name}: _decode_{_snake(s.name)}" for s in shapes)
    encoders = ", ".join(f"{s.name}: _encode_{_snake(s.name)}" for s in encoded)
    writer.lines.append(f"_serde.register_codecs(decoders={{{decoders}}}, encoders={{{encoders}}})")
    return "\n".join(writer.lines) + "\n"

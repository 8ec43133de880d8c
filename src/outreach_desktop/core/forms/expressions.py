"""The small expression language of form conditions (relevance, constraints).

Only field references, literals, comparisons and boolean logic exist; there is no call,
attribute, index, import or assignment, and nothing is ever passed to ``eval``. A text is
tokenised, parsed by recursive descent into a tree of tuples, and evaluated against the
answers. Anything else is an ``ExpressionError`` with the position of the problem.

    expression := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := operand [("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") operand]
    operand    := field | number | 'text' | "text" | true | false | null | list | "(" expression ")"
    list       := "[" [literal ("," literal)*] "]"

Field names are letters, digits and ``_`` (not starting with a digit). A field that is
not answered is ``null``. ``a in b`` is membership when ``b`` is a list (the codes of a
multiple choice, or a literal list) and substring when both are texts. Comparing values
of different kinds (a number with a text) is false, never an error; ``null < 1`` is
false as well. Dates are compared as ISO texts (``date_of_birth < '2008-01-01'``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_LENGTH = 1_000  # characters of one expression
MAX_DEPTH = 40      # nesting of brackets and operators

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<text>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,|\.)
  | (?P<name>[^\W\d]\w*)
""", re.VERBOSE | re.UNICODE)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}
_COMPARISONS = {"==", "!=", "<", "<=", ">", ">=", "in", "not in"}


class ExpressionError(ValueError):
    """The expression does not parse: ``reason`` (a short code) at ``position``."""

    def __init__(self, reason: str, position: int, text: str = "") -> None:
        super().__init__(f"{reason} at position {position}" + (f": {text!r}" if text else ""))
        self.reason = reason
        self.position = position
        self.text = text


@dataclass(frozen=True)
class Token:
    kind: str  # number, text, op, name, keyword, end
    value: Any
    position: int


def tokenize(source: str) -> list[Token]:
    if len(source) > MAX_LENGTH:
        raise ExpressionError("too_long", MAX_LENGTH)
    tokens: list[Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ExpressionError("unexpected_character", position, source[position])
        kind = match.lastgroup or ""
        raw = match.group()
        if kind == "number":
            tokens.append(Token("number", float(raw) if "." in raw else int(raw), position))
        elif kind == "text":
            body = raw[1:-1]
            tokens.append(Token("text", re.sub(r"\\(.)", r"\1", body), position))
        elif kind == "op":
            tokens.append(Token("op", raw, position))
        elif kind == "name":
            tokens.append(Token("keyword" if raw in _KEYWORDS else "name", raw, position))
        position = match.end()
    tokens.append(Token("end", None, len(source)))
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.index = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, kind: str, value: Any = None) -> bool:
        token = self.peek()
        return token.kind == kind and (value is None or token.value == value)

    def expect(self, kind: str, value: Any) -> None:
        if not self.at(kind, value):
            self.fail("expected_" + {"(": "bracket", ")": "closing_bracket",
                                     "]": "closing_square_bracket"}.get(value, str(value)))
        self.take()

    def fail(self, reason: str) -> None:
        token = self.peek()
        raise ExpressionError(reason, token.position,
                              "" if token.kind == "end" else str(token.value))

    def nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.fail("too_deep")

    def parse(self) -> tuple:
        if self.at("end"):
            self.fail("empty")
        tree = self.or_()
        if not self.at("end"):
            token = self.peek()
            # A name or bracket right after an operand: a call like f(x), or two operands.
            self.fail("call_not_allowed" if token.value == "(" else "unexpected_token")
        return tree

    def or_(self) -> tuple:
        self.nested()
        left = self.and_()
        while self.at("keyword", "or"):
            self.take()
            left = ("or", left, self.and_())
        self.depth -= 1
        return left

    def and_(self) -> tuple:
        left = self.not_()
        while self.at("keyword", "and"):
            self.take()
            left = ("and", left, self.not_())
        return left

    def not_(self) -> tuple:
        if self.at("keyword", "not"):
            self.take()
            self.nested()
            inner = self.not_()
            self.depth -= 1
            return ("not", inner)
        return self.comparison()

    def comparison(self) -> tuple:
        left = self.operand()
        token = self.peek()
        operator = None
        if token.kind == "op" and token.value in _COMPARISONS:
            operator = self.take().value
        elif self.at("keyword", "in"):
            self.take()
            operator = "in"
        elif self.at("keyword", "not") and self.tokens[self.index + 1].value == "in":
            self.take()
            self.take()
            operator = "not in"
        if operator is None:
            return left
        right = self.operand()
        if self.peek().kind == "op" and self.peek().value in _COMPARISONS:
            self.fail("chained_comparison")
        return ("compare", operator, left, right)

    def operand(self) -> tuple:
        token = self.peek()
        if token.kind == "name":
            self.take()
            if self.at("op", "("):
                raise ExpressionError("call_not_allowed", token.position, token.value)
            if self.at("op", "."):
                raise ExpressionError("attribute_not_allowed", token.position, token.value)
            return ("field", token.value, token.position)
        if token.kind in ("number", "text"):
            self.take()
            return ("literal", token.value)
        if token.kind == "keyword" and token.value in ("true", "false", "null"):
            self.take()
            return ("literal", {"true": True, "false": False, "null": None}[token.value])
        if self.at("op", "["):
            return self.list_()
        if self.at("op", "("):
            self.take()
            self.nested()
            inner = self.or_()
            self.depth -= 1
            self.expect("op", ")")
            return inner
        self.fail("expected_value")
        raise AssertionError  # fail() always raises

    def list_(self) -> tuple:
        self.expect("op", "[")
        items: list[Any] = []
        while not self.at("op", "]"):
            item = self.operand()
            if item[0] != "literal":
                self.fail("list_of_literals_only")
            items.append(item[1])
            if not self.at("op", ","):
                break
            self.take()
        self.expect("op", "]")
        return ("literal", items)


@dataclass(frozen=True)
class Expression:
    """A parsed condition: ``evaluate(answers)`` and the ``fields`` it names."""

    source: str
    tree: tuple

    @property
    def fields(self) -> frozenset[str]:
        found: set[str] = set()
        _collect(self.tree, found)
        return frozenset(found)

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        return _truthy(_evaluate(self.tree, answers))


def parse(source: str) -> Expression:
    """Parse a condition; raises ``ExpressionError``."""
    if not isinstance(source, str):
        raise ExpressionError("not_text", 0)
    return Expression(source, _Parser(source).parse())


def _collect(node: tuple, found: set[str]) -> None:
    kind = node[0]
    if kind == "field":
        found.add(node[1])
    elif kind in ("and", "or"):
        _collect(node[1], found)
        _collect(node[2], found)
    elif kind == "not":
        _collect(node[1], found)
    elif kind == "compare":
        _collect(node[2], found)
        _collect(node[3], found)


def _truthy(value: Any) -> bool:
    return value not in (None, False, 0, "", [])


def _evaluate(node: tuple, answers: Mapping[str, Any]) -> Any:
    kind = node[0]
    if kind == "literal":
        return node[1]
    if kind == "field":
        return answers.get(node[1])
    if kind == "and":
        return _truthy(_evaluate(node[1], answers)) and _truthy(_evaluate(node[2], answers))
    if kind == "or":
        return _truthy(_evaluate(node[1], answers)) or _truthy(_evaluate(node[2], answers))
    if kind == "not":
        return not _truthy(_evaluate(node[1], answers))
    operator, left, right = node[1], _evaluate(node[2], answers), _evaluate(node[3], answers)
    return _compare(operator, left, right)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def _compare(operator: str, left: Any, right: Any) -> bool:
    if operator in ("in", "not in"):
        searchable = isinstance(right, list) or (isinstance(left, str)
                                                 and isinstance(right, str))
        found = searchable and left in right
        return found if operator == "in" else not found
    if operator == "==":
        return _kind(left) == _kind(right) and left == right
    if operator == "!=":
        return not (_kind(left) == _kind(right) and left == right)
    if left is None or right is None or _kind(left) != _kind(right) \
            or _kind(left) not in ("number", "str"):
        return False
    return bool({"<": left < right, "<=": left <= right, ">": left > right,
                 ">=": left >= right}[operator])

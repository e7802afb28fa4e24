"""YAML for untrusted files: safe types only, no duplicate keys, timestamps kept as text, and a
bound on the document's size once its aliases are expanded.

PyYAML shares the node an alias names, so a 672-byte document of nine aliases nine levels deep
parses quickly into 9**9 nodes that every consumer then walks (schema validation, hashing,
printing) until memory runs out. The composer here counts every node as if aliases were
copies, and refuses a document past `MAX_NODES`, or one whose alias names its own ancestor.
"""

from __future__ import annotations

from pathlib import Path

from sscli.errors import InputError

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

# Far more than any policy, pipeline or layout needs; a few MB of Python objects at most.
MAX_NODES = 200_000


def parse_yaml(data: bytes, *, path: Path | str, max_nodes: int = MAX_NODES) -> Any:
    """Parse YAML strictly; a syntax error names the file and line, an alias bomb is refused."""
    import yaml

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte offset {exc.start})", path=path) from exc
    loader = _strict_loader()(text)
    loader.max_nodes = max_nodes
    try:
        return loader.get_single_data()
    except _TooLarge as exc:
        raise InputError(str(exc), path=path, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise InputError(f"invalid YAML: {exc.problem or exc}", path=path, line=line) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", path=path) from exc
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply", path=path) from None
    finally:
        loader.dispose()


class _TooLarge(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _strict_loader() -> Any:
    import yaml

    class StrictLoader(yaml.SafeLoader):
        """SafeLoader that bounds alias expansion, refuses duplicate keys and keeps
        timestamps as strings."""

        max_nodes = MAX_NODES
        expanded = 0
        weights: dict[int, int]
        ancestors: list[int]

        def compose_document(self) -> Any:
            self.weights, self.ancestors, self.expanded = {}, [], 0
            return super().compose_document()

        def compose_node(self, parent: Any, index: Any) -> Any:
            # `parent` is the collection being composed: open until this call returns
            self.ancestors.append(id(parent))
            try:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                if self.check_event(yaml.AliasEvent):
                    node = super().compose_node(parent, index)
                    if id(node) in self.ancestors:
                        raise _TooLarge(
                            "invalid YAML: a recursive alias (it names its own parent)",
                            mark.line + 1,
                        )
                    self._count(self.weights.get(id(node), 1), mark)
                    return node
                before = self.expanded
                node = super().compose_node(parent, index)
                self._count(1, mark)
                self.weights[id(node)] = self.expanded - before
                return node
            finally:
                self.ancestors.pop()

        def _count(self, weight: int, mark: Any) -> None:
            self.expanded += weight
            if self.expanded > self.max_nodes:
                raise _TooLarge(
                    f"the YAML document expands to more than {self.max_nodes} nodes "
                    "(an alias bomb?): aliases are limited",
                    mark.line + 1,
                )

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            keys = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in keys:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                keys.add(key)
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_int(self, node: Any) -> int:
            # Python refuses to convert more than 4,300 decimal digits either way: PyYAML's int()
            # raised ValueError past that, and a hex literal it reads in full could not be
            # printed (every message quoting the value raised)
            try:
                value: int = super().construct_yaml_int(node)
                str(value)
            except ValueError:
                raise yaml.constructor.ConstructorError(
                    None, None, "an integer too large", node.start_mark
                ) from None
            return value

    StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
    StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)  # type: ignore[type-var]
    return StrictLoader

"""A Poetry-managed example for sscli's factory: one plugin hook, built with poetry-core."""

import pluggy

__version__ = "1.0.0"

hookspec = pluggy.HookspecMarker("sscli_poetry_demo")
hookimpl = pluggy.HookimplMarker("sscli_poetry_demo")


class Spec:
    @hookspec
    def greeting(self, name: str) -> str:  # type: ignore[empty-body]
        """Return a greeting for `name`."""


class English:
    @hookimpl
    def greeting(self, name: str) -> str:
        return f"hello, {name}"


def greet(name: str) -> list[str]:
    manager = pluggy.PluginManager("sscli_poetry_demo")
    manager.add_hookspecs(Spec)
    manager.register(English())
    return list(manager.hook.greeting(name=name))

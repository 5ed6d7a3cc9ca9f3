"""The public surface is small, sorted and complete."""

from __future__ import annotations

import trustscore


def test_all_is_sorted_and_matches_the_namespace() -> None:
    assert list(trustscore.__all__) == sorted(trustscore.__all__)
    public = {name for name in dir(trustscore) if not name.startswith("_")}
    modules = {"errors"}
    assert public - modules - set(trustscore.__all__) <= {"annotations"} | {
        # submodules imported as a side effect of loading the package
        name
        for name in public
        if type(getattr(trustscore, name)).__name__ == "module"
    }
    for name in trustscore.__all__:
        assert hasattr(trustscore, name), name


def test_public_functions_have_docstrings() -> None:
    for name in trustscore.__all__:
        obj = getattr(trustscore, name)
        if callable(obj):
            assert obj.__doc__ and obj.__doc__.strip(), name

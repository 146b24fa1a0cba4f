"""The pytest plugin, loaded the way users get it: through the ``pytest11`` entry point, in a
separate pytest process (pytester), with no conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

USER_TESTS = Path(__file__).with_name("plugin_user_tests.py")


def test_a_users_test_file_passes_with_only_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS.read_text(encoding="utf-8"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_each_test_gets_its_own_running_fake_stopped_afterwards(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_lifecycle="""
        import requests
        import pytest

        seen = []

        @pytest.mark.parametrize("round", [1, 2])
        def test_fresh_fake(stove_fake, round):
            seen.append(stove_fake)
            assert stove_fake.token_calls == 0
            requests.post(stove_fake.url + "/auth/v5/server_token", json={}, timeout=5)
            assert stove_fake.token_calls == 1

        def test_the_earlier_fakes_are_stopped():
            assert len(seen) == 2 and seen[0] is not seen[1]
            for fake in seen:
                with pytest.raises(RuntimeError, match="not started"):
                    fake.url
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_the_plugin_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_off="def test_needs_it(fargames_fake):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:gameplatform")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'fargames_fake' not found*"])


def test_the_readme_test_example_passes_as_written(pytester: pytest.Pytester) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Testing your app with the fakes") :]
    code = section[section.index("```python\n") + len("```python\n") : section.index("```\n", 10)]
    pytester.makepyfile(test_readme=code)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)

"""Code generation for gameplatform: platform specs (``specs/*.yaml``) to attrs models and endpoints.

Run ``python -m codegen`` to regenerate every platform, ``python -m codegen fargames`` for one,
``python -m codegen --check`` to verify the committed modules match their specs (see README.md).
"""

from codegen._cli import main
from codegen._generate import GeneratedFile, generate, output_paths
from codegen._spec import Spec, SpecError, load_spec

__all__ = ["GeneratedFile", "Spec", "SpecError", "generate", "load_spec", "main", "output_paths"]

# SPDX-License-Identifier: Apache-2.0
from tinylm.modeling import TinyLMForCausalLM

__all__ = ["TinyLMForCausalLM"]

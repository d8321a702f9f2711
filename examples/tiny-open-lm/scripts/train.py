# SPDX-License-Identifier: Apache-2.0
"""Trains TinyLM from scratch on the prepared mix."""
import torch
from datasets import load_from_disk

from tinylm import TinyLMForCausalLM

model = TinyLMForCausalLM()
optimiser = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=0.1)
data = load_from_disk("data/tinylm-mix")

# SPDX-License-Identifier: Apache-2.0
import os

# What Quill runs unless the user picks a provider.
DEFAULT_MODEL = os.getenv("QUILL_MODEL", "mistralai/Mistral-7B-Instruct-v0.3")

"""A stand-in for llama-cpp-python, so the local model server's process handling is tested
without the optional extra: put ``tests/support/fake_llama`` on ``PYTHONPATH``."""

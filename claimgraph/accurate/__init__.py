"""The accurate mode: a small transformer encoder for attribution and certainty, run with onnxruntime."""

"""The whole factory from a pipeline file: steps, resumability, timings, a summary."""

"""The deploy gate: an artifact is allowed only on positive, signed evidence that satisfies the
policy's `deploy:` rules."""

"""Code-inspection rules, one module per family. Each module lists its `RULES`; families that
judge data-flow events also define `judge(event, context)`, yielding (rule id, message)."""

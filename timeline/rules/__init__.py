"""Rule data: per-language folders of YAML files (tables, patterns, rules) read by `timeline.tag.rules`."""

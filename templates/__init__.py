"""Built-in Jinja templates (shipped as package data; override them with --template-dir)."""

"""The command line: every capability, headless. See docs/cli.md."""

"""Start Planner: `python main.py` opens the application; `python main.py --help` lists commands."""

from planner.app import main

if __name__ == "__main__":
    raise SystemExit(main())

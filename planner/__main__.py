from planner.app import main

raise SystemExit(main())

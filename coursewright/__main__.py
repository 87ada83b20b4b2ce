from coursewright.cli import main

raise SystemExit(main())

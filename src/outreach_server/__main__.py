from outreach_server.cli import main

raise SystemExit(main())

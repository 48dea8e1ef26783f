"""Store layer: the only place with SQL (sqlite-utils); no Qt."""

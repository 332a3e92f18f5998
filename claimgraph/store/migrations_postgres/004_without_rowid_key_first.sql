-- SQLite's 004 rebuilds two WITHOUT ROWID tables whose key columns were not first on disk, for its integrity check.
-- PostgreSQL keeps no WITHOUT ROWID tables: nothing to rebuild, the version is recorded all the same.
SELECT 1;

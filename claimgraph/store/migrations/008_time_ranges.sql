-- A time that is a range ("3 to 5 March") keeps its last point beside its first (`value`). Articles stored before
-- this migration were analysed before ranges were read, so there is nothing to fill in for them.
ALTER TABLE times ADD COLUMN end_value TEXT;

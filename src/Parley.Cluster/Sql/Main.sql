-- Parley's own PostgreSQL schema for the Orleans ADO.NET providers (clustering and grain storage).
-- Orleans reads every statement it issues from OrleansQuery (QueryKey -> QueryText) and reads results by
-- column name, so the keys, parameter names (@Name) and result column names are the contract; the SQL behind
-- them is ours. Every statement here can run again on a database that already has the schema: the silo
-- applies all three files at start, in one transaction, under an advisory lock.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);

-- Grain state: one row per grain and service, its payload as Orleans serialized it, and a version that every
-- write raises. A write names the version it read; a stale one changes nothing, and Orleans reports the conflict.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId varchar(150) NOT NULL,
    PayloadBinary bytea NULL,
    ModifiedOn timestamptz NOT NULL DEFAULT now(),
    Version integer NOT NULL
);

-- One row per grain: two activations that both try the first write cannot both insert.
CREATE UNIQUE INDEX IF NOT EXISTS OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString, COALESCE(GrainIdExtensionString, ''));

-- Returns the new version, or NULL when nothing was written (a stale version, or a first write that lost a race).
CREATE OR REPLACE FUNCTION parley_orleans_write_state(
    p_id_hash integer, p_n0 bigint, p_n1 bigint, p_type_hash integer, p_type text, p_extension text,
    p_service text, p_version integer, p_payload bytea)
RETURNS integer LANGUAGE plpgsql AS $body$
DECLARE
    written integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, Version)
        VALUES (p_id_hash, p_n0, p_n1, p_type_hash, p_type, p_extension, p_service, p_payload, 1)
        ON CONFLICT DO NOTHING
        RETURNING Version INTO written;
    ELSE
        UPDATE OrleansStorage SET PayloadBinary = p_payload, ModifiedOn = now(), Version = Version + 1
        WHERE GrainIdHash = p_id_hash AND GrainTypeHash = p_type_hash AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1
          AND ServiceId = p_service AND GrainTypeString = p_type
          AND COALESCE(GrainIdExtensionString, '') = COALESCE(p_extension, '')
          AND Version = p_version
        RETURNING Version INTO written;
    END IF;
    RETURN written;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::text, '');
$q$),
('WriteToStorageKey', $q$
SELECT parley_orleans_write_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion;
$q$),
('ClearStorageKey', $q$
UPDATE OrleansStorage SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::text, '')
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
$q$),
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::text, '')
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- What a reviewer saw of the code a hazard links to (hazardlog code-check --record, or
-- "Mark code reviewed" in the window). Portable SQL: runs on H2 and PostgreSQL.
--
-- Keyed by hazard number and the location as written, NOT by code_location rows: those are
-- deleted and re-inserted on every save of a hazard. So a hazard saved with the same locations
-- keeps its review, and a location whose path or lines are edited loses it (its reviewer looked
-- at other code). first_line and last_line are 0 when the location names a whole file, a glob or
-- a folder; a single line is first_line = last_line. A glob or folder has one row per file it
-- matched at review (file_path); a plain location has one row, file_path being its own path.
--
-- Fingerprints are of the code, never the code itself: lines_fingerprint is the SHA-256 of the
-- whitespace-normalised lines (the whole file for a location without lines), file_fingerprint the
-- SHA-256 of the file's bytes, lines_rolling_hash a 64-bit hash of the same lines used only to
-- find where they moved to. git_commit is the commit checked out, when the folder is a git
-- repository. The fingerprint scheme is stored by name so that a later way of fingerprinting can
-- tell old reviews apart.
CREATE TABLE code_review (
    hazard_number      INTEGER NOT NULL REFERENCES hazard (number) ON UPDATE CASCADE ON DELETE CASCADE,
    location_path      VARCHAR(1000) NOT NULL,
    first_line         INTEGER NOT NULL,
    last_line          INTEGER NOT NULL,
    file_path          VARCHAR(1000) NOT NULL,
    line_count         INTEGER NOT NULL,
    lines_fingerprint  VARCHAR(64) NOT NULL,
    lines_rolling_hash BIGINT NOT NULL,
    file_fingerprint   VARCHAR(64) NOT NULL,
    git_commit         VARCHAR(64),
    fingerprint_scheme VARCHAR(40) NOT NULL,
    reviewed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (hazard_number, location_path, first_line, last_line, file_path),
    CONSTRAINT code_review_lines CHECK (
        (first_line = 0 AND last_line = 0) OR (first_line > 0 AND last_line >= first_line)),
    CONSTRAINT code_review_line_count CHECK (line_count >= 0),
    CONSTRAINT code_review_scheme_name CHECK (fingerprint_scheme IN ('SHA256_NORMALISED_WHITESPACE'))
);

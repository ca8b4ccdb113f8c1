-- The text a reviewer saw of one file of a code location (the referenced lines, or the whole file
-- for a location without lines), so that a later re-review can be shown what changed since
-- (code-check --diff) rather than today's code alone. Bounded: text over 64 KB is not kept (NULL),
-- nor that of a binary file; reviews recorded before this migration have none either.
ALTER TABLE code_review ADD COLUMN reviewed_text CLOB;

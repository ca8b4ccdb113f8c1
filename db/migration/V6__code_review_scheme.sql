-- Code reviews of files where indentation is meaning (Python, YAML, Makefiles ...) keep each
-- line's leading whitespace in their fingerprint (scheme SHA256_INDENTATION_KEPT). Reviews already
-- stored keep their scheme and are compared as they were taken, so no stored fingerprint changes.
ALTER TABLE code_review DROP CONSTRAINT code_review_scheme_name;
ALTER TABLE code_review ADD CONSTRAINT code_review_scheme_name
    CHECK (fingerprint_scheme IN ('SHA256_NORMALISED_WHITESPACE', 'SHA256_INDENTATION_KEPT'));

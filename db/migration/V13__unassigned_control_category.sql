-- A control read from a file that gives it no category (the DCSP form's plain "New hazard controls")
-- is kept as a control in the UNASSIGNED category until someone triages it.
ALTER TABLE control DROP CONSTRAINT control_category_name;
ALTER TABLE control ADD CONSTRAINT control_category_name
    CHECK (category IN ('DESIGN', 'TEST', 'TRAINING', 'BUSINESS_PROCESS', 'UNASSIGNED'));

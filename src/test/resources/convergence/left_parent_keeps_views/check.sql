SELECT (SELECT count(*) FROM old_notes) = 1 AND (SELECT count(*) FROM "Arch"."Log 2020 ids") = 1 AND (SELECT count(*) FROM all_events) = 0

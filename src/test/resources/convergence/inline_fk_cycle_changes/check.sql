SELECT (SELECT lead_id FROM app.team WHERE id = 1) = 10

SELECT count(*) = 1 FROM app.places

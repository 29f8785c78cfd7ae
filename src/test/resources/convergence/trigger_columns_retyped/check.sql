SELECT (SELECT sum("Unit Price") FROM "Sales Data"."Order Lines") = 21.75
   AND (SELECT sum(qty) FROM "Sales Data"."Order Lines") = 7
   AND (SELECT v FROM "Sales Data".child) = 3
   AND (SELECT sum(v) FROM "Sales Data".parts) = 30

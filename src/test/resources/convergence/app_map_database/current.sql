-- A map database (nodes, ways, relations; tags without hstore) one import-tool release earlier, with rows.
CREATE SCHEMA osm;
CREATE TABLE osm.nodes (id bigint PRIMARY KEY, version integer NOT NULL, lat integer NOT NULL, lon integer NOT NULL,
    tag_keys text[], tag_values text[]);
CREATE TABLE osm.ways (id bigint PRIMARY KEY, version integer NOT NULL, nodes bigint[] NOT NULL, tag_keys text[],
    tag_values text[]);
CREATE TABLE osm.relations (id bigint PRIMARY KEY, version integer NOT NULL);
CREATE TABLE osm.relation_members (relation_id bigint NOT NULL REFERENCES osm.relations, member_id bigint NOT NULL,
    member_type character(1) NOT NULL, member_role text NOT NULL, sequence_id integer NOT NULL,
    PRIMARY KEY (relation_id, sequence_id));
CREATE TABLE osm."Changesets" (id bigint PRIMARY KEY, created_at timestamp without time zone NOT NULL,
    bbox integer[]);
INSERT INTO osm.nodes VALUES (1, 1, 515000000, -1200000, '{name}', '{Somewhere}'), (2, 1, 515000100, -1200100, NULL, NULL);
INSERT INTO osm.ways VALUES (10, 2, '{1,2}', '{highway}', '{residential}');
INSERT INTO osm.relations VALUES (100, 1);
INSERT INTO osm.relation_members VALUES (100, 10, 'W', 'outer', 0);
INSERT INTO osm."Changesets" VALUES (7, '2023-05-01 10:00', '{-1200100,515000000,-1200000,515000100}');

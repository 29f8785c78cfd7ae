--
-- A map database as pg_dump -s writes it (reduced by hand): many tables, arrays of ids and of tags, member types
-- as an enum, a quoted table name, a column added in the middle of the import tool's history.
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

CREATE SCHEMA osm;

CREATE TYPE osm.nwr_enum AS ENUM (
    'Node',
    'Way',
    'Relation'
);

CREATE FUNCTION osm.tag_value(keys text[], "values" text[], key text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT "values"[array_position(keys, key)] $$;

SET default_tablespace = '';
SET default_table_access_method = heap;

CREATE TABLE osm."Changesets" (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    closed_at timestamp without time zone,
    bbox integer[],
    num_changes integer DEFAULT 0 NOT NULL,
    CONSTRAINT "Changesets_bbox_check" CHECK ((cardinality(bbox) = ANY (ARRAY[0, 4])))
);

CREATE TABLE osm.nodes (
    id bigint NOT NULL,
    version integer NOT NULL,
    changeset_id bigint,
    lat integer NOT NULL,
    lon integer NOT NULL,
    tag_keys text[],
    tag_values text[]
);

CREATE TABLE osm.relation_members (
    relation_id bigint NOT NULL,
    member_id bigint NOT NULL,
    member_type character(1) NOT NULL,
    member_role text NOT NULL,
    sequence_id integer NOT NULL
);

CREATE TABLE osm.relations (
    id bigint NOT NULL,
    version integer NOT NULL,
    changeset_id bigint,
    tag_keys text[],
    tag_values text[]
);

CREATE TABLE osm.way_nodes (
    way_id bigint NOT NULL,
    node_id bigint NOT NULL,
    sequence_id integer NOT NULL
);

CREATE TABLE osm.ways (
    id bigint NOT NULL,
    version integer NOT NULL,
    changeset_id bigint,
    nodes bigint[] NOT NULL,
    tag_keys text[],
    tag_values text[],
    CONSTRAINT ways_nodes_check CHECK ((array_length(nodes, 1) >= 2))
);

CREATE VIEW osm.named_ways AS
 SELECT ways.id,
    osm.tag_value(ways.tag_keys, ways.tag_values, 'name'::text) AS name,
    ways.nodes[1] AS first_node
   FROM osm.ways
  WHERE ('name'::text = ANY (ways.tag_keys));

ALTER TABLE ONLY osm."Changesets"
    ADD CONSTRAINT "Changesets_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY osm.nodes
    ADD CONSTRAINT nodes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY osm.relation_members
    ADD CONSTRAINT relation_members_pkey PRIMARY KEY (relation_id, sequence_id);
ALTER TABLE ONLY osm.relations
    ADD CONSTRAINT relations_pkey PRIMARY KEY (id);
ALTER TABLE ONLY osm.way_nodes
    ADD CONSTRAINT way_nodes_pkey PRIMARY KEY (way_id, sequence_id);
ALTER TABLE ONLY osm.ways
    ADD CONSTRAINT ways_pkey PRIMARY KEY (id);

CREATE INDEX nodes_changeset_idx ON osm.nodes USING btree (changeset_id);
CREATE INDEX nodes_tag_keys_idx ON osm.nodes USING gin (tag_keys);
CREATE INDEX relation_members_member_idx ON osm.relation_members USING btree (member_type, member_id);
CREATE INDEX way_nodes_node_idx ON osm.way_nodes USING btree (node_id);
CREATE INDEX ways_nodes_idx ON osm.ways USING gin (nodes) WITH (fastupdate=off);
CREATE INDEX ways_tag_keys_idx ON osm.ways USING gin (tag_keys);

ALTER TABLE ONLY osm.nodes
    ADD CONSTRAINT nodes_changeset_id_fkey FOREIGN KEY (changeset_id) REFERENCES osm."Changesets"(id);
ALTER TABLE ONLY osm.relation_members
    ADD CONSTRAINT relation_members_relation_id_fkey FOREIGN KEY (relation_id) REFERENCES osm.relations(id) ON DELETE CASCADE;
ALTER TABLE ONLY osm.relations
    ADD CONSTRAINT relations_changeset_id_fkey FOREIGN KEY (changeset_id) REFERENCES osm."Changesets"(id);
ALTER TABLE ONLY osm.way_nodes
    ADD CONSTRAINT way_nodes_node_id_fkey FOREIGN KEY (node_id) REFERENCES osm.nodes(id);
ALTER TABLE ONLY osm.way_nodes
    ADD CONSTRAINT way_nodes_way_id_fkey FOREIGN KEY (way_id) REFERENCES osm.ways(id) ON DELETE CASCADE;
ALTER TABLE ONLY osm.ways
    ADD CONSTRAINT ways_changeset_id_fkey FOREIGN KEY (changeset_id) REFERENCES osm."Changesets"(id);

COMMENT ON TABLE osm.way_nodes IS 'the nodes of each way, in order (ways.nodes holds the same as an array)';
COMMENT ON COLUMN osm.nodes.lat IS 'latitude in units of 1e-7 degrees';

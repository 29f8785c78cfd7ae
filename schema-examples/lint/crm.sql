-- A schema with the mistakes converge lint looks for (see docs/lint.md).
CREATE SCHEMA crm;

CREATE TABLE crm.accounts (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    created timestamp NOT NULL DEFAULT now()
);

CREATE TABLE crm.contacts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id integer NOT NULL REFERENCES crm.accounts,
    "eMail" text NOT NULL,
    country char(2) -- converge:nolint prefer-text -- ISO 3166 codes are two letters by definition
);
CREATE INDEX contacts_email ON crm.contacts ("eMail");
CREATE INDEX contacts_email_account ON crm.contacts ("eMail", account_id);

CREATE TABLE crm.activity_log (at timestamptz NOT NULL, account_id integer, note text);

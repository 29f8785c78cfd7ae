package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Text search configurations copied from {@code english} or {@code simple}, some mapping word tokens to a
 * dictionary of their own (template {@code simple}, with stop words, accepting or not), some read by a view
 * ({@code 'schema.cfg'::regconfig}). The second version changes a dictionary's options (its configuration follows),
 * a configuration's mapping, drops and adds. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class TextSearchKind implements KindGenerator {

    /** A configuration, its dictionary (null: none) and the variants of both. */
    record Shape(String config, String copy, String dictionary, boolean accept, int mapping) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, TextSearchKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("text search", 50, schema, gen, TextSearchKind::changed, TextSearchKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** The dictionary accepting or not, or the next mapping; null drops the configuration and its dictionary. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(3)) {
            case 0 -> null;
            case 1 -> new Shape(shape.config, shape.copy, shape.dictionary, !shape.accept, shape.mapping);
            default -> new Shape(shape.config, shape.copy, shape.dictionary, shape.accept, shape.mapping + 1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String where = SchemaKind.any(schema, gen);
        String config = Sql.qualified(where, schema.name("words", gen));
        String dictionary = gen.chance(60) ? Sql.qualified(where, schema.name("words_dict", gen)) : null;
        Shape shape = new Shape(config, gen.one(List.of("english", "simple")), dictionary, gen.chance(50),
                gen.pick(3));
        String key = "tsconfig:" + config;
        schema.add(new SimplePiece(key, "text search", Set.of(), create(shape),
                new SimplePiece.Address("TEXT SEARCH CONFIGURATION " + config, null, null), shape));
        if (gen.chance(30)) {
            schema.add(new SimplePiece("comment:" + key, "text search extra", Set.of(key),
                    "COMMENT ON TEXT SEARCH CONFIGURATION " + config + " IS 'words, \"quoted\"';"));
        }
        if (gen.chance(40)) {
            String view = Sql.qualified(where, schema.name("lexemes", gen));
            schema.add(new SimplePiece("tsview:" + view, "text search extra", Set.of(key), "CREATE VIEW " + view
                    + " AS SELECT to_tsvector(" + Sql.literal(config) + "::regconfig, 'The quick brown foxes') AS v;"));
        }
    }

    private static String create(Shape shape) {
        StringBuilder sql = new StringBuilder();
        if (shape.dictionary != null) {
            sql.append("CREATE TEXT SEARCH DICTIONARY ").append(shape.dictionary)
                    .append(" (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = ")
                    .append(shape.accept).append(");\n");
        }
        sql.append("CREATE TEXT SEARCH CONFIGURATION ").append(shape.config).append(" (COPY = pg_catalog.")
                .append(shape.copy).append(");");
        if (shape.dictionary != null) {
            String tokens = shape.mapping % 3 == 0 ? "asciiword" : shape.mapping % 3 == 1 ? "asciiword, word"
                    : "asciiword, hword_asciipart";
            sql.append("\nALTER TEXT SEARCH CONFIGURATION ").append(shape.config).append(" ALTER MAPPING FOR ")
                    .append(tokens).append(" WITH ").append(shape.dictionary).append(", pg_catalog.simple;");
        } else if (shape.mapping % 2 == 1) {
            sql.append("\nALTER TEXT SEARCH CONFIGURATION ").append(shape.config).append(" DROP MAPPING FOR url;");
        }
        return sql.toString();
    }
}

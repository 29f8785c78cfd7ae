package dev.converge.fuzz;

import java.util.List;

/** Schemas: one to three, some with names that need quoting; the second version may add one (never drops). */
final class SchemaKind implements KindGenerator {

    private static final List<String> NAMES = List.of("app", "Sales Data", "ref-data", "Audit", "fz_misc");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        int count = gen.between(1, 3);
        for (String name : NAMES) {
            if (schema.schemas.size() < count && (gen.chance(60) || NAMES.size() - NAMES.indexOf(name) <= count)) {
                schema.schemas.add(name);
            }
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        if (gen.chance(15)) {
            NAMES.stream().filter(n -> !schema.schemas.contains(n)).findFirst().ifPresent(schema.schemas::add);
        }
    }

    static String any(FuzzSchema schema, Gen gen) {
        return gen.one(schema.schemas);
    }
}

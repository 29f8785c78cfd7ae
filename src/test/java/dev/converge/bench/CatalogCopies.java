package dev.converge.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.converge.model.Catalog;

/**
 * Makes a catalog k times larger by repeating it with its schemas renamed ({@code core} -> {@code core_2}...), to
 * time the in-memory diff at sizes whose database would take too long to load. Every string that is exactly a
 * schema name is renamed (schema fields of names and refs); definitions keep their text, which the diff only
 * compares, so each copy differs from its counterpart exactly as the original does.
 */
final class CatalogCopies {

    private CatalogCopies() {
    }

    static Catalog times(Catalog catalog, int k, Set<String> schemas) {
        Catalog.Builder all = Catalog.builder();
        List<Catalog> copies = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            String suffix = i == 1 ? "" : "_" + i;
            copies.add((Catalog) copy(catalog, s -> schemas.contains(s) ? s + suffix : s));
        }
        return all.schemas(concat(copies, Catalog::schemas)).enums(concat(copies, Catalog::enums))
                .sequences(concat(copies, Catalog::sequences)).tables(concat(copies, Catalog::tables))
                .dependencies(concat(copies, Catalog::dependencies)).domains(concat(copies, Catalog::domains))
                .compositeTypes(concat(copies, Catalog::compositeTypes)).extensions(concat(copies, Catalog::extensions))
                .views(concat(copies, Catalog::views)).functions(concat(copies, Catalog::functions))
                .triggers(concat(copies, Catalog::triggers)).grants(concat(copies, Catalog::grants))
                .defaultPrivileges(concat(copies, Catalog::defaultPrivileges)).policies(concat(copies, Catalog::policies))
                .tableOptions(concat(copies, Catalog::tableOptions)).build();
    }

    private static <T> List<T> concat(List<Catalog> copies, java.util.function.Function<Catalog, List<T>> part) {
        List<T> all = new ArrayList<>();
        copies.forEach(c -> all.addAll(part.apply(c)));
        return all;
    }

    private static Object copy(Object value, UnaryOperator<String> rename) {
        if (value instanceof String s) {
            return rename.apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(copy(e, rename)));
            return out;
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = new java.util.LinkedHashSet<>();
            set.forEach(e -> out.add(copy(e, rename)));
            return out;
        }
        if (value instanceof Record record) {
            try {
                RecordComponent[] components = record.getClass().getRecordComponents();
                Object[] arguments = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    components[i].getAccessor().setAccessible(true);
                    arguments[i] = copy(components[i].getAccessor().invoke(record), rename);
                    types[i] = components[i].getType();
                }
                Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("copying " + record.getClass(), e);
            }
        }
        return value;
    }
}

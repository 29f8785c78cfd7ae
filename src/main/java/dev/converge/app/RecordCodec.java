package dev.converge.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads trees of model records (records, lists, sorted maps, strings, boxed primitives, enums) in a
 * compact binary form, for the desired-state cache. Generic over records, so that the model needs no serialisation
 * code of its own and stays plain data; each distinct string is written once. Reading goes through each record's canonical
 * constructor, so the model's own validation and sorting run again on what is read. Anything else in the tree
 * (a hash map, a set, another class) is refused when writing; a cache that cannot hold a catalog is simply not
 * used (RecordCodecTest checks that a catalog with every part round-trips).
 */
final class RecordCodec {

    private static final byte NULL = 0;
    private static final byte NEW_STRING = 1;
    private static final byte STRING = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte ENUM = 7;
    private static final byte LIST = 8;
    private static final byte RECORD = 9;
    private static final byte CHAR = 10;
    private static final byte DOUBLE = 11;
    private static final byte SORTED_MAP = 12;

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    /** A record class's components and canonical constructor, looked up once per class. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            return SHAPES.computeIfAbsent(type, t -> {
                RecordComponent[] components = t.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    components[i].getAccessor().setAccessible(true);
                }
                try {
                    Constructor<?> constructor = t.getDeclaredConstructor(types);
                    constructor.setAccessible(true);
                    return new Shape(components, constructor);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("no canonical constructor in " + t, e);
                }
            });
        }
    }

    /** Writes one tree; strings are shared within it. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                writeString(s);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof Character c) {
                out.writeByte(CHAR);
                out.writeChar(c);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeString(e.getDeclaringClass().getName());
                writeString(e.name());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object element : list) {
                    write(element);
                }
            } else if (value instanceof java.util.SortedMap<?, ?> map) {
                // an index's statistics targets by column number: read back as a TreeMap, in key order
                out.writeByte(SORTED_MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(entry.getKey());
                    write(entry.getValue());
                }
            } else if (value instanceof Record record) {
                writeRecord(record);
            } else {
                throw new IOException("cannot cache a " + value.getClass().getName());
            }
        }

        private void writeRecord(Record record) throws IOException {
            out.writeByte(RECORD);
            writeString(record.getClass().getName());
            for (RecordComponent component : Shape.of(record.getClass()).components()) {
                try {
                    write(component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IOException("reading " + component + " of " + record.getClass().getName(), e);
                }
            }
        }

        private void writeString(String s) throws IOException {
            Integer index = strings.get(s);
            if (index != null) {
                out.writeByte(STRING);
                out.writeInt(index);
                return;
            }
            strings.put(s, strings.size());
            out.writeByte(NEW_STRING);
            // writeUTF is limited to 64 KiB; a function body or view definition may be longer.
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads one tree written by {@link Writer}. */
    static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            byte tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case NEW_STRING:
                case STRING:
                    return readString(tag);
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case CHAR:
                    return in.readChar();
                case DOUBLE:
                    return in.readDouble();
                case ENUM:
                    return readEnum();
                case LIST:
                    int size = in.readInt();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(read());
                    }
                    return list;
                case SORTED_MAP:
                    int entries = in.readInt();
                    java.util.SortedMap<Object, Object> map = new java.util.TreeMap<>();
                    for (int i = 0; i < entries; i++) {
                        map.put(read(), read());
                    }
                    return map;
                case RECORD:
                    return readRecord();
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object readEnum() throws IOException {
            Class<?> type = type(expectString());
            return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), expectString());
        }

        private Object readRecord() throws IOException {
            Class<?> type = type(expectString());
            if (!type.isRecord()) {
                throw new IOException(type + " is not a record");
            }
            Shape shape = Shape.of(type);
            Object[] arguments = new Object[shape.components().length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = read();
            }
            try {
                return shape.constructor().newInstance(arguments);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("re-creating " + type.getName(), e);
            }
        }

        private String expectString() throws IOException {
            byte tag = in.readByte();
            if (tag != NEW_STRING && tag != STRING) {
                throw new IOException("expected a string, found tag " + tag);
            }
            return readString(tag);
        }

        private String readString(byte tag) throws IOException {
            if (tag == STRING) {
                return strings.get(in.readInt());
            }
            byte[] bytes = in.readNBytes(in.readInt());
            String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        private static Class<?> type(String name) throws IOException {
            if (!name.startsWith("dev.converge.")) {
                throw new IOException("refusing to create " + name);
            }
            try {
                return Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown class " + name, e);
            }
        }
    }
}

package org.jiceng.platform.internal;

import org.jiceng.MaxChars;
import org.jiceng.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every string of every JSON body: read as Jackson reads it, then refused if it holds a control character
 * or is longer than its field allows ({@link MaxChars}, else {@link Text#DEFAULT_MAX}), counted in code points.
 */
class TextDeserializer extends StdScalarDeserializer<String> {

    private final int max;
    private final String field;

    TextDeserializer() {
        this(Text.DEFAULT_MAX, null);
    }

    private TextDeserializer(int max, String field) {
        super(String.class);
        this.max = max;
        this.field = field;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        if (property == null) {
            return this;
        }
        MaxChars limit = property.getAnnotation(MaxChars.class);
        return new TextDeserializer(limit == null ? Text.DEFAULT_MAX : limit.value(), property.getName());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        String problem = Text.problem(fieldName(p), value, max);
        if (problem != null) {
            throw new RefusedInput(p, problem);
        }
        return value;
    }

    private String fieldName(JsonParser p) {
        if (field != null) {
            return field;
        }
        String current = p.currentName();
        return current != null ? current : p.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }

    @Override
    public boolean isCachable() {
        return field == null;
    }
}

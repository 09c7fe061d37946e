package org.jiceng.platform.internal;

import org.springframework.stereotype.Component;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;

/**
 * The limits every JSON body passes, registered once for the whole application (Spring Boot hands each
 * {@link JacksonModule} bean to the mapper): text fields are checked by {@link TextDeserializer}, dates,
 * times and floating-point numbers by {@link RangeDeserializer}, so a handler never sees a value that
 * PostgreSQL would refuse with an error.
 */
@Component
class InputModule extends SimpleModule {

    InputModule() {
        super("jiceng-input-limits", Version.unknownVersion());
        addDeserializer(String.class, new TextDeserializer());
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                           ValueDeserializer<?> deserializer) {
                return RangeDeserializer.handles(beanDesc.getBeanClass()) ? new RangeDeserializer(deserializer) : deserializer;
            }
        });
    }
}

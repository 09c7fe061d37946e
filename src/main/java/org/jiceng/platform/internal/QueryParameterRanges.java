package org.jiceng.platform.internal;

import java.time.LocalDate;
import org.jiceng.BadInputException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The ranges of {@link RangeDeserializer} for query and form parameters bound to numbers and dates:
 * {@code ?lat=NaN} or {@code ?date=+999999999-12-31} is the caller's mistake (400), not a value to query by.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameterRanges implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Double.class, (Converter<String, Double>) text -> checked(
                text == null || text.isBlank() ? null : Double.valueOf(text.strip())));
        registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) text -> checked(
                text == null || text.isBlank() ? null : LocalDate.parse(text.strip())));
    }

    private static <T> T checked(T value) {
        String problem = org.jiceng.Ranges.problem(value);
        if (problem != null) {
            throw new BadInputException("值" + problem);
        }
        return value;
    }
}

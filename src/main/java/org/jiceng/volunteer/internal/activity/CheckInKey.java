package org.jiceng.volunteer.internal.activity;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The key that signs check-in codes: {@code jiceng.volunteer.check-in-key} (32 bytes or more, base64) where several
 * instances serve one county, else drawn at start. A code lives a minute, so a restart costs at most one refresh.
 */
@Configuration(proxyBeanMethods = false)
class CheckInKey {

    @Bean
    CheckInTokens checkInTokens(@Value("${jiceng.volunteer.check-in-key:}") String configured) {
        if (StringUtils.hasText(configured)) {
            try {
                return new CheckInTokens(Base64.getDecoder().decode(configured.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("jiceng.volunteer.check-in-key 须为至少 32 字节的 base64 编码", e);
            }
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CheckInTokens(key);
    }
}

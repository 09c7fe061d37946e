package org.jiceng.people.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jiceng.platform.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The master key of personal data: JICENG_PEOPLE_KEY (32 bytes, base64) in production; in demo mode,
 * generated once into the data directory (keys/people.key, readable by its owner only).
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeys {

    @Bean
    PersonalDataCipher personalDataCipher(DatabaseMode mode, @Value("${jiceng.people.key:}") String configured)
            throws IOException {
        if (StringUtils.hasText(configured)) {
            return new PersonalDataCipher(decode(configured));
        }
        if (!mode.demo()) {
            throw new IllegalStateException("生产环境须设置个人信息加密主密钥 JICENG_PEOPLE_KEY（32 字节，base64 编码），"
                    + "例如用 openssl rand -base64 32 生成，并妥善备份：丢失后已加密的身份证号和电话无法恢复");
        }
        Path file = mode.dataDirectory().resolve("keys").resolve("people.key");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on systems without POSIX permissions
            }
        }
        return new PersonalDataCipher(decode(Files.readString(file).strip()));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("JICENG_PEOPLE_KEY 不是有效的 base64 编码", e);
        }
    }
}

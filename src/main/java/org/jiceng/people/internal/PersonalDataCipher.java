package org.jiceng.people.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of ID and phone numbers (PIPL): AES-256-GCM with a random nonce, the field's name as
 * associated data so a value cannot be moved to another column, and a keyed HMAC-SHA256 "blind index" for
 * exact search without decrypting the table. Both keys derive from one master key by HMAC with distinct
 * labels, so the index key reveals nothing about the encryption key.
 */
public final class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("个人信息加密主密钥须为 32 字节（256 位）");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "jiceng/people/encryption"), "AES");
        this.indexKey = new SecretKeySpec(derive(masterKey, "jiceng/people/blind-index"), "HmacSHA256");
    }

    /** version · nonce · ciphertext-with-tag */
    public byte[] encrypt(String field, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            return seal(Cipher.getInstance("AES/GCM/NoPadding"), encryptionKey, nonce, field, plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("加密失败", e);
        }
    }

    private static byte[] seal(Cipher cipher, SecretKeySpec key, byte[] nonce, String field, String plaintext)
            throws GeneralSecurityException {
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
    }

    public String decrypt(String field, byte[] stored) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("密文格式不正确");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("解密失败：密钥不符或数据被篡改", e);
        }
    }

    /** The same input always gives the same 32 bytes; without the key nobody can compute or invert it. */
    public byte[] blindIndex(String field, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return index(mac, field, normalisedValue);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] index(Mac mac, String field, String normalisedValue) {
        mac.update(field.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * For bulk loads: the same encryption and blind index, with the cipher and MAC held by one thread instead
     * of looked up per value. Nonces follow the deterministic construction of NIST SP 800-38D §8.2.1: a fixed
     * field of 64 random bits per {@code Bulk} and a 32-bit invocation counter, so they never repeat within
     * one and collide across two only with the odds of two random 64-bit values — without a random number
     * generator call (and its lock) per value.
     */
    public Bulk bulk() {
        return new Bulk();
    }

    /** Not thread-safe: one per thread. */
    public final class Bulk {

        private final Cipher cipher;
        private final Mac mac;
        private final byte[] fixed = new byte[8];
        private int invocations;

        private Bulk() {
            try {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                mac = Mac.getInstance("HmacSHA256");
                mac.init(indexKey);
                random.nextBytes(fixed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public byte[] encrypt(String field, String plaintext) {
            if (++invocations == 0) {
                throw new IllegalStateException("one bulk encryptor must not seal more than 2^32 - 1 values");
            }
            byte[] nonce = ByteBuffer.allocate(NONCE_BYTES).put(fixed).putInt(invocations).array();
            try {
                return seal(cipher, encryptionKey, nonce, field, plaintext);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("加密失败", e);
            }
        }

        public byte[] blindIndex(String field, String normalisedValue) {
            return index(mac, field, normalisedValue);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

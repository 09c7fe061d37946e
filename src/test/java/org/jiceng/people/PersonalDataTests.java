package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jiceng.BadInputException;
import org.jiceng.people.internal.PersonalDataCipher;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    static final PersonalDataCipher CIPHER = new PersonalDataCipher(key());

    static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Property(tries = 300)
    void encryptionRoundTripsAnyText(@ForAll @StringLength(max = 40) String value) {
        assertThat(CIPHER.decrypt("id_number", CIPHER.encrypt("id_number", value))).isEqualTo(value);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButIndexesTheSame() {
        byte[] a = CIPHER.encrypt("id_number", "11010519491231002X");
        byte[] b = CIPHER.encrypt("id_number", "11010519491231002X");
        assertThat(a).isNotEqualTo(b);
        assertThat(CIPHER.blindIndex("id_number", "11010519491231002X"))
                .isEqualTo(CIPHER.blindIndex("id_number", "11010519491231002X"))
                .isNotEqualTo(CIPHER.blindIndex("phone", "11010519491231002X"));
    }

    @Test
    void aValueCannotBeMovedToAnotherColumn() {
        byte[] sealed = CIPHER.encrypt("phone", "13812341234");
        assertThatThrownBy(() -> CIPHER.decrypt("id_number", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperingIsDetected() {
        byte[] sealed = CIPHER.encrypt("phone", "13812341234");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> CIPHER.decrypt("phone", sealed)).hasMessageContaining("篡改");
    }

    @Test
    void anotherKeyNeitherDecryptsNorMatchesTheIndex() {
        PersonalDataCipher other = new PersonalDataCipher(key());
        byte[] sealed = CIPHER.encrypt("phone", "13812341234");
        assertThatThrownBy(() -> other.decrypt("phone", sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(other.blindIndex("phone", "13812341234")).isNotEqualTo(CIPHER.blindIndex("phone", "13812341234"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).hasMessageContaining("32 字节");
    }

    @Test
    void mobileAndLandlineNumbersAreMasked() {
        assertThat(Phone.parse("138 1234 1234").masked()).isEqualTo("138****1234");
        assertThat(Phone.parse("+8613812341234").value()).isEqualTo("13812341234");
        assertThat(Phone.parse("0874-5123456").masked()).isEqualTo("0874****456");
        assertThat(Phone.parse("010-87654321").masked()).isEqualTo("010****4321");
        assertThat(Phone.parse("13812341234").toString()).isEqualTo("138****1234");
    }

    @Test
    void malformedPhoneNumbersAreRefusedInChinese() {
        assertThatThrownBy(() -> Phone.parse("12345")).isInstanceOf(BadInputException.class).hasMessageContaining("格式不正确");
        assertThatThrownBy(() -> Phone.parse("23812341234")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Phone.parse(" ")).hasMessageContaining("请填写");
    }

    @Property(tries = 300)
    void aMaskedMobileNumberKeepsOnlyTheEnds(@ForAll("mobiles") String mobile) {
        String masked = Phone.parse(mobile).masked();
        assertThat(masked).hasSize(11).startsWith(mobile.substring(0, 3)).endsWith(mobile.substring(7)).contains("****");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> mobiles() {
        return net.jqwik.api.Arbitraries.strings().numeric().ofLength(9)
                .flatMap(rest -> net.jqwik.api.Arbitraries.of('3', '5', '7', '8', '9').map(second -> "1" + second + rest));
    }
}

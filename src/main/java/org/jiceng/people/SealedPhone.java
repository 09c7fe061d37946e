package org.jiceng.people;

/**
 * A phone number sealed for another module's table (DESIGN §8: encrypted at rest, masked on screen): the
 * ciphertext under the people key, bound to the purpose it was sealed for, and the masked form to show.
 */
public record SealedPhone(byte[] sealed, String masked) {
}

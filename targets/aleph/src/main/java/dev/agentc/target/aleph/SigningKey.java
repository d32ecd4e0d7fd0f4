package dev.agentc.target.aleph;

import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * A secp256k1 private key and its EIP-55 address. The key never leaves this object except as
 * signatures: {@link #toString} names only the address.
 */
final class SigningKey {
  private final ECKeyPair pair;
  private final String address;

  /** {@code secret} must be in [1, n − 1]; {@link KeyFile} checks that. */
  SigningKey(BigInteger secret) {
    this.pair = ECKeyPair.create(secret);
    this.address = Keys.toChecksumAddress(Keys.getAddress(pair));
  }

  /** The `0x` EIP-55 checksummed address, used verbatim as `sender` (aleph.md §8 item 4). */
  String address() { return address; }

  /** EIP-191 `personal_sign` of {@code message}: r, s and v (27 or 28). */
  Sign.SignatureData signPrefixed(byte[] message) { return Sign.signPrefixedMessage(message, pair); }

  @Override
  public String toString() { return "SigningKey[" + address + "]"; }
}

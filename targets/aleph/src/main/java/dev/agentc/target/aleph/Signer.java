package dev.agentc.target.aleph;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Signs a message the way aleph.md §2 says: EIP-191 `personal_sign` over the UTF-8 buffer
 * `chain\nsender\ntype\nitem_hash`, sent as `0x` + r ‖ s ‖ v in lowercase hex with v 27 or 28.
 */
final class Signer {
  private Signer() {}

  /** The verification buffer (aleph.md §2): no trailing newline. */
  static byte[] buffer(String chain, String sender, String type, String itemHash) {
    return (chain + "\n" + sender + "\n" + type + "\n" + itemHash).getBytes(StandardCharsets.UTF_8);
  }

  /** 132 characters: `0x`, 32 bytes of r, 32 of s, one of v. */
  static String sign(SigningKey key, byte[] buffer) {
    Sign.SignatureData sig = key.signPrefixed(buffer);
    byte[] rsv = new byte[65];
    System.arraycopy(sig.getR(), 0, rsv, 0, 32);
    System.arraycopy(sig.getS(), 0, rsv, 32, 32);
    rsv[64] = sig.getV()[0];
    return Numeric.toHexString(rsv);
  }
}

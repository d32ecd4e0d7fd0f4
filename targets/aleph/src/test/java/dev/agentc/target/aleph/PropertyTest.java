package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.Output;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * For random small deploys (fixed seeds) signed with a random key: every message's item_hash is
 * the SHA-256 of its item_content, every signature recovers the key's address, and the AGGREGATE
 * lists every instance. One seed in ten also goes through the Aleph SDK.
 */
class PropertyTest {
  static LongStream seeds() { return LongStream.range(0, 50); }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hashesMatchAndSignaturesVerify(long seed, @TempDir Path tmp) throws IOException {
    Plan plan = RandomPlans.generate(seed);
    Random random = new Random(~seed);
    BigInteger secret = new BigInteger(256, random).mod(Sign.CURVE_PARAMS.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
    Path key = AlephTestSupport.keyFile(tmp, Numeric.toHexStringNoPrefixZeroPadded(secret, 64));
    String address = Keys.toChecksumAddress(Keys.getAddress(Sign.publicKeyFromPrivate(secret)));
    AlephTarget target = new AlephTarget();
    List<Diagnostic> errors = target.check(plan, AlephTestSupport.signed(key)).stream().filter(Diagnostic::isError).toList();
    assertTrue(errors.isEmpty(), () -> "seed " + seed + ": " + errors);
    Output out = target.emit(plan, AlephTestSupport.signed(key));
    String json = AlephTestSupport.messagesJson(out);
    JsonNode messages = AlephTestSupport.parse(json);
    Set<String> instances = new HashSet<>();
    List<String> members = new ArrayList<>();
    for (JsonNode m : messages) {
      String content = m.get("item_content").asText();
      assertEquals(AlephMessage.sha256(content), m.get("item_hash").asText());
      assertEquals(address, m.get("sender").asText());
      byte[] rsv = Numeric.hexStringToByteArray(m.get("signature").asText());
      assertEquals(65, rsv.length);
      Sign.SignatureData sig = new Sign.SignatureData(rsv[64], java.util.Arrays.copyOfRange(rsv, 0, 32), java.util.Arrays.copyOfRange(rsv, 32, 64));
      byte[] buffer = Signer.buffer("ETH", m.get("sender").asText(), m.get("type").asText(), m.get("item_hash").asText());
      try {
        assertEquals(address, Keys.toChecksumAddress(Keys.getAddress(Sign.signedPrefixedMessageToKey(buffer, sig))));
      } catch (java.security.SignatureException e) {
        throw new AssertionError("seed " + seed + ": the signature does not recover", e);
      }
      if (m.get("type").asText().equals(Messages.INSTANCE)) instances.add(m.get("item_hash").asText());
      else AlephTestSupport.parse(content).get("content").get("members").forEach(list -> list.forEach(h -> members.add(h.asText())));
    }
    assertEquals(instances, new HashSet<>(members));
    assertEquals(instances.size(), members.size());
    if (seed % 10 == 0) {
      Path file = tmp.resolve("messages.json");
      Files.writeString(file, json);
      NodeVerifier.verify(List.of(file));
    }
  }
}

package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Sign;

/**
 * The signed examples of aleph.md §9, reproduced byte for byte: the content built from its
 * fields serializes to the exact `item_content`, which hashes to `item_hash`, and signing with the
 * well-known test key (read through {@link KeyFile}) gives the exact `signature` and digest.
 */
class TestVectorsTest {
  static final String SSH = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC068SD08xlTtMxTdmCe3rPVM/uA7SvgDUiQwP0FrIGS user@host";
  static final BigDecimal CONTENT_TIME = new BigDecimal("1767225600.123");
  static final BigDecimal ENVELOPE_TIME = new BigDecimal("1767225600.125");

  static final String GPU_CONTENT = """
      {"address":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","time":1767225600.123,"allow_amend":false,"metadata":{"name":"agent-gpu-1"},\
      "authorized_keys":["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC068SD08xlTtMxTdmCe3rPVM/uA7SvgDUiQwP0FrIGS user@host"],\
      "variables":{"AGENT_MODE":"prod"},"environment":{"internet":true,"aleph_api":true,"hypervisor":"qemu","reproducible":false,\
      "shared_cache":false},"resources":{"vcpus":12,"memory":73728,"seconds":30},"payment":{"chain":"ETH","type":"credit"},\
      "requirements":{"node":{"node_hash":"dc3d1d194a990b5c54380c3c0439562fefa42f5a46807cba1c500ec3affecf04"},\
      "gpu":[{"vendor":"NVIDIA","device_name":"AD102GL [L40S]","device_class":"0302","device_id":"10de:26b9"}]},\
      "volumes":[{"comment":"model cache","mount":"/var/lib/models","name":"models","persistence":"host","size_mib":102400}],\
      "rootfs":{"parent":{"ref":"5330dcefe1857bcd97b7b7f24d1420a7d46232d53f27be280c8a7071d88bd84e","use_latest":true},"persistence":"host",\
      "size_mib":737280}}""";
  static final String GPU_HASH = "4a2346116077aae8fd4b851fe842db7a45ab51038b9eabfab884a4effdcd8c53";
  static final String GPU_SIGNATURE = "0x155e5da5b9d09e42c3aa360b58b2e7e039b77d3552009991572f91aface4ab752fa494ddb6c1364d93ca4477813e6efbb00d16f8dcb48358f"
      + "2894b188103df9b1c";
  static final String GPU_DIGEST = "00d6eb181bf3ec8b6fae7c633b43d5157bd60f973b806abe9642f81a688d7835";

  static final String TEE_CONTENT = """
      {"address":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","time":1767225600.123,"allow_amend":false,"metadata":{"name":"agent-tee-1"},\
      "authorized_keys":["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC068SD08xlTtMxTdmCe3rPVM/uA7SvgDUiQwP0FrIGS user@host"],\
      "environment":{"internet":true,"aleph_api":true,"hypervisor":"qemu","trusted_execution":{"firmware":\
      "ba5bb13f3abca960b101a759be162b229e2b7e93ecad9d1307e54de887f177ff","policy":1},"reproducible":false,"shared_cache":false},\
      "resources":{"vcpus":2,"memory":4096,"seconds":30},"payment":{"chain":"ETH","type":"credit"},\
      "requirements":{"node":{"node_hash":"4d4db19afca380fdf06ba7f916153d0f740db9de9eee23ad26ba96a90d8a2920"}},"volumes":[],\
      "rootfs":{"parent":{"ref":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","use_latest":true},"persistence":"host",\
      "size_mib":40960}}""";
  static final String TEE_HASH = "5b5c09f6588f38bceed3034e20d459dbabb924caf7e963ffee0d0f89a5e2b3c9";
  static final String TEE_SIGNATURE = "0x7ccf4db567bbc571ba7f8cbcea59cf3896021a446f7df5d66886d1e3716ff4ea655be8de3c67fed2394deac1e7373ec22ec78d6d8b5b4df39"
      + "fd92c24684bf3361b";
  static final String TEE_DIGEST = "be71b6e57917d8e2093d5eae66c52e69fc9e0d7c69a0f4cfeafa323f91963988";

  static InstanceContent gpuInstance() {
    return new InstanceContent(AlephTestSupport.TEST_ADDRESS, CONTENT_TIME, Map.of("name", "agent-gpu-1"), List.of(SSH), Map.of("AGENT_MODE", "prod"),
        Optional.empty(), new InstanceContent.Resources(12, 73728, 30), Optional.of("dc3d1d194a990b5c54380c3c0439562fefa42f5a46807cba1c500ec3affecf04"),
        List.of(new InstanceContent.GpuDevice("NVIDIA", "AD102GL [L40S]", "0302", "10de:26b9")),
        List.of(new InstanceContent.Volume("model cache", "/var/lib/models", "models", 102400)),
        new InstanceContent.Rootfs("5330dcefe1857bcd97b7b7f24d1420a7d46232d53f27be280c8a7071d88bd84e", 737280));
  }

  static InstanceContent teeInstance() {
    return new InstanceContent(AlephTestSupport.TEST_ADDRESS, CONTENT_TIME, Map.of("name", "agent-tee-1"), List.of(SSH), Map.of(),
        Optional.of(new InstanceContent.TrustedExecution(AlephLimits.SEV_FIRMWARE, AlephLimits.SEV_POLICY)), new InstanceContent.Resources(2, 4096, 30),
        Optional.of("4d4db19afca380fdf06ba7f916153d0f740db9de9eee23ad26ba96a90d8a2920"), List.of(), List.of(),
        new InstanceContent.Rootfs("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 40960));
  }

  @Test
  void gpuInstance(@TempDir Path tmp) {
    reproduce(gpuInstance(), GPU_CONTENT, GPU_HASH, GPU_DIGEST, GPU_SIGNATURE, tmp);
  }

  @Test
  void confidentialInstance(@TempDir Path tmp) {
    reproduce(teeInstance(), TEE_CONTENT, TEE_HASH, TEE_DIGEST, TEE_SIGNATURE, tmp);
  }

  @Test
  void aggregateContent() {
    AggregateContent c = new AggregateContent(AlephTestSupport.TEST_ADDRESS, new BigDecimal("1767225600.5"), "my-agent-config",
        InstanceContent.ordered("version", "1.0.0", "instance", GPU_HASH));
    assertEquals("{\"address\":\"" + AlephTestSupport.TEST_ADDRESS + "\",\"time\":1767225600.5,\"key\":\"my-agent-config\",\"content\":"
        + "{\"version\":\"1.0.0\",\"instance\":\"" + GPU_HASH + "\"}}", Json.compact(c.tree()));
  }

  /** The whole §9 request messages (src/test/resources/vectors/aleph-md-9.json, copied from aleph.md), envelope included. */
  @Test
  void wholeMessages(@TempDir Path tmp) throws IOException {
    JsonNode vectors = AlephTestSupport.parse(Files.readString(AlephTestSupport.moduleDir().resolve("src/test/resources/vectors/aleph-md-9.json")));
    SigningKey key = assertInstanceOf(KeyFile.Result.Loaded.class, KeyFile.read(AlephTestSupport.keyFile(tmp, AlephTestSupport.TEST_KEY))).key();
    List<InstanceContent> contents = List.of(gpuInstance(), teeInstance());
    for (int i = 0; i < contents.size(); i++) {
      AlephMessage m = AlephMessage.of(key.address(), Messages.INSTANCE, AlephLimits.DEFAULT_CHANNEL, ENVELOPE_TIME, contents.get(i).tree()).signedBy(key);
      assertEquals(vectors.get(i), AlephTestSupport.parse(Json.compact(m.tree())));
    }
  }

  private static void reproduce(InstanceContent content, String itemContent, String hash, String digest, String signature, Path tmp) {
    assertEquals(itemContent, Json.compact(content.tree()));
    AlephMessage m = AlephMessage.of(AlephTestSupport.TEST_ADDRESS, Messages.INSTANCE, AlephLimits.DEFAULT_CHANNEL, ENVELOPE_TIME, content.tree());
    assertEquals(itemContent, m.itemContent());
    assertEquals(hash, m.itemHash());
    byte[] buffer = Signer.buffer(AlephMessage.CHAIN, AlephTestSupport.TEST_ADDRESS, Messages.INSTANCE, hash);
    assertEquals(120, buffer.length);
    assertEquals(digest, HexFormat.of().formatHex(Sign.getEthereumMessageHash(buffer)));
    KeyFile.Result key = KeyFile.read(AlephTestSupport.keyFile(tmp, AlephTestSupport.TEST_KEY + "\n"));
    SigningKey k = assertInstanceOf(KeyFile.Result.Loaded.class, key).key();
    assertEquals(AlephTestSupport.TEST_ADDRESS, k.address());
    assertEquals(signature, m.signedBy(k).signature().orElseThrow());
  }
}

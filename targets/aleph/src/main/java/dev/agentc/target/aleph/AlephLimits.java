package dev.agentc.target.aleph;

/**
 * The network's limits and defaults an instance must respect, with the section of
 * ../shared/reference/aleph.md (aleph-message 1.1.1 models, pyaleph) each comes from.
 */
final class AlephLimits {
  private AlephLimits() {}

  /** §3.2 `MachineResources.vcpus`: 1–256. */
  static final long MAX_VCPUS = 256;
  /** §3.2 `MachineResources.memory`: 1–1,048,576 MiB. */
  static final long MAX_MEMORY_MIB = 1_048_576;
  /** §3.4 rootfs and persistent volume `size_mib`: 1–1,953,125 (2048 GB in MiB). */
  static final long MAX_DISK_MIB = 1_953_125;
  /** §3.1 `variables`: at most 256 entries, keys of at most 128 and values of at most 4096 characters. */
  static final int MAX_VARIABLES = 256;
  static final int MAX_VARIABLE_NAME = 128;
  static final int MAX_VARIABLE_VALUE = 4096;
  /** §1.1 `channel`: at most 128 characters. */
  static final int MAX_CHANNEL = 128;
  /** §1.1 pyaleph's `MAX_INLINE_SIZE` for `item_content`, in characters. */
  static final int MAX_INLINE_CONTENT = 200_000;
  /** §3.1 content `time`: 0 ≤ time ≤ 9,223,372,036 seconds (`MAX_CONTENT_TIME`). */
  static final long MAX_TIME = 9_223_372_036L;

  /** §3.8 one instance compute unit: 1 vCPU, 2048 MiB of memory, 20480 MiB of disk. */
  static final long CU_MEMORY_MIB = 2048;
  static final long CU_DISK_MIB = 20_480;
  /** §3.8 one GPU compute unit: 1 vCPU, 6144 MiB of memory, 61440 MiB of disk. */
  static final long GPU_CU_MEMORY_MIB = 6144;
  static final long GPU_CU_DISK_MIB = 61_440;
  /** §3.2 `seconds`, the idle timeout: the clients send 30. */
  static final int SECONDS = 30;

  /** §1.1 the SDKs' default channel. */
  static final String DEFAULT_CHANNEL = "ALEPH-CLOUDSOLUTIONS";
  /** §3.4 the Ubuntu 24 rootfs STORE hash of the Python SDK, the parent §9.1 uses. */
  static final String DEFAULT_ROOTFS = "5330dcefe1857bcd97b7b7f24d1420a7d46232d53f27be280c8a7071d88bd84e";
  /** §3.2 the CLI's default confidential OVMF firmware, and `policy` 1 (NO_DBG), the model's default. */
  static final String SEV_FIRMWARE = "ba5bb13f3abca960b101a759be162b229e2b7e93ecad9d1307e54de887f177ff";
  static final int SEV_POLICY = 1;
  /** A store's volume when its `size` is not given. */
  static final long DEFAULT_STORE_MIB = 1024;
}

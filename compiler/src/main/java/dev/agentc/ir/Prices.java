package dev.agentc.ir;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The price list of the cloud a deploy runs on (std.cloud): the Kubernetes `cloud` it builds for,
 * or `generic` when it has no `kubernetes` block. GPU prices are on each {@link Gpu}, per cloud.
 * An absent price is unknown, never zero.
 *
 * @param cpuPerHour USD per vCPU-hour, on demand
 * @param memoryPerGibHour USD per GiB-hour, on demand
 * @param spotDiscountPercent how much cheaper spot capacity is, in percent
 */
public record Prices(String cloud, Optional<BigDecimal> cpuPerHour, Optional<BigDecimal> memoryPerGibHour, Optional<BigDecimal> spotDiscountPercent) {}

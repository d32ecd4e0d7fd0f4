package dev.agentc.ir;

import java.util.Optional;

/**
 * How one Kubernetes `cloud` names things, from the std.cloud catalog: node-label keys for GPUs,
 * regions, spot capacity and confidential nodes, and which column of a region's names it uses.
 *
 * @param regionNames the region-name column (aws, gcp, azure), or empty to use the region's DNS name
 * @param onDemandValue the capacity label's value for on-demand nodes, when the label has one
 * @param spotTaint the taint key spot nodes carry, to tolerate; {@code spotTaintValue} its value
 * @param teeLabel the node label that selects confidential nodes (GKE)
 */
public record CloudProfile(
    String name,
    String gpuLabel,
    String amdGpuLabel,
    String regionLabel,
    Optional<String> regionNames,
    String spotLabel,
    String spotValue,
    Optional<String> onDemandValue,
    Optional<String> spotTaint,
    Optional<String> spotTaintValue,
    Optional<String> teeLabel) {}

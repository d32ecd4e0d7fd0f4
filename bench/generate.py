#!/usr/bin/env python3
"""Writes a synthetic agentc project for benchmarks: N agents with models, stores, tools and deploys.

usage: bench/generate.py N OUT_DIR [--files F]

Agents are spread over F files (default: one file per 100 agents) in modules that import a
shared `common` module, so name resolution, imports, `from` chains and deploy overrides are
all exercised. Output is deterministic for a given N and F.
"""
import argparse
import os

REGIONS = ["us_east", "us_west", "eu_west", "eu_central", "asia_east", "ap_south", "au_east", "uk_south"]
GPUS = ["L4", "L40S", "A100_80GB", "H100_80GB"]


def common():
    out = ["module common", "", "import std.gpu.{%s}" % ", ".join(GPUS), "", "secret api_key", ""]
    for i, gpu in enumerate(GPUS):
        out += [
            f"/// Shared model {i}.",
            f"model llm{i} {{",
            f'  weights   = "hf://org/model-{i}"',
            "  params    = 8B",
            "  precision = fp16",
            "  context   = 8K",
            f"  serve {{ engine = vllm  gpu = 1 * {gpu}  replicas = 1..4 }}",
            "}",
            "",
        ]
    out += [
        "tool search {",
        '  url     = "https://api.search.example.com"',
        "  auth    = bearer(api_key)",
        "  timeout = 10s",
        "}",
        "",
        "store cache { engine = redis  persistence = aof  size = 2Gi }",
        "",
        "abstract agent base {",
        "  port   = 8000",
        '  health = "/health"',
        "  resources { cpu = 1  memory = 1Gi }",
        "}",
        "",
    ]
    return "\n".join(out)


def agent_file(index, first, count):
    out = [f"module fleet.part{index}", "", "import common", f"import std.region.{{{', '.join(REGIONS)}}}", ""]
    names = []
    for n in range(first, first + count):
        name = f"agent_{n}"
        names.append(name)
        out += [
            f"/// Synthetic agent {n}.",
            f"agent {name} from common.base {{",
            f'  image   = "ghcr.io/acme/agent-{n}:1.{n % 10}.0"',
            f"  model   = common.llm{n % len(GPUS)}",
            "  tools   = [common.search]",
            "  stores  = [common.cache]",
            "  env {",
            '    LOG_LEVEL = "INFO"',
            "    API_KEY   = common.api_key",
            "  }",
            f"  resources {{ cpu = {1 + n % 4}  memory = {1 + n % 8}Gi }}",
            "  scale {",
            f"    replicas = 1..{2 + n % 10}",
            "    on       = [cpu(70%), rps(100)]",
            "    cooldown = 5m",
            "  }",
            f"  regions = [{REGIONS[n % len(REGIONS)]}, {REGIONS[(n + 3) % len(REGIONS)]}]",
            "  budget { monthly = 5000 USD/month }",
            "}",
            "",
        ]
    out += [
        f"deploy part{index} {{",
        f"  agents = [{', '.join(names)}]",
        "  kubernetes {",
        f'    namespace  = "fleet-{index}"',
        "    cloud      = eks",
        '    prometheus = "http://prometheus.monitoring:9090"',
        "  }",
        f"  override {names[0]} {{ scale {{ replicas = 1..3 }} }}",
        "}",
        "",
    ]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("agents", type=int)
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=0)
    args = parser.parse_args()
    files = args.files or max(1, args.agents // 100)
    os.makedirs(os.path.join(args.out, "fleet"), exist_ok=True)
    open(os.path.join(args.out, "agent.project"), "w").close()
    with open(os.path.join(args.out, "common.agent"), "w") as f:
        f.write(common())
    per_file, extra = divmod(args.agents, files)
    first = 0
    for i in range(files):
        count = per_file + (1 if i < extra else 0)
        if count == 0:
            continue
        with open(os.path.join(args.out, "fleet", f"part{i}.agent"), "w") as f:
            f.write(agent_file(i, first, count))
        first += count


if __name__ == "__main__":
    main()

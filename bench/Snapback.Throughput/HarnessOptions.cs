using System.Globalization;

namespace Snapback.Throughput;

/// <summary>The command line of the harness: a subcommand and the sizes of its runs.</summary>
internal sealed record HarnessOptions
{
    public const string Usage =
        "usage: Snapback.Throughput <import|index|screen|batch|process|cases|ownership|monitor|all> [--reps N] [--queries N] [--brute-queries N]\n"
        + "                           [--parties N] [--batch-runs N] [--sample N] [--seed N]\n"
        + "                           [--customers N] [--audit-rows N] [--edges N]";

    public static IReadOnlyList<string> Commands { get; } = ["import", "index", "screen", "batch", "process", "cases", "ownership", "monitor", "all"];

    public string Command { get; init; } = "all";

    /// <summary>The arguments as given, for the report.</summary>
    public string Arguments { get; init; } = "all";

    /// <summary>Repetitions each median is taken over. The default value is 5.</summary>
    public int Repetitions { get; init; } = 5;

    /// <summary>Queries in the single-screen latency set. The default value is 2,000.</summary>
    public int Queries { get; init; } = 2_000;

    /// <summary>Leading queries of that set also screened by brute force (about 0.1 s each). The default value is 100.</summary>
    public int BruteQueries { get; init; } = 100;

    /// <summary>Parties in the generated batch file. The default value is 100,000.</summary>
    public int Parties { get; init; } = 100_000;

    /// <summary>Runs of each batch the names/s median is taken over. The default value is 3.</summary>
    public int BatchRuns { get; init; } = 3;

    /// <summary>Leading rows of the batch file screened by the brute-force baseline. The default value is 2,000.</summary>
    public int Sample { get; init; } = 2_000;

    /// <summary>Customers imported and screened by <c>cases</c> and <c>monitor</c>. The default value is 20,000.</summary>
    public int Customers { get; init; } = 20_000;

    /// <summary>Audit rows <c>cases</c> verifies. The default value is 1,000,000.</summary>
    public int AuditRows { get; init; } = 1_000_000;

    /// <summary>Holdings in the synthetic graph <c>ownership</c> computes. The default value is 1,000,000.</summary>
    public int Edges { get; init; } = 1_000_000;

    /// <summary>Seed of every generated input. The default value is 20261125.</summary>
    public int Seed { get; init; } = 20261125;

    public bool Runs(string command) => Command == "all" || Command == command;

    public static bool TryParse(string[] args, out HarnessOptions? options, out string? error)
    {
        options = null;
        error = null;
        if (args.Length == 0 || !Commands.Contains(args[0]))
        {
            error = args.Length == 0 ? "no subcommand" : $"unknown subcommand '{args[0]}'";
            return false;
        }

        var parsed = new HarnessOptions { Command = args[0], Arguments = string.Join(' ', args) };
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || value <= 0)
            {
                error = $"{args[i]} needs a positive whole number";
                return false;
            }

            switch (args[i])
            {
                case "--reps": parsed = parsed with { Repetitions = value }; break;
                case "--queries": parsed = parsed with { Queries = value }; break;
                case "--brute-queries": parsed = parsed with { BruteQueries = value }; break;
                case "--parties": parsed = parsed with { Parties = value }; break;
                case "--batch-runs": parsed = parsed with { BatchRuns = value }; break;
                case "--sample": parsed = parsed with { Sample = value }; break;
                case "--seed": parsed = parsed with { Seed = value }; break;
                case "--customers": parsed = parsed with { Customers = value }; break;
                case "--audit-rows": parsed = parsed with { AuditRows = value }; break;
                case "--edges": parsed = parsed with { Edges = value }; break;
                default:
                    error = $"unknown option '{args[i]}'";
                    return false;
            }
        }

        options = parsed with
        {
            BruteQueries = Math.Min(parsed.BruteQueries, parsed.Queries),
            Sample = Math.Min(parsed.Sample, parsed.Parties),
        };
        return true;
    }
}

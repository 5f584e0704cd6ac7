using System.Text.Json;

namespace Snapback.Matching.Tests.Support;

/// <summary>One line of /work/shared/eval/peer_cases.jsonl.</summary>
internal sealed record PeerCase(int Line, string Query, string Candidate, string Expect, string? Schema, JsonElement? QueryProps, JsonElement? CandidateProps)
{
    public static IReadOnlyList<PeerCase> Load(string path)
    {
        var cases = new List<PeerCase>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var root = JsonDocument.Parse(text).RootElement;
            cases.Add(new PeerCase(
                line,
                root.GetProperty("query").GetString()!,
                root.GetProperty("candidate").GetString()!,
                root.GetProperty("expect").GetString()!,
                root.TryGetProperty("schema", out var s) ? s.GetString() : null,
                root.TryGetProperty("query_props", out var q) ? q : null,
                root.TryGetProperty("candidate_props", out var c) ? c : null));
        }

        return cases;
    }

    public override string ToString() => $"#{Line} [{Expect}] '{Query}' vs '{Candidate}'";
}

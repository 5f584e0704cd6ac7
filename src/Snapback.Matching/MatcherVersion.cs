namespace Snapback.Matching;

/// <summary>
/// Which matcher computed a result, so that a screening can be reproduced later: a release name, changed by hand whenever
/// scoring changes, and the build's module version id (deterministic builds give the same code the same id).
/// </summary>
public static class MatcherVersion
{
    /// <summary>Changed whenever tokens, keys, similarities or the score formula change.</summary>
    public const string Release = "2026.12.8";

    /// <summary>The release and the first eight hex digits of the matcher assembly's module version id, e.g. "2026.12.1+3fa85f64".</summary>
    public static string Current { get; } =
        $"{Release}+{typeof(MatcherVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]}";
}

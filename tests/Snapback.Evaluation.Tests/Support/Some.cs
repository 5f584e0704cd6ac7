using System.Collections.Immutable;

namespace Snapback.Evaluation.Tests.Support;

/// <summary>Small values built by hand.</summary>
internal static class Some
{
    public static ImmutableArray<string> Words(string text) => [.. text.Split(' ')];
}
